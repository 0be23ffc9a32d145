"""What the library holds about a member, for "Mis datos" and account deletion
(`accounts.data_rights`): "¿Le sirvió?" answers and the resources their entity applies."""

from django.utils.translation import gettext as _

from accounts.data_rights import Section, register, when

from .models import Adoption, UsefulnessAnswer


def sections(user):
    answers = UsefulnessAnswer.objects.filter(user=user).select_related("page")
    adoptions = Adoption.objects.filter(user=user).select_related(
        "page", "department", "municipality"
    )
    return [
        Section("le_sirvio", _("Respuestas a «¿Le sirvió?»"), [
            {"recurso": a.page.title, "le_sirvio": a.useful, "motivo": a.get_reason_display(),
             "comentario": a.comment, "fecha": when(a.updated), "enlace": a.page.url or ""}
            for a in answers
        ]),
        Section("aplicaciones", _("Recursos que su entidad está aplicando"), [
            {"recurso": a.page.title, "entidad": a.entity_name, "lugar": a.place, "nota": a.note,
             "como_le_fue": a.get_outcome_display(), "por_que": a.outcome_note,
             "fecha": when(a.created), "enlace": a.page.url or ""}
            for a in adoptions
        ]),
    ]  # fmt: skip


def forget(user):
    # Feedback on the library and entities' adoptions are facts about the items and the entities:
    # kept and counted, never shown with who gave them (knowledge.feedback, knowledge.adoption).
    # What the member wrote in their own words could identify them: it goes.
    UsefulnessAnswer.objects.filter(user=user).update(user=None, comment="")
    Adoption.objects.filter(user=user).update(user=None, note="", outcome_note="")


def register_holding():
    register(
        position=40,
        sections=sections,
        forget=forget,
        relations={"knowledge.UsefulnessAnswer.user", "knowledge.Adoption.user"},
    )
