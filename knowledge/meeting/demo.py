"""Demo meeting for `seed_demo`: the 2025 edition (winners, finalists, memoria) and the current
2026 one (open call, nominations, the demo juror's partial scores).

Idempotent: editions are found by year and nominations by practice; what exists is left alone.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Site

from knowledge.demo import demo_pdf_document
from knowledge.models import PracticePage
from siteconf.reference.models import CapacityType

from .models import (
    Criterion,
    EditionCategory,
    EditionJuror,
    EditionPage,
    JuryAssignment,
    MeetingIndexPage,
    Nomination,
    Score,
)
from .workflow import close_review, save_scores, set_status, start_review

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
# (practice title, capacity type, demo juror's work: "submitted", "draft" or None for unassigned)
CURRENT_NOMINATIONS = [
    ("Tablero abierto de seguimiento al plan de desarrollo en Medellín", "institucional",
     "submitted"),
    ("Brigadas de salud rural con enfoque étnico en Tumaco", "poblacional", "draft"),
    ("Red de asesores territoriales de educación en el Valle del Cauca", "sectorial", "assigned"),
    ("Atención a víctimas con ventanilla única en Quibdó", "poblacional", None),
    # Offered by the FND, the demo juror's entity: a conflict of interest, never assigned to them.
    ("Plan de empalme digital en municipios del Putumayo", "institucional", None),
]  # fmt: skip


def seed(log):
    index = meeting_index()
    juror = get_user_model().objects.filter(username="jurado").first()
    nominator = get_user_model().objects.filter(username="miembro").first()
    past = get_or_create_edition(index, past_edition_fields(), juror)
    if not past.nominations.exists():
        seed_past_results(past, juror, nominator)
    current = get_or_create_edition(index, current_edition_fields(), juror)
    if not current.nominations.exists():
        seed_current_review(current, juror, nominator)
    log.step(
        "encuentro: edición 2025 con ganadoras y memoria; edición 2026 con convocatoria abierta"
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
    today = timezone.localdate()
    starts = today + 16 * DAY
    return {
        "title": "Encuentro de buenas prácticas 2026",
        "slug": "2026",
        "year": 2026,
        "summary": "Convocatoria abierta: postule la buena práctica de su entidad.",
        "starts_on": starts,
        "ends_on": starts + DAY,
        "place": "",
        "is_online": True,
        "online_url": "https://www.youtube.com/",
        "description": "<p>La segunda edición será virtual, para que participen los municipios "
        "de categorías quinta y sexta sin desplazarse.</p>",
        "selection_criteria": "<p>Prácticas publicadas en la biblioteca, con evidencia de "
        "resultados y condiciones claras para replicarlas.</p>",
        "call_opens_at": aware(today - 20 * DAY),
        "call_closes_at": aware(today + 10 * DAY, 23),
        "vote_opens_at": aware(today + 11 * DAY),
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
    """Walk 2025 through its phases in order: jury scores, deliberation, then results published."""
    start_review(edition)
    decided = []
    for title, capacity_slug, status, values in PAST_NOMINATIONS:
        nomination = nominate(edition, title, capacity_slug, nominator)
        if nomination is None:
            continue
        if juror:
            assignment = JuryAssignment.objects.create(nomination=nomination, juror=juror)
            save_scores(assignment, score_sheet(edition, values), submit=True)
        decided.append((nomination, status))
    close_review(edition)
    for nomination, status in decided:
        set_status(nomination, status)
    if edition.results_refusal() == "":
        edition.show_results = True
        edition.save_revision().publish()


def seed_current_review(edition, juror, nominator):
    partial = [5, 4, 4, None, None]
    for title, capacity_slug, work in CURRENT_NOMINATIONS:
        nomination = nominate(edition, title, capacity_slug, nominator)
        if nomination is None or not (juror and work):
            continue
        assignment = JuryAssignment.objects.create(nomination=nomination, juror=juror)
        if work == "submitted":
            save_scores(assignment, score_sheet(edition, [4, 5, 4, 3, 4]), submit=True)
        elif work == "draft":
            save_scores(assignment, score_sheet(edition, partial))
    if Score.objects.filter(assignment__nomination__edition=edition).exists():
        start_review(edition)
