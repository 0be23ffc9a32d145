"""Open data: the Wagtail API v2 exposes published library items with stable taxonomy keys."""

import pytest

from knowledge.factories import AdoptionFactory, GuidePageFactory, UsefulnessAnswerFactory
from reference.models import Municipality

GUIDES = "/api/v2/pages/?type=knowledge.GuidePage&fields=*"


def listing(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.json()


def by_title(items):
    return {item["title"]: item for item in items}


def test_guides_expose_taxonomy_as_slug_and_name(client, catalogue):
    guide = by_title(listing(client, GUIDES)["items"])["Guía de salud pública territorial"]
    assert guide["capacity_levels"] == [{"slug": "institucional", "name": "Institucional"}]
    assert guide["capacity_types"] == [{"slug": "institucional", "name": "Institucional"}]
    assert guide["sectors"] == [{"slug": "salud", "name": "Salud"}]
    assert guide["cycle_stages"] == [{"slug": "planeacion", "name": "Planeación"}]
    assert guide["entity_name"] == "DNP"
    assert guide["tag_names"] == ["vacunación"]
    assert guide["publication_date"] == "2025-03-01"
    assert "first_published_at" not in guide["meta"]  # the item's date, not when it went live
    assert guide["audience"] == catalogue.health_guide.audience


def test_departments_are_identified_by_their_dane_code(client, catalogue):
    guide = by_title(listing(client, GUIDES)["items"])["Guía de salud pública territorial"]
    assert guide["departments"] == [{"code": "52", "name": "Nariño"}]
    assert guide["municipalities"] == []


@pytest.mark.parametrize(
    ("page_type", "title", "sectors"),
    [
        ("PracticePage", "Práctica: brigadas de salud rural", [{"slug": "salud", "name": "Salud"}]),
        (
            "LessonPage",
            "Lección de hacienda pública en Nariño",
            [{"slug": "hacienda-publica", "name": "Hacienda pública"}],
        ),
    ],
)
def test_lessons_and_practices_expose_the_same_taxonomy(
    client, catalogue, page_type, title, sectors
):
    items = listing(client, f"/api/v2/pages/?type=knowledge.{page_type}&fields=*")["items"]
    item = by_title(items)[title]
    assert item["sectors"] == sectors
    assert {"capacity_levels", "capacity_types", "cycle_stages", "departments"} <= set(item)


def test_api_listing_leaves_out_drafts_unpublished_and_restricted_pages(client, catalogue):
    listed = set(by_title(listing(client, "/api/v2/pages/")["items"]))
    guides = set(by_title(listing(client, GUIDES)["items"]))
    assert guides == {"Guía de salud pública territorial"}
    assert {
        "Guía de salud pública territorial",
        "Práctica: brigadas de salud rural",
        "Lección de hacienda pública en Nariño",
    } <= listed
    assert listed.isdisjoint(
        {"Borrador de salud", "Guía retirada de salud", "Guía interna de salud"}
    )


@pytest.mark.parametrize("hidden", ["draft", "unpublished", "restricted"])
def test_api_detail_of_a_hidden_page_is_not_found(client, catalogue, hidden):
    page = getattr(catalogue, hidden)
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_api_detail_of_a_published_item_is_available(client, catalogue):
    response = client.get(f"/api/v2/pages/{catalogue.health_guide.pk}/")
    assert response.status_code == 200
    assert response.json()["sectors"] == [{"slug": "salud", "name": "Salud"}]


def test_api_listing_costs_the_same_queries_for_few_or_many_items(
    client, library, django_assert_max_num_queries
):
    def queries_for_listing():
        listing(client, GUIDES)  # warm: new pages make Wagtail look up the sites' root paths again
        with django_assert_max_num_queries(1000) as captured:
            listing(client, GUIDES)
        return len(captured)

    def guides_with_feedback(count):
        for guide in GuidePageFactory.create_batch(
            count, parent=library, sectors=["salud"], tags=["MDM"]
        ):
            UsefulnessAnswerFactory.create_batch(2, page=guide)
            AdoptionFactory(page=guide, department="52")

    guides_with_feedback(2)
    few = queries_for_listing()
    guides_with_feedback(8)
    assert queries_for_listing() == few


def test_items_publish_usefulness_and_adoption_counts_never_personal_data(
    client, catalogue, member
):
    guide = catalogue.health_guide
    UsefulnessAnswerFactory(page=guide, user=member, useful=True, comment="Comentario privado")
    UsefulnessAnswerFactory(page=guide, useful=True)
    UsefulnessAnswerFactory(page=guide, useful=False, reason="desactualizada")
    pasto = Municipality.objects.get(code="52001")
    AdoptionFactory(
        page=guide,
        user=member,
        entity_name="Alcaldía de Pasto",
        municipality=pasto,
        note="Nota privada",
        outcome="funciono",
        outcome_note="Razón",
    )
    AdoptionFactory(page=guide, entity_name="Gobernación de Antioquia", department="05")
    expected_usefulness = {"yes": 2, "no": 1}
    expected_adoption = {
        "entities": 2,
        "departments": [{"code": "05", "name": "Antioquia"}, {"code": "52", "name": "Nariño"}],
        "municipalities": [{"code": "52001", "name": "Pasto"}],
        "follow_ups": {"worked": 1, "partly": 0, "did_not": 0},
    }
    listed = by_title(listing(client, GUIDES)["items"])[guide.title]
    detail = listing(client, f"/api/v2/pages/{guide.pk}/")
    for item in (listed, detail):
        assert item["usefulness"] == expected_usefulness
        assert item["adoption"] == expected_adoption
    published = str(listed) + str(detail)
    for private in ("Comentario privado", "Nota privada", "Alcaldía de Pasto", member.username):
        assert private not in published


def test_lessons_publish_usefulness_but_are_not_adopted(client, catalogue):
    UsefulnessAnswerFactory(page=catalogue.finance_lesson, useful=False)
    lessons = listing(client, "/api/v2/pages/?type=knowledge.LessonPage&fields=*")["items"]
    lesson = by_title(lessons)[catalogue.finance_lesson.title]
    assert lesson["usefulness"] == {"yes": 0, "no": 1}
    assert "adoption" not in lesson
