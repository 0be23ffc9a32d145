"""Demo accounts, one per role (demo mode only), and the published data-processing policy page
(standard text).

The accounts are created by the `core` seeder (`demo.core`), before the areas that use them; this
module's `seed` publishes the policy page.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q

from wagtail.models import Site

from accounts import roles
from accounts.consent import record_signup_consent
from accounts.policy import POLICY_TITLE, PrivacyPolicyPage
from accounts.staff import has_authenticator_app, is_staff_account
from reference.models import Entity, Municipality

# Every demo staff account shares this authenticator secret, printed by `manage.py seed_demo` and
# turned into the current code by `manage.py demo_totp`.
DEMO_TOTP_SECRET = "REDATTDEMOTOTPSECRETFORDEMOMODE2"  # noqa: S105 - public on purpose
DEMO_PASSWORD = "RedATT-demo-2026"  # noqa: S105 - printed on purpose; demo mode only

DEMO_ACCOUNTS = [
    # username, role, first name, last name, entity acronym or name, municipality code, position
    (
        "editor",
        roles.EDITORS,
        "Diana",
        "Rojas",
        "DNP",
        "11001",
        "Asesora de gestión del conocimiento",
    ),
    (
        "esap",
        roles.TRAINING_PUBLISHERS,
        "Andrés",
        "Muñoz",
        "ESAP",
        "11001",
        "Coordinador del plan de formación",
    ),
    (
        "moderador",
        roles.MODERATORS,
        "Lucía",
        "Herrera",
        "Función Pública",
        "11001",
        "Gestora de comunidades",
    ),
    ("jurado", roles.JURY, "Camilo", "Pérez", "FND", "11001", "Asesor territorial"),
    (
        "miembro",
        roles.MEMBERS,
        "Marta",
        "Benavides",
        "Alcaldía de Ipiales",
        "52356",
        "Secretaria de planeación de Ipiales",
    ),
    # A sixth-category PDET town: "Municipios como el mío" shows other peers than Ipiales's.
    (
        "planadas",
        roles.MEMBERS,
        "Yeison",
        "Quintero",
        "Alcaldía de Planadas",
        "73555",
        "Secretario de planeación de Planadas",
    ),
]


def demo_accounts_allowed():
    return settings.DEMO_MODE


def seed_accounts(log):
    from .people import launch

    User = get_user_model()
    for username, role, first, last, entity_name, municipality_code, position in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@demo.redatt.co",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.date_joined = launch()  # the platform's first accounts
            user.save()
        user.groups.add(Group.objects.get(name=role))
        municipality = Municipality.objects.filter(code=municipality_code).first()
        profile = user.profile
        # An acronym (DNP) or a full name: the alcaldías are made by `demo.people` beforehand.
        entity = Entity.objects.filter(Q(acronym=entity_name) | Q(name=entity_name)).first()
        entity = entity if entity_name else None
        profile.entity = entity
        profile.entity_other = "" if entity else entity_name
        profile.position = position
        profile.municipality = municipality
        profile.department = municipality.department if municipality else None
        profile.save()
        if not user.consents.exists():  # demo accounts consent at seed time, to log in directly
            record_signup_consent(user, show_identity=True, source="demo")
        secure_demo_account(user)
    admin, created = User.objects.get_or_create(
        username="admin",
        defaults={"is_superuser": True, "is_staff": True, "email": "admin@demo.redatt.co"},
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    if not admin.consents.exists():
        record_signup_consent(admin, show_identity=True, source="demo")
    secure_demo_account(admin)
    log.step(f"{len(DEMO_ACCOUNTS) + 1} cuentas de demostración")


def secure_demo_account(user):
    """A verified address, so the account can sign in; for staff, the published demo
    authenticator secret (DEMO_TOTP_SECRET), so the admin and jury pages open."""
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"primary": True, "verified": True}
    )
    if is_staff_account(type(user).objects.get(pk=user.pk)):
        give_demo_authenticator(user)


def seed_policy_page(log):
    if PrivacyPolicyPage.objects.exists():
        return
    home = Site.objects.get(is_default_site=True).root_page
    page = PrivacyPolicyPage(
        title=POLICY_TITLE,
        slug="politica-de-datos",
        summary="Qué datos personales trata Red ATT, para qué, sus derechos y cómo ejercerlos.",
        version=1,
        changes_summary="Primera versión.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    log.step("política de tratamiento de datos personales publicada")


def seed(log):
    seed_policy_page(log)


def describe_accounts():
    lines = [f"  {'usuario':<10} {'rol':<28} contraseña"]
    lines += [f"  {u:<10} {role:<28} {DEMO_PASSWORD}" for u, role, *_ in DEMO_ACCOUNTS]
    lines.append(f"  {'admin':<10} {'Superusuario':<28} {DEMO_PASSWORD}")
    lines.append(
        "\nTodas menos `miembro` y `planadas` piden además un código de verificación en dos"
        f"\npasos: agregue la clave {DEMO_TOTP_SECRET} a una aplicación de autenticación,"
        "\no vea el código del momento con `python manage.py demo_totp`."
    )
    return "\n".join(lines)


def give_demo_authenticator(user):
    """Demo mode only: the demo staff account gets the published demo authenticator secret."""
    if not settings.DEMO_MODE:
        raise ImproperlyConfigured("The demo authenticator secret is for DEMO_MODE only.")
    if not has_authenticator_app(user):
        TOTP.activate(user, DEMO_TOTP_SECRET)
