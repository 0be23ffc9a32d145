"""Adoption ("La estamos aplicando") on guides and practices: a member records that their entity
applies one, the item shows how many entities and where (never who), and six months later the
member is asked how it went, once, and the answer shows on the item."""

import io
from datetime import timedelta
from unittest import mock

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.factories import UserFactory
from knowledge.adoption import FOLLOW_UP, FOLLOW_UP_AFTER, send_follow_ups
from knowledge.factories import (
    AdoptionFactory,
    GuidePageFactory,
    LessonPageFactory,
    PracticePageFactory,
)
from knowledge.models import Adoption
from notifications.models import EmailPreference, Notification
from reference.models import Department, Municipality

from .conftest import html_of, restrict_to_logged_in_users, soup_of


def municipality(code, name, department_code):
    return Municipality.objects.get_or_create(
        code=code,
        defaults={"name": name, "department": Department.objects.get(code=department_code)},
    )[0]


def member_of(entity, town=None, department_code=None, **kwargs):
    """A member whose profile names `entity` and a municipality (or only a department)."""
    user = UserFactory(**kwargs)
    profile = user.profile
    profile.entity_other = entity
    profile.municipality = town
    profile.department = town.department if town else Department.objects.get(code=department_code)
    profile.save()
    return user


@pytest.fixture
def ipiales(db):
    return municipality("52356", "Ipiales", "52")


@pytest.fixture
def pasto(db):
    return municipality("52001", "Pasto", "52")


@pytest.fixture
def ana(ipiales):
    return member_of("Alcaldía de Ipiales", ipiales, username="ana", first_name="Ana")


@pytest.fixture
def practice(library):
    return PracticePageFactory(parent=library, title="Banco de proyectos compartido")


def adoption_url(page):
    return page.url + "aplicacion/"


def follow_up_url(page):
    return page.url + "aplicacion/seguimiento/"


def section(soup):
    return soup.find(id="la-estamos-aplicando")


def section_text(client, page):
    return section(html_of(client, page.url)).get_text(" ", strip=True)


def later(days):
    """The clock `days` after now, for `mock.patch("django.utils.timezone.now", ...)`."""
    return timezone.now() + timedelta(days=days)


def test_a_member_records_that_their_entity_applies_a_practice(client, ana, practice):
    client.force_login(ana)
    response = client.post(adoption_url(practice), {"note": "Desde marzo, con Planeación."})
    assert response.status_code == 302
    assert response["Location"] == practice.url + "#la-estamos-aplicando"
    adoption = Adoption.objects.get()
    assert (adoption.user, adoption.entity_name) == (ana, "Alcaldía de Ipiales")
    assert (adoption.municipality.code, adoption.department.code) == ("52356", "52")
    assert adoption.note == "Desde marzo, con Planeación."
    text = section_text(client, practice)
    assert "1 entidad cuenta que la está aplicando, en: Nariño: Ipiales" in text
    assert "usted registró que Alcaldía de Ipiales la está aplicando" in text
    assert "En seis meses le preguntaremos cómo les fue." in text


def test_guides_ask_too_but_lessons_do_not(client, ana, library):
    client.force_login(ana)
    guide, lesson = GuidePageFactory(parent=library), LessonPageFactory(parent=library)
    assert section(html_of(client, guide.url)).find("form")["action"] == adoption_url(guide)
    assert section(html_of(client, lesson.url)) is None
    assert client.post(adoption_url(lesson)).status_code == 404
    assert not Adoption.objects.exists()


def test_recording_twice_keeps_one_adoption(client, ana, practice):
    client.force_login(ana)
    client.post(adoption_url(practice), follow=True)
    response = client.post(adoption_url(practice), {"note": "otra vez"}, follow=True)
    assert [m.get_text(strip=True) for m in soup_of(response).select(".messages li")] == [
        "Ya lo había registrado."
    ]
    assert Adoption.objects.count() == 1


def test_the_item_shows_entities_and_places_never_who(client, ana, practice, pasto, ipiales):
    client.force_login(ana)
    client.post(adoption_url(practice))
    AdoptionFactory(page=practice, entity_name="alcaldía de ipiales", municipality=ipiales)
    AdoptionFactory(page=practice, entity_name="Alcaldía de Pasto", municipality=pasto)
    AdoptionFactory(page=practice, entity_name="Gobernación del Cauca", department="19")
    client.logout()
    soup = html_of(client, practice.url)
    places = [item.get_text(strip=True) for item in section(soup).select(".adoption-places li")]
    assert places == ["Cauca", "Nariño: Ipiales, Pasto"]
    text = section(soup).get_text(" ", strip=True)
    assert "3 entidades cuentan que la están aplicando" in text  # the same entity counts once
    page_text = str(soup)
    for private in ("Alcaldía de Ipiales", "Gobernación del Cauca", ana.username, ana.last_name):
        assert private not in page_text


def test_anonymous_visitors_are_invited_to_sign_in_and_cannot_record(client, practice):
    link = section(html_of(client, practice.url)).find("a", string="Ingrese")
    assert link["href"].startswith("/cuenta/ingresar/?next=")
    response = client.post(adoption_url(practice))
    assert response.status_code == 302 and response["Location"].startswith("/cuenta/ingresar/")
    assert not Adoption.objects.exists()


def test_a_member_without_entity_or_territory_is_sent_to_complete_the_profile(
    member_client, practice
):
    soup = html_of(member_client, practice.url)
    assert not section(soup).find("form")
    assert section(soup).find("a", string="Mi perfil")["href"] == "/cuenta/perfil/"
    response = member_client.post(adoption_url(practice), follow=True)
    assert "complete su entidad y su territorio" in soup_of(response).select_one(".messages").text
    assert not Adoption.objects.exists()


def test_a_note_too_long_is_shown_again_with_what_was_typed(client, ana, practice):
    client.force_login(ana)
    response = client.post(adoption_url(practice), {"note": "x" * 501})
    assert response.status_code == 400
    note = section(soup_of(response)).find("textarea", attrs={"name": "note"})
    assert note.get_text().strip() == "x" * 501
    assert not Adoption.objects.exists()


@pytest.mark.parametrize("hidden", ["draft", "unpublished", "restricted"])
def test_hidden_items_get_no_form_and_refuse_adoptions(client, ana, catalogue, hidden):
    client.force_login(ana)
    page = getattr(catalogue, hidden)
    if hidden == "restricted":
        assert not section(html_of(client, page.url)).find("form")
    assert client.post(adoption_url(page)).status_code == 404
    assert not Adoption.objects.exists()


# Six months later: the follow-up.


def test_the_member_is_asked_six_months_later_once_and_answers(
    client, ana, practice, django_capture_on_commit_callbacks
):
    """The whole loop: record, wait six months, get the notice and its e-mail, answer, see it."""
    client.force_login(ana)
    client.post(practice.url + "opinion/", {"useful": "si", "reason": "aplicable"})
    client.post(adoption_url(practice), {"note": "Con la secretaría de Planeación."})
    with mock.patch("django.utils.timezone.now", return_value=later(181)):
        call_command("send_adoption_followups", stdout=io.StringIO())
    assert not Notification.objects.exists()  # not yet

    with (
        mock.patch("django.utils.timezone.now", return_value=later(183)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("send_adoption_followups", stdout=io.StringIO())
        call_command("send_adoption_followups", stdout=io.StringIO())  # same day again
    notice = Notification.objects.get()
    assert notice.recipient == ana and notice.kind == FOLLOW_UP
    assert (
        notice.text
        == "¿Cómo le fue aplicando «Banco de proyectos compartido»? Cuéntenos en un minuto."
    )
    assert notice.url == follow_up_url(practice)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [ana.email]
    assert follow_up_url(practice) in mail.outbox[0].body

    boxes = html_of(client, notice.url).select("form[method=post] input[name=outcome]")
    assert {box["value"] for box in boxes} == {
        "funciono", "en_parte", "no_funciono"
    }  # fmt: skip
    response = client.post(
        notice.url,
        {"outcome": "en_parte", "outcome_note": "Faltó presupuesto para el segundo año."},
    )
    assert response["Location"] == practice.url + "#la-estamos-aplicando"
    adoption = Adoption.objects.get()
    assert adoption.outcome == "en_parte" and adoption.outcome_at is not None

    client.logout()
    text = section_text(client, practice)
    assert "Funcionó en parte: 1" in text and "Funcionó: 0" in text and "No funcionó: 0" in text
    assert "Faltó presupuesto para el segundo año." in text
    assert ana.first_name not in text
    with mock.patch("django.utils.timezone.now", return_value=later(400)):
        assert send_follow_ups() == 0  # answered: never asked again


def test_two_runs_at_once_ask_once(ana, practice):
    adoption = AdoptionFactory(page=practice, user=ana, created=timezone.now() - FOLLOW_UP_AFTER)
    first, second = send_follow_ups(), send_follow_ups()
    assert (first, second) == (1, 0)
    adoption.refresh_from_db()
    assert adoption.follow_up_sent_at is not None
    assert Notification.objects.filter(recipient=ana).count() == 1


def test_the_notice_follows_the_members_email_preference(ana, practice):
    EmailPreference.objects.create(user=ana, frequency=EmailPreference.Frequency.DIGEST)
    AdoptionFactory(page=practice, user=ana, created=timezone.now() - FOLLOW_UP_AFTER)
    send_follow_ups()
    assert Notification.objects.filter(recipient=ana, emailed_at=None).count() == 1
    assert mail.outbox == []  # it waits for the daily digest


def test_nobody_is_asked_about_an_unpublished_or_restricted_item_or_without_an_account(
    ana, library, practice
):
    due = timezone.now() - FOLLOW_UP_AFTER
    unpublished = PracticePageFactory(parent=library)
    AdoptionFactory(page=unpublished, user=ana, created=due)
    unpublished.unpublish()
    restricted = restrict_to_logged_in_users(PracticePageFactory(parent=library))
    AdoptionFactory(page=restricted, user=ana, created=due)
    AdoptionFactory(page=practice, user=None, created=due)  # the member deleted the account
    inactive = UserFactory(is_active=False)
    AdoptionFactory(page=practice, user=inactive, created=due)
    assert send_follow_ups() == 0
    assert not Notification.objects.exists()


def test_another_member_cannot_open_or_answer_someones_follow_up(client, ana, practice):
    AdoptionFactory(
        page=practice, user=ana, created=timezone.now() - FOLLOW_UP_AFTER,
        follow_up_sent_at=timezone.now(),
    )  # fmt: skip
    client.force_login(UserFactory())
    assert client.get(follow_up_url(practice)).status_code == 404
    assert client.post(follow_up_url(practice), {"outcome": "no_funciono"}).status_code == 404
    assert Adoption.objects.get().outcome == ""
    client.logout()
    response = client.get(follow_up_url(practice))
    assert response.status_code == 302 and response["Location"].startswith("/cuenta/ingresar/")


def test_the_follow_up_opens_only_after_six_months(client, ana, practice):
    AdoptionFactory(page=practice, user=ana, created=timezone.now() - timedelta(days=30))
    client.force_login(ana)
    response = client.get(follow_up_url(practice), follow=True)
    assert response.redirect_chain[-1][0] == practice.url + "#la-estamos-aplicando"
    assert "Seis meses después de registrarlo" in soup_of(response).select_one(".messages").text
    client.post(follow_up_url(practice), {"outcome": "funciono"})
    assert Adoption.objects.get().outcome == ""


def test_a_follow_up_without_an_outcome_keeps_what_was_typed(client, ana, practice):
    AdoptionFactory(page=practice, user=ana, created=timezone.now() - FOLLOW_UP_AFTER)
    client.force_login(ana)
    response = client.post(follow_up_url(practice), {"outcome_note": "Nos faltó tiempo"})
    assert response.status_code == 400
    soup = soup_of(response)
    assert "Elija cómo les fue." in soup.get_text()
    assert soup.find("textarea", attrs={"name": "outcome_note"}).get_text().strip() == (
        "Nos faltó tiempo"
    )
