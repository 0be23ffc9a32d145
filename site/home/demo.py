"""Site-wide demo content: territory sample, one account per role, the home page text.

Each area has a `demo.py` with a `seed(log)` function; `seed_demo` calls them in order. Every
seeder is idempotent (get-or-create by a stable key), so running it twice changes nothing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Site

from siteconf.accounts import roles
from siteconf.reference.models import Entity, Municipality

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
        profile.entity = Entity.objects.filter(acronym=entity_name).first() if entity_name else None
        profile.entity_other = "" if entity_name else "Alcaldía de Ipiales"
        profile.position = position
        profile.municipality = municipality
        profile.department = municipality.department if municipality else None
        profile.save()
    admin, created = User.objects.get_or_create(
        username="admin",
        defaults={"is_superuser": True, "is_staff": True, "email": "admin@demo.redatt.co"},
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    log.step(f"{len(DEMO_ACCOUNTS) + 1} cuentas de demostración")


def seed_home_page(log):
    """Publish the migration-created home page once, so it has a revision and is indexed."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not home.revisions.exists():
        home.save_revision().publish()
        log.step("página de inicio publicada")


def seed(log):
    seed_territory(log)
    seed_home_page(log)
    if demo_accounts_allowed():
        seed_accounts(log)
    else:
        log.step("Cuentas de demostración omitidas (DEMO_MODE desactivado)")


def describe_accounts():
    lines = [f"  {'usuario':<10} {'rol':<28} contraseña"]
    lines += [f"  {u:<10} {role:<28} {DEMO_PASSWORD}" for u, role, *_ in DEMO_ACCOUNTS]
    lines.append(f"  {'admin':<10} {'Superusuario':<28} {DEMO_PASSWORD}")
    return "\n".join(lines)
