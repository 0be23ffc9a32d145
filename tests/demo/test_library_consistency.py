"""The demo library reads like a platform a year into operation: each guide a complete guide of its
own (purpose, five to seven steps with their products, the norms it rests on), each lesson and
practice told in its own words with figures that agree, dates that could be true, and the PDF of
an item is the one the site makes of it, never a shared stand-in file.

Most tests read the data (`demo/knowledge_data.py`); the last ones read what `seed_demo` made.
"""

import csv
import datetime
import re
from pathlib import Path

import pytest

from django.db.models import F
from django.utils import timezone

from demo.knowledge_data import GUIDES, LESSONS, PRACTICES
from knowledge.models import GuidePage, KnowledgePage, KnowledgePageDocument
from reference.models import (
    CapacityLevel,
    CapacityType,
    CycleStage,
    Department,
    Entity,
    Sector,
)

ITEMS = GUIDES + LESSONS + PRACTICES
PDT_GUIDE = "Guía para formular el plan de desarrollo territorial (PDT)"
TWO_YEARS = 730  # days
# A norm as the guides cite it: "Ley 152 de 1994", "Decreto 1082 de 2015", "Resolución 100 de 2024".
NORM = re.compile(r"\b(?:Ley|Decreto|Resolución) \d[\d.]* de \d{4}")
# A figure as the texts write it: "85,7", "12.000", "33".
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
DIVIPOLA = Path(__file__).resolve().parents[2] / "reference" / "data" / "divipola_demo.csv"


def sentences(text):
    """Sentences end with a full stop, question or exclamation mark followed by a space or the
    end; figures such as "1.150" or "85,7" do not end one."""
    return [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]


def guide_text(guide):
    steps = " ".join(" ".join(step) for step in guide["steps"])
    return " ".join([guide["purpose"], guide["summary"], steps])


# --- Guides ----------------------------------------------------------------------------------


def test_every_guide_states_a_purpose_of_its_own():
    purposes = [guide["purpose"] for guide in GUIDES]
    assert all(len(purpose.split()) >= 15 for purpose in purposes)
    assert len(set(purposes)) == len(purposes), "two guides share one purpose"


def test_every_guide_has_five_to_seven_steps():
    for guide in GUIDES:
        assert 5 <= len(guide["steps"]) <= 7, (guide["title"], len(guide["steps"]))


def test_every_step_says_what_to_do_in_two_or_three_sentences():
    for guide in GUIDES:
        for title, description, _product in guide["steps"]:
            assert 2 <= len(sentences(description)) <= 3, (guide["title"], title)


def test_every_step_ends_in_a_product_of_its_own_not_its_title_again():
    for guide in GUIDES:
        titles = [title for title, _description, _product in guide["steps"]]
        products = [product for _title, _description, product in guide["steps"]]
        assert len(set(titles)) == len(titles), guide["title"]
        assert len(set(products)) == len(products), guide["title"]
        for title, _description, product in guide["steps"]:
            assert product.lower() != title.lower(), (guide["title"], title)
            assert len(product.split()) >= 6, (guide["title"], title)


def test_no_step_is_copied_from_another_guide():
    descriptions = [step[1] for guide in GUIDES for step in guide["steps"]]
    assert len(set(descriptions)) == len(descriptions)


def test_every_guide_lists_the_norms_it_rests_on_including_each_one_its_steps_cite():
    for guide in GUIDES:
        listed = {found for norm, _what in guide["norms"] for found in NORM.findall(norm)}
        assert listed, guide["title"]
        cited = set(NORM.findall(guide_text(guide)))
        assert cited <= listed, (guide["title"], cited - listed)


def test_the_pdt_guide_rests_on_the_organic_law_of_the_plan():
    pdt = next(guide for guide in GUIDES if guide["title"] == PDT_GUIDE)
    assert "Ley 152 de 1994" in [norm for norm, _what in pdt["norms"]]


# --- Lessons and practices -------------------------------------------------------------------

LESSON_PARTS = ("context", "done", "worked", "did_not", "recommendation")
PRACTICE_PARTS = ("problem", "solution", "conditions", "resources")


@pytest.mark.parametrize(
    "items, parts",
    [(LESSONS, LESSON_PARTS), (PRACTICES, PRACTICE_PARTS)],
    ids=["lessons", "practices"],
)
def test_each_lesson_and_practice_tells_every_part_in_its_own_words(items, parts):
    for part in parts:
        texts = [item[part] for item in items]
        assert len(set(texts)) == len(texts), f"two items share their {part}"
        for item in items:
            assert len(item[part].split()) >= 12, (item["title"], part)


def test_a_lesson_says_something_different_in_each_of_its_parts():
    for lesson in LESSONS:
        texts = [lesson[part] for part in LESSON_PARTS]
        assert len(set(texts)) == len(texts), lesson["title"]


def test_every_figure_in_a_summary_is_borne_out_by_the_item_itself():
    for item in LESSONS + PRACTICES:
        parts = LESSON_PARTS if item in LESSONS else PRACTICE_PARTS
        text = " ".join([item["title"], *(item[part] for part in parts)])
        text += " ".join(" ".join(row) for row in item.get("indicators", []))
        for figure in FIGURE.findall(item["summary"]):
            assert figure in text, (item["title"], figure)


def test_a_lesson_is_written_up_after_its_programme_ended():
    for lesson in LESSONS:
        start, end = lesson["period"]
        published = datetime.date.today() - datetime.timedelta(days=lesson["age"])
        assert 1990 <= start <= end < published.year, lesson["title"]


def test_every_practice_shows_measured_results_before_and_after_with_their_source():
    for practice in PRACTICES:
        assert practice["indicators"], practice["title"]
        for indicator, before, after, _unit, source in practice["indicators"]:
            assert before != after, (practice["title"], indicator)
            assert source.strip(), (practice["title"], indicator)


# --- All items -------------------------------------------------------------------------------


def test_no_two_items_share_a_title_or_a_summary():
    for key in ("title", "summary"):
        values = [item[key] for item in ITEMS]
        assert len(set(values)) == len(values), key


def test_every_item_was_published_in_the_past_two_years():
    for item in ITEMS:
        assert 0 < item["age"] <= TWO_YEARS, item["title"]


def test_publication_dates_are_spread_over_the_period_not_bunched():
    for items in (GUIDES, LESSONS, PRACTICES):
        ages = [item["age"] for item in items]
        assert max(ages) - min(ages) >= 300
        assert len(set(ages)) >= len(ages) - 2


def test_a_guide_is_revised_after_it_is_published_and_due_again_after_that():
    for guide in GUIDES:
        reviewed = guide.get("reviewed", guide["age"])
        assert 0 <= reviewed <= guide["age"], guide["title"]
        assert guide.get("review_every", TWO_YEARS) > 0, guide["title"]
        assert ("reviewed" in guide) == (guide.get("version", "1.0") != "1.0"), guide["title"]


def test_exactly_one_guide_is_past_its_review_date_and_it_is_not_the_pdt_guide():
    overdue = [
        guide["title"]
        for guide in GUIDES
        if guide.get("review_every", TWO_YEARS) < guide.get("reviewed", guide["age"])
    ]
    assert len(overdue) == 1, overdue
    assert PDT_GUIDE not in overdue


def test_every_municipality_lies_in_one_of_the_items_departments_and_in_the_sample():
    with DIVIPOLA.open(encoding="utf-8") as sample:
        known = {row["Código Municipio"] for row in csv.DictReader(sample)}
    for item in ITEMS:
        for code in item.get("municipalities", []):
            assert code in known, (item["title"], code)
            assert code[:2] in item["departments"], (item["title"], code)


@pytest.mark.django_db
def test_every_taxonomy_slug_entity_and_department_exists():
    existing = {
        "levels": set(CapacityLevel.objects.values_list("slug", flat=True)),
        "types": set(CapacityType.objects.values_list("slug", flat=True)),
        "sectors": set(Sector.objects.values_list("slug", flat=True)),
        "stages": set(CycleStage.objects.values_list("slug", flat=True)),
        "departments": set(Department.objects.values_list("code", flat=True)),
    }
    entities = set(Entity.objects.values_list("slug", flat=True))
    for item in ITEMS:
        assert item["entity"] in entities, item["title"]
        for key, known in existing.items():
            assert set(item[key]) <= known, (item["title"], key)
            assert item[key] or key == "departments", (item["title"], key)


# --- What seed_demo makes --------------------------------------------------------------------


@pytest.mark.django_db
def test_the_pdt_guide_is_current_and_one_other_guide_shows_the_overdue_notice(seeded_demo, client):
    assert not GuidePage.objects.get(title=PDT_GUIDE).needs_review
    overdue = [guide for guide in GuidePage.objects.all() if guide.needs_review]
    assert len(overdue) == 1
    assert "Esta guía debía revisarse" in client.get(overdue[0].url).content.decode()


@pytest.mark.django_db
def test_guides_carry_no_stand_in_document_their_pdf_is_the_sites_own(seeded_demo, client):
    assert not KnowledgePageDocument.objects.exists()
    guide = GuidePage.objects.get(title=PDT_GUIDE)
    html = client.get(guide.url).content.decode()
    assert "Documentos para descargar" not in html
    assert f'href="{guide.url}pdf/"' in html


@pytest.mark.django_db
def test_every_seeded_guide_shows_its_purpose_steps_and_norms(seeded_demo):
    by_title = {guide["title"]: guide for guide in GUIDES}
    for page in GuidePage.objects.all():
        data = by_title[page.title]
        assert data["purpose"] in str(page.purpose)
        assert [step.value["title"] for step in page.steps] == [s[0] for s in data["steps"]]
        norms = str(page.body[0].value)
        assert "Normas que aplican" in norms
        assert all(norm in norms for norm, _what in data["norms"])


@pytest.mark.django_db
def test_every_seeded_item_was_published_in_the_past_and_reviewed_since(seeded_demo):
    today = timezone.localdate()
    items = KnowledgePage.objects.all()
    assert items.count() == len(ITEMS)
    assert not items.filter(publication_date__gt=today).exists()
    assert not items.filter(last_reviewed__lt=F("publication_date")).exists()
    assert not items.filter(last_reviewed__gt=today).exists()
    assert not GuidePage.objects.filter(review_by__lte=F("last_reviewed")).exists()
