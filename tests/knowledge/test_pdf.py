"""A library item's PDF and a practice's one-page replication kit (knowledge/pdf.py): made by
WeasyPrint from the page, read back here with pypdf; stored per published version; refused
like the page; and, without WeasyPrint, a clear 503 instead of a broken link."""

import io
import logging
import sys

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from wagtail.models import PageViewRestriction

from core import pdf as core_pdf
from knowledge import pdf
from knowledge.factories import GuidePageFactory, PracticePageFactory, guide_steps
from knowledge.models import GuidePage, PracticePage

from .conftest import restrict_to_logged_in_users, soup_of

pytestmark = pytest.mark.django_db

PDT_GUIDE = "Guía para formular el plan de desarrollo territorial (PDT)"
SIZE_BUDGET = 300 * 1024  # a typical guide (issue 31)
# The item page's sections that are the readers' own, not the item's: they stay off the PDF.
# What readers do on the page, left out of its PDF.
READERS_SECTIONS = {
    "¿Le sirvió?",
    "La estamos aplicando",
    "Más como este",
    "¿Quién ya lo aplicó en un municipio como el mío?",
    "Preguntas respondidas por colegas",
}


def words(text):
    return " ".join(text.split())


def pdf_reader(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def text_of(reader):
    return words(" ".join(page.extract_text() for page in reader.pages))


def plain(html):
    return words(BeautifulSoup(html, "html.parser").get_text(" "))


def pdf_url(page):
    return page.url + "pdf/"


def kit_url(page):
    return page.url + "kit/"


@pytest.fixture
def demo(seeded_demo, db):
    """The seeded demo (tests/conftest.py)."""


@pytest.fixture
def without_weasyprint(monkeypatch):
    """The import fails as it does on a server without Pango; remembered until the test ends."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` raises ImportError
    core_pdf._weasyprint.cache_clear()
    yield
    monkeypatch.undo()
    core_pdf._weasyprint.cache_clear()


def test_the_demo_pdt_guide_pdf_holds_every_section_step_and_term_its_address_and_licence(
    client, demo
):
    guide = GuidePage.objects.get(title=PDT_GUIDE)
    html = soup_of(client.get(guide.url))
    section_titles = {h2.get_text(strip=True) for h2 in html.select("article.item h2")}
    step_titles = [h3.get_text(strip=True) for h3 in html.select("ol.steps h3")]
    terms = [name for _label, values in guide.taxonomy_links() for name, _url in values]
    assert len(section_titles - READERS_SECTIONS) >= 4 and len(step_titles) >= 4 and terms

    response = client.get(pdf_url(guide))
    text = text_of(pdf_reader(response))

    assert PDT_GUIDE in text
    assert str(guide.kind_label).upper() in text  # its kind, in capitals as the PDF prints it
    assert "GOV.CO" in text
    for title in section_titles - READERS_SECTIONS:
        assert title in text, title
    for title in step_titles:
        assert title in text, title
    for term in terms:
        assert term in text, term
    assert "Publicado el" in text and "Revisado el" in text
    assert guide.full_url in "".join(text.split()), "the page's address"
    assert str(pdf.LICENCE) in text
    assert len(response.content) <= SIZE_BUDGET, len(response.content)


def test_the_item_page_links_its_pdf_with_its_size_once_made(client, library):
    guide = GuidePageFactory(parent=library, steps=guide_steps(3))
    link = soup_of(client.get(guide.url)).select_one("a.action-pdf")
    assert link["href"] == pdf_url(guide) and "Descargar PDF" in link.get_text()
    made = len(client.get(pdf_url(guide)).content)

    link = soup_of(client.get(guide.url)).select_one("a.action-pdf")
    assert f"(PDF, {round(made / 1024)} KB)" in words(link.get_text())


def test_the_kit_of_a_demo_practice_is_one_page_with_its_problem_and_conditions(client, demo):
    practice = PracticePage.objects.live().filter(replication_conditions__contains="<p>").first()
    page = soup_of(client.get(practice.url))
    assert page.select_one("a.action-kit")["href"] == kit_url(practice)

    reader = pdf_reader(client.get(kit_url(practice)))

    assert len(reader.pages) == 1
    text = text_of(reader)
    assert practice.title in words(text)
    assert plain(practice.problem) in text
    assert plain(practice.replication_conditions) in text
    assert practice.contact_entity.name in text
    assert "Kit para replicar una buena práctica".upper() in text


def test_a_long_practice_still_fits_its_kit_on_one_page(client, library):
    long_text = "<p>" + " ".join(["La mesa técnica revisó los indicadores del municipio."] * 60)
    practice = PracticePageFactory(
        parent=library,
        title="Práctica de texto muy largo",
        problem=long_text + "</p>",
        solution=long_text + "</p>",
        replication_conditions="<p>Un enlace por municipio. " + long_text[3:] + "</p>",
        resources_required=long_text + "</p>",
    )

    reader = pdf_reader(client.get(kit_url(practice)))

    assert len(reader.pages) == 1
    assert "Un enlace por municipio." in text_of(reader)


def test_a_guide_has_no_kit(client, library):
    guide = GuidePageFactory(parent=library)
    assert client.get(guide.url + "kit/").status_code == 404


def test_republishing_a_guide_remakes_its_pdf_in_the_worker_with_the_new_title(
    client, library, committed, pdfs_on_publish
):
    guide = GuidePageFactory(parent=library, title="Guía de catastro multipropósito")
    first = text_of(pdf_reader(client.get(pdf_url(guide))))
    assert "Guía de catastro multipropósito" in first
    old_copy = pdf.file_name(guide, pdf.ITEM)

    guide.title = "Guía de catastro multipropósito, segunda edición"
    with committed():  # the worker's task runs when the publication commits
        guide.save_revision().publish()
    guide.refresh_from_db()

    new_copy = pdf.file_name(guide, pdf.ITEM)
    assert new_copy != old_copy
    assert core_pdf.size(new_copy), "made by the task, before anyone asked"
    assert core_pdf.size(old_copy) is None, "the old version's copy is dropped"
    assert "segunda edición" in text_of(pdf_reader(client.get(pdf_url(guide))))


def test_with_pdfs_left_to_their_first_request_publishing_makes_none(
    client, library, committed, settings
):
    settings.KNOWLEDGE_PDFS_ON_PUBLISH = False  # for a bulk import (README, settings)
    with committed():
        guide = GuidePageFactory(parent=library, title="Guía de una importación masiva")
    assert pdf.stored_size(guide) is None
    assert "Guía de una importación masiva" in text_of(pdf_reader(client.get(pdf_url(guide))))
    assert pdf.stored_size(guide), "kept once made"


@pytest.mark.parametrize("hidden", ["draft", "restricted"])
def test_a_visitor_refused_a_page_is_refused_its_pdf_the_same_way(client, catalogue, hidden):
    page = getattr(catalogue, hidden)
    refused = client.get(page.url)
    response = client.get(pdf_url(page))

    assert response.status_code == refused.status_code == {"draft": 404, "restricted": 302}[hidden]
    assert response.get("Location", "").split("?")[0] == refused.get("Location", "").split("?")[0]
    assert response["Content-Type"].startswith("text/html")


def test_a_member_outside_the_group_of_a_restricted_page_gets_no_pdf(member_client, library):
    from django.contrib.auth.models import Group

    guide = GuidePageFactory(parent=library, title="Guía del comité")
    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Comité"))

    page = member_client.get(guide.url)
    response = member_client.get(pdf_url(guide))

    assert page.status_code == response.status_code
    assert response.status_code in (302, 403, 404)
    assert not response.get("Content-Type", "").startswith("application/pdf")


def test_a_private_page_has_no_pdf_even_for_its_readers(member_client, library):
    guide = restrict_to_logged_in_users(GuidePageFactory(parent=library, title="Guía interna"))
    page = member_client.get(guide.url)
    assert page.status_code == 200
    assert soup_of(page).select_one("a.action-pdf") is None

    assert member_client.get(pdf_url(guide)).status_code == 404


def test_unpublishing_or_restricting_a_page_drops_its_stored_pdf(client, library):
    guide = GuidePageFactory(parent=library, title="Guía que se retira")
    practice = PracticePageFactory(parent=library, title="Práctica que se vuelve interna")
    for url in [pdf_url(guide), kit_url(practice)]:
        assert client.get(url).status_code == 200
    guide_copy, kit_copy = pdf.file_name(guide, pdf.ITEM), pdf.file_name(practice, pdf.KIT)
    assert core_pdf.size(guide_copy) and core_pdf.size(kit_copy)

    guide.unpublish()
    restrict_to_logged_in_users(practice)

    assert core_pdf.size(guide_copy) is None and core_pdf.size(kit_copy) is None
    assert client.get(f"/{guide.slug}/pdf/").status_code == 404
    assert client.get(kit_url(practice)).status_code == 302


def test_without_weasyprint_the_page_hides_the_pdf_and_its_address_answers_503_in_spanish(
    client, library, without_weasyprint, caplog
):
    guide = GuidePageFactory(parent=library, title="Guía sin Pango", steps=guide_steps(2))

    with caplog.at_level(logging.WARNING, logger="core.pdf"):
        page = soup_of(client.get(guide.url))
        response = client.get(pdf_url(guide))
        client.get(pdf_url(guide))

    assert page.select_one("a.action-pdf") is None
    assert page.select_one("[data-print]") is not None, "printing still works"
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    body = soup_of(response)
    assert body.h1.get_text(strip=True) == "El PDF no está disponible en este momento"
    assert body.select_one(f"main a[href='{guide.url}']") is not None
    warnings = [r for r in caplog.records if r.name == "core.pdf"]
    assert len(warnings) == 1 and "WeasyPrint" in warnings[0].getMessage()


def test_the_print_button_waits_for_javascript(client, library):
    guide = GuidePageFactory(parent=library)
    button = soup_of(client.get(guide.url)).select_one("button[data-print]")
    assert button.get_text(strip=True) == "Imprimir"
    assert button.has_attr("hidden")


def test_an_image_in_the_body_travels_inside_the_pdf_as_a_small_jpeg(client, library):
    from wagtail_factories import ImageFactory

    image = ImageFactory(title="Mesa de trabajo en Pasto")
    guide = GuidePageFactory(
        parent=library,
        body=[
            ("paragraph", "<p>Así se veía la mesa de trabajo.</p>"),
            ("image", {"image": image, "alt_text": "Mesa de trabajo", "decorative": False}),
        ],
    )

    reader = pdf_reader(client.get(pdf_url(guide)))

    assert "Así se veía la mesa de trabajo." in text_of(reader)
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1 and images[0].name.endswith(".jpg")
