"""Events demo for `seed_demo`: ESAP's webinar, a departmental meeting in the "Hacienda
territorial" space, the 2026 meeting's day linked to its edition, and a past webinar; demo members
said "Asistiré", the demo member `miembro` to the webinar.

Idempotent: events are found by title; what exists is left alone (RSVPs are added if missing).
"""

import datetime

from django.utils import timezone

from community.models import SpacePage
from events.models import Event, Rsvp
from meeting.models import EditionPage
from reference.models import Entity, Municipality

from .people import cast, people

DAY = datetime.timedelta(days=1)


def at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def event_specs(today):
    """(fields, author username, attendee usernames); "cast:N" means N of the demo's cast."""
    edition = EditionPage.objects.filter(year=2026).first()
    meeting_day = edition.starts_on if edition else today + 9 * DAY
    return [
        ({
            "title": "Webinar: cierre fiscal y reporte al FUT para municipios de sexta categoría",
            "kind": Event.Kind.WEBINAR,
            "description": "ESAP y la Contaduría explican el **cierre de la vigencia** y los "
                           "errores más comunes del reporte al FUT.\n\n- Cierre presupuestal\n"
                           "- Reservas y cuentas por pagar\n- Preguntas de los municipios",
            "starts_at": at(today + 6 * DAY, 9), "ends_at": at(today + 6 * DAY, 11),
            "online_url": "https://www.youtube.com/@ESAPColombia",
            "capacity": 300,
            "organiser": Entity.objects.filter(acronym="ESAP").first(),
        }, "esap", ["miembro", "cast:8"]),
        ({
            "title": "Reunión departamental de hacienda territorial en Nariño",
            "kind": Event.Kind.IN_PERSON,
            "description": "Encuentro de secretarios de hacienda de Nariño para revisar el "
                           "recaudo del impuesto predial y la actualización catastral.",
            "starts_at": at(today + 15 * DAY, 8), "ends_at": at(today + 15 * DAY, 12),
            "place": "Gobernación de Nariño, salón de gobernadores",
            "municipality": Municipality.objects.filter(code="52001").first(),
            "capacity": 40,
            "space": SpacePage.objects.filter(slug="hacienda-territorial").first(),
        }, "moderador", ["planadas", "cast:5"]),
        ({
            "title": "Día del Encuentro de buenas prácticas 2026",
            "kind": Event.Kind.ANNUAL_MEETING,
            "description": "Presentación de las prácticas finalistas y anuncio de las ganadoras, "
                           "transmitido en vivo.",
            "starts_at": at(meeting_day, 8), "ends_at": at(meeting_day, 17),
            "online_url": (edition.online_url if edition else "") or "https://www.youtube.com/",
            "edition": edition,
            "organiser": Entity.objects.filter(acronym="DNP").first(),
        }, "editor", ["cast:12"]),
        ({
            "title": "Webinar: rendición de cuentas con enfoque territorial",
            "kind": Event.Kind.WEBINAR,
            "description": "Cómo preparar la audiencia pública de rendición de cuentas.",
            "starts_at": at(today - 20 * DAY, 15), "ends_at": at(today - 20 * DAY, 17),
            "online_url": "https://www.youtube.com/@FuncionPublica",
            "organiser": Entity.objects.filter(acronym="Función Pública").first(),
        }, "editor", ["miembro", "cast:6"]),
    ]  # fmt: skip


def attendees(names, cast_people):
    chosen = people(*[name for name in names if not name.startswith("cast:")])
    wanted = list(chosen.values())
    for name in names:
        if name.startswith("cast:"):
            wanted += cast_people[: int(name.split(":")[1])]
    return wanted


def seed(log):
    today = timezone.localdate()
    cast_people = sorted(cast().values(), key=lambda user: user.username)
    made = 0
    for fields, author, names in event_specs(today):
        event = Event.objects.filter(title=fields["title"]).first()
        if event is None:
            event = Event.objects.create(created_by=people(author).get(author), **fields)
            made += 1
        existing = set(event.rsvps.values_list("user_id", flat=True))
        Rsvp.objects.bulk_create(
            [Rsvp(event=event, user=user) for user in attendees(names, cast_people)
             if user.pk not in existing]
        )  # fmt: skip
    log.step(f"{made} eventos nuevos, con sus asistentes")
