"""Demo feedback for `seed_demo`: "¿Le sirvió?" answers and entities applying guides and
practices, so items, the API, the editors' report and the jury's score sheet show counts.

Idempotent: an item that already has answers (or adoptions) is left alone. Answers are anonymous,
as most visitors' are; adoptions are records whose members are not demo accounts (user empty, as
after an account is deleted), except the demo member's own, recorded long enough ago that its
six-month follow-up is sent at once and waits in Mis avisos.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from knowledge.adoption import send_follow_ups
from knowledge.models import Adoption, KnowledgePage, UsefulnessAnswer
from reference.models import Department, Municipality

Reason = UsefulnessAnswer.Reason
Outcome = Adoption.Outcome

# title: (answers that it served, answers that it did not, [(useful, reason, comment)])
USEFULNESS = {
    "Guía para formular el plan de desarrollo territorial (PDT)": (23, 4, [
        (True, Reason.APPLICABLE, "La usamos en el empalme; el cronograma del paso 2 nos ordenó."),
        (True, Reason.CLEAR, ""),
        (False, Reason.INCOMPLETE, "Faltan ejemplos de metas para municipios de sexta categoría."),
    ]),
    "Guía de seguimiento y evaluación del plan de desarrollo": (9, 2, [
        (False, Reason.OUTDATED, "El formato del paso 3 ya no coincide con el del DNP."),
    ]),
    "Gestión de la hacienda pública territorial": (6, 5, [
        (False, Reason.NOT_RELEVANT, "Pensada para ciudades; en un municipio pequeño no alcanza."),
        (True, Reason.APPLICABLE, "Nos sirvió para preparar el marco fiscal de mediano plazo."),
    ]),
    "Empalme de gobiernos: la memoria institucional se va con el contratista": (14, 1, [
        (True, Reason.CLEAR, "Nos pasó igual en 2020. Ojalá la hubiéramos leído antes."),
    ]),
    "Red de asesores territoriales de educación en el Valle del Cauca": (11, 3, []),
    "Tablero abierto de seguimiento al plan de desarrollo en Medellín": (8, 1, []),
}  # fmt: skip

# title: [(entity, DANE code of the municipality (5 digits) or department (2), days ago,
#          outcome or "", why)]
ADOPTIONS = {
    "Guía para formular el plan de desarrollo territorial (PDT)": [
        ("Alcaldía de Pitalito", "41551", 350, Outcome.WORKED,
         "El plan se aprobó a tiempo y el concejo no lo devolvió."),
        ("Alcaldía de Sogamoso", "15759", 300, Outcome.PARTLY,
         "Los pasos sirvieron; faltó apoyo para el diagnóstico financiero."),
        ("Gobernación del Cauca", "19", 240, Outcome.WORKED, ""),
        ("Alcaldía de Santa Cruz de Lorica", "23417", 90, "", ""),
    ],
    "Guía de seguimiento y evaluación del plan de desarrollo": [
        ("Alcaldía de Ocaña", "54498", 150, "", ""),
        ("Alcaldía de Mocoa", "86001", 40, "", ""),
    ],
    "Red de asesores territoriales de educación en el Valle del Cauca": [
        ("Secretaría de Educación de Popayán", "19001", 300, Outcome.WORKED,
         "Dos asesores de la red acompañan ya a seis instituciones rurales."),
        ("Secretaría de Educación de Pasto", "52001", 260, Outcome.PARTLY,
         "La red funcionó, pero la rotación de contratistas cortó el acompañamiento."),
        ("Alcaldía de Istmina", "27361", 210, Outcome.DID_NOT,
         "Sin conectividad estable las reuniones virtuales no se sostuvieron."),
    ],
    "Tablero abierto de seguimiento al plan de desarrollo en Medellín": [
        ("Alcaldía de Rionegro", "05615", 100, "", ""),
        ("Alcaldía de Bucaramanga", "68001", 60, "", ""),
    ],
    "Brigadas de salud rural con enfoque étnico en Tumaco": [
        ("Alcaldía de Buenaventura", "76109", 12, "", ""),
    ],
}  # fmt: skip

# The demo member's own adoption: due for its follow-up, which the seeder sends.
MEMBER_ADOPTION = ("Escuela de hacienda pública para municipios de sexta categoría", 190)


def seed(log):
    answers = sum(seed_usefulness(title, *rows) for title, rows in USEFULNESS.items())
    adoptions = sum(seed_adoptions(title, rows) for title, rows in ADOPTIONS.items())
    adoptions += seed_member_adoption(*MEMBER_ADOPTION)
    asked = send_follow_ups()
    log.step(
        f"opiniones: {answers} respuestas «¿Le sirvió?», {adoptions} entidades que aplican "
        f"recursos, {asked} seguimiento(s) enviado(s)"
    )


def item(title):
    return KnowledgePage.objects.filter(title=title).first()


def seed_usefulness(title, yes, no, comments):
    page = item(title)
    if page is None or page.usefulness_answers.exists():
        return 0
    answers = [UsefulnessAnswer(page=page, useful=u, reason=r, comment=c) for u, r, c in comments]
    answers += [
        UsefulnessAnswer(page=page, useful=True) for _ in range(yes - _count(comments, True))
    ]
    answers += [
        UsefulnessAnswer(page=page, useful=False) for _ in range(no - _count(comments, False))
    ]
    UsefulnessAnswer.objects.bulk_create(answers)
    return len(answers)


def _count(comments, useful):
    return sum(1 for row in comments if row[0] is useful)


def seed_adoptions(title, rows):
    page = item(title)
    if page is None or page.adoptions.exists():
        return 0
    now = timezone.now()
    made = 0
    for entity, code, days, outcome, why in rows:
        place = territory(code)
        if place is None:  # a municipality outside the loaded DIVIPOLA sample
            continue
        department, municipality = place
        created = now - timedelta(days=days)
        Adoption.objects.create(
            page=page, entity_name=entity, department=department, municipality=municipality,
            created=created, outcome=outcome, outcome_note=why,
            follow_up_sent_at=created + timedelta(days=183) if outcome else None,
            outcome_at=created + timedelta(days=190) if outcome else None,
        )  # fmt: skip
        made += 1
    return made


def territory(code):
    if len(code) == 2:
        department = Department.objects.filter(code=code).first()
        return (department, None) if department else None
    municipality = Municipality.objects.select_related("department").filter(code=code).first()
    return (municipality.department, municipality) if municipality else None


def seed_member_adoption(title, days):
    """The demo member ("miembro", Alcaldía de Ipiales) applies a practice since `days` ago."""
    member = get_user_model().objects.filter(username="miembro").first()
    page = item(title)
    if member is None or page is None or Adoption.objects.filter(user=member).exists():
        return 0
    profile = member.profile
    if not profile.entity_name or profile.department is None:
        return 0
    Adoption.objects.create(
        page=page, user=member, entity_name=profile.entity_name,
        department=profile.department, municipality=profile.municipality,
        note="Lo estamos adaptando con la Escuela Superior de Administración Pública.",
        created=timezone.now() - timedelta(days=days),
    )  # fmt: skip
    return 1
