"""Demo meeting for `seed_demo`: the 2025 edition (winners, finalists, memoria) and the current
2026 one, in its jury review (screened nominations, the public vote, the demo juror's partial
scores). Both walk their phases through the same guarded steps as the editors' desk.

Each practice is nominated by a member from its own department or entity, on a day of the call
after the practice was published; the 2025 winners come from three departments; the edition
says as many practices as it received; the demo's members vote in the 2026 public vote.

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
    Vote,
)
from meeting.phases import advance
from meeting.workflow import save_scores, screen, set_status
from notifications.models import Notification
from reference.models import CapacityType

from . import rhythm
from .knowledge import demo_pdf_document
from .people import cast, people

DAY = datetime.timedelta(days=1)
RUBRIC = [
    ("Impacto en capacidades", 30, "Cuánto fortaleció las capacidades de la entidad territorial."),
    ("Evidencia", 25, "Resultados medidos, con línea base y fuente verificable."),
    ("Replicabilidad", 20, "Qué tan fácil es llevarla a otro municipio o departamento."),
    ("Enfoque diferencial", 15, "Atención a grupos étnicos, víctimas, mujeres, jóvenes."),
    ("Sostenibilidad", 10, "Si sigue funcionando sin el acompañamiento inicial."),
]
S = Nomination.Status
# (practice title, capacity type slug, status, scores by the demo juror in rubric order,
#  who nominated it (from the practice's department or entity), on which day of the call)
PAST_NOMINATIONS = [
    ("Mesa departamental de salud con secretarías municipales en Nariño", "institucional",
     S.WINNER, [5, 5, 4, 4, 5], "miembro", "2025-08-12"),
    ("Escuela de hacienda pública para municipios de sexta categoría", "institucional",
     S.WINNER, [5, 4, 5, 4, 4], "wbarrera", "2025-07-08"),
    ("Rendición de cuentas con jóvenes en Santander", "poblacional", S.WINNER, [4, 4, 5, 5, 4],
     "osuarez", "2025-08-28"),
    ("Regalías para agua potable en la costa pacífica", "sectorial", S.FINALIST,
     [4, 4, 4, 3, 4], "acastillo", "2025-07-29"),
    ("Banco de proyectos municipal compartido en el Cauca", "institucional", S.FINALIST,
     [4, 3, 4, 3, 3], "rmunoz", "2025-08-21"),
    ("Seguimiento al MIPG con autodiagnóstico en Cundinamarca", "institucional", S.NOT_SELECTED,
     [3, 3, 3, 2, 3], "vrodriguez", "2025-08-29"),
]  # fmt: skip
# (practice title, capacity type, demo juror's work: "submitted", "draft" or None; why it was
# screened out, if it was; who nominated it; days ago). Eligible ones are shortlisted for the
# public vote.
CURRENT_NOMINATIONS = [
    ("Tablero abierto de seguimiento al plan de desarrollo en Medellín", "institucional",
     "submitted", "", "mzapata", 100),
    ("Brigadas de salud rural con enfoque étnico en Tumaco", "poblacional", "draft", "",
     "miembro", 55),
    ("Red de asesores territoriales de educación en el Valle del Cauca", "sectorial", None, "",
     "pvallejo", 50),
    ("Atención a víctimas con ventanilla única en Quibdó", "poblacional", None,
     "La postulación no adjunta resultados medidos después de la implementación.",
     "dpalacios", 47),
    # Offered by the FND, the demo juror's entity: a conflict of interest, never assigned to them.
    ("Plan de empalme digital en municipios del Putumayo", "institucional", None, "",
     "cchamorro", 58),
]  # fmt: skip


def seed(log):
    index = meeting_index()
    juror = get_user_model().objects.filter(username="jurado").first()
    past_fields = past_edition_fields()
    past_plan = planned_nominations(PAST_NOMINATIONS, past_fields)
    past_fields["summary"] = past_fields["summary"] % {"count": len(past_plan)}
    past = get_or_create_edition(index, past_fields, juror)
    current_fields = current_edition_fields()
    current_plan = planned_nominations(CURRENT_NOMINATIONS, current_fields)
    current = get_or_create_edition(index, current_fields, juror)
    if juror is None:  # outside DEMO_MODE: no demo accounts, so no jury to walk the phases with
        return log.step("encuentro: ediciones 2025 y 2026 sin postulaciones (no hay jurado demo)")
    if not past.nominations.exists():
        seed_past_results(past, juror, past_plan)
    if not current.nominations.exists():
        seed_current_review(current, juror, current_plan)
    votes = seed_votes(current)
    log.step(
        f"encuentro: edición 2025 con {past.nominations.count()} postulaciones, ganadoras y "
        f"memoria; edición 2026 en evaluación del jurado, {current.nominations.count()} "
        f"postulaciones y {votes} votos del público"
    )


def planned_nominations(rows, fields):
    """[(row, practice, nominator, moment)] of the rows that can be nominated in the call: the
    practice is published and its nominator had joined, both before the call closed."""
    names = {row[-2] for row in rows}
    nominators = people(*names)
    planned = []
    for row in rows:
        page, nominator = practice(row[0]), nominators.get(row[-2])
        if page is None or nominator is None:
            continue
        spec = row[-1]  # an ISO date, or days ago
        day = datetime.date.fromisoformat(spec) if isinstance(spec, str) else None
        when = rhythm.at_office(day, row[0]) if day else rhythm.moment(spec, row[0])
        published = rhythm.at_office(page.publication_date + 2 * DAY, row[0])
        when = max(when, published, nominator.date_joined + DAY, fields["call_opens_at"])
        if when < fields["call_closes_at"]:
            planned.append((row, page, nominator, when))
    return planned


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
        # The count is the nominations made (`seed`): the edition says what it received.
        "summary": "Pasto reunió a 300 servidores territoriales alrededor de las %(count)s "
        "prácticas postuladas.",
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


def nominate(edition, page, capacity_slug, nominator, when):
    """The nomination as the member sent it that day, with its notice dated then too."""
    category = edition.categories.get(capacity_type__slug=capacity_slug)
    with dated(when):
        nomination, _created = Nomination.objects.get_or_create(
            edition=edition,
            practice=page,
            defaults={"category": category, "nominated_by": nominator},
        )
    Nomination.objects.filter(pk=nomination.pk).update(created_at=when)  # auto_now_add
    return nomination


def score_sheet(edition, values):
    return {c: (v, "") for c, v in zip(edition.criteria.all(), values, strict=False)}


def seed_past_results(edition, juror, planned):
    """Walk 2025 through every phase in order, as the desk does: screening, jury, deliberation,
    results, memoria; each step's notices dated when it happened that year."""
    nominations = []
    for row, page, nominator, when in planned:
        _title, capacity_slug, status, values, *_who = row
        nomination = nominate(edition, page, capacity_slug, nominator, when)
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


def seed_current_review(edition, juror, planned):
    """2026 in its jury review: one nomination screened out, the rest shortlisted for the vote,
    the demo juror with one sheet sent and one draft."""
    partial = [5, 4, 4, None, None]
    work = {}
    today = timezone.localdate()
    for row, page, nominator, when in sorted(planned, key=lambda plan: plan[3]):
        _title, capacity_slug, juror_work, refusal, *_who = row
        nomination = nominate(edition, page, capacity_slug, nominator, when)
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


def seed_votes(edition):
    """The demo's members vote in the public vote since it opened, on weekdays: for the
    practice of their own department when one is in the vote, else for one that caught their
    eye. The demo accounts keep their vote for whoever tries the demo."""
    votable = edition.nominations.filter(status__in=Nomination.VOTABLE).select_related("practice")
    votable = list(votable.prefetch_related("practice__departments"))
    voters = [u for u in cast().values() if u.username != "wortiz"]
    if not votable or edition.votes.exists() or not voters:
        return 0
    opened = edition.vote_opens_at
    first, today = timezone.localdate(opened), timezone.localdate()
    days = [first + n * DAY for n in range((today - first).days + 1)]
    days = [day for day in days if day.weekday() < 5] or [today]
    home = {d.pk: n for n in votable for d in n.practice.departments.all()}
    votes = []
    for k, user in enumerate(sorted(voters, key=lambda u: u.username)):
        if k % 4 == 3:  # not everyone votes
            continue
        nomination = home.get(user.profile.department_id) or votable[k % len(votable)]
        when = max(rhythm.at_office(days[k % len(days)], user.username), opened)
        votes.append(Vote(edition=edition, nomination=nomination, user=user,
                          created_at=rhythm.not_after_now(when, floor=opened)))  # fmt: skip
    moments = [vote.created_at for vote in votes]
    Vote.objects.bulk_create(votes)  # which stamps the auto_now_add field with now:
    for vote, when in zip(votes, moments, strict=True):
        vote.created_at = when
    Vote.objects.bulk_update(votes, ["created_at"])
    return len(votes)
