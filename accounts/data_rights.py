"""The holder's rights over their data (Ley 1581 de 2012, art. 8): see and download everything held
about a member, and delete the account.

`collect(user)` is the one inventory of personal data, area by area; "Mis datos", the JSON and the
CSV downloads all read it, so what the member sees is what they download. A new model holding
member data belongs here too (`tests/site/test_data_rights.py` checks every relation to the user
model is either listed in `INVENTORIED` or emptied by `delete_account`).

`delete_account(user)` leaves nothing that identifies the member. What is kept, and why, is in the
README ("Datos personales"): posts and threads without author ("Miembro retirado"), nominations
and published practices as records of a public call, jury scores under an anonymised account.
"""

import contextlib
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Concat, Replace, Substr
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from wagtail.models import Page

from community.models import (
    Flag,
    Follow,
    Membership,
    Post,
    PostReaction,
    PostRevision,
    Thread,
    ThreadRead,
)
from knowledge.models import Adoption, UsefulnessAnswer
from meeting.models import JuryAssignment, Nomination, Vote
from notifications.models import EmailPreference, Notification
from training.enrolment import EnrolmentRefused, cancel
from training.models import CourseEvaluation, CourseInterest, Enrollment, LessonProgress

from .models import Profile
from .policy import Consent

RETIRED = "Miembro retirado"
RETIRED_MENTION = "@miembro-retirado"


@dataclass
class Section:
    key: str  # the JSON key and the CSV's first column
    title: str  # what "Mis datos" shows
    data: object  # a dict (one record) or a list of dicts


def _when(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def _account(user):
    return {
        "usuario": user.username,
        "nombres": user.first_name,
        "apellidos": user.last_name,
        "correo": user.email,
        "registrado_el": _when(user.date_joined),
        "ultimo_ingreso": _when(user.last_login),
        "roles": ", ".join(user.groups.order_by("name").values_list("name", flat=True)),
    }


def _profile(user):
    profile, _created = Profile.objects.select_related(
        "entity", "department", "municipality"
    ).get_or_create(user=user)
    return {
        "entidad": str(profile.entity or ""),
        "otra_entidad": profile.entity_other,
        "cargo": profile.position,
        "departamento": str(profile.department or ""),
        "municipio": str(profile.municipality or ""),
        "muestra_nombre_y_entidad": profile.public_identity,
        "version_de_la_politica_aceptada": profile.policy_version_accepted,
    }


def _consents(user):
    return [
        {
            "autorizacion": consent.get_kind_display(),
            "otorgada": consent.granted,
            "version_de_la_politica": consent.policy_version.number
            if consent.policy_version
            else None,
            "texto": consent.text,
            "donde": consent.source,
            "fecha": _when(consent.created_at),
        }
        for consent in Consent.objects.filter(user=user).select_related("policy_version")
    ]


def _community(user):
    threads = Thread.objects.filter(author=user).select_related("space").order_by("created", "pk")
    posts = Post.objects.filter(author=user).select_related("thread").prefetch_related("revisions")
    follows = Follow.objects.filter(user=user).select_related("space", "thread")
    return [
        Section("espacios", _("Espacios de la comunidad"), [
            {"espacio": m.space.title, "rol": m.get_role_display(),
             "estado": m.get_status_display(), "desde": _when(m.created)}
            for m in Membership.objects.filter(user=user).select_related("space")
        ]),
        Section("conversaciones", _("Conversaciones que inició"), [
            {"titulo": t.title, "espacio": t.space.title, "fecha": _when(t.created),
             "enlace": t.get_absolute_url()}
            for t in threads
        ]),
        Section("publicaciones", _("Sus mensajes"), [
            {"conversacion": p.thread.title, "fecha": _when(p.created),
             "editado_el": _when(p.edited), "eliminado": p.deleted, "texto": p.source,
             "versiones_anteriores": " | ".join(r.source for r in p.revisions.all()),
             "enlace": p.get_absolute_url()}
            for p in posts
        ]),
        Section("utiles", _("Mensajes que marcó como útiles"), [
            {"mensaje": r.post.get_absolute_url(), "fecha": _when(r.created)}
            for r in PostReaction.objects.filter(user=user).select_related("post")
        ]),
        Section("seguimientos", _("Lo que sigue"), [
            {"sigue": (f.space.title if f.space else f.thread.title),
             "tipo": _("espacio") if f.space else _("conversación")}
            for f in follows
        ]),
        Section("lecturas", _("Conversaciones leídas"), [
            {"conversacion": r.thread.title, "leida_el": _when(r.read_at)}
            for r in ThreadRead.objects.filter(user=user).select_related("thread")
        ]),
        Section("denuncias", _("Denuncias que hizo"), [
            {"mensaje": f.post.get_absolute_url(), "motivo": f.reason,
             "estado": f.get_status_display(), "fecha": _when(f.created)}
            for f in Flag.objects.filter(reporter=user).select_related("post")
        ]),
        Section("avisos", _("Avisos"), [
            {"tipo": n.get_kind_display(), "texto": n.text, "fecha": _when(n.created),
             "leido_el": _when(n.read_at)}
            for n in Notification.objects.filter(recipient=user)
        ]),
        Section("preferencia_de_correo", _("Correos de la comunidad"), {
            "frecuencia": EmailPreference.Frequency(EmailPreference.frequency_for(user)).label,
        }),
    ]  # fmt: skip


def _training(user):
    enrollments = Enrollment.objects.filter(user=user).select_related("cohort__course")
    return [
        Section("inscripciones", _("Inscripciones a cursos"), [
            {"curso": e.cohort.course.title, "convocatoria": str(e.cohort),
             "estado": e.get_status_display(), "inscrito_el": _when(e.created_at)}
            for e in enrollments
        ]),
        Section("lecciones", _("Lecciones completadas"), [
            {"leccion": p.lesson.title, "completada_el": _when(p.completed_at)}
            for p in LessonProgress.objects.filter(user=user).select_related("lesson")
        ]),
        Section("evaluaciones_de_cursos", _("Evaluaciones de cursos"), [
            {"curso": e.cohort.course.title, "convocatoria": str(e.cohort),
             "satisfaccion": e.satisfaction, "utilidad": e.usefulness,
             "calidad_de_contenidos": e.content_quality, "organizacion": e.organisation,
             "recomendaria": e.would_recommend, "comentarios": e.comments,
             "respondida_el": _when(e.created)}
            for e in CourseEvaluation.objects.filter(respondent=user).select_related(
                "cohort__course")
        ]),
        Section("avisos_de_convocatorias", _("Cursos de los que pidió aviso"), [
            {"curso": i.course.title, "pedido_el": _when(i.created)}
            for i in CourseInterest.objects.filter(user=user).select_related("course")
        ]),
    ]  # fmt: skip


def _meeting(user):
    nominations = Nomination.objects.filter(nominated_by=user).select_related(
        "edition", "practice", "category"
    )
    return [
        Section("postulaciones", _("Postulaciones al Encuentro"), [
            {"practica": n.practice.title, "edicion": n.edition.title,
             "categoria": n.category.name, "estado": n.get_status_display(),
             "motivo": n.statement, "fecha": _when(n.created_at)}
            for n in nominations
        ]),
        Section("votos", _("Votos en el Encuentro"), [
            {"edicion": v.edition.title, "practica": v.nomination.practice.title,
             "fecha": _when(v.created_at)}
            for v in Vote.objects.filter(user=user).select_related(
                "edition", "nomination__practice")
        ]),
        Section("jurado", _("Evaluaciones como jurado"), [
            {"practica": a.nomination.practice.title, "edicion": a.nomination.edition.title,
             "estado": a.get_state_display(), "enviada_el": _when(a.submitted_at),
             "conflicto_declarado": a.recusal_reason}
            for a in JuryAssignment.objects.filter(juror=user).select_related(
                "nomination__practice", "nomination__edition")
        ]),
    ]  # fmt: skip


def _library(user):
    answers = UsefulnessAnswer.objects.filter(user=user).select_related("page")
    adoptions = Adoption.objects.filter(user=user).select_related(
        "page", "department", "municipality"
    )
    return [
        Section("le_sirvio", _("Respuestas a «¿Le sirvió?»"), [
            {"recurso": a.page.title, "le_sirvio": a.useful, "motivo": a.get_reason_display(),
             "comentario": a.comment, "fecha": _when(a.updated), "enlace": a.page.url or ""}
            for a in answers
        ]),
        Section("aplicaciones", _("Recursos que su entidad está aplicando"), [
            {"recurso": a.page.title, "entidad": a.entity_name, "lugar": a.place, "nota": a.note,
             "como_le_fue": a.get_outcome_display(), "por_que": a.outcome_note,
             "fecha": _when(a.created), "enlace": a.page.url or ""}
            for a in adoptions
        ]),
    ]  # fmt: skip


def _pages(user):
    return [
        Section("paginas", _("Páginas que creó (por ejemplo, buenas prácticas compartidas)"), [
            {"titulo": page.title, "publicada": page.live, "enlace": page.url or ""}
            for page in Page.objects.filter(owner=user).specific().order_by("pk")
        ]),
    ]  # fmt: skip


def _sign_in(user):
    """What django-allauth holds: addresses, sign-in sessions, second factors (never secrets)."""
    sections = []
    if apps.is_installed("allauth.account"):
        from allauth.account.models import EmailAddress

        sections.append(
            Section(
                "correos",
                _("Correos electrónicos"),
                [
                    {"correo": a.email, "verificado": a.verified, "principal": a.primary}
                    for a in EmailAddress.objects.filter(user=user)
                ],
            )
        )
    if apps.is_installed("allauth.usersessions"):
        from allauth.usersessions.models import UserSession

        sections.append(
            Section(
                "sesiones",
                _("Sesiones abiertas"),
                [
                    {
                        "desde": _when(s.created_at),
                        "ultima_actividad": _when(s.last_seen_at),
                        "ip": s.ip,
                        "navegador": s.user_agent,
                    }
                    for s in UserSession.objects.filter(user=user)
                ],
            )
        )
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        sections.append(
            Section(
                "verificacion",
                _("Verificación en dos pasos"),
                [
                    {
                        "tipo": a.get_type_display(),
                        "creado_el": _when(a.created_at),
                        "ultimo_uso": _when(a.last_used_at),
                    }
                    for a in Authenticator.objects.filter(user=user)
                ],
            )
        )
    return sections


def collect(user):
    """Every piece of personal data held about `user`, as sections."""
    return [
        Section("cuenta", _("Cuenta"), _account(user)),
        Section("perfil", _("Perfil"), _profile(user)),
        Section("autorizaciones", _("Autorizaciones"), _consents(user)),
        *_sign_in(user),
        *_community(user),
        *_training(user),
        *_meeting(user),
        *_library(user),
        *_pages(user),
    ]


def as_json(user):
    data = {"generado_el": _when(timezone.now())}
    data.update({section.key: section.data for section in collect(user)})
    return data


def csv_rows(user):
    """One CSV for everything: section, item number (lists), field, value."""
    yield ("seccion", "elemento", "campo", "valor")
    for section in collect(user):
        records = [section.data] if isinstance(section.data, dict) else section.data
        for number, record in enumerate(records, start=1):
            item = "" if isinstance(section.data, dict) else number
            for field, value in record.items():
                yield (section.key, item, field, "" if value is None else value)


# Relations to the user model this module has accounted for; a test fails on any other.
INVENTORIED = {
    "accounts.Profile.user", "accounts.Consent.user", "community.Membership.user",
    "notifications.Notification.recipient", "notifications.EmailPreference.user",
    "community.SpacePage.moderators", "community.Post.author", "community.Thread.author",
    "community.Follow.user", "community.ThreadRead.user", "community.PostReaction.user",
    "community.Flag.reporter", "community.ModerationLog.moderator",
    "meeting.JuryAssignment.juror", "meeting.EditionJuror.user", "meeting.Nomination.nominated_by",
    "meeting.Vote.user", "training.Enrollment.user", "training.LessonProgress.user",
    "training.CourseEvaluation.respondent", "training.CourseInterest.user",
    "knowledge.UsefulnessAnswer.user", "knowledge.Adoption.user",
    # django-allauth's: listed by `_sign_in`, deleted with the user (CASCADE).
    "account.EmailAddress.user", "mfa.Authenticator.user", "usersessions.UserSession.user",
}  # fmt: skip


def _scrub_name_from_others(user):
    """Notices sent to others and @mentions in others' posts name the member: replace the name."""
    names = {name for name in (user.get_full_name(), user.username) if name}
    for name in names:
        prefix = name + " "
        Notification.objects.exclude(recipient=user).filter(text__startswith=prefix).update(
            text=Concat(Value(RETIRED + " "), Substr("text", len(prefix) + 1))
        )
    mention = re.compile(rf"(?<![\w@])@{re.escape(user.username)}(?![\w.+-])")
    for post in Post.objects.filter(source__contains="@" + user.username):
        source = mention.sub(RETIRED_MENTION, post.source)
        if source != post.source:
            post.source = source
            post.save(update_fields=["source", "html"])
    PostRevision.objects.filter(source__contains="@" + user.username).update(
        source=Replace("source", Value("@" + user.username), Value(RETIRED_MENTION))
    )


def keeps_jury_records(user):
    return JuryAssignment.objects.filter(juror=user).exists()


@transaction.atomic
def delete_account(user):
    """Delete the member's account and everything identifying; returns "deleted" or "anonymised"
    (a juror's scores and their place on past juries stay, under an account with no name,
    e-mail or password that cannot log in)."""
    # Through training's own logic, so each freed seat goes to the first person waiting.
    active = Enrollment.objects.filter(user=user).exclude(status=Enrollment.Status.CANCELLED)
    for enrollment in active.select_related("cohort"):
        with contextlib.suppress(EnrolmentRefused):  # cancelled meanwhile
            cancel(user, enrollment.cohort)
    _scrub_name_from_others(user)
    # Kept, no longer attributed: they are the community's conversations ("Miembro retirado").
    Post.objects.filter(author=user).update(author=None)
    Thread.objects.filter(author=user).update(author=None)
    Nomination.objects.filter(nominated_by=user).update(nominated_by=None)
    Page.objects.filter(owner=user).update(owner=None)
    # Feedback on the library and entities' adoptions are facts about the items and the entities:
    # kept and counted, never shown with who gave them (knowledge.feedback, knowledge.adoption).
    # What the member wrote in their own words could identify them: it goes.
    UsefulnessAnswer.objects.filter(user=user).update(user=None, comment="")
    Adoption.objects.filter(user=user).update(user=None, note="", outcome_note="")
    for model, field in (
        (Vote, "user"), (PostReaction, "user"), (Follow, "user"), (ThreadRead, "user"),
        (Notification, "recipient"), (EmailPreference, "user"), (Membership, "user"),
        (Flag, "reporter"), (Enrollment, "user"), (LessonProgress, "user"),
        (CourseEvaluation, "respondent"), (CourseInterest, "user"),
        (Consent, "user"), (Profile, "user"),
    ):  # fmt: skip
        model.objects.filter(**{field: user}).delete()
    user.groups.clear()
    user.user_permissions.clear()
    if keeps_jury_records(user):
        _anonymise(user)
        return "anonymised"
    user.delete()
    return "deleted"


def _anonymise(user):
    user.username = f"retirado-{get_random_string(12).lower()}"
    user.first_name = user.last_name = ""
    user.email = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    get_user_model().objects.filter(pk=user.pk).update(last_login=None)
    Profile.objects.get_or_create(user=user)  # blank: code reading juror profiles keeps working
