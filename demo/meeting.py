"""Demo meeting for `seed_demo`: the 2025 edition (winners, finalists, memoria) and the current
2026 one, in its jury review (screened nominations, the public vote, the demo juror's partial
scores). Both walk their phases through the same guarded steps as the editors' desk.

Idempotent: editions are found by year and nominations by practice; what exists is left alone.
"""

import datetime
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Site

from knowledge.models import PracticePage
from meeting.models import (
    Criterion,
    EditionCategory,
    EditionJuror,
    EditionPage,
    MeetingIndexPage,
    Nomination,
)
from meeting.phases import advance
from meeting.workflow import save_scores, screen, set_status
from notifications.models import Notification
from reference.models import CapacityType

from .knowledge import demo_pdf_document

DAY = datetime.timedelta(days=1)
RUBRIC = [
    ("Impacto en capacidades", 30, "Cuánto fortaleció las capacidades de la entidad territorial."),
    ("Evidencia", 25, "Resultados medidos, con línea base y fuente verificable."),
    ("Replicabilidad", 20, "Qué tan fácil es llevarla a otro municipio o departamento."),
    ("Enfoque diferencial", 15, "Atención a grupos étnicos, víctimas, mujeres, jóvenes."),
    ("Sostenibilidad", 10, "Si sigue funcionando sin el acompañamiento inicial."),
]
S = Nomination.Status
# (practice title, capacity type slug, status, scores by the demo juror in rubric order)
PAST_NOMINATIONS = [
    ("Mesa departamental de salud con secretarías municipales en Nariño", "institucional",
     S.WINNER, [5, 5, 4, 4, 5]),
    ("Regalías para agua potable en la costa pacífica", "sectorial", S.WINNER, [5, 4, 4, 3, 4]),
    ("Rendición de cuentas con jóvenes en Santander", "poblacional", S.WINNER, [4, 4, 5, 5, 4]),
    ("Escuela de hacienda pública para municipios de sexta categoría", "institucional",
     S.FINALIST, [4, 4, 4, 3, 4]),
    ("Banco de proyectos municipal compartido en el Cauca", "institucional", S.FINALIST,
     [4, 3, 4, 3, 3]),
    ("Seguimiento al MIPG con autodiagnóstico en Cundinamarca", "institucional", S.NOT_SELECTED,
     [3, 3, 3, 2, 3]),
]  # fmt: skip
# (practice title, capacity type, demo juror's work: "submitted", "draft" or None; why it was
# screened out, if it was). Eligible ones are shortlisted for the public vote.
CURRENT_NOMINATIONS = [
    ("Tablero abierto de seguimiento al plan de desarrollo en Medellín", "institucional",
     "submitted", ""),
    ("Brigadas de salud rural con enfoque étnico en Tumaco", "poblacional", "draft", ""),
    ("Red de asesores territoriales de educación en el Valle del Cauca", "sectorial", None, ""),
    ("Atención a víctimas con ventanilla única en Quibdó", "poblacional", None,
     "La postulación no adjunta resultados medidos después de la implementación."),
    # Offered by the FND, the demo juror's entity: a conflict of interest, never assigned to them.
    ("Plan de empalme digital en municipios del Putumayo", "institucional", None, ""),
]  # fmt: skip


def seed(log):
    index = meeting_index()
    juror = get_user_model().objects.filter(username="jurado").first()
    nominator = get_user_model().objects.filter(username="miembro").first()
    past = get_or_create_edition(index, past_edition_fields(), juror)
    current = get_or_create_edition(index, current_edition_fields(), juror)
    if juror is None:  # outside DEMO_MODE: no demo accounts, so no jury to walk the phases with
        return log.step("encuentro: ediciones 2025 y 2026 sin postulaciones (no hay jurado demo)")
    if not past.nominations.exists():
        seed_past_results(past, juror, nominator)
    if not current.nominations.exists():
        seed_current_review(current, juror, nominator)
    log.step(
        "encuentro: edición 2025 con ganadoras y memoria; edición 2026 en evaluación del jurado"
    )


def meeting_index():
    home = Site.objects.get(is_default_site=True).root_page
    existing = MeetingIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    index = MeetingIndexPage(
        title="Encuentro anual de buenas prácticas",
        slug="encuentro",
        summary="Cada año, Red ATT reconoce y difunde las mejores prácticas de asistencia técnica "
        "territorial, seleccionadas por un jurado.",
        intro="<p>El encuentro destaca las buenas prácticas de la biblioteca y las lleva a los "
        "canales institucionales y a las redes locales.</p>",
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def get_or_create_edition(index, fields, juror):
    existing = EditionPage.objects.filter(year=fields["year"]).first()
    if existing:
        return existing
    edition = EditionPage(
        categories=[
            EditionCategory(name=f"Capacidad {t.name.lower()}", capacity_type=t, sort_order=i)
            for i, t in enumerate(CapacityType.objects.order_by("pk"))
        ],
        jurors=[EditionJuror(user=juror)] if juror else [],
        **fields,
    )
    index.add_child(instance=edition)
    edition.save_revision().publish()
    for order, (name, weight, description) in enumerate(RUBRIC):
        Criterion.objects.create(
            edition=edition, name=name, weight=weight, description=description, sort_order=order
        )
    return edition


def aware(day, hour=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def session(starts_at, title, room, speakers, practices=()):
    return (
        "session",
        {
            "starts_at": starts_at,
            "title": title,
            "room": room,
            "speakers": list(speakers),
            "practices": list(practices),
            "description": "",
        },
    )


def practice(title):
    return PracticePage.objects.filter(title=title).first()


def past_edition_fields():
    day = datetime.date(2025, 11, 20)
    winner = practice(PAST_NOMINATIONS[0][0])
    return {
        "title": "Encuentro de buenas prácticas 2025",
        "slug": "2025",
        "year": 2025,
        "summary": "Pasto reunió a 300 servidores territoriales alrededor de 14 prácticas.",
        "starts_on": day,
        "ends_on": day + DAY,
        "place": "Pasto, Nariño",
        "description": "<p>Primera edición del encuentro, centrada en capacidades institucionales "
        "para el cierre de los planes de desarrollo.</p>",
        "selection_criteria": "<p>Prácticas publicadas en la biblioteca, con resultados "
        "medidos.</p>",
        "call_opens_at": aware(datetime.date(2025, 6, 1)),
        "call_closes_at": aware(datetime.date(2025, 8, 31), 23),
        "agenda": [
            session(
                aware(day, 9),
                "Apertura y balance de la política ATT",
                "Auditorio principal",
                ["Diana Rojas (DNP)"],
            ),
            session(
                aware(day, 10),
                "Panel de prácticas ganadoras",
                "Auditorio principal",
                ["Camilo Pérez (FND)"],
                [winner] if winner else [],
            ),
        ],  # fmt: skip
        "memoria": "<p>El encuentro reunió a 300 servidores de 64 municipios. Las tres prácticas "
        "ganadoras se presentarán en las mesas departamentales de 2026.</p>",
        "memoria_resources": [
            ("document", {"document": demo_pdf_document(), "label": "Memoria del encuentro (PDF)"}),
            (
                "link",
                {"url": "https://www.dnp.gov.co/", "label": "Departamento Nacional de Planeación"},
            ),
        ],  # fmt: skip
    }


def current_edition_fields():
    """Seeded on 2026-12-01: the call ran August–October, the jury is scoring, the public vote is
    open, and the (virtual) meeting is on 10–11 December."""
    today = timezone.localdate()
    starts = today + 9 * DAY
    return {
        "title": "Encuentro de buenas prácticas 2026",
        "slug": "2026",
        "year": 2026,
        "summary": "El jurado evalúa las postulaciones; vote por la práctica que más le inspira.",
        "starts_on": starts,
        "ends_on": starts + DAY,
        "place": "",
        "is_online": True,
        "online_url": "https://www.youtube.com/",
        "description": "<p>La segunda edición será virtual, para que participen los municipios "
        "de categorías quinta y sexta sin desplazarse.</p>",
        "selection_criteria": "<p>Prácticas publicadas en la biblioteca, con evidencia de "
        "resultados y condiciones claras para replicarlas.</p>",
        "call_opens_at": aware(today - 120 * DAY),
        "call_closes_at": aware(today - 45 * DAY, 23),
        "vote_phase": EditionPage.Phase.REVIEW,
        "vote_opens_at": aware(today - 5 * DAY),
        "vote_closes_at": aware(starts, 12),
        "agenda": [
            session(
                aware(starts, 9),
                "Presentación de finalistas",
                "Transmisión en vivo",
                ["Diana Rojas (DNP)", "Andrés Muñoz (ESAP)"],
            ),
        ],  # fmt: skip
    }


@contextmanager
def dated(moment):
    """Notices sent inside the block carry `moment`: a member's list then reads as the year of
    events it reports, not as the hour the seed ran."""
    last = Notification.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    yield
    Notification.objects.filter(pk__gt=last).update(created=moment)


def nominate(edition, title, capacity_slug, nominator):
    page = practice(title)
    if page is None:
        return None
    category = edition.categories.get(capacity_type__slug=capacity_slug)
    nomination, _created = Nomination.objects.get_or_create(
        edition=edition, practice=page, defaults={"category": category, "nominated_by": nominator}
    )
    return nomination


def score_sheet(edition, values):
    return {c: (v, "") for c, v in zip(edition.criteria.all(), values, strict=False)}


def seed_past_results(edition, juror, nominator):
    """Walk 2025 through every phase in order, as the desk does: screening, jury, deliberation,
    results, memoria; each step's notices dated when it happened that year."""
    nominations = []
    with dated(aware(datetime.date(2025, 8, 30), 10)):  # the call's last days
        for title, capacity_slug, status, values in PAST_NOMINATIONS:
            nomination = nominate(edition, title, capacity_slug, nominator)
            if nomination is not None:
                nominations.append((nomination, status, values))
    with dated(aware(datetime.date(2025, 9, 5), 11)):
        advance(edition)  # the call closed in August 2025
        for nomination, _status, _values in nominations:
            screen(nomination, eligible=True)
    with dated(aware(datetime.date(2025, 9, 8), 9)):
        advance(edition)  # entering the jury review assigns the demo juror
        for nomination, _status, values in nominations:
            for assignment in nomination.assignments.all():
                save_scores(assignment, score_sheet(edition, values), submit=True)
    with dated(aware(datetime.date(2025, 10, 27), 15)):
        advance(edition)
        for nomination, status, _values in nominations:
            set_status(nomination, status)
        advance(edition)  # results
    with dated(aware(datetime.date(2025, 11, 28), 10)):
        advance(edition)  # the meeting ended in November 2025: memoria


def seed_current_review(edition, juror, nominator):
    """2026 in its jury review: one nomination screened out, the rest shortlisted for the vote,
    the demo juror with one sheet sent and one draft."""
    partial = [5, 4, 4, None, None]
    work = {}
    today = timezone.localdate()
    with dated(aware(today - 46 * DAY, 10)):  # the call's last days
        for title, capacity_slug, juror_work, refusal in CURRENT_NOMINATIONS:
            nomination = nominate(edition, title, capacity_slug, nominator)
            if nomination is not None:
                work[nomination] = (juror_work, refusal)
    with dated(aware(today - 40 * DAY, 11)):
        advance(edition)  # the call closed in October
        for nomination, (_juror_work, refusal) in work.items():
            screen(nomination, eligible=not refusal, reason=refusal)
    with dated(aware(today - 35 * DAY, 9)):
        advance(edition)
    work = {nomination.pk: juror_work for nomination, (juror_work, _r) in work.items()}
    for nomination in edition.nominations.filter(eligibility=Nomination.Eligibility.ELIGIBLE):
        set_status(nomination, Nomination.Status.SHORTLISTED)
        assignment = nomination.assignments.filter(juror=juror).first()
        if assignment is None:
            continue
        if work.get(nomination.pk) == "submitted":
            save_scores(assignment, score_sheet(edition, [4, 5, 4, 3, 4]), submit=True)
        elif work.get(nomination.pk) == "draft":
            save_scores(assignment, score_sheet(edition, partial))
