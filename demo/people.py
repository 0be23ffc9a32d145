"""Loads the demo's cast (`people_data.CAST`) and the alcaldías of the municipalities it uses.

The alcaldías are reference entities, so the sign-up list offers them whether or not the demo
accounts are made; the cast is made only in demo mode, by `demo.core` after the role accounts,
so every area's seeder finds the same people. Idempotent: entities by name, people by username.
"""

import datetime

from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from accounts import roles
from accounts.consent import record_signup_consent
from accounts.models import Profile
from accounts.policy import Consent
from reference.models import Entity, Municipality

from . import rhythm
from .people_data import CAST, LAUNCH

ALCALDIA = ""
OTHER = "otra:"


def alcaldia_name(municipality):
    """The alcaldía `migrate` derived for the municipality ("Alcaldía de Rionegro (Antioquia)"
    where the name is shared), else the plain name."""
    derived = Entity.objects.filter(kind=Entity.Kind.MUNICIPAL, municipality=municipality)
    return derived.values_list("name", flat=True).first() or f"Alcaldía de {municipality.name}"


def alcaldia_codes():
    """The municipalities whose alcaldía someone in the demo works for."""
    from .accounts import DEMO_ACCOUNTS

    codes = {row[3] for row in CAST if row[4] == ALCALDIA}
    codes |= {code for *_, entity, code, _position in DEMO_ACCOUNTS if entity.startswith("Alc")}
    return codes


def seed_alcaldias(log):
    municipalities = Municipality.objects.filter(code__in=alcaldia_codes()).select_related(
        "department"
    )
    existing = set(Entity.objects.values_list("name", flat=True))
    new = [
        Entity(
            name=alcaldia_name(m),
            slug=slugify(alcaldia_name(m))[:80],
            kind=Entity.Kind.MUNICIPAL,
            department=m.department,
            municipality=m,
        )
        for m in municipalities
        if alcaldia_name(m) not in existing
    ]
    Entity.objects.bulk_create(new)
    if new:
        log.step(f"{len(new)} alcaldías de los municipios de la demostración")


def joined_on(spec):
    """When a member signed up: an ISO date, or days ago, at an office hour."""
    if isinstance(spec, str):
        return rhythm.at_office(datetime.date.fromisoformat(spec), spec)
    return rhythm.moment(spec, ("joined", spec))


def launch():
    """The day the platform opened, or a year and a half ago if the demo is seeded much later."""
    opened = datetime.date.fromisoformat(LAUNCH)
    return rhythm.at_office(min(opened, rhythm.today() - datetime.timedelta(days=540)), LAUNCH)


def seed_cast(log):
    User = get_user_model()
    names = [row[0] for row in CAST]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    rows = [row for row in CAST if row[0] not in existing]
    if not rows:
        return
    unusable = make_password(None)
    User.objects.bulk_create(
        [
            User(
                username=username, first_name=first, last_name=last, password=unusable,
                email=f"{username}@demo.redatt.co", date_joined=joined_on(joined),
                last_login=None,
            )
            for username, first, last, _code, _entity, _position, joined, *_ in rows
        ]
    )  # fmt: skip
    users = {u.username: u for u in User.objects.filter(username__in=[r[0] for r in rows])}
    places = Municipality.objects.select_related("department").in_bulk(
        {row[3] for row in rows}, field_name="code"
    )
    entities = {e.slug: e for e in Entity.objects.all()} | {
        e.name: e for e in Entity.objects.filter(kind=Entity.Kind.MUNICIPAL)
    }
    profiles = []
    for username, _first, _last, code, entity, position, *_ in rows:
        place = places.get(code)
        if entity == ALCALDIA:
            found = entities.get(alcaldia_name(place)) if place else None
        else:
            found = entities.get(entity)
        profiles.append(
            Profile(
                user=users[username], entity=found, position=position,
                entity_other=entity.removeprefix(OTHER) if entity.startswith(OTHER) else "",
                municipality=place, department=place.department if place else None,
            )
        )  # fmt: skip
    Profile.objects.bulk_create(profiles)
    members = Group.objects.get(name=roles.MEMBERS)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=members.pk) for u in users.values()]
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, primary=True, verified=True) for u in users.values()]
    )
    for username, *_rest, shows_name, _courses in rows:
        user = users[username]
        # The consent each gave on signing up, recorded as the accounts app records it.
        record_signup_consent(user, show_identity=shows_name, source="demo")
        Consent.objects.filter(user=user).update(created_at=user.date_joined)
    log.step(f"{len(rows)} miembros de la demostración (servidores de alcaldías y gobernaciones)")


def cast():
    """The cast by username, with profiles and territory, as the other seeders use them."""
    return people(*[row[0] for row in CAST])


def people(*usernames):
    """The demo's people, role accounts and cast alike, by username; missing names are left out."""
    found = get_user_model().objects.filter(username__in=usernames)
    return {
        u.username: u
        for u in found.select_related(
            "profile__entity", "profile__municipality", "profile__department"
        )
    }


def everyone():
    from .accounts import DEMO_ACCOUNTS

    return people(*[row[0] for row in DEMO_ACCOUNTS], *[row[0] for row in CAST])


def after_joining(user, when, days=1):
    """`when`, or `days` after the person joined if that is later (nobody acts before)."""
    floor = user.date_joined + datetime.timedelta(days=days)
    return rhythm.not_after_now(max(when, floor), floor=min(floor, timezone.now()))
