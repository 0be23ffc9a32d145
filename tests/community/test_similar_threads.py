"""The "¿Quién ya lo resolvió?" list: while a member types the title of a new conversation,
the conversations nearest to it that the member may open, to read before posting.

The endpoint (community:similar_threads) answers the script under the title field
(community/static/community/similar_threads.js); it is guarded like the new-thread form it
serves. Threads reach the index, and their passages their vectors, on commit (`committed`).
"""

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from accounts.factories import UserFactory
from community.factories import MembershipFactory, ThreadFactory
from search.text import MARK_END, MARK_START

from .conftest import login

CLOSE_TITLE = "¿Cómo cobrarles el predial a los propietarios morosos?"
PRIVATE_TITLE = "Cartera vencida del impuesto predial en el Pacífico"
MEALS_TITLE = "Menús del PAE en las escuelas rurales"
# The same problem as CLOSE_TITLE's thread in other words: none of its words is in that thread,
# so only search by meaning finds it (lexical search finds nothing for it).
QUESTION = "Hay vecinos que llevan años debiéndole a la alcaldía el tributo de sus terrenos"


@pytest.fixture
def asker(public_space):
    """A member of the public space only: the private space is not theirs."""
    user = UserFactory(username="pregunta_nueva")
    MembershipFactory(space=public_space, user=user)
    return user


@pytest.fixture
def threads(semantic_search, committed, public_space, private_space, member):
    """A question on unpaid property tax in each space, and one on school meals."""
    with committed():
        return {
            "close": ThreadFactory(
                space=public_space,
                author=member,
                title=CLOSE_TITLE,
                category="pregunta",
                source="Tenemos mucha cartera vencida: los contribuyentes no pagan y no sabemos "
                "si empezar el cobro coactivo.",
            ),
            "private": ThreadFactory(
                space=private_space,
                author=member,
                title=PRIVATE_TITLE,
                category="pregunta",
                source="Los propietarios de predios no pagan el impuesto desde hace años.",
            ),
            "meals": ThreadFactory(
                space=public_space,
                author=member,
                title=MEALS_TITLE,
                category="pregunta",
                source="¿Quién revisa los menús del almuerzo escolar en las veredas?",
            ),
        }


def similar_url(space):
    return reverse("community:similar_threads", args=[space.pk])


def ask(client, space, question):
    response = client.get(similar_url(space), {"q": question})
    assert response.status_code == 200, response.status_code
    return response.json()["results"]


def titles(results):
    return [result["title"] for result in results]


def test_a_member_is_shown_a_thread_on_the_same_problem_worded_differently(
    client, asker, public_space, threads
):
    results = ask(login(client, asker), public_space, QUESTION)

    assert CLOSE_TITLE in titles(results)
    if MEALS_TITLE in titles(results):
        assert titles(results).index(CLOSE_TITLE) < titles(results).index(MEALS_TITLE)
    close = results[titles(results).index(CLOSE_TITLE)]
    assert close["url"] == threads["close"].get_absolute_url()
    assert close["space"] == public_space.title
    assert close["snippet"]
    assert MARK_START not in close["snippet"] and MARK_END not in close["snippet"]
    assert len(results) <= 5


def test_a_thread_of_a_private_space_the_member_is_not_in_is_never_listed(
    client, asker, member, public_space, threads
):
    # Someone in the private space is shown it: it is close enough to be listed.
    assert PRIVATE_TITLE in titles(ask(login(client, member), public_space, QUESTION))

    results = ask(login(client, asker), public_space, QUESTION)

    assert CLOSE_TITLE in titles(results)  # the answer is there, only the private thread not
    assert PRIVATE_TITLE not in titles(results)
    assert "Pacífico" not in str(results)


def test_a_question_of_three_characters_gets_no_results(client, asker, public_space, threads):
    response = login(client, asker).get(similar_url(public_space), {"q": "pre"})

    assert response.status_code == 200
    assert response.json() == {"results": []}


def test_an_anonymous_visitor_is_sent_to_log_in_as_by_the_new_thread_form(client, public_space):
    response = client.get(similar_url(public_space), {"q": QUESTION})
    form = client.get(reverse("community:new_thread", args=[public_space.pk]))

    assert response.status_code == form.status_code == 302
    login_url = resolve_url(settings.LOGIN_URL)
    assert response["Location"] == f"{login_url}?next={quote(similar_url(public_space))}"
    assert form["Location"] == f"{login_url}?next={quote(form.request['PATH_INFO'])}"


def test_those_who_may_not_start_a_thread_in_the_space_are_refused_as_by_its_form(
    client, outsider, public_space, private_space, threads
):
    """A stranger to a public space may read it but not post (403); a private space they are
    not in does not exist for them (404)."""
    login(client, outsider)
    for space, status in ((public_space, 403), (private_space, 404)):
        form = client.get(reverse("community:new_thread", args=[space.pk]))
        response = client.get(similar_url(space), {"q": QUESTION})
        assert form.status_code == response.status_code == status, space.title


def test_only_get_is_answered(client, asker, public_space):
    response = login(client, asker).post(similar_url(public_space), {"q": QUESTION})

    assert response.status_code == 405


def test_a_member_asking_too_often_is_slowed_down(client, settings, asker, public_space):
    settings.COMMUNITY_SIMILAR_RATE = "2/m"
    login(client, asker)
    for _ in range(2):
        assert client.get(similar_url(public_space), {"q": "pre"}).status_code == 200

    response = client.get(similar_url(public_space), {"q": "pre"})

    assert response.status_code == 429
    assert response.json() == {"results": []}


def test_the_new_thread_form_loads_the_script_and_has_the_live_region_under_the_title(
    client, asker, public_space
):
    response = login(client, asker).get(reverse("community:new_thread", args=[public_space.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    scripts = soup.find_all("script")
    assert any(s.get("src", "").endswith("community/similar_threads.js") for s in scripts)
    assert all(s.get("src") for s in scripts)  # no inline script: the CSP allows none
    region = soup.select_one("[data-similar-threads]")
    assert region["aria-live"] == "polite"
    assert region["data-similar-threads"] == similar_url(public_space)
    title_field = soup.find(id=region["data-title-field"])
    assert title_field["name"] == "title"
    assert region.find_parent(class_="field") is title_field.find_parent(class_="field")
    box = region.find("section")
    assert box.has_attr("hidden")  # nothing shows before there are results
    assert box["aria-labelledby"] == "similar-threads-title"
    assert box.find(id="similar-threads-title").get_text(strip=True) == "¿Quién ya lo resolvió?"
    assert box.find("ul").find_all("li") == []
