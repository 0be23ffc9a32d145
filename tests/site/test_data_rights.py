"""The holder's rights (Ley 1581 de 2012, art. 8) in "Mis datos": see and download everything held,
withdraw consent, delete the account; and the member's name shown only with their consent."""

import csv
import io
import json
from datetime import datetime

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import resolve_url
from django.test import Client
from django.utils import timezone

from accounts import data_rights
from accounts.factories import UserFactory
from accounts.policy import Consent
from community.factories import (
    MembershipFactory,
    PostFactory,
    SpacePageFactory,
    ThreadFactory,
    create_community,
)
from community.models import Follow, Post, PostReaction, Thread
from knowledge.factories import (
    AdoptionFactory,
    PracticePageFactory,
    UsefulnessAnswerFactory,
    create_library,
)
from knowledge.models import Adoption, UsefulnessAnswer
from meeting.factories import NominationFactory, assign, create_edition
from meeting.models import JuryAssignment, Nomination, Vote
from notifications.models import Notification
from training.enrolment import enrol
from training.factories import CohortFactory, CoursePageFactory, create_plan
from training.models import Enrollment

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "clave-de-prueba-123"  # UserFactory's
MY_DATA = "/cuenta/mis-datos/"


@pytest.fixture
def ana(db):
    return UserFactory(
        username="ana_pasto", first_name="Ana", last_name="Zambrano", email="ana@pasto.gov.co"
    )


@pytest.fixture
def luis(db):
    return UserFactory(
        username="luis_tumaco", first_name="Luis", last_name="Quiñones", email="luis@tumaco.gov.co"
    )


@pytest.fixture
def space(ana, luis):
    space = SpacePageFactory(parent=create_community(), title="Hacienda territorial")
    MembershipFactory(space=space, user=ana)
    MembershipFactory(space=space, user=luis)
    return space


@pytest.fixture
def thread(space, ana, luis):
    thread = ThreadFactory(
        space=space, author=ana, title="Catastro en Pasto", source="Nuestra experiencia con IGAC."
    )
    reply = PostFactory(thread=thread, author=luis, source="En Tumaco hicimos algo parecido.")
    PostReaction.objects.create(post=reply, user=ana)
    return thread


@pytest.fixture
def edition(ana):
    practice = PracticePageFactory(parent=create_library(), title="Catastro multipropósito")
    edition = create_edition(year=2026)
    nomination = NominationFactory(
        edition=edition, practice=practice, nominated_by=ana, status="preseleccionada"
    )
    Vote.objects.create(edition=edition, nomination=nomination, user=ana)
    return edition


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def download_json(user):
    response = client_for(user).get(MY_DATA + "descargar.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


def download_csv(user):
    response = client_for(user).get(MY_DATA + "descargar.csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    "url", [MY_DATA, MY_DATA + "descargar.json", MY_DATA + "descargar.csv", MY_DATA + "eliminar/"]
)
def test_an_anonymous_visitor_is_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))


def test_mis_datos_shows_profile_consents_posts_enrolments_and_votes(ana, thread, edition):
    html = client_for(ana).get(MY_DATA).content.decode()
    assert "ana@pasto.gov.co" in html
    assert "Tratamiento de datos personales" in html  # a consent, with its version
    assert "Catastro en Pasto" in html and thread.get_absolute_url() in html
    assert "Votos en el Encuentro" in html and "Catastro multipropósito" in html
    assert 'href="/cuenta/perfil/"' in html  # correct: the profile form
    assert 'href="/cuenta/mis-datos/eliminar/"' in html


def test_mis_datos_writes_dates_as_the_site_does_and_the_downloads_in_iso_8601(ana):
    ana.date_joined = timezone.make_aware(datetime(2026, 3, 9, 16, 5))
    ana.save(update_fields=["date_joined"])
    html = client_for(ana).get(MY_DATA).content.decode()
    assert "9 de marzo de 2026, 4:05 p. m." in html
    assert "2026-03-09T16:05" not in html
    assert download_json(ana)["cuenta"]["registrado_el"] == "2026-03-09T16:05:00-05:00"
    assert ["cuenta", "", "registrado_el", "2026-03-09T16:05:00-05:00"] in download_csv(ana)


def test_the_json_download_holds_the_members_data_and_nothing_of_another_members(
    ana, luis, thread, edition
):
    data = download_json(ana)
    assert data["cuenta"]["correo"] == "ana@pasto.gov.co"
    assert data["autorizaciones"][0]["version_de_la_politica"] == 1
    assert [p["texto"] for p in data["publicaciones"]] == ["Nuestra experiencia con IGAC."]
    assert data["conversaciones"][0]["titulo"] == "Catastro en Pasto"
    assert len(data["utiles"]) == 1 and len(data["votos"]) == 1
    assert data["postulaciones"][0]["practica"] == "Catastro multipropósito"
    assert data["seguimientos"][0]["sigue"] == "Catastro en Pasto"
    dump = json.dumps(data, ensure_ascii=False)
    for foreign in ("luis_tumaco", "luis@tumaco.gov.co", "Quiñones", "En Tumaco hicimos"):
        assert foreign not in dump


def test_the_csv_download_holds_the_same_data_in_one_file(ana, luis, thread, edition):
    rows = download_csv(ana)
    assert rows[0] == ["seccion", "elemento", "campo", "valor"]
    assert ["cuenta", "", "correo", "ana@pasto.gov.co"] in rows
    assert ["publicaciones", "1", "texto", "Nuestra experiencia con IGAC."] in rows
    assert {row[0] for row in rows} >= {"perfil", "autorizaciones", "votos", "postulaciones"}
    flat = "\n".join(",".join(row) for row in rows)
    assert "luis" not in flat.lower() and "Tumaco" not in flat


def test_another_member_downloads_only_their_own_data(ana, luis, thread):
    data = download_json(luis)
    assert data["cuenta"]["usuario"] == "luis_tumaco"
    assert "ana@pasto.gov.co" not in json.dumps(data)


def test_withdrawing_the_public_identity_hides_the_name_on_posts_and_thread_lists(
    client, ana, thread, space
):
    assert "Ana Zambrano" in client.get(thread.get_absolute_url()).content.decode()
    member = client_for(ana)
    response = member.post(MY_DATA + "identidad/", {"show_identity": "0"})
    assert response.status_code == 302
    assert Consent.objects.filter(user=ana, kind="identidad", granted=False).exists()
    for url in (thread.get_absolute_url(), space.url):
        html = client.get(url).content.decode()
        assert "Ana Zambrano" not in html and "ana_pasto" not in html
        assert "Miembro de Red ATT" in html
    assert "Luis Quiñones" in client.get(thread.get_absolute_url()).content.decode()


def test_a_member_who_never_allowed_it_is_not_named_in_notices_either(space, luis):
    quiet = UserFactory(username="callada", first_name="Sol", consent__show_identity=False)
    thread = ThreadFactory(space=space, author=luis, title="Regalías")
    from community import notify

    notify.new_post(PostFactory(thread=thread, author=quiet, source="Respondo"))
    text = Notification.objects.get(recipient=luis).text
    assert text.startswith("Miembro de Red ATT escribió") and "Sol" not in text


def test_deleting_the_account_keeps_posts_as_miembro_retirado_with_no_trace_of_the_member(
    client, ana, luis, thread, edition
):
    member = client_for(ana)
    form = member.get(MY_DATA + "eliminar/").content.decode()
    assert "Miembro retirado" in form and 'type="password"' in form
    response = member.post(MY_DATA + "eliminar/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(username="ana_pasto").exists()
    assert Post.objects.filter(source="Nuestra experiencia con IGAC.", author=None).exists()
    assert Thread.objects.get(pk=thread.pk).author is None
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Miembro retirado" in html
    for trace in ("Ana", "Zambrano", "ana_pasto", "ana@pasto.gov.co"):
        assert trace not in html
    assert not Vote.objects.exists()  # votes removed
    assert not PostReaction.objects.exists()  # "útil" marks removed
    assert not Follow.objects.exclude(user=luis).exists()  # follows removed
    assert not Consent.objects.exclude(user=luis).exists()
    nomination = Nomination.objects.get()  # a public call's record: kept, unattributed
    assert nomination.nominated_by is None
    assert member.get(MY_DATA).status_code == 302  # logged out


def test_library_feedback_is_downloaded_and_kept_unattributed_after_deletion(ana):
    practice = PracticePageFactory(parent=create_library(), title="Presupuesto participativo")
    UsefulnessAnswerFactory(page=practice, user=ana, comment="Muy clara para Pasto.")
    AdoptionFactory(page=practice, user=ana, entity_name="Alcaldía de Pasto")
    data = download_json(ana)
    assert data["le_sirvio"][0]["comentario"] == "Muy clara para Pasto."
    assert data["aplicaciones"][0]["entidad"] == "Alcaldía de Pasto"
    data_rights.delete_account(ana)
    assert UsefulnessAnswer.objects.get().user is None  # counted still, attributed to nobody
    assert Adoption.objects.get().user is None


def test_deleting_the_account_cancels_enrolments_and_promotes_the_first_person_waiting(ana, luis):
    cohort = CohortFactory(course=CoursePageFactory(parent=create_plan()), seats=1)
    enrol(ana, cohort)
    assert enrol(luis, cohort).status == Enrollment.Status.WAITLISTED
    data_rights.delete_account(ana)
    assert Enrollment.objects.get(user=luis).status == Enrollment.Status.ENROLLED
    assert not Enrollment.objects.exclude(user=luis).exists()


def test_deleting_needs_the_password_and_the_confirmation(ana):
    member = client_for(ana)
    wrong = member.post(MY_DATA + "eliminar/", {"password": "no-es-la-clave", "confirm": "on"})
    assert "La contraseña no es correcta" in wrong.content.decode()
    unconfirmed = member.post(MY_DATA + "eliminar/", {"password": PASSWORD})
    assert unconfirmed.status_code == 200
    assert User.objects.filter(pk=ana.pk).exists()


def test_deleting_is_refused_without_the_csrf_token(ana):
    member = Client(enforce_csrf_checks=True)
    member.force_login(ana)
    response = member.post(MY_DATA + "eliminar/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 403
    assert User.objects.filter(pk=ana.pk).exists()


def test_a_member_cannot_delete_someone_elses_account(ana, luis):
    response = client_for(luis).post(
        MY_DATA + "eliminar/",
        {"password": PASSWORD, "confirm": "on", "user": ana.pk, "username": "ana_pasto"},
    )
    assert response.status_code == 302
    assert User.objects.filter(pk=ana.pk).exists()  # only the requester's own account goes
    assert not User.objects.filter(pk=luis.pk).exists()


def test_notices_and_mentions_naming_a_deleted_member_are_rewritten(ana, luis, space):
    thread = ThreadFactory(space=space, author=luis, title="Presupuesto")
    from community import notify

    notify.new_post(PostFactory(thread=thread, author=ana, source="Mi aporte"))
    mention = PostFactory(thread=thread, author=luis, source="Gracias @ana_pasto, muy útil.")
    data_rights.delete_account(ana)
    assert Notification.objects.get(recipient=luis).text.startswith("Miembro retirado escribió")
    mention.refresh_from_db()
    assert "ana_pasto" not in mention.source + mention.html
    assert "@miembro-retirado" in mention.source


def test_a_jurors_scores_stay_under_an_account_that_names_nobody(ana, luis):
    practice = PracticePageFactory(parent=create_library(), title="Presupuesto participativo")
    nomination = NominationFactory(edition=create_edition(year=2025), practice=practice)
    assign(nomination, ana)
    assert data_rights.delete_account(ana) == "anonymised"
    assignment = JuryAssignment.objects.get()
    juror = assignment.juror
    assert juror.pk == ana.pk
    assert (juror.first_name, juror.last_name, juror.email) == ("", "", "")
    assert juror.username.startswith("retirado-") and not juror.is_active
    assert not juror.has_usable_password()
    assert not juror.groups.exists() and not Consent.objects.filter(user=juror).exists()


def test_withdrawing_consent_to_the_policy_logs_out_and_asks_again_at_next_login(ana):
    member = client_for(ana)
    response = member.post(MY_DATA + "retirar/")
    assert response.status_code == 302
    assert Consent.objects.filter(user=ana, kind="politica", granted=False).exists()
    ana.profile.refresh_from_db()
    assert ana.profile.public_identity is False and ana.profile.policy_version_accepted is None
    again = client_for(ana)
    assert again.get("/buscar/")["Location"].startswith("/cuenta/politica-de-datos/aceptar/")


def test_every_relation_to_members_is_inventoried_for_download_and_deletion():
    """A new model pointing at users must be added to `data_rights` (export and deletion)."""
    project = {"accounts", "community", "meeting", "training", "knowledge", "search", "reference"}
    project |= {"notifications"}
    project |= {"account", "mfa", "usersessions"}  # django-allauth's, holding sign-in data
    found = set()
    for model in apps.get_models():
        if model._meta.app_label not in project:
            continue
        for field in model._meta.get_fields():
            declared_here = getattr(field, "model", None) is model  # not Wagtail's Page fields
            if field.is_relation and declared_here and field.related_model is User:
                found.add(f"{model._meta.label}.{field.name}")
    assert found - data_rights.inventoried() == set()
