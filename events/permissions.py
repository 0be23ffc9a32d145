"""Who may see, publish and manage events: the one rule for every list, page, feed and notice.

Site-wide publishers are the groups granted `events.publish_event` (Editores and Publicadores de
formación, by migration 0002; found by the permission, never by a group's name). Moderators of a
community space publish events in the spaces they moderate, and only there. An event in a space
is seen by those who may read the space (community's rule), so a private space's events reach
its members alone.
"""

from django.db.models import Q

from community.models import SpacePage
from community.permissions import can_read_space, moderated_space_ids, visible_spaces

from .models import Event

PUBLISH = "events.publish_event"
CHANGE_ANY = "events.change_event"  # the editors' right to edit any event (also in the admin)


def publishes_site_wide(user):
    return user.is_authenticated and user.has_perm(PUBLISH)


def spaces_to_publish_in(user):
    """The spaces where the user may publish events: those they moderate."""
    return SpacePage.objects.filter(pk__in=moderated_space_ids(user)).order_by("title")


def can_create_event(user):
    return publishes_site_wide(user) or bool(moderated_space_ids(user))


def can_publish_in(user, space):
    """Whether the user may publish an event in `space` (None: site-wide, no space)."""
    if space is None:
        return publishes_site_wide(user)
    return space.pk in moderated_space_ids(user)


def can_manage_event(user, event):
    """Edit, cancel and read the attendees: editors, its author while still a publisher where it
    is, and the moderators of its space."""
    if not user.is_authenticated:
        return False
    if user.has_perm(CHANGE_ANY):
        return True
    if event.space_id is not None and event.space_id in moderated_space_ids(user):
        return True
    return event.created_by_id == user.pk and can_publish_in(user, event.space)


def _space_visible_q(user):
    return Q(space__isnull=True) | Q(space__in=visible_spaces(user))


def visible_events(user):
    """Published and cancelled events the user may see: site-wide ones, and those of the spaces
    they may read."""
    return Event.objects.shown().filter(_space_visible_q(user))


def public_events():
    """What anyone may see, signed in or not: the public calendar feed and the home page."""
    return Event.objects.shown().filter(
        Q(space__isnull=True) | Q(space__live=True, space__visibility=SpacePage.Visibility.PUBLIC)
    )


def can_see_event(user, event):
    if event.space_id is not None and not can_read_space(user, event.space):
        return False
    if event.status == Event.Status.DRAFT:
        return can_manage_event(user, event)
    return True
