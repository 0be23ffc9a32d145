"""A cohort's enrolment list as CSV, streamed row by row (csv module + StreamingHttpResponse)."""

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.text import slugify

from core.csv_response import streamed_csv

from .models import Enrollment

COLUMNS = (
    "usuario", "nombre", "correo", "entidad", "cargo", "municipio", "estado", "inscrito_el",
)  # fmt: skip


# Seats first, then the waiting list in its order, then cancellations.
STATUS_ORDER = Case(
    *(When(status=status, then=Value(n)) for n, status in enumerate(Enrollment.Status)),
    output_field=IntegerField(),
)


def rows(cohort):
    yield COLUMNS
    enrollments = cohort.enrollments.select_related(
        "user__profile__entity", "user__profile__municipality"
    ).order_by(STATUS_ORDER, "created_at", "pk")
    for enrollment in enrollments.iterator(chunk_size=500):
        user = enrollment.user
        profile = getattr(user, "profile", None)
        yield (
            user.username,
            user.get_full_name(),
            user.email,
            str(profile.entity or profile.entity_other) if profile else "",
            profile.position if profile else "",
            str(profile.municipality or "") if profile else "",
            enrollment.get_status_display(),
            timezone.localtime(enrollment.created_at).isoformat(timespec="seconds"),
        )


def stream_enrolments(cohort):
    name = slugify(f"inscritos {cohort.course.code} {cohort.start_date:%Y-%m-%d}")
    return streamed_csv(rows(cohort), f"{name}.csv", for_spreadsheets=True)
