"""Demo of "¿Quién ya lo aplicó en un municipio como el mío?": two officials of the cast, in
municipalities comparable to the demo account `planadas` (a sixth-category PDET town), agree to
be contacted and apply a practice; `miembro` asked the first of them about it, got an answer, and
both agreed to publish it. Signing in as `planadas` and opening that practice shows them first.
Idempotent."""

from datetime import timedelta

from django.utils import timezone

from knowledge.adoption import ProfileIncomplete, record_adoption
from knowledge.models import PracticePage
from peers.consent import set_contactable
from peers.models import Question
from reference.comparable import comparable_municipalities

from .people import cast, people

SUBJECT = "¿Cómo lograron que el concejo lo aprobara?"
QUESTION = (
    "Estamos por presentar el proyecto de acuerdo y el concejo pide ver resultados de otro "
    "municipio. ¿Qué les mostraron ustedes y cuánto tardó la aprobación?"
)
ANSWER = (
    "Les mostramos el informe del primer semestre y una visita a la vereda donde empezamos. "
    "Tardó dos sesiones. Lo que más ayudó fue llevar a la **personería** como testigo del proceso."
)


def _peers_for(reference_user, people_by_name, count=2):
    """Cast members nearest to `reference_user`: comparable municipalities first, then the
    same department, then anyone with an entity and a place."""
    town = reference_user.profile.municipality if reference_user else None
    comparable = (
        set(comparable_municipalities(town).values_list("pk", flat=True)) if town else set()
    )
    department = town.department_id if town else None

    def rank(user):
        profile = user.profile
        if profile.municipality_id in comparable and profile.municipality_id != getattr(
            town, "pk", None
        ):
            return 0
        return 1 if profile.department_id == department else 2

    usable = [
        u for u in people_by_name.values() if u.profile.entity_name and u.profile.department_id
    ]
    return sorted(usable, key=lambda user: (rank(user), user.username))[:count]


def seed(log):
    practice = PracticePage.objects.live().public().order_by("path").first()
    if practice is None:
        log.step("sin prácticas publicadas: nada que aplicar")
        return
    accounts = people("planadas", "miembro")
    chosen = _peers_for(accounts.get("planadas"), cast())
    for user in chosen:
        set_contactable(user, True)
        try:
            record_adoption(user, practice, note="La aplicamos desde este año.")
        except ProfileIncomplete:
            continue
    asker = accounts.get("miembro")
    if asker is None or not chosen:
        log.step(f"{len(chosen)} colegas que aceptan preguntas en «{practice.title}»")
        return
    answered_at = timezone.now() - timedelta(days=3)
    Question.objects.get_or_create(
        page=practice, sender=asker, recipient=chosen[0], subject=SUBJECT,
        defaults={
            "body": QUESTION, "created": answered_at - timedelta(days=2), "answer": ANSWER,
            "answered_at": answered_at, "sender_publishes": True, "recipient_publishes": True,
        },
    )  # fmt: skip
    log.step(
        f"{len(chosen)} colegas que aceptan preguntas en «{practice.title}», "
        "y una pregunta respondida y publicada"
    )
