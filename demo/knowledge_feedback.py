"""Demo feedback for `seed_demo`: "¿Le sirvió?" answers and entities applying guides and
practices, so items, the API, the editors' report and the jury's score sheet show counts.

Most answers are anonymous, as most visitors' are; the demo's members (`demo.people`) give theirs
on the items of their trade, and the entities that apply an item are theirs ("La estamos
aplicando", with the six-month follow-up answered by those who started long enough ago). The
demo member's own adoption is due for its follow-up, which is sent at once and waits in Mis
avisos. Every answer is dated after the item was published and after its member joined.

Idempotent: an item that already has answers (or adoptions) is left alone.
"""

import zlib
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from knowledge.adoption import send_follow_ups
from knowledge.models import Adoption, KnowledgePage, UsefulnessAnswer
from reference.models import Entity

from . import rhythm
from .people import cast

Reason = UsefulnessAnswer.Reason
Outcome = Adoption.Outcome
FOLLOW_UP_AFTER = timedelta(days=183)

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
    "Medición de desempeño municipal: cómo leer y usar los resultados": (12, 2, [
        (True, Reason.CLEAR, "Por fin entendí por qué bajamos en movilización de recursos."),
    ]),
    "Modelo Integrado de Planeación y Gestión (MIPG) en municipios pequeños": (10, 3, [
        (False, Reason.INCOMPLETE, "Faltan ejemplos de evidencias para el FURAG."),
    ]),
    "Proyectos de inversión con recursos del Sistema General de Regalías": (6, 1, []),
    "Enfoque diferencial en la asistencia técnica a comunidades étnicas": (4, 0, []),
    "Rendición de cuentas a la ciudadanía paso a paso": (5, 1, []),
    "Plan territorial de salud: formulación y armonización con el PDT": (4, 0, []),
    "Asistencia a víctimas del conflicto: coordinar la oferta nacional": (6, 1, []),
    "Catastro multipropósito: asistencia técnica y recaudo predial": (7, 2, [
        (True, Reason.APPLICABLE, "Usamos la lista de chequeo con el gestor catastral."),
    ]),
    "Escuela de hacienda pública para municipios de sexta categoría": (9, 0, []),
    "Atención a víctimas con ventanilla única en Quibdó": (5, 1, []),
    "Actualización del estatuto tributario con acompañamiento departamental": (6, 0, []),
    "Brigadas de salud rural con enfoque étnico en Tumaco": (4, 0, []),
    "Mesa departamental de salud con secretarías municipales en Nariño": (8, 1, []),
}  # fmt: skip

# Members among those answers: title -> usernames who said it served them ("-" before the name:
# it did not). Part of the counts above, not added to them.
MEMBER_ANSWERS = {
    "Guía para formular el plan de desarrollo territorial (PDT)":
        ["jlozano", "ldiaz", "osuarez", "cvalencia", "-fcuchimba"],
    "Guía de seguimiento y evaluación del plan de desarrollo":
        ["mpacheco", "cchamorro", "lordonez", "-lgalvis"],
    "Gestión de la hacienda pública territorial":
        ["wbarrera", "rvilladiego", "ymontenegro", "marrieta", "-aperdomo"],
    "Empalme de gobiernos: la memoria institucional se va con el contratista":
        ["jguerrero", "tmorales"],
    "Red de asesores territoriales de educación en el Valle del Cauca":
        ["rmunoz", "berazo", "pvallejo"],
    "Tablero abierto de seguimiento al plan de desarrollo en Medellín":
        ["cvalencia", "osuarez", "mpacheco"],
    "Medición de desempeño municipal: cómo leer y usar los resultados":
        ["tmorales", "gsanchez", "lgalvis"],
    "Modelo Integrado de Planeación y Gestión (MIPG) en municipios pequeños":
        ["eguzman", "vrodriguez", "ycarrascal", "-pvallejo"],
    "Proyectos de inversión con recursos del Sistema General de Regalías":
        ["jguerrero", "fcuchimba", "-elosada"],
    "Enfoque diferencial en la asistencia técnica a comunidades étnicas":
        ["yepiayu", "dpalacios", "nrenteria"],
    "Rendición de cuentas a la ciudadanía paso a paso": ["kardila", "snino"],
    "Plan territorial de salud: formulación y armonización con el PDT": ["acastillo", "hcaicedo"],
    "Asistencia a víctimas del conflicto: coordinar la oferta nacional":
        ["dpalacios", "cchamorro"],
    "Catastro multipropósito: asistencia técnica y recaudo predial": ["wbarrera", "aperdomo"],
    "Escuela de hacienda pública para municipios de sexta categoría":
        ["ymontenegro", "rvilladiego", "snino"],
    "Atención a víctimas con ventanilla única en Quibdó": ["nrenteria"],
    "Actualización del estatuto tributario con acompañamiento departamental": ["aperdomo"],
    "Brigadas de salud rural con enfoque étnico en Tumaco": ["hcaicedo", "acastillo"],
}  # fmt: skip

# title: [(member, days ago, outcome or "", why)]; the entity and territory are the member's.
ADOPTIONS = {
    "Guía para formular el plan de desarrollo territorial (PDT)": [
        ("jlozano", 350, Outcome.WORKED, "El plan se aprobó a tiempo y el concejo no lo devolvió."),
        ("wbarrera", 300, Outcome.PARTLY,
         "Los pasos sirvieron; faltó apoyo para el diagnóstico financiero."),
        ("lordonez", 240, Outcome.WORKED, ""),
        ("ldiaz", 90, "", ""),
    ],
    "Guía de seguimiento y evaluación del plan de desarrollo": [
        ("mpacheco", 150, "", ""),
        ("cchamorro", 40, "", ""),
    ],
    "Red de asesores territoriales de educación en el Valle del Cauca": [
        ("rmunoz", 300, Outcome.WORKED,
         "Dos asesores de la red acompañan ya a seis instituciones rurales."),
        ("berazo", 260, Outcome.PARTLY,
         "La red funcionó, pero la rotación de contratistas cortó el acompañamiento."),
        ("nrenteria", 210, Outcome.DID_NOT,
         "Sin conectividad estable las reuniones virtuales no se sostuvieron."),
    ],
    "Tablero abierto de seguimiento al plan de desarrollo en Medellín": [
        ("cvalencia", 100, "", ""),
        ("osuarez", 60, "", ""),
    ],
    "Brigadas de salud rural con enfoque étnico en Tumaco": [
        ("hcaicedo", 12, "", ""),
    ],
}  # fmt: skip

# The demo member's own adoption: due for its follow-up, which the seeder sends.
MEMBER_ADOPTION = ("Escuela de hacienda pública para municipios de sexta categoría", 190)


def seed(log):
    people = cast()
    answers = sum(
        seed_usefulness(title, *rows, MEMBER_ANSWERS.get(title, []), people)
        for title, rows in USEFULNESS.items()
    )
    adoptions = sum(seed_adoptions(title, rows, people) for title, rows in ADOPTIONS.items())
    adoptions += seed_member_adoption(*MEMBER_ADOPTION)
    asked = send_follow_ups()
    log.step(
        f"opiniones: {answers} respuestas «¿Le sirvió?», {adoptions} entidades que aplican "
        f"recursos, {asked} seguimiento(s) enviado(s)"
    )


def item(title):
    return KnowledgePage.objects.filter(title=title).first()


def published(page):
    return rhythm.at_office(page.publication_date, page.pk)


def some_day_after(key, *floors):
    """A working moment between the latest of `floors` and yesterday, the same on every run."""
    first = max(floors) + timedelta(days=1)
    span = max((timezone.now() - first).days - 1, 0)
    day = timezone.localtime(first).date() + timedelta(
        days=zlib.crc32(str(key).encode()) % (span + 1)
    )
    return rhythm.not_after_now(max(rhythm.at_office(rhythm.workday(day), key), first))


def seed_usefulness(title, yes, no, comments, members, people):
    """`yes` and `no` answers in all: the members' among them, the rest anonymous with the
    comments given, spread over the time since the item was published."""
    page = item(title)
    if page is None or page.usefulness_answers.exists():
        return 0
    answers = []
    for name in members:
        user = people.get(name.lstrip("-"))
        if user is None:
            continue
        when = some_day_after((title, name), published(page), user.date_joined)
        answers.append(UsefulnessAnswer(page=page, user=user, useful=not name.startswith("-"),
                                        created=when, updated=when))  # fmt: skip
    yes -= sum(a.useful for a in answers)
    no -= sum(not a.useful for a in answers)
    anonymous = [(u, r, c) for u, r, c in comments]
    anonymous += [(True, "", "")] * (yes - _count(comments, True))
    anonymous += [(False, "", "")] * (no - _count(comments, False))
    start = max(published(page), timezone.now() - timedelta(days=365))
    moments = rhythm.spread(start.date(), rhythm.today(), len(anonymous), title)
    answers += [
        UsefulnessAnswer(page=page, useful=u, reason=r, comment=c, created=when, updated=when)
        for (u, r, c), when in zip(anonymous, moments, strict=True)
    ]
    UsefulnessAnswer.objects.bulk_create(answers)
    return len(answers)


def _count(comments, useful):
    return sum(1 for row in comments if row[0] is useful)


def seed_adoptions(title, rows, people):
    """Each member's entity applies the item since `days` ago (not before it was published nor
    before they joined); the follow-up went out six months later and they said how it went."""
    page = item(title)
    if page is None or page.adoptions.exists():
        return 0
    made = []
    for name, days, outcome, why in rows:
        user = people.get(name)
        if user is None or not user.profile.entity_name or user.profile.department is None:
            continue
        profile = user.profile
        planned = rhythm.moment(days, (title, name))
        created = max(planned, published(page) + timedelta(days=7), user.date_joined)
        asked = created + FOLLOW_UP_AFTER
        asked = asked if asked < timezone.now() else None  # not due yet: nobody was asked
        answered = bool(outcome and asked and asked + timedelta(days=7) < timezone.now())
        departmental = profile.entity and profile.entity.kind == Entity.Kind.DEPARTMENTAL
        made.append(
            Adoption(
                page=page, user=user, entity_name=profile.entity_name,
                department=profile.department,
                municipality=None if departmental else profile.municipality,
                created=rhythm.not_after_now(created),
                follow_up_sent_at=asked,
                outcome=outcome if answered else "", outcome_note=why if answered else "",
                outcome_at=rhythm.later(asked, 24 * 5, name) if answered else None,
            )
        )  # fmt: skip
    Adoption.objects.bulk_create(made)
    return len(made)


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
        created=rhythm.moment(days, "miembro"),
    )  # fmt: skip
    return 1
