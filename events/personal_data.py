"""What events hold about a member, for "Mis datos" and account deletion (`accounts.data_rights`):
the events they will attend, the events they created, and their private calendar feed."""

from django.utils.translation import gettext as _

from accounts.data_rights import Section, register, when

from .models import CalendarFeed, Event, Rsvp


def sections(user):
    rsvps = Rsvp.objects.filter(user=user).select_related("event")
    feed = CalendarFeed.objects.filter(user=user).first()
    return [
        Section("asistencia_a_eventos", _("Eventos a los que confirmó asistencia"), [
            {"evento": r.event.title, "empieza": when(r.event.starts_at),
             "confirmo_el": when(r.created_at), "recordatorio_enviado_el": when(r.reminded_at)}
            for r in rsvps
        ]),
        Section("eventos_publicados", _("Eventos que publicó"), [
            {"evento": e.title, "empieza": when(e.starts_at), "estado": e.get_status_display()}
            for e in Event.objects.filter(created_by=user)
        ]),
        Section("calendario_personal", _("Calendario personal (enlace privado)"), {
            "tiene_enlace": feed is not None,
            "enlace_creado_el": when(feed.created_at) if feed else None,
        }),
    ]  # fmt: skip


def forget(user):
    Rsvp.objects.filter(user=user).delete()
    CalendarFeed.objects.filter(user=user).delete()
    # Published events stay, as records of the community's calendar, without their author.
    Event.objects.filter(created_by=user).update(created_by=None)


def register_holding():
    register(
        position=25,
        sections=sections,
        forget=forget,
        relations={"events.Rsvp.user", "events.CalendarFeed.user", "events.Event.created_by"},
    )
