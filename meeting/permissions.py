"""Who may do what in the meeting: the one place views, hooks, forms and templates ask.

Roles are Django permissions, granted to the "Editores" and "Jurado" groups by migration 0003 and
grantable to any group or person in the admin; never group names, which admins may change.
Superusers hold every permission.
"""

from django.contrib.auth.decorators import permission_required
from django.db.models import Q

CURATE = "meeting.curate_meeting"
SERVE_ON_JURY = "meeting.serve_on_jury"

curators_only = permission_required(CURATE, raise_exception=True)
jurors_only = permission_required(SERVE_ON_JURY, raise_exception=True)


def can_curate(user):
    """The review desk: progress, ranking, selection, review phases and the CSV."""
    return user.has_perm(CURATE)


def jury_candidates():
    """Who may be named to a jury: users granted `serve_on_jury`, through a group or directly."""
    app_label, codename = SERVE_ON_JURY.split(".")
    return Q(
        groups__permissions__content_type__app_label=app_label,
        groups__permissions__codename=codename,
    ) | Q(
        user_permissions__content_type__app_label=app_label,
        user_permissions__codename=codename,
    )


def is_on_jury(user, edition):
    return user.is_authenticated and edition.jurors.filter(user=user).exists()


def assignments_of(user):
    """The one rule for what a juror may open: their own assignments."""
    return user.jury_assignments.select_related(
        "nomination__practice__entity", "nomination__category", "nomination__edition"
    )


def is_recused(assignment):
    """The juror's entity offers the practice (it may have changed since the assignment)."""
    from .models import has_conflict_of_interest

    return has_conflict_of_interest(assignment.juror, assignment.nomination.practice)


def can_score(assignment):
    """A draft, while the edition is in its jury review, by a juror without a conflict."""
    edition = assignment.nomination.edition
    return (
        not assignment.is_submitted
        and not assignment.is_declared_recused
        and edition.phase == edition.Phase.REVIEW
        and not is_recused(assignment)
    )
