"""Who may read, post and moderate where: the one rule for every view, feed, list and notice.

Private content must reach no non-member by any channel, so nothing else in the app decides
visibility: views, listings, the home section and notifications all ask these functions.
"""

from django.db.models import Q

from .models import Membership, Post, SpacePage, Thread


def _active_memberships(user):
    return Membership.objects.filter(user=user, status=Membership.Status.ACTIVE)


def member_space_ids(user):
    if not user.is_authenticated:
        return set()
    return set(_active_memberships(user).values_list("space_id", flat=True))


def moderated_space_ids(user):
    """Spaces the user moderates: named on the page, or holding the moderator role."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return set(SpacePage.objects.values_list("pk", flat=True))
    named = SpacePage.objects.filter(moderators=user).values_list("pk", flat=True)
    by_role = _active_memberships(user).filter(role=Membership.Role.MODERATOR)
    return set(named) | set(by_role.values_list("space_id", flat=True))


def membership_of(user, space):
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, space=space).first()


def is_member(user, space):
    membership = membership_of(user, space)
    return bool(membership and membership.is_active)


def can_moderate(user, space):
    return space.pk in moderated_space_ids(user)


def can_read_space(user, space):
    if not space.live:
        return False
    if not space.is_private:
        return True
    return is_member(user, space) or can_moderate(user, space)


def can_post(user, space):
    return (
        user.is_authenticated
        and space.live
        and (is_member(user, space) or can_moderate(user, space))
    )


def can_reply(user, thread):
    return can_post(user, thread.space) and (not thread.locked or can_moderate(user, thread.space))


def can_edit_post(user, post):
    return (
        user.is_authenticated and post.author_id == user.pk and not post.deleted and not post.hidden
    )


def can_mark_solution(user, thread):
    if not thread.is_question or not user.is_authenticated:
        return False
    return thread.author_id == user.pk or can_moderate(user, thread.space)


def readable_space_ids(user):
    """Spaces the user may read even when private: theirs as a member or as a moderator."""
    return member_space_ids(user) | moderated_space_ids(user)


def visible_spaces(user):
    """Live spaces the user may read: every public one, and the private ones they belong to."""
    readable = readable_space_ids(user)
    return SpacePage.objects.live().filter(
        Q(visibility=SpacePage.Visibility.PUBLIC) | Q(pk__in=readable)
    )


def shown_to_readers():
    """What every reader of a space sees; the rest only their authors and its moderators."""
    return Q(hidden=False, approved=True)


def threads_shown_to_readers():
    """Threads every reader of their live space sees: what the site search may index."""
    return Thread.objects.filter(shown_to_readers(), space__live=True)


def visible_threads(user):
    """Threads the user may open: in a readable space, and shown (or theirs to moderate).

    A thread waiting for approval is visible to its author and the space's moderators only.
    """
    moderated = moderated_space_ids(user)
    shown = shown_to_readers()
    if user.is_authenticated:
        shown |= Q(hidden=False, author=user)
    return Thread.objects.filter(space__in=visible_spaces(user)).filter(
        shown | Q(space__in=moderated)
    )


def visible_posts(user, thread):
    """A thread's posts as this user may read them; moderators also see hidden and pending ones."""
    posts = Post.objects.filter(thread=thread)
    if can_moderate(user, thread.space):
        return posts
    shown = shown_to_readers()
    if user.is_authenticated:
        shown |= Q(author=user)  # authors see their pending posts, and hidden ones with the reason
    return posts.filter(shown)
