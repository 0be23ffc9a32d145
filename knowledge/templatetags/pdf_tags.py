"""`{% item_pdf page as pdf %}` for `includes/actions/pdf.html`: the PDF link of a library item."""

from django import template

from core import pdf as core_pdf

from .. import pdf

register = template.Library()


@register.simple_tag(takes_context=True)
def item_pdf(context, page):
    """{"url", "size" (bytes, or None until the copy is made)} when the page has a PDF; None
    when it has none (a draft, a preview, a private page) or PDFs are off (no WeasyPrint)."""
    request = context.get("request")
    if page is None or getattr(request, "is_preview", False) or not core_pdf.available():
        return None
    if not pdf.has_pdf(page):
        return None
    return {"url": page.url + page.reverse_subpage("pdf"), "size": pdf.stored_size(page)}


@register.filter
def kilobytes(size):
    """84 KB; 1,2 MB."""
    if size is None:
        return ""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


@register.simple_tag
def practice_kit(practice):
    """The address of a practice's replication kit, or None when it has none (see item_pdf)."""
    if practice is None or pdf.KIT not in pdf.kinds_of(practice) or not core_pdf.available():
        return None
    if not pdf.has_pdf(practice):
        return None
    return practice.url + practice.reverse_subpage("kit")
