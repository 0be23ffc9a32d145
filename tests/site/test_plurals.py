"""Counts agree with their nouns at 0, 1 and 2, and names read as Spanish (issue 28)."""

import re
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest

from django.template import engines
from django.template.loader import render_to_string

from accounts.factories import UserFactory
from meeting import phases
from reference.models import Department, Municipality

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def seats_text(left, seats):
    """The course page's seat line, rendered from the template's own words."""
    source = (TEMPLATES / "training/course_page.html").read_text()
    block = re.search(r"{% blocktranslate count left=.*?{% endblocktranslate %}", source).group()
    template = engines["django"].from_string("{% load i18n %}" + block)
    return template.render({"cohort": SimpleNamespace(seats_left=left, seats=seats)})


@pytest.mark.parametrize(
    "left, expected",
    [(0, "0 cupos libres de 2"), (1, "1 cupo libre de 2"), (2, "2 cupos libres de 2")],
)
def test_free_seats_agree_with_their_count(left, expected):
    assert seats_text(left, 2) == expected


@pytest.mark.parametrize(
    "count, expected",
    [
        (1, "1 asignación del jurado aún no se ha enviado."),
        (2, "2 asignaciones del jurado aún no se han enviado."),
    ],
)
def test_unsent_jury_assignments_agree_with_their_count(count, expected):
    with mock.patch.object(phases, "JuryAssignment") as assignments:
        assignments.objects.filter.return_value.exclude.return_value.count.return_value = count
        refusal = phases._leave_review(edition=None, confirm=False, now=None)
    assert expected in str(refusal)


def test_no_unsent_jury_assignments_need_no_confirmation():
    with mock.patch.object(phases, "JuryAssignment") as assignments:
        assignments.objects.filter.return_value.exclude.return_value.count.return_value = 0
        assert phases._leave_review(edition=None, confirm=False, now=None) == ""


def render_post(useful_count):
    author = UserFactory(username="autora_util")
    post = SimpleNamespace(
        pk=1, author=author, author_id=author.pk, created=None, edited=False, reply_to=None,
        approved=True, deleted=False, hidden=False, html="<p>Hola</p>", useful_count=useful_count,
    )  # fmt: skip
    reader = SimpleNamespace(is_authenticated=True, pk=author.pk + 1)
    return render_to_string(
        "community/includes/post.html", {"post": post, "user": reader, "thread": SimpleNamespace()}
    )


@pytest.mark.parametrize(
    "count, expected",
    [(1, "1 persona lo marcó útil"), (2, "2 personas lo marcaron útil")],
)
def test_useful_marks_agree_with_their_count(count, expected):
    assert expected in " ".join(render_post(count).split())


def test_a_post_nobody_marked_useful_says_nothing_about_it():
    assert "lo marc" not in render_post(0)


def test_bogota_is_named_once():
    bogota_dc = Department.objects.filter(name="Bogotá, D.C.").first() or Department.objects.create(
        name="Bogotá, D.C.", code="11"
    )
    bogota = Municipality(name="Bogotá, D.C.", department=bogota_dc, code="11001")
    assert str(bogota) == "Bogotá, D.C."
    narino = Department(name="Nariño", code="52")
    assert str(Municipality(name="Ipiales", department=narino, code="52356")) == "Ipiales (Nariño)"
