"""Who may do what with certificates: one function per question, used by views and admin alike.

- Verifying needs nothing: anyone, without an account (views.verify).
- A certificate's PDF and credential are downloaded by its holder alone.
- Issuing by hand, revoking and the list of holders belong to whoever may edit or publish the
  course (its plan's publishers, editors: `training.permissions.may_manage_course`); meeting
  recognitions to the meeting's curators (`meeting.curate_meeting`).
"""

from training.permissions import courses_evaluations_readable_by, may_manage_course

CURATE_MEETING = "meeting.curate_meeting"


def may_download(user, certificate):
    return user.is_authenticated and certificate.user_id == user.pk


def may_manage(user, certificate):
    """Revoke it (or read its record in the admin)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if certificate.course is not None:
        return may_manage_course(user, certificate.course)
    if certificate.kind == certificate.Kind.RECOGNITION:
        return user.has_perm(CURATE_MEETING)
    return user.is_superuser


def may_manage_certificates_of(user, course):
    return user.is_authenticated and user.is_active and may_manage_course(user, course)


def courses_managed_by(user):
    """The courses whose certificates `user` manages (a queryset)."""
    return courses_evaluations_readable_by(user)
