"""Site-wide demo content: territory sample, one account per role, the home page text, the
operating entity shown in the footer.

Each area has a `demo.py` with a `seed(log)` function; `seed_demo` calls them in order. Every
seeder is idempotent (get-or-create by a stable key), so running it twice changes nothing.
"""

from urllib.parse import urlsplit

from allauth.account.models import EmailAddress

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Site

from accounts import roles
from accounts.consent import record_signup_consent
from accounts.staff import DEMO_TOTP_SECRET, give_demo_authenticator, is_staff_account
from reference.models import Entity, Municipality

from .operator import OperatorSettings

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
        "",
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


def seed_territory(log):
    if not Municipality.objects.exists():
        call_command("import_divipola", stdout=log.stream)


def seed_accounts(log):
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
            user.save()
        user.groups.add(Group.objects.get(name=role))
        municipality = Municipality.objects.filter(code=municipality_code).first()
        profile = user.profile
        entity = Entity.objects.filter(acronym=entity_name).first() if entity_name else None
        profile.entity = entity
        profile.entity_other = "" if entity else (entity_name or "Alcaldía de Ipiales")
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
    authenticator secret (staff.DEMO_TOTP_SECRET), so the admin and jury pages open."""
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"primary": True, "verified": True}
    )
    if is_staff_account(type(user).objects.get(pk=user.pk)):
        give_demo_authenticator(user)


# What `make run` serves: the demo's e-mails, feeds and sitemap link there, so their links open.
DEMO_SITE_ADDRESS = ("127.0.0.1", 8000)


def demo_site_address():
    """BASE_URL's host and port when the operator set it, else what `make run` serves."""
    if not settings.BASE_URL:
        return DEMO_SITE_ADDRESS
    parts = urlsplit(settings.BASE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def seed_site(log):
    """Move the default Site off Wagtail's `localhost:80` (which nothing serves) once; a Site
    editors have changed is kept."""
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != ("localhost", 80):
        return
    site.hostname, site.port = demo_site_address()
    site.save()  # also forgets the cached root of absolute links (core.links)
    log.step(f"sitio: {site.root_url}")


def seed_home_page(log):
    """Publish the migration-created home page once, so it has a revision and is indexed."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not home.revisions.exists():
        home.save_revision().publish()
        log.step("página de inicio publicada")


# DNP runs the platform in the demo: its real public address, switchboard and service hours.
DEMO_OPERATOR = {
    "name": "Departamento Nacional de Planeación",
    "address": "Calle 26 # 13-19",
    "city": "Bogotá D. C., Colombia",
    "phone": "+57 601 381 5000",
    "email": "redatt@dnp.gov.co",
    "hours": "lunes a viernes, 8:00 a. m. – 5:00 p. m.",
    "website": "https://www.dnp.gov.co/",
}


def seed_operator(log):
    """Fill the footer's operating entity once; later edits in "Configuración" are kept."""
    site = Site.objects.get(is_default_site=True)
    operator = OperatorSettings.for_site(site)
    if not operator.address:
        for field, value in DEMO_OPERATOR.items():
            setattr(operator, field, value)
        operator.save()
        log.step("entidad operadora: Departamento Nacional de Planeación")


def seed(log):
    seed_territory(log)
    seed_site(log)
    seed_home_page(log)
    seed_operator(log)
    if demo_accounts_allowed():
        seed_accounts(log)
    else:
        log.step("Cuentas de demostración omitidas (DEMO_MODE desactivado)")


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
