"""HTML to PDF with WeasyPrint, QR codes with segno, and the stored copies: what every PDF the
site makes stands on. It knows no app: an area renders its own HTML and names its own files.

WeasyPrint needs Pango, a system library (`make system-deps`). Without it the site
still runs: `available()` is False, one warning is logged, and the areas hide their PDF links
and answer their PDF addresses with `unavailable_response` (a 503 in Spanish).

A document never reaches the network or the disk while it renders: its fetcher allows `data:`
URIs only, so what it shows (stylesheet, images, QR) is in the HTML or passed in as CSS text.
Stored copies live in Django's default storage, under a folder the site does not serve
(site/urls.py serves only image folders of MEDIA_ROOT): they are read by the areas' own views,
which check first that the visitor may see the page.
"""

import functools
import io
import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe

logger = logging.getLogger(__name__)

FOLDER = "pdf"  # in the default storage; every area keeps its files below it


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or the Pango library it loads) is not installed."""


@functools.cache
def _weasyprint():
    """The weasyprint module, or None when it cannot load (said once, as a warning)."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango's shared library is missing
        logger.warning(
            "PDFs are off: WeasyPrint cannot load (%s). Install Pango: .ci/system-deps.sh.", error
        )
        return None
    return weasyprint


def available():
    return _weasyprint() is not None


def _module():
    weasyprint = _weasyprint()
    if weasyprint is None:
        raise PdfUnavailable
    return weasyprint


def render(html, *, css="", base_url=None):
    """WeasyPrint's laid-out document for `html` with the stylesheet text `css` (its `pages`
    say how many pages it takes); `base_url` makes the document's relative links absolute."""
    weasyprint = _module()
    fetcher = weasyprint.urls.URLFetcher(allowed_protocols={"data"})
    stylesheets = [weasyprint.CSS(string=css, url_fetcher=fetcher)] if css else []
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        stylesheets=stylesheets
    )


def write(document, **metadata):
    """The PDF bytes of a rendered document: fonts subset (WeasyPrint's default), images
    recompressed, tagged for screen readers. `metadata` sets document fields (title, authors…)."""
    for field, value in metadata.items():
        setattr(document.metadata, field, value)
    return document.write_pdf(optimize_images=True, jpeg_quality=70, pdf_tags=True)


def html_to_pdf(html, *, css="", base_url=None, **metadata):
    return write(render(html, css=css, base_url=base_url), **metadata)


def qr_svg(url, *, scale=3):
    """A QR code of `url` as inline SVG markup (no XML declaration), dark on transparent."""
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer, kind="svg", scale=scale, border=2, xmldecl=False, svgns=True, nl=False
    )
    # segno writes the code as one path: nothing of `url` appears in the markup as text.
    return mark_safe(buffer.getvalue().decode())  # noqa: S308


# --- Stored copies --------------------------------------------------------------------------


def path(*parts):
    return "/".join((FOLDER, *(str(part) for part in parts)))


def read(name):
    """The stored file's bytes, or None when there is none."""
    try:
        with default_storage.open(name, "rb") as stored:
            return stored.read()
    except (FileNotFoundError, OSError):
        return None


def size(name):
    """The stored file's size in bytes, or None when there is none."""
    try:
        return default_storage.size(name)
    except (FileNotFoundError, OSError):
        return None


def save(name, data):
    """Store `data` under exactly `name` (a copy already there is replaced)."""
    if default_storage.exists(name):
        default_storage.delete(name)
    default_storage.save(name, ContentFile(data))
    return name


def forget(folder, keep=()):
    """Delete the files of `folder` (a `path(…)`), except those named in `keep`."""
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, OSError):
        return
    for file in files:
        name = f"{folder}/{file}"
        if name not in keep:
            default_storage.delete(name)


def unavailable_response(request, page=None):
    """What a PDF address answers when PDFs are off: a page in Spanish, 503, retry later, with a
    link back to the `page` the PDF is of."""
    context = {"back_url": page.url, "back_title": page.title} if page is not None else {}
    response = TemplateResponse(request, "pdf_unavailable.html", context, status=503)
    response["Retry-After"] = "3600"
    return response
