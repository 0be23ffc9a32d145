"""A library item's own page: its taxonomy as links, documents, related resources, similar items."""

from datetime import date, timedelta

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from knowledge.factories import (
    GuidePageFactory,
    LessonPageFactory,
    PracticePageFactory,
    guide_steps,
)
from knowledge.models import KnowledgePageDocument, RelatedResource

from .conftest import html_of, restrict_to_logged_in_users, result_titles

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def publish_with(page, relation, *rows):
    """Add inline rows (documents, related resources) to a page the way an editor would."""
    getattr(page, relation).add(*rows)
    page.save_revision().publish()
    return page


def section(soup, title_id):
    return soup.find(id=title_id).find_parent("section")


def link_texts(node):
    return [link.get_text(strip=True) for link in node.select("a")]


def taxonomy(soup):
    """{facet label: {term: filtered listing URL}} from the item's "Clasificación" section."""
    return {
        dt.get_text(strip=True): {
            a.get_text(strip=True): a["href"] for a in dt.find_next_sibling("dd").select("a")
        }
        for dt in soup.select(".taxonomy dt")
    }


def test_taxonomy_links_lead_to_the_listing_filtered_by_that_term(client, library, catalogue):
    links = taxonomy(html_of(client, catalogue.health_guide.url))
    base = library.url
    assert links == {
        "Nivel de capacidad": {"Institucional": f"{base}?nivel=institucional"},
        "Tipo de capacidad": {"Institucional": f"{base}?tipo=institucional"},
        "Sector": {"Salud": f"{base}?sector=salud"},
        "Etapa del ciclo": {"Planeación": f"{base}?etapa=planeacion"},
        "Entidad": {"DNP": f"{base}?entidad=dnp"},
        "Departamento": {"Nariño": f"{base}?departamento=52"},
        "Etiquetas": {"vacunación": f"{base}?etiqueta=vacunaci%C3%B3n"},
    }
    by_tag = html_of(client, links["Etiquetas"]["vacunación"])
    assert result_titles(by_tag) == [catalogue.health_guide.title]
    by_sector = html_of(client, links["Sector"]["Salud"])
    assert result_titles(by_sector) == [
        catalogue.health_guide.title,
        catalogue.health_practice.title,
    ]


def test_attached_documents_can_be_downloaded(client, catalogue, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="Formato de diagnóstico", file=ContentFile(PDF_BYTES, name="diagnostico.pdf")
    )
    guide = publish_with(
        catalogue.health_guide,
        "documents",
        KnowledgePageDocument(document=document, label="Formato de diagnóstico (PDF)"),
    )

    downloads = section(html_of(client, guide.url), "docs-title")
    link = downloads.find("a", string="Formato de diagnóstico (PDF)")
    assert link.has_attr("download")
    assert "PDF" in downloads.get_text()

    response = client.get(link["href"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_related_resources_link_to_pages_and_external_sites(client, catalogue):
    guide = publish_with(
        catalogue.health_guide,
        "related_resources",
        RelatedResource(linked_page=catalogue.finance_lesson),
        RelatedResource(url="https://www.dnp.gov.co/", title="Portal del DNP"),
    )
    related = section(html_of(client, guide.url), "related-title")
    assert {a.get_text(strip=True): a["href"] for a in related.select("a")} == {
        catalogue.finance_lesson.title: catalogue.finance_lesson.url,
        "Portal del DNP": "https://www.dnp.gov.co/",
    }


def test_more_like_this_shows_live_items_sharing_capacity_type_or_sector(
    client, library, catalogue
):
    unrelated = GuidePageFactory(
        parent=library,
        title="Guía de educación",
        capacity_types=["poblacional"],
        sectors=["educacion"],
    )
    similar = section(html_of(client, catalogue.health_guide.url), "similar-title")
    titles = link_texts(similar)
    # The practice shares the sector, the lesson the capacity type.
    assert set(titles) == {catalogue.health_practice.title, catalogue.finance_lesson.title}
    assert unrelated.title not in titles
    assert {"Borrador de salud", "Guía retirada de salud", "Guía interna de salud"}.isdisjoint(
        titles
    )


def test_an_item_without_shared_terms_shows_no_more_like_this(client, library, catalogue):
    lone = LessonPageFactory(parent=library, sectors=["victimas"])
    assert html_of(client, lone.url).find(id="similar-title") is None


def test_guide_shows_its_steps_in_order_with_their_expected_outputs(client, library):
    guide = GuidePageFactory(parent=library, steps=guide_steps("Diagnóstico", "Plan de acción"))
    steps = html_of(client, guide.url).select("ol.steps li.step")
    assert [step.h3.get_text() for step in steps] == ["Diagnóstico", "Plan de acción"]
    assert [step.select_one(".expected").get_text() for step in steps] == [
        "Producto esperado: Producto de «Diagnóstico»",
        "Producto esperado: Producto de «Plan de acción»",
    ]


def test_overdue_guide_warns_readers_that_it_may_be_out_of_date(client, library):
    overdue = GuidePageFactory(parent=library, review_by=date(2020, 1, 31))
    fresh = GuidePageFactory(parent=library, review_by=date.today() + timedelta(days=30))
    notice = html_of(client, overdue.url).select_one(".notice").get_text()
    assert "debía revisarse antes del 31 de enero de 2020" in notice.lower()
    assert "debía revisarse" not in html_of(client, fresh.url).text


def test_practice_shows_indicators_before_and_after_with_their_source(client, library):
    practice = PracticePageFactory(
        parent=library,
        validation_status="validada",
        results=[
            (
                "indicator",
                {
                    "indicator": "Cobertura de vacunación",
                    "before": "62",
                    "after": "91",
                    "unit": "%",
                    "source": "Secretaría de Salud de Nariño",
                },
            )
        ],
    )
    soup = html_of(client, practice.url)
    indicator = soup.select_one("figure.indicator")
    assert indicator.figcaption.get_text() == "Cobertura de vacunación"
    text = indicator.get_text(" ", strip=True)
    assert "Antes: 62 %" in text
    assert "Después: 91 %" in text
    assert "Fuente: Secretaría de Salud de Nariño" in text
    assert soup.select_one(".status-validada").get_text() == "Validada"


def test_lesson_shows_programme_period_and_what_did_and_did_not_work(client, library):
    lesson = LessonPageFactory(
        parent=library,
        programme="Mejor Gestión",
        period_start=2019,
        period_end=2022,
        what_worked="<p>Mesas técnicas mensuales.</p>",
        what_did_not="<p>Visitas sin agenda previa.</p>",
    )
    soup = html_of(client, lesson.url)
    assert "Mejor Gestión (2019–2022)" in soup.select_one(".card-kind").get_text()
    assert "Mesas técnicas mensuales." in section(soup, "worked-title").get_text()
    assert "Visitas sin agenda previa." in section(soup, "notworked-title").get_text()


@pytest.mark.parametrize(("hidden", "status"), [("draft", 404), ("restricted", 302)])
def test_hidden_items_are_not_shown_to_anonymous_visitors(client, catalogue, hidden, status):
    """A draft does not exist for visitors; a restricted item asks them to log in."""
    page = getattr(catalogue, hidden)
    response = client.get(f"/biblioteca/{page.slug}/")
    assert response.status_code == status
    assert page.title not in response.content.decode()


def test_restricted_item_opens_for_a_logged_in_member(member_client, library):
    page = restrict_to_logged_in_users(GuidePageFactory(parent=library, title="Guía interna"))
    assert html_of(member_client, page.url).h1.get_text() == "Guía interna"
