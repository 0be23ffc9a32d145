"""What peers holds about a member, for "Mis datos" and account deletion (`accounts.data_rights`):
their choice to be contacted and its history, and the questions they sent and received.

On deletion each person's own words go and the other's stay with them: a question the member sent
loses its subject and text (deleted outright while unanswered, when nothing of the other person is
in it); a question they received loses its answer; both stop being published (deleting the
account withdraws the consent to publish). A question with nobody left in it is deleted.
"""

from django.utils.translation import gettext as _

from accounts.data_rights import Section, register, when

from .models import ContactConsent, PeerProfile, Question


def sections(user):
    profile = PeerProfile.objects.filter(user=user).first()
    questions = Question.objects.select_related("page")
    return [
        Section("contacto_entre_colegas", _("Contacto entre colegas"), {
            "acepta_que_colegas_le_escriban": bool(profile and profile.contactable),
            "bloqueado_para_preguntar_el": when(profile.blocked_at) if profile else None,
            "historial": "; ".join(
                f"{'Sí' if c.granted else 'No'} ({when(c.created_at):%Y-%m-%d %H:%M})"
                for c in ContactConsent.objects.filter(user=user)
            ),
        }),
        Section("preguntas_a_colegas_enviadas", _("Preguntas que envió a colegas"), [
            {"recurso": q.page.title, "asunto": q.subject, "pregunta": q.body,
             "enviada_el": when(q.created), "respuesta": q.answer,
             "respondida_el": when(q.answered_at), "acepta_publicarla": q.sender_publishes}
            for q in questions.filter(sender=user)
        ]),
        Section("preguntas_de_colegas_recibidas", _("Preguntas de colegas que recibió"), [
            {"recurso": q.page.title, "asunto": q.subject, "pregunta": q.body,
             "recibida_el": when(q.created), "respuesta": q.answer,
             "respondida_el": when(q.answered_at), "acepta_publicarla": q.recipient_publishes,
             "reportada_el": when(q.reported_at)}
            for q in questions.filter(recipient=user)
        ]),
    ]  # fmt: skip


def forget(user):
    unpublished = {"sender_publishes": False, "recipient_publishes": False}
    Question.objects.filter(sender=user, answered_at__isnull=True).delete()
    Question.objects.filter(sender=user).update(sender=None, subject="", body="", **unpublished)
    Question.objects.filter(recipient=user).update(recipient=None, answer="", **unpublished)
    Question.objects.filter(sender=None, recipient=None).delete()
    PeerProfile.objects.filter(blocked_by=user).update(blocked_by=None)
    PeerProfile.objects.filter(user=user).delete()
    ContactConsent.objects.filter(user=user).delete()


def register_holding():
    register(
        position=35,
        sections=sections,
        forget=forget,
        relations={
            "peers.PeerProfile.user", "peers.PeerProfile.blocked_by",
            "peers.ContactConsent.user", "peers.Question.sender", "peers.Question.recipient",
        },
    )  # fmt: skip
