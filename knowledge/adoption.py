"""Adoption ("La estamos aplicando"): recording that a member's entity applies a guide or
practice, asking how it went six months later, and the evidence the item, the API and the
meeting's jury show.

The follow-up is asked once: `send_follow_ups` (the daily `send_adoption_followups` command)
claims each due adoption with a conditional update before notifying, so two runs at once, or a
run repeated the same day, never ask twice (`notifications.followups`). The notice goes through
the site's notifications, so the member's e-mail preference (each notice, daily digest, none)
applies.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from typing import NamedTuple

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Profile
from notifications import followups, kinds
from notifications.notify import send

from .models import Adoption
from .permissions import accepts_feedback

FOLLOW_UP_AFTER = timedelta(days=182)  # six months

FOLLOW_UP = kinds.register("seguimiento", gettext_lazy("Cómo le fue con lo que aplica"))


class ProfileIncomplete(Exception):
    """The member's profile names no entity or no department: there is nothing to record."""


class Place(NamedTuple):
    entity_name: str
    department: object
    municipality: object  # or None: the entity works for the whole department

    @property
    def where(self):
        if self.municipality:
            return f"{self.municipality.name}, {self.department.name}"
        return self.department.name


def place_of(user):
    """The member's entity and territory from their profile, or None if either is missing."""
    if not user.is_authenticated:
        return None
    profile = (
        Profile.objects.select_related("entity", "department", "municipality__department")
        .filter(user=user)
        .first()
    )
    if profile is None:
        return None
    entity_name = profile.entity_name.strip() if profile.entity_name else ""
    municipality = profile.municipality
    department = municipality.department if municipality else profile.department
    if not entity_name or department is None:
        return None
    return Place(entity_name, department, municipality)


def adoption_of(user, page):
    if not user.is_authenticated:
        return None
    adoptions = Adoption.objects.select_related("department", "municipality")
    return adoptions.filter(page=page, user=user).first()


def record_adoption(user, page, note=""):
    """The member's entity applies `page`: (adoption, created). Recording twice changes nothing."""
    place = place_of(user)
    if place is None:
        raise ProfileIncomplete
    entity_name, department, municipality = place
    return Adoption.objects.get_or_create(
        page=page,
        user=user,
        defaults={
            "entity_name": entity_name,
            "department": department,
            "municipality": municipality,
            "note": note.strip(),
        },
    )


def follow_up_open(adoption, now=None):
    """The member may say how it went once the six months have passed (asked or not yet)."""
    now = now or timezone.now()
    return bool(adoption.follow_up_sent_at) or adoption.created <= now - FOLLOW_UP_AFTER


def record_follow_up(adoption, outcome, note=""):
    adoption.outcome = outcome
    adoption.outcome_note = note.strip()
    adoption.outcome_at = timezone.now()
    adoption.save(update_fields=["outcome", "outcome_note", "outcome_at"])


def due_follow_ups(now):
    """Adoptions six months old whose member has not been asked, nor answered on their own."""
    return (
        Adoption.objects.filter(
            created__lte=now - FOLLOW_UP_AFTER,
            follow_up_sent_at__isnull=True,
            outcome="",
            user__is_active=True,
            page__live=True,
        )
        .select_related("user", "page")
        .order_by("created", "pk")
    )


def follow_up_url(page):
    return (page.url or "") + page.reverse_subpage("adoption_follow_up")


def send_follow_ups(now=None):
    """Ask each member with a due adoption how it went; returns how many were asked."""
    now = now or timezone.now()
    # An item restricted since is skipped, not claimed: nobody is sent there.
    due = (adoption for adoption in due_follow_ups(now) if accepts_feedback(adoption.page))
    return followups.run(due, "follow_up_sent_at", ask_follow_up, now)


def ask_follow_up(adoption):
    send(
        [adoption.user],
        FOLLOW_UP,
        _("¿Cómo le fue aplicando «%(title)s»? Cuéntenos en un minuto.")
        % {"title": adoption.page.title},
        follow_up_url(adoption.page),
    )


@dataclass
class AdoptionSummary:
    """What readers, the API and the jury see: counts, places and outcomes, never who."""

    entities: int = 0
    # [(department, [municipality, …])], by department name; municipalities by name.
    places: list = field(default_factory=list)
    # {outcome value: count} for every outcome, in the order of Adoption.Outcome.
    outcomes: dict = field(default_factory=dict)
    # [(outcome label, why)] of the follow-ups that said why, newest first.
    reasons: list = field(default_factory=list)

    @property
    def answered(self):
        return sum(self.outcomes.values())

    def outcome_rows(self):
        """[(label, count)] in the order of Adoption.Outcome, for templates."""
        labels = dict(Adoption.Outcome.choices)
        return [(labels[value], count) for value, count in self.outcomes.items()]

    def as_api(self):
        municipalities = [m for _department, towns in self.places for m in towns]
        keys = {"funciono": "worked", "en_parte": "partly", "no_funciono": "did_not"}
        return {
            "entities": self.entities,
            "departments": [{"code": d.code, "name": d.name} for d, _towns in self.places],
            "municipalities": [{"code": m.code, "name": m.name} for m in municipalities],
            "follow_ups": {keys[value]: count for value, count in self.outcomes.items()},
        }


def summarise(adoptions):
    """An AdoptionSummary of adoption rows loaded with their department and municipality."""
    entities, towns, departments = set(), {}, {}
    outcomes = dict.fromkeys(Adoption.Outcome.values, 0)
    reasons = []
    labels = dict(Adoption.Outcome.choices)
    for adoption in sorted(adoptions, key=lambda a: a.outcome_at or a.created, reverse=True):
        entities.add(adoption.entity_name.casefold())
        departments[adoption.department_id] = adoption.department
        municipalities = towns.setdefault(adoption.department_id, {})
        if adoption.municipality_id:
            municipalities[adoption.municipality_id] = adoption.municipality
        if adoption.outcome:
            outcomes[adoption.outcome] += 1
            if adoption.outcome_note:
                reasons.append((labels[adoption.outcome], adoption.outcome_note))
    places = [
        (department, sorted(towns[pk].values(), key=lambda m: m.name))
        for pk, department in sorted(departments.items(), key=lambda item: item[1].name)
    ]
    return AdoptionSummary(len(entities), places, outcomes, reasons)


def adoption_summary(page):
    """One query, or none when the API listing prefetched the item's adoptions."""
    if page.pk is None:  # the preview of a page not saved yet
        return AdoptionSummary()
    if "adoptions" in getattr(page, "_prefetched_objects_cache", {}):
        return summarise(page.adoptions.all())
    return summarise(page.adoptions.select_related("department", "municipality"))
