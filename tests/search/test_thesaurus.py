"""Everyday words find the policy's words (search/everyday_es.txt), one way only, on every
backend; and the file stays a thesaurus a reviewer can trust."""

import pytest

from django.core.exceptions import ValidationError

from search.models import EverydayWords
from search.text import stems
from search.thesaurus import FILE, current, shipped
from tests.search.test_search_behaviour import search, titles


def wordings():
    """(line number, everyday wording, policy terms) for every wording of the file."""
    for number, line in enumerate(FILE.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            left, _, right = line.partition("=>")
            for wording in left.split(","):
                yield number, wording.strip(), [t.strip() for t in right.split(",") if t.strip()]


def test_every_line_says_what_the_everyday_words_stand_for():
    lines = {number for number, _, _ in wordings()}
    assert len(lines) >= 80  # a thesaurus of the policy's subjects, not a handful of patches
    assert [(n, w) for n, w, terms in wordings() if not w or not terms] == []


def test_a_wording_of_several_words_keeps_several_after_analysis():
    """ "el que llega" would become the bare verb "llega" and send every arrival to the
    transition guides: a wording must keep what makes it mean the thing."""
    collapsed = [(n, w, stems(w)) for n, w, _ in wordings() if len(w.split()) > 1]
    assert [c for c in collapsed if len(c[2]) < 2] == []


def test_the_everyday_side_holds_no_policy_term_of_its_own_line():
    circular = [
        (n, w) for n, w, terms in wordings() if tuple(stems(w)) in map(tuple, map(stems, terms))
    ]
    assert circular == []


@pytest.mark.django_db
def test_the_meaning_is_read_with_the_policy_words():
    def policy_words(text):
        return {word for entry in current().entries_in(text) for word in entry.written}

    assert "regalías" in policy_words("plata que le llega al municipio por el petróleo")
    assert policy_words("regalías para vías terciarias") == set()
    assert len(shipped()) > 300


@pytest.mark.django_db
def test_everyday_words_find_the_guide_in_the_policys_words(client, make_page):
    make_page(
        "Cómo presentar proyectos de inversión al Sistema General de Regalías",
        summary="Requisitos, viabilidad y aprobación de proyectos financiados con regalías.",
    )
    make_page("Plan de compras del municipio", summary="Adquisiciones del año.")
    found = titles(search(client, "plata que le llega al municipio por el petróleo y la minería"))
    assert found[0].startswith("Cómo presentar proyectos de inversión al Sistema General")


@pytest.mark.django_db
def test_the_policys_words_do_not_find_everyday_words(client, make_page):
    make_page("Minería y petróleo en la región", summary="Historia de la explotación.")
    make_page("Guía de regalías", summary="Sistema General de Regalías.")
    assert titles(search(client, "regalías")) == ["Guía de regalías"]


@pytest.mark.django_db
def test_everyday_words_are_never_corrected_into_other_words(client, make_page):
    make_page("Plan de acción", summary="Planta de personal y plan anual.")
    response = search(client, "plata")
    assert not response.context.get("corrected")


@pytest.mark.django_db
def test_an_editors_everyday_words_find_the_policys_words_at_once(client, make_page):
    make_page(
        "Estratificación socioeconómica",
        summary="Metodología para clasificar los inmuebles residenciales.",
    )
    asked = "cobro según el barrio"
    assert titles(search(client, asked)) == []

    EverydayWords.objects.create(
        everyday="cobro según el barrio, tarifa por barrio",
        policy_terms="estratificación socioeconómica",
    )

    assert titles(search(client, asked)) == ["Estratificación socioeconómica"]
    assert titles(search(client, "estratificación")) == ["Estratificación socioeconómica"]


def test_a_wording_that_analysis_would_reduce_to_one_word_is_refused_in_spanish():
    line = EverydayWords(everyday="plata del petróleo, el que llega", policy_terms="empalme")
    with pytest.raises(ValidationError, match="«el que llega» solo conserva una palabra"):
        line.clean()


@pytest.mark.django_db
def test_editors_keep_the_everyday_words(editor_client):
    add = "/admin/snippets/search/everydaywords/add/"
    assert editor_client.get(add).status_code == 200
    response = editor_client.post(
        add, {"everyday": "plata del petróleo", "policy_terms": "regalías"}, follow=True
    )
    assert response.status_code == 200
    assert EverydayWords.objects.filter(policy_terms="regalías").exists()


@pytest.mark.django_db
def test_a_member_cannot_open_the_everyday_words(member_client):
    response = member_client.get("/admin/snippets/search/everydaywords/")
    assert response.status_code in (302, 403)
    member_client.post(
        "/admin/snippets/search/everydaywords/add/",
        {"everyday": "plata del petróleo", "policy_terms": "regalías"},
    )
    assert not EverydayWords.objects.exists()
