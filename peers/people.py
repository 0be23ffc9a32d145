"""The list behind "¿Quién ya lo aplicó en un municipio como el mío?": the entities that applied
an item ("La estamos aplicando") or, for practices, shared it in a public community space, nearest
to the reader first, each with its members who agreed to be contacted.

Nearest means: the reader's own municipality, then the municipalities "como el mío"
(`reference.comparable`), then the rest of the reader's department, then everyone else. An
entity is its name and its place (adoptions copy both from the member's profile); its contactable
members are the members who recorded the adoption and those whose profile names the same entity
in the same place, and who said yes (`peers.consent`). Visitors see the entities only.

"La estamos aplicando" promised that items show places, never who: an entity is named only when
one of its members agreed to be contacted (the consent says so), or when it shared the practice
in a public space through a member who agreed to show their entity (`accounts.identity`); any
other is "Una entidad" of its place. A thread's author counts for their entity only with one of
those consents: the list never reveals more than people allowed.
Five queries whatever the number of adopters (a test counts them).
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.identity import public_name, shows_identity
from accounts.models import Profile
from community.models import SpacePage
from community.permissions import threads_shown_to_readers
from knowledge.models import Adoption
from reference.comparable import comparable_municipalities, comparison_words

from .models import Question

SAME_MUNICIPALITY, COMPARABLE, SAME_DEPARTMENT, ELSEWHERE = range(4)
NEARNESS = {
    SAME_MUNICIPALITY: _("En su municipio"),
    COMPARABLE: _("Municipio como el suyo"),
    SAME_DEPARTMENT: _("En su departamento"),
    ELSEWHERE: "",
}


@dataclass
class Contact:
    user: object

    @property
    def name(self):
        return public_name(self.user)

    @property
    def position(self):
        """The position only with the member's consent to show who they are."""
        return self.user.profile.position if shows_identity(self.user) else ""


@dataclass
class PeerEntity:
    name: str
    department: object
    municipality: object  # None: the entity works for the whole department
    applied: bool = False
    shared: bool = False
    rank: int = ELSEWHERE
    named: bool = False  # see the module's docstring: a name needs someone's consent
    contacts: list = field(default_factory=list)

    @property
    def shown_name(self):
        return self.name if self.named else ""

    @property
    def where(self):
        if self.municipality:
            return f"{self.municipality.name}, {self.department.name}"
        return self.department.name

    @property
    def nearness(self):
        return NEARNESS[self.rank]


@dataclass
class PeerList:
    entities: list
    municipality: object = None  # the reader's, when their profile says it

    @property
    def comparison(self):
        return comparison_words(self.municipality) if self.municipality else ""

    def contact_ids(self):
        return {contact.user.pk for entity in self.entities for contact in entity.contacts}


def _key(name, municipality_id, department_id):
    return (name.strip().casefold(), municipality_id, department_id)


def _profile_place(profile):
    municipality = profile.municipality
    department_id = municipality.department_id if municipality else profile.department_id
    return profile.municipality_id, department_id


def _entities_of(page):
    """{key: PeerEntity} and {key: adopter user ids}, from adoptions and public threads."""
    entities, adopters = {}, {}
    adoptions = Adoption.objects.filter(page=page).select_related("department", "municipality")
    for adoption in adoptions:
        key = _key(adoption.entity_name, adoption.municipality_id, adoption.department_id)
        entity = entities.setdefault(
            key, PeerEntity(adoption.entity_name, adoption.department, adoption.municipality)
        )
        entity.applied = True
        if adoption.user_id:
            adopters.setdefault(key, set()).add(adoption.user_id)
    threads = threads_shown_to_readers().filter(
        practice_id=page.pk, space__visibility=SpacePage.Visibility.PUBLIC
    )
    authors = threads.select_related(
        "author__profile__entity",
        "author__profile__department",
        "author__profile__municipality__department",
        "author__peer_profile",
    )
    for thread in authors:
        profile = getattr(thread.author, "profile", None) if thread.author else None
        if profile is None or not profile.entity_name:
            continue
        consented = profile.public_identity or getattr(
            getattr(thread.author, "peer_profile", None), "contactable", False
        )
        municipality, department = profile.municipality, profile.department
        department = municipality.department if municipality else department
        if not consented or department is None:
            continue
        key = _key(profile.entity_name, profile.municipality_id, department.pk)
        entity = entities.setdefault(key, PeerEntity(profile.entity_name, department, municipality))
        entity.shared = entity.named = True
    return entities, adopters


def _reader_place(user):
    if not user.is_authenticated:
        return None, None
    profile = Profile.objects.select_related("municipality").filter(user=user).first()
    if profile is None:
        return None, None
    municipality = profile.municipality
    return municipality, (municipality.department_id if municipality else profile.department_id)


def _contacts(entities, adopters):
    """{key: [user]}: the contactable, active members of each entity."""
    if not entities:
        return {}
    names = {entity.name for entity in entities.values()}
    adopter_ids = set().union(*adopters.values()) if adopters else set()
    profiles = (
        Profile.objects.filter(user__peer_profile__contactable=True, user__is_active=True)
        .filter(Q(user_id__in=adopter_ids) | Q(entity__name__in=names) | Q(entity_other__in=names))
        .select_related("user", "entity", "municipality")
        .order_by("user__first_name", "user__last_name", "user_id")
    )
    found = {}
    for profile in profiles:
        keys = {key for key, ids in adopters.items() if profile.user_id in ids}
        if profile.entity_name:
            keys.add(_key(profile.entity_name, *_profile_place(profile)))
        for key in keys & entities.keys():
            found.setdefault(key, []).append(profile.user)
    return found


def peers_of(page, reader):
    """A PeerList for `reader` on `page`; contacts only for signed-in readers."""
    entities, adopters = _entities_of(page)
    municipality, department_id = _reader_place(reader)
    comparable = set()
    if municipality is not None:
        comparable = set(comparable_municipalities(municipality).values_list("pk", flat=True))
    for entity in entities.values():
        if municipality is not None and entity.municipality == municipality:
            entity.rank = SAME_MUNICIPALITY
        elif entity.municipality is not None and entity.municipality.pk in comparable:
            entity.rank = COMPARABLE
        elif department_id is not None and entity.department.pk == department_id:
            entity.rank = SAME_DEPARTMENT
    for key, users in _contacts(entities, adopters).items():
        entities[key].named = True  # a member of it agreed to be found through what it applies
        if reader.is_authenticated:
            entities[key].contacts = [Contact(u) for u in users if u.pk != reader.pk]
    ordered = sorted(
        entities.values(),
        key=lambda e: (e.rank, not e.applied, not e.named, e.shown_name.casefold(), e.where),
    )
    return PeerList(ordered, municipality)


def published_questions(page):
    """The answered questions both people agreed to publish, newest answer first."""
    return list(
        Question.objects.filter(page=page)
        .published()
        .select_related("sender__profile__entity", "recipient__profile__entity")
        .order_by("-answered_at")
    )
