"""Community demo: two public spaces and a private one, with conversations drawn from the policy.

Idempotent: spaces are found by slug and threads by title, so a second run changes nothing.
Conversations need the demo accounts (DEMO_MODE); without them only the spaces are created.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from community.models import (
    CommunityIndexPage,
    Flag,
    Membership,
    Post,
    SpacePage,
    Thread,
)
from community.notify import TO_MODERATE
from notifications.models import Notification

SPACES = [
    (
        "hacienda-territorial",
        "Hacienda territorial",
        "publico",
        "Recaudo, catastro multipropósito, FUT y deuda de departamentos y municipios.",
    ),
    (
        "planeacion-y-pdt",
        "Planeación y PDT",
        "publico",
        "Formulación, seguimiento y evaluación de los planes de desarrollo territorial.",
    ),
    (
        "region-pacifico",
        "Región Pacífico",
        "privado",
        "Espacio reservado para las entidades que prestan asistencia técnica en el Pacífico.",
    ),
]
RULES = (
    "<ul><li>Respete a las demás personas y sus entidades.</li>"
    "<li>No publique datos personales ni información reservada.</li>"
    "<li>Marque como solución la respuesta que resolvió su pregunta.</li></ul>"
)

# space slug, title, category, pinned, [(author, text)], index of the solution post or None,
# (reporter, post index, reason) of a flag or None.
THREADS = [
    (
        "hacienda-territorial",
        "Bienvenida y normas del espacio de hacienda territorial",
        "recurso",
        True,
        [
            (
                "moderador",
                "Este espacio reúne a secretarías de hacienda y entidades de asistencia técnica. "
                "Antes de preguntar, revise las guías de la **biblioteca**; si su pregunta es "
                "sobre el FUT o el catastro, indique el municipio y su categoría.",
            )
        ],
        None,
        None,
    ),
    (
        "hacienda-territorial",
        "¿Cómo mejorar el recaudo del predial con un catastro desactualizado?",
        "pregunta",
        False,
        [
            (
                "miembro",
                "En Ipiales el avalúo catastral no se actualiza hace más de diez años y el "
                "recaudo del impuesto predial apenas cubre la mitad de lo proyectado en el marco "
                "fiscal de mediano plazo. ¿Qué han hecho otros municipios de categoría 4 a 6?",
            ),
            (
                "esap",
                "La política de ATT identifica la **baja capacidad para generar ingresos "
                "propios** como una brecha central. Tres pasos que han funcionado:\n\n"
                "1. Depurar la base de contribuyentes con la información de la ORIP.\n"
                "2. Pedir al gestor catastral la actualización por zonas, empezando por la "
                "urbana.\n"
                "3. Ofrecer descuentos por pronto pago acordados por el concejo.",
            ),
            (
                "jurado",
                "Complemento: la asistencia técnica del programa de catastro multipropósito "
                "prioriza municipios con rezago. Vale la pena postularse con @miembro como "
                "contacto de la alcaldía.",
            ),
        ],
        1,
        None,
    ),
    (
        "hacienda-territorial",
        "Nuestra experiencia reportando el FUT a tiempo",
        "experiencia",
        False,
        [
            (
                "jurado",
                "Con la FND acompañamos a doce municipios en el reporte del Formulario Único "
                "Territorial. Lo que más ayudó fue un calendario compartido con la secretaría "
                "de planeación y una persona responsable por categoría del formulario.",
            )
        ],
        None,
        None,
    ),
    (
        "planeacion-y-pdt",
        "¿Cómo articular el PDT con la oferta de asistencia técnica nacional?",
        "pregunta",
        False,
        [
            (
                "miembro",
                "Estamos ajustando el plan de desarrollo y recibimos ofertas de asistencia de "
                "varias entidades del orden nacional que se cruzan entre sí. ¿Cómo las ordenan "
                "otros municipios para que respondan a las metas del plan?",
            ),
            (
                "editor",
                "El CONPES de ATT propone precisamente una **caracterización de la demanda** "
                "desde el territorio: identifique primero las brechas de capacidad de su "
                "entidad (humana, institucional, gerencial) y pida a cada oferente que diga a "
                "qué meta del PDT contribuye.",
            ),
            (
                "jurado",
                "Ofrezco asesoría privada para formular su PDT en una semana, "
                "escríbame a mi correo personal.",
            ),
        ],
        None,
        ("miembro", 2, "Publicidad de servicios privados"),
    ),
    (
        "planeacion-y-pdt",
        "Taller virtual: seguimiento a las metas del plan de desarrollo",
        "evento",
        False,
        [
            (
                "esap",
                "La ESAP invita al taller virtual sobre tableros de seguimiento a metas del "
                "PDT, dirigido a secretarías de planeación de municipios de categorías 5 y 6.",
            )
        ],
        None,
        None,
    ),
    (
        "region-pacifico",
        "Coordinación de la asistencia técnica en el Pacífico nariñense",
        "experiencia",
        False,
        [
            (
                "moderador",
                "Propongo que cada entidad registre aquí sus visitas previstas a Tumaco, "
                "Barbacoas y Olaya Herrera para no repetir convocatorias a los mismos equipos.",
            ),
            (
                "miembro",
                "De acuerdo. Desde Ipiales podemos compartir el diagnóstico de capacidades que "
                "hicimos con la Gobernación de Nariño.",
            ),
        ],
        None,
        None,
    ),
]
MEMBERS = ["miembro", "esap", "jurado", "editor"]


def seed_spaces(log):
    root = Site.objects.get(is_default_site=True).root_page
    index = CommunityIndexPage.objects.first()
    if index is None:
        index = CommunityIndexPage(
            title="Comunidad",
            slug="comunidad",
            show_in_menus=True,
            summary="Espacios de práctica para quienes prestan y reciben asistencia técnica.",
            intro="<p>Pregunte, comparta experiencias y buenas prácticas con otras entidades.</p>",
        )
        root.add_child(instance=index)
        index.save_revision().publish()
    spaces = {}
    for slug, title, visibility, summary in SPACES:
        space = SpacePage.objects.filter(slug=slug).first()
        if space is None:
            space = SpacePage(
                title=title,
                slug=slug,
                summary=summary,
                description=f"<p>{summary}</p>",
                rules=RULES,
                visibility=visibility,
            )
            index.add_child(instance=space)
            space.save_revision().publish()
        spaces[slug] = space
    log.step(f"{len(spaces)} espacios de la comunidad")
    return spaces


def seed_members(spaces, users):
    moderator = users.get("moderador")
    for space in spaces.values():
        if moderator and moderator not in space.moderators.all():
            # Parental many-to-many: written by publishing, which also keeps the revision in step.
            space.moderators.add(moderator)
            space.save_revision().publish()
            Membership.objects.update_or_create(
                space=space, user=moderator, defaults={"role": Membership.Role.MODERATOR}
            )
        names = ["miembro"] if space.is_private else MEMBERS
        for name in names:
            if name in users:
                Membership.objects.get_or_create(space=space, user=users[name])


def seed_thread(space, users, title, category, pinned, posts, solution, flag, start):
    thread, created = Thread.objects.get_or_create(
        space=space,
        title=title,
        defaults={
            "author": users[posts[0][0]],
            "category": category,
            "pinned": pinned,
            "created": start,
        },
    )
    if not created:
        return
    saved = [
        Post.objects.create(
            thread=thread,
            author=users[author],
            source=text,
            created=start + REPLY_GAP * n,
        )
        for n, (author, text) in enumerate(posts)
    ]
    thread.last_activity = saved[-1].created
    if solution is not None:
        thread.solution = saved[solution]
    thread.save()
    if flag:
        reporter, post_index, reason = flag
        reported = saved[post_index].created + FLAG_DELAY
        Flag.objects.create(
            post=saved[post_index], reporter=users[reporter], reason=reason, created=reported
        )
        tell_moderator_of_the_flag(space, users, thread, reported)


# A member reports a post a little after reading it; the moderator's notice carries the same
# moment as the report in the admin (both were "now", the day the demo was seeded, before).
FLAG_DELAY = timedelta(hours=2)


def tell_moderator_of_the_flag(space, users, thread, when):
    """The demo moderator finds the open flag in their notices (and the header badge), as they
    would have; written directly so seeding sends no e-mail."""
    Notification.objects.create(
        recipient=users["moderador"],
        kind=TO_MODERATE,
        text=_("Se denunció una publicación en «%(title)s»") % {"title": thread.title},
        url=reverse("community:moderation", args=[space.pk]),
        thread=thread,
        created=when,
    )


REPLY_GAP = timedelta(hours=2, minutes=40)  # five posts from 8 a.m. end before 7 p.m.


def office_hours(moment, n):
    """That day in Bogotá at a working hour: conversations seeded at night would otherwise all
    start at the hour the seed ran (2 a.m. read oddly on every post)."""
    local = timezone.localtime(moment)
    return local.replace(hour=8 + n % 3, minute=(17 * n) % 60, second=0, microsecond=0)


def thread_age(n, total):
    """A year into operation: the first conversation some eleven months ago, the latest a few
    days ago, the rest spread between them (closer together lately, as the network grew)."""
    remaining = (total - n) / total
    return timedelta(days=3 + round(330 * remaining**2))


def seed(log):
    spaces = seed_spaces(log)
    usernames = {"editor", "esap", "moderador", "jurado", "miembro"}
    users = {u.username: u for u in get_user_model().objects.filter(username__in=usernames)}
    if len(users) < len(usernames):
        log.step("Conversaciones de la comunidad omitidas (sin cuentas de demostración)")
        return
    seed_members(spaces, users)
    now = timezone.now()
    for n, (slug, title, category, pinned, posts, solution, flag) in enumerate(THREADS):
        start = office_hours(now - thread_age(n, len(THREADS)), n)
        seed_thread(spaces[slug], users, title, category, pinned, posts, solution, flag, start)
    log.step(f"{len(THREADS)} conversaciones con respuestas, una pregunta resuelta, una denuncia")
