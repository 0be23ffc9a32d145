"""Usefulness ("¿Le sirvió?") on guides, lessons and practices: readers answer and see counts,
members change their own answer, anonymous answers are limited, editors alone read reasons and
comments."""

import pytest

from django.test import Client
from django.urls import reverse

from accounts import roles
from accounts.factories import UserFactory
from knowledge.factories import (
    GuidePageFactory,
    LessonPageFactory,
    PracticePageFactory,
    UsefulnessAnswerFactory,
)
from knowledge.models import PracticePage, UsefulnessAnswer
from knowledge.views import item_context

from .conftest import html_of, restrict_to_logged_in_users, soup_of

ANSWER = {"useful": "si", "reason": "aplicable", "comment": "Usamos el formato del paso 2."}


def opinion_url(page):
    return page.url + "opinion/"


def usefulness_section(soup):
    return soup.find(id="le-sirvio")


def counts_text(soup):
    counts = usefulness_section(soup).select_one(".usefulness-counts")
    return counts.get_text(" ", strip=True) if counts else ""


def messages_of(soup):
    return [item.get_text(strip=True) for item in soup.select(".messages li")]


@pytest.fixture
def practice(library):
    return PracticePageFactory(parent=library, title="Práctica: mesa de hacienda")


@pytest.mark.parametrize("factory", [GuidePageFactory, LessonPageFactory, PracticePageFactory])
def test_guides_lessons_and_practices_all_ask_whether_they_served(client, library, factory):
    page = factory(parent=library)
    form = usefulness_section(html_of(client, page.url)).find("form")
    assert form["method"] == "post" and form["action"] == opinion_url(page)
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert {box["value"] for box in form.select("input[name=useful]")} == {"si", "no"}


def test_a_member_answers_and_comes_back_to_the_item_with_the_counts(
    member_client, member, practice
):
    response = member_client.post(opinion_url(practice), ANSWER, follow=True)
    soup = soup_of(response)
    assert response.redirect_chain[-1][0] == practice.url + "#le-sirvio"
    assert messages_of(soup) == ["Gracias por su respuesta: ayuda a mejorar la biblioteca."]
    assert counts_text(soup) == "Respondieron que sí: 1. Respondieron que no: 0."
    answer = UsefulnessAnswer.objects.get()
    assert (answer.user, answer.useful, answer.reason) == (member, True, "aplicable")
    assert answer.comment == ANSWER["comment"]


def test_a_member_changes_their_answer_instead_of_adding_another(member_client, practice):
    member_client.post(opinion_url(practice), ANSWER, follow=True)
    response = member_client.post(opinion_url(practice), {"useful": "no"}, follow=True)
    soup = soup_of(response)
    assert messages_of(soup) == ["Actualizamos su respuesta. Gracias."]
    assert counts_text(soup) == "Respondieron que sí: 0. Respondieron que no: 1."
    assert UsefulnessAnswer.objects.count() == 1
    section = usefulness_section(soup)
    assert "Usted respondió que no le sirvió." in section.get_text()
    assert section.select_one("input[name=useful][value=no]").has_attr("checked")


def test_a_member_never_sees_another_members_answer_as_their_own(client, member, practice):
    UsefulnessAnswerFactory(page=practice, user=member, comment="Comentario de otra persona")
    client.force_login(UserFactory())
    section = usefulness_section(html_of(client, practice.url))
    assert "Usted respondió" not in section.get_text()
    assert not section.select("input[name=useful][checked]")
    assert "Comentario de otra persona" not in str(section)
    client.post(opinion_url(practice), {"useful": "no"})
    assert UsefulnessAnswer.objects.get(user=member).useful is True  # untouched


def test_an_anonymous_visitor_answers_and_the_same_browser_changes_it(client, practice):
    client.post(opinion_url(practice), ANSWER)
    response = client.post(opinion_url(practice), {"useful": "no"}, follow=True)
    assert counts_text(soup_of(response)) == "Respondieron que sí: 0. Respondieron que no: 1."
    answer = UsefulnessAnswer.objects.get()
    assert answer.user is None and answer.useful is False
    Client().post(opinion_url(practice), {"useful": "si"})  # another browser: another answer
    assert UsefulnessAnswer.objects.count() == 2


def test_anonymous_answers_are_limited_per_client_address(client, practice, settings):
    settings.KNOWLEDGE_ANONYMOUS_FEEDBACK_RATE = "2/h"
    for _ in range(2):
        assert Client().post(opinion_url(practice), {"useful": "si"}).status_code == 302
    response = client.post(opinion_url(practice), {"useful": "no", "comment": "Mi comentario"})
    assert response.status_code == 429
    section = usefulness_section(soup_of(response))
    assert "Recibimos muchas respuestas desde su conexión" in section.get_text()
    assert section.find("textarea", attrs={"name": "comment"}).get_text().strip() == "Mi comentario"
    assert UsefulnessAnswer.objects.count() == 2
    other_address = Client(REMOTE_ADDR="10.0.0.8")
    assert other_address.post(opinion_url(practice), {"useful": "no"}).status_code == 302


def test_members_are_not_held_by_the_anonymous_limit(member_client, practice, settings):
    settings.KNOWLEDGE_ANONYMOUS_FEEDBACK_RATE = "1/h"
    for useful in ("si", "no", "si"):
        assert member_client.post(opinion_url(practice), {"useful": useful}).status_code == 302


def test_an_answer_without_yes_or_no_is_shown_again_with_what_was_typed(member_client, practice):
    response = member_client.post(
        opinion_url(practice), {"reason": "incompleta", "comment": "Faltan ejemplos"}
    )
    assert response.status_code == 400
    section = usefulness_section(soup_of(response))
    assert "Elija sí o no." in section.get_text()
    comment = section.find("textarea", attrs={"name": "comment"})
    assert comment.get_text().strip() == "Faltan ejemplos"
    assert section.select_one("option[value=incompleta]").has_attr("selected")
    assert not UsefulnessAnswer.objects.exists()


def test_an_answer_posted_without_the_csrf_token_is_refused(practice):
    response = Client(enforce_csrf_checks=True).post(opinion_url(practice), {"useful": "si"})
    assert response.status_code == 403
    assert not UsefulnessAnswer.objects.exists()


def test_readers_see_counts_but_never_comments_or_who_answered(client, member, practice):
    UsefulnessAnswerFactory(page=practice, user=member, useful=True, comment="Texto privado")
    UsefulnessAnswerFactory(page=practice, useful=False, comment="Otro texto privado")
    soup = html_of(client, practice.url)
    assert counts_text(soup) == "Respondieron que sí: 1. Respondieron que no: 1."
    page_text = str(soup)
    assert "Texto privado" not in page_text and "Otro texto privado" not in page_text
    assert member.username not in page_text and member.last_name not in page_text
    assert "Ver motivos y comentarios" not in page_text


@pytest.mark.parametrize("hidden", ["draft", "unpublished", "restricted"])
def test_drafts_unpublished_and_restricted_items_get_no_form_and_refuse_answers(
    member_client, catalogue, hidden
):
    page = getattr(catalogue, hidden)
    if hidden == "restricted":  # a signed-in member may read it, but not answer on it
        assert not usefulness_section(html_of(member_client, page.url)).find("form")
    assert member_client.post(opinion_url(page), {"useful": "si"}).status_code == 404
    assert not UsefulnessAnswer.objects.exists()


def test_a_restricted_item_refuses_anonymous_answers_at_the_login(client, library):
    page = restrict_to_logged_in_users(GuidePageFactory(parent=library))
    response = client.post(opinion_url(page), {"useful": "si"})
    assert response.status_code == 302 and "/cuenta/ingresar/" in response["Location"]
    assert not UsefulnessAnswer.objects.exists()


# Editors read reasons and comments in the admin; nobody else does.

REPORT = "/admin/informes/le-sirvio/"


def detail_url(page):
    return f"{REPORT}{page.pk}/"


def test_editors_read_reasons_and_comments_without_names(editor_client, member, practice):
    UsefulnessAnswerFactory(page=practice, user=member, useful=False, reason="desactualizada",
                            comment="La norma citada cambió en 2025.")  # fmt: skip
    UsefulnessAnswerFactory(page=practice, useful=True, reason="clara", comment="")
    listing = editor_client.get(REPORT)
    assert listing.status_code == 200
    assert practice.title in listing.content.decode()
    detail = editor_client.get(detail_url(practice)).content.decode()
    assert "La norma citada cambió en 2025." in detail
    assert "Está desactualizada" in detail and "Es clara y fácil de seguir" in detail
    assert member.username not in detail and member.last_name not in detail


def test_editors_find_the_details_from_the_item(editor_client, practice):
    soup = html_of(editor_client, practice.url)
    link = usefulness_section(soup).find("a", string="Ver motivos y comentarios (editores)")
    assert link["href"] == detail_url(practice)


REFUSED = {
    "anonymous": None,
    "member": [roles.MEMBERS],
    "moderator": [roles.MODERATORS],  # in the admin for other work, not for this
    "jury": [roles.JURY],
}


def refused_to(who, url):
    """Wagtail sends staff without the permission home ("no permission"), and anyone without
    access to the admin to log in."""
    if who == "moderator":
        return reverse("wagtailadmin_home")
    return f"{reverse('account_login')}?next={url}"


@pytest.mark.parametrize("who", list(REFUSED))
def test_only_holders_of_the_permission_read_the_details(client, practice, who):
    UsefulnessAnswerFactory(page=practice, comment="Comentario reservado")
    if REFUSED[who]:
        client.force_login(UserFactory(roles=REFUSED[who]))
    for url in (REPORT, detail_url(practice)):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, refused_to(who, url))
    assert "Ver motivos y comentarios" not in html_of(client, practice.url).get_text()


def test_the_permission_alone_opens_the_details_to_another_group(client, practice):
    UsefulnessAnswerFactory(page=practice, comment="Comentario reservado")
    analyst = UserFactory(roles=[roles.MODERATORS], permissions=["knowledge.view_usefulness"])
    client.force_login(analyst)
    assert "Comentario reservado" in client.get(detail_url(practice)).content.decode()


def test_a_preview_shows_the_counts_but_no_forms(rf, editor, practice):
    UsefulnessAnswerFactory(page=practice, useful=True)
    request = rf.get(practice.url)
    request.user = editor
    request.is_preview = True
    response = practice.serve_preview(request, practice.default_preview_mode)
    soup = soup_of(response.render())
    assert counts_text(soup) == "Respondieron que sí: 1. Respondieron que no: 0."
    assert not soup.select("#le-sirvio form, #la-estamos-aplicando form")


def test_the_preview_of_an_item_not_saved_yet_counts_nothing(rf, editor):
    request = rf.get("/")
    request.user = editor
    request.is_preview = True
    context = item_context(request, PracticePage(title="Nueva práctica"))
    assert context["feedback_open"] is False and context["usefulness"].total == 0
    assert context["adoption_summary"].entities == 0 and context["my_adoption"] is None
