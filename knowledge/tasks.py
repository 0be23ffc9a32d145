"""Work the task worker does for the library: the PDFs of a page just published."""

from django_tasks import task

from core import pdf as core_pdf

# Behind the e-mails and notices waiting (core.mail's run at 0, community's fan-out at 10): a PDF
# made a minute later costs nobody anything, the first request for it makes it anyway.
PDF_PRIORITY = -10


@task(priority=PDF_PRIORITY)
def prepare_pdfs(page_id):
    """Make the PDF (and a practice's kit) of the page's published version and drop the older
    copies (knowledge/pdf.py); safe to run again. Without WeasyPrint it does nothing: the PDF
    addresses answer 503 until it is installed, and the copies are made when first asked for."""
    from .models import KnowledgePage
    from .pdf import prepare

    page = KnowledgePage.objects.filter(pk=page_id).first()
    if page is None or not core_pdf.available():
        return []
    return prepare(page)
