"""What the meeting holds about a member, for "Mis datos" and account deletion
(`accounts.data_rights`): nominations, votes, jury work. A juror's scores stay: they support
the call's results, so the account is kept without anything that identifies the person."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.data_rights import Section, register, when

from .models import JuryAssignment, Nomination, Vote

JURY_RECORDS_KEPT = gettext_lazy(
    "Como fue jurado, sus calificaciones se conservan porque sustentan los resultados de la "
    "convocatoria; quedan a nombre de una cuenta anónima que nadie puede usar."
)


def sections(user):
    nominations = Nomination.objects.filter(nominated_by=user).select_related(
        "edition", "practice", "category"
    )
    return [
        Section("postulaciones", _("Postulaciones al Encuentro"), [
            {"practica": n.practice.title, "edicion": n.edition.title,
             "categoria": n.category.name, "estado": n.get_status_display(),
             "motivo": n.statement, "fecha": when(n.created_at)}
            for n in nominations
        ]),
        Section("votos", _("Votos en el Encuentro"), [
            {"edicion": v.edition.title, "practica": v.nomination.practice.title,
             "fecha": when(v.created_at)}
            for v in Vote.objects.filter(user=user).select_related(
                "edition", "nomination__practice")
        ]),
        Section("jurado", _("Evaluaciones como jurado"), [
            {"practica": a.nomination.practice.title, "edicion": a.nomination.edition.title,
             "estado": a.get_state_display(), "enviada_el": when(a.submitted_at),
             "conflicto_declarado": a.recusal_reason}
            for a in JuryAssignment.objects.filter(juror=user).select_related(
                "nomination__practice", "nomination__edition")
        ]),
    ]  # fmt: skip


def forget(user):
    Nomination.objects.filter(nominated_by=user).update(nominated_by=None)
    Vote.objects.filter(user=user).delete()


def kept_records(user):
    return [JURY_RECORDS_KEPT] if JuryAssignment.objects.filter(juror=user).exists() else []


def register_holding():
    register(
        position=30,
        sections=sections,
        forget=forget,
        kept_records=kept_records,
        relations={
            "meeting.JuryAssignment.juror", "meeting.EditionJuror.user",
            "meeting.Nomination.nominated_by", "meeting.Vote.user",
        },
    )  # fmt: skip
