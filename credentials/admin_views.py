"""Publishers' certificates in the admin (Informes → "Certificados"): per course, who holds one,
its CSV, issuing one by hand with a reason, and revoking one with a reason. Only for those who may
edit or publish the course (credentials.permissions); everyone else gets a 403.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.csv_response import streamed_csv
from training.models import CoursePage

from .forms import IssueForm, RevokeForm
from .issuing import IssueRefused, issue_by_hand, revoke
from .models import Certificate
from .permissions import (
    CURATE_MEETING,
    courses_managed_by,
    may_manage,
    may_manage_certificates_of,
)


def _managed_course(request, course_id):
    course = get_object_or_404(CoursePage, pk=course_id)
    if not may_manage_certificates_of(request.user, course):
        raise PermissionDenied
    return course


def _certificates_of(course):
    return Certificate.objects.filter(course=course).select_related(
        "user__profile__entity", "cohort", "issued_by"
    )


def staff_name(user):
    """Staff screens keep names (accounts.identity): the account's name, or its username."""
    if user is None:
        return _("Cuenta eliminada")
    return user.get_full_name() or user.username


def certificates_report(request):
    courses = courses_managed_by(request.user).select_related("entity").order_by("title")
    counts = dict(
        Certificate.objects.filter(course__in=courses.values("pk"))
        .values("course")
        .annotate(n=Count("pk"))
        .values_list("course", "n")
    )
    rows = [(course, counts.get(course.pk, 0)) for course in courses]
    recognitions = []
    if request.user.has_perm(CURATE_MEETING):
        recognitions = [
            (c, staff_name(c.user))
            for c in Certificate.objects.filter(kind=Certificate.Kind.RECOGNITION).select_related(
                "user"
            )
        ]
    context = {"rows": rows, "recognitions": recognitions}
    return render(request, "credentials/admin/report.html", context)


def course_certificates(request, course_id):
    course = _managed_course(request, course_id)
    rows = [(c, staff_name(c.user)) for c in _certificates_of(course)]
    return render(request, "credentials/admin/course.html", {"course": course, "rows": rows})


def course_certificates_csv(request, course_id):
    course = _managed_course(request, course_id)

    def rows():
        yield (
            "codigo", "titular", "usuario", "convocatoria", "horas", "expedido_el", "estado",
            "expedicion_manual", "motivo_de_expedicion", "revocado_el", "motivo_de_revocacion",
        )  # fmt: skip
        for c in _certificates_of(course).iterator(chunk_size=500):
            yield (
                c.display_code, staff_name(c.user), c.user.username if c.user else "",
                str(c.cohort) if c.cohort else "", c.hours,
                c.issued_at.isoformat(timespec="seconds"),
                _("Revocado") if c.is_revoked else _("Válido"),
                _("Sí") if c.is_manual else _("No"), c.issue_reason,
                c.revoked_at.isoformat(timespec="seconds") if c.revoked_at else "",
                c.revocation_reason,
            )  # fmt: skip

    return streamed_csv(rows(), f"certificados-{course.slug}.csv", for_spreadsheets=True)


def issue_certificate(request, course_id):
    course = _managed_course(request, course_id)
    form = IssueForm(request.POST or None, course=course)
    if request.method == "POST" and form.is_valid():
        try:
            certificate = issue_by_hand(
                course=course,
                user=form.cleaned_data["username"],
                cohort=form.cleaned_data["cohort"],
                issued_by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except IssueRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Certificado %(code)s expedido.") % {"code": certificate.display_code}
            )
            return redirect("credentials_course", course.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "credentials/admin/issue.html", {"course": course, "form": form}, status=status
    )


def revoke_certificate(request, pk):
    certificate = get_object_or_404(Certificate.objects.select_related("course"), pk=pk)
    if not may_manage(request.user, certificate):
        raise PermissionDenied
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            revoke(certificate, by=request.user, reason=form.cleaned_data["reason"])
        except IssueRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Certificado %(code)s revocado.") % {"code": certificate.display_code}
            )
            if certificate.course_id:
                return redirect("credentials_course", certificate.course_id)
            return redirect("credentials_report")
    status = 400 if request.method == "POST" else 200
    context = {"certificate": certificate, "holder": staff_name(certificate.user), "form": form}
    return render(request, "credentials/admin/revoke.html", context, status=status)
