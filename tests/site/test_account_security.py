"""Account security (issue 15): verified sign-up, answers that do not tell whether an address is
registered, failed-login limits with an admin unlock, two-factor for staff, shorter staff sessions
and signing out everywhere."""

import importlib
import re
import time
import types
from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory, give_authenticator_app
from accounts.staff import current_code
from community.factories import SpacePageFactory, create_community
from community.models import Thread
from demo.accounts import DEMO_TOTP_SECRET, give_demo_authenticator
from knowledge.factories import PracticePageFactory, create_library
from meeting.factories import NominationFactory, create_edition
from meeting.models import Nomination, Vote
from meeting.models.pages import Phase
from training.factories import CohortFactory, CoursePageFactory, create_plan
from training.models import Enrollment

from .test_accounts import signup_data

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "clave-de-prueba-123"  # UserFactory's
LOCKED = "Demasiados intentos fallidos de ingreso"
WRONG = "no son correctos"  # allauth's "El usuario y/o la contraseña … no son correctos."


def log_in(client, login, password=PASSWORD, next_url=None, **extra):
    data = {"login": login, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post("/cuenta/ingresar/", data, **extra)


def main_content(response, typed_email):
    """The page's <main>, with the address typed and the CSRF token (which differ between any
    two requests) blanked out."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(re.escape(typed_email), "<correo>", main, flags=re.IGNORECASE)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", main)


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


@pytest.fixture
def clock(monkeypatch):
    """The rate limits' clock, moved by hand: an hour of attempts in a fraction of a second."""
    import allauth.core.internal.ratelimit as ratelimit_module

    fake = types.SimpleNamespace(
        now=time.time(), monotonic=time.monotonic, sleep=time.sleep, time=None
    )
    fake.time = lambda: fake.now
    monkeypatch.setattr(ratelimit_module, "time", fake)
    return fake


# Sign-up: verified before anything else, and the same answer for every address


@pytest.fixture
def places_to_act(settings):
    """Somewhere to post, a cohort to enrol in, a call to nominate to and a vote to cast."""
    settings.COMMUNITY_NEW_ACCOUNT_DAYS = 0
    space = SpacePageFactory(parent=create_community(), title="Hacienda territorial")
    cohort = CohortFactory(course=CoursePageFactory(parent=(plan := create_plan())))
    library = create_library()
    practices = [PracticePageFactory(parent=library, entity="dnp") for _ in range(2)]
    call = create_edition(year=2026, call="open")
    vote = create_edition(
        year=2025,
        call="closed",
        phase=Phase.DELIBERATION,
        vote_opens_at=timezone.now() - timedelta(days=1),
        vote_closes_at=timezone.now() + timedelta(days=1),
    )
    finalist = NominationFactory(
        edition=vote, practice=practices[1], status=Nomination.Status.FINALIST
    )
    return types.SimpleNamespace(
        space=space, plan=plan, cohort=cohort, practice=practices[0], call=call, vote=vote,
        finalist=finalist,
    )  # fmt: skip


def act_as_member(client, places):
    """Post a thread, enrol, nominate and vote, as a member does from the pages' forms."""
    client.post(reverse("community:join", args=[places.space.pk]))
    client.post(
        reverse("community:new_thread", args=[places.space.pk]),
        {"title": "¿Cómo priorizar el PDT?", "category": "pregunta", "source": "Ayuda."},
    )
    client.post(places.plan.url + places.plan.reverse_subpage("enrol", args=[places.cohort.pk]))
    client.post(
        places.call.url + "postular/",
        {"practice": places.practice.pk, "category": places.call.categories.first().pk},
    )
    client.post(places.vote.url + "votar/", {"nomination": places.finalist.pk})
    user = User.objects.get(username="nuevo_funcionario")
    return {
        "post": Thread.objects.filter(author=user).exists(),
        "enrol": Enrollment.objects.filter(user=user).exists(),
        "nominate": Nomination.objects.filter(nominated_by=user).exists(),
        "vote": Vote.objects.filter(user=user).exists(),
    }


def test_a_new_member_can_post_enrol_nominate_and_vote_only_after_verifying_the_email(
    client, places_to_act, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/cuenta/registro/", signup_data(), follow=True)
    assert "Revise su correo" in response.content.decode()
    user = User.objects.get(username="nuevo_funcionario")
    assert list(user.groups.values_list("name", flat=True)) == [roles.MEMBERS]
    assert not response.context["user"].is_authenticated

    # Until the address is verified the password opens nothing: no session, the same page.
    response = log_in(client, "nuevo_funcionario", "una-clave-muy-segura-2026", follow=True)
    assert not response.context["user"].is_authenticated
    assert "Revise su correo" in response.content.decode()
    assert act_as_member(client, places_to_act) == dict.fromkeys(
        ["post", "enrol", "nominate", "vote"], False
    )

    (message,) = [m for m in mail.outbox if m.to == ["ana@example.org"]][-1:]
    assert message.subject == "Red ATT: confirme su correo"
    confirm_page = client.get(link_in(message))
    assert "Confirmar mi correo" in confirm_page.content.decode()
    response = client.post(link_in(message), follow=True)
    assert response.context["user"] == user
    assert act_as_member(client, places_to_act) == dict.fromkeys(
        ["post", "enrol", "nominate", "vote"], True
    )


def test_accounts_made_before_verification_keep_signing_in(client):
    from django.apps import apps

    migration = importlib.import_module("accounts.migrations.0005_verify_existing_emails")
    older = User.objects.create_user("antigua", "Compartido@example.org", PASSWORD)
    newer = User.objects.create_user("reciente", "compartido@example.org", PASSWORD)
    migration.verify_existing_emails(apps, None)
    assert older.emailaddress_set.get().verified
    assert not newer.emailaddress_set.get().verified  # an address is verified for one account
    assert log_in(client, "antigua").status_code == 302
    assert client.session["_auth_user_id"] == str(older.pk)  # signed in, no verification asked


def test_sign_up_with_a_registered_address_answers_exactly_as_with_a_new_one(
    member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = Client().post("/cuenta/registro/", signup_data(), follow=True)
        taken = Client().post(
            "/cuenta/registro/",
            signup_data(username="otra_persona", email=member.email.upper()),
            follow=True,
        )
    assert new.redirect_chain == taken.redirect_chain
    assert main_content(new, "ana@example.org") == main_content(taken, member.email)
    assert not User.objects.filter(username="otra_persona").exists()
    # Each address hears what concerns it: the new one a link, the owner that an account exists.
    by_address = {m.to[0]: m for m in mail.outbox}
    assert by_address["ana@example.org"].subject == "Red ATT: confirme su correo"
    assert by_address[member.email].subject == "Red ATT: ya tiene una cuenta"


class CountingHasher(MD5PasswordHasher):
    hashed = 0

    def encode(self, password, salt):
        CountingHasher.hashed += 1
        return super().encode(password, salt)


def test_sign_up_spends_the_same_password_hashing_on_a_registered_address(settings, member):
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]

    def hashes_for(**overrides):
        CountingHasher.hashed = 0
        Client().post("/cuenta/registro/", signup_data(**overrides))
        return CountingHasher.hashed

    assert hashes_for() == hashes_for(username="otra_persona", email=member.email) == 1


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(
    member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = Client().post("/cuenta/clave/recuperar/", {"email": member.email}, follow=True)
        unknown = Client().post(
            "/cuenta/clave/recuperar/", {"email": "nadie@example.org"}, follow=True
        )
    assert known.redirect_chain == unknown.redirect_chain
    assert main_content(known, member.email) == main_content(unknown, "nadie@example.org")
    assert "Si existe una cuenta con ese correo" in known.content.decode()
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "/cuenta/clave/nueva/" in by_address[member.email].body
    assert by_address["nadie@example.org"].subject == "Red ATT: no hay una cuenta con este correo"


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/cuenta/registro/", signup_data()),
        ("/cuenta/clave/recuperar/", {"email": "miembro_prueba@example.org"}),
    ],
    ids=["sign-up", "reset"],
)
def test_account_mail_waits_for_the_task_worker_instead_of_the_request(
    client, member, django_capture_on_commit_callbacks, path, data
):
    with django_capture_on_commit_callbacks() as queued:
        client.post(path, data)
    assert mail.outbox == []  # nothing sent while the visitor waits (core.mail)
    assert len(queued) == 1


def test_sign_up_is_limited_per_address(member):
    for n in range(5):
        Client().post("/cuenta/registro/", signup_data(username=f"intento{n}", email=member.email))
    response = Client().post("/cuenta/registro/", signup_data(email=member.email))
    assert "Recibimos demasiadas solicitudes seguidas" in response.content.decode()


def test_password_reset_is_limited_per_address(member):
    for _ in range(5):
        Client().post("/cuenta/clave/recuperar/", {"email": member.email})
    response = Client().post("/cuenta/clave/recuperar/", {"email": member.email})
    assert response.status_code == 429
    assert "Demasiadas solicitudes" in response.content.decode()


# Failed logins: per account and per address, counted in the shared cache


def test_the_101st_wrong_password_within_an_hour_is_refused_even_from_new_addresses(member, clock):
    """OWASP ASVS: no more than 100 failed attempts per hour on one account. Attempts 35 s apart
    (under the burst limit of 10 in 5 minutes), each from another address."""
    client = Client()
    for attempt in range(100):
        response = log_in(client, member.username, "mala", REMOTE_ADDR=f"192.0.2.{attempt + 1}")
        assert WRONG in response.content.decode(), f"attempt {attempt + 1}"
        clock.now += 35
    response = log_in(client, member.username, "mala", REMOTE_ADDR="198.51.100.1")
    assert LOCKED in response.content.decode()
    # While locked even the right password is refused.
    response = log_in(client, member.username, REMOTE_ADDR="198.51.100.2")
    assert LOCKED in response.content.decode()
    assert not response.context["user"].is_authenticated


def test_ten_quick_failures_lock_the_account_for_five_minutes(client, member, clock):
    for _ in range(10):
        log_in(client, member.username, "mala")
    assert LOCKED in log_in(client, member.username).content.decode()
    clock.now += 5 * 60
    assert log_in(client, member.username).status_code == 302


def test_the_email_and_the_username_count_against_the_same_account(client, member):
    for n in range(10):
        log_in(client, member.email if n % 2 else member.username.upper(), "mala")
    assert LOCKED in log_in(client, member.email).content.decode()


def test_failed_logins_from_one_address_are_limited_across_accounts(client):
    for n in range(20):
        log_in(client, f"alguien{n}", "mala")
    page = log_in(client, "alguien_mas", "mala").content.decode()
    assert "demasiados intentos fallidos de ingreso desde esta conexión" in page
    assert LOCKED not in page  # no account is locked (tests/site/test_lockout_messages.py)


@pytest.fixture
def superuser(db):
    return UserFactory(username="administradora", is_superuser=True, is_staff=True)


def test_an_admin_unlocks_a_locked_account_from_the_users_list(member, superuser):
    visitor = Client()
    for _ in range(10):
        log_in(visitor, member.username, "mala")
    admin = Client()
    admin.force_login(superuser)
    unlock_url = reverse("accounts_unlock", args=[member.pk])
    assert unlock_url in admin.get(reverse("wagtailusers_users:index")).content.decode()
    assert "Desbloquear ingreso" in admin.get(unlock_url).content.decode()
    response = admin.post(unlock_url, follow=True)
    assert "puede volver a ingresar" in response.content.decode()
    assert log_in(visitor, member.username).status_code == 302


def test_only_those_who_manage_users_can_unlock(editor_client, member):
    for _ in range(10):
        log_in(Client(), member.username, "mala")
    response = editor_client.post(reverse("accounts_unlock", args=[member.pk]), follow=True)
    assert "no tiene permisos para acceder a esta área" in response.content.decode()
    assert LOCKED in log_in(Client(), member.username).content.decode()


# Two-factor for staff


@pytest.mark.parametrize(
    ("account", "path"),
    [
        ({"roles": [roles.EDITORS]}, "/admin/"),
        ({"roles": [roles.TRAINING_PUBLISHERS]}, "/admin/pages/"),
        ({"roles": [roles.MODERATORS]}, "/admin/"),
        ({"roles": [roles.JURY]}, "/encuentro/jurado/"),
        ({"roles": [], "is_superuser": True}, "/admin/"),
    ],
    ids=["editor", "training-publisher", "moderator", "juror", "superuser"],
)
def test_staff_without_an_authenticator_app_are_sent_to_set_one_up(client, account, path):
    client.force_login(UserFactory(username="personal", totp=False, **account))
    response = client.get(path, follow=True)
    assert response.redirect_chain[0][0] == "/cuenta/dos-pasos/app/activar/"
    assert "necesita la verificación en dos pasos" in response.content.decode()


def test_members_are_not_asked_for_two_factor_and_may_opt_in(member_client):
    assert member_client.get("/encuentro/jurado/").status_code == 403
    profile = member_client.get("/cuenta/perfil/").content.decode()
    assert 'href="/cuenta/dos-pasos/">Verificación en dos pasos</a>' in profile
    assert "Aplicación de autenticación" in member_client.get("/cuenta/dos-pasos/").content.decode()


def test_an_editor_sets_up_the_authenticator_app_then_reaches_the_admin(client):
    editor = UserFactory(username="editora_nueva", roles=[roles.EDITORS], totp=False)
    log_in(client, editor.username)
    response = client.get("/admin/", follow=True)
    assert "necesita la verificación en dos pasos" in response.content.decode()
    # Changing how the account signs in asks for the password again first.
    assert "Confirmar acceso" in response.content.decode()
    response = client.post(
        "/cuenta/confirmar-identidad/",
        {"password": PASSWORD, "next": "/cuenta/dos-pasos/app/activar/"},
        follow=True,
    )
    assert "Activar la verificación en dos pasos" in response.content.decode()
    secret = client.session["mfa.totp.secret"]  # what the QR code and the typed key hold
    response = client.post("/cuenta/dos-pasos/app/activar/", {"code": "000000"}, follow=True)
    assert "Código incorrecto." in response.content.decode()
    response = client.post(
        "/cuenta/dos-pasos/app/activar/",
        {"code": current_code(secret, timezone.now().timestamp())},
        follow=True,
    )
    html = response.content.decode()
    assert "Códigos de recuperación" in html
    assert 'href="/admin/">Ya los guardé: continuar</a>' in html
    assert client.get("/admin/").status_code == 200


def test_staff_login_asks_for_the_authenticator_code_before_the_admin_opens(client, editor):
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    Authenticator.objects.filter(user=editor).delete()
    give_authenticator_app(editor, secret)
    response = log_in(client, editor.username, next_url="/admin/")
    assert response["Location"].startswith("/cuenta/dos-pasos/verificar/")
    assert client.get("/admin/")["Location"].startswith("/cuenta/ingresar/")
    page = client.get("/cuenta/dos-pasos/verificar/").content.decode()
    assert "Escriba el código de seis dígitos" in page
    client.post(
        "/cuenta/dos-pasos/verificar/", {"code": current_code(secret, timezone.now().timestamp())}
    )
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_page_is_the_sites(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == "/cuenta/ingresar/?next=/admin/pages/"
    assert client.get("/admin/")["Location"] == "/cuenta/ingresar/?next=/admin/"


@pytest.mark.usefixtures("seeded_demo")
def test_demo_staff_sign_in_with_the_published_demo_secret(client):
    assert not Authenticator.objects.filter(user__username="miembro").exists()
    log_in(client, "editor", "RedATT-demo-2026")
    client.post(
        "/cuenta/dos-pasos/verificar/",
        {"code": current_code(DEMO_TOTP_SECRET, timezone.now().timestamp())},
    )
    assert client.get("/admin/").status_code == 200


def test_the_demo_secret_exists_only_in_demo_mode(settings, editor):
    settings.DEMO_MODE = False
    with pytest.raises(ImproperlyConfigured):
        give_demo_authenticator(editor)
    with pytest.raises(CommandError):
        call_command("demo_totp")


# Sessions


def test_staff_sessions_last_eight_hours_and_members_two_weeks(member, editor):
    member_browser = Client()
    log_in(member_browser, member.username)
    assert member_browser.session.get_expiry_age() == 14 * 24 * 3600

    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    Authenticator.objects.filter(user=editor).delete()
    give_authenticator_app(editor, secret)
    editor_browser = Client()
    log_in(editor_browser, editor.username)
    editor_browser.post(
        "/cuenta/dos-pasos/verificar/", {"code": current_code(secret, timezone.now().timestamp())}
    )
    assert editor_browser.get("/admin/").status_code == 200
    assert editor_browser.session.get_expiry_age() == 8 * 3600


def test_signing_out_on_every_device_ends_every_session_of_the_account(member):
    laptop, phone = Client(), Client()
    log_in(laptop, member.username)
    log_in(phone, member.username)
    assert phone.get("/cuenta/perfil/").status_code == 200
    page = laptop.get("/cuenta/perfil/").content.decode()
    assert "Cerrar sesión en todos los dispositivos" in page
    response = laptop.post("/cuenta/salir/todos/", follow=True)
    assert "Cerró la sesión en todos los dispositivos" in response.content.decode()
    assert laptop.get("/cuenta/perfil/").status_code == 302
    assert phone.get("/cuenta/perfil/").status_code == 302
