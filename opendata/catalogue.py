"""The open-data catalogue: every public dataset the platform serves, described once in DCAT-AP.

`datasets()` is the one list: the human page (/datos/) and the JSON-LD catalogue
(/datos/catalogo.jsonld) both read it, so they cannot disagree. Only data anyone may download
without signing in belongs here; each distribution is an address the site already answers.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Max, Min
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.links import absolute
from core.operator import OperatorSettings
from knowledge.models import Adoption, KnowledgePage, LibraryIndexPage, UsefulnessAnswer
from knowledge.pdf import LICENCE
from meeting.models import EditionPage, MeetingIndexPage
from search.models import SearchQueryLog
from training.models import CoursePage, TrainingPlanPage

# The site's terms of use let anyone reuse the content citing the source and the author entity
# (core.operator.default_terms_text); every PDF states it as CC BY 4.0 (knowledge/pdf.py), whose
# name the page shows. Portals want the licence's own URI, not its Spanish deed.
LICENCE_NAME = LICENCE
LICENCE_URI = "https://creativecommons.org/licenses/by/4.0/"

EU = "http://publications.europa.eu/resource/authority/"
FREQUENCY = {
    "continuous": f"{EU}frequency/UPDATE_CONT",
    "monthly": f"{EU}frequency/MONTHLY",
    "annual": f"{EU}frequency/ANNUAL",
}
FREQUENCY_LABELS = {
    "continuous": _("Actualización continua"),
    "monthly": _("Mensual"),
    "annual": _("Anual"),
}
THEME = {"government": f"{EU}data-theme/GOVE", "education": f"{EU}data-theme/EDUC"}
LANGUAGE = f"{EU}language/SPA"
COUNTRY = f"{EU}country/COL"
IANA = "http://www.iana.org/assignments/media-types/"
# (IANA media type, EU file type, name people know it by) of each format a distribution may have.
FORMATS = {
    "csv": ("text/csv", "CSV", "CSV"),
    "json": ("application/json", "JSON", "JSON"),
    "rss": ("application/rss+xml", "RSS", "RSS"),
    "atom": ("application/atom+xml", "ATOM", "Atom"),
    "ical": ("text/calendar", "ICS", "iCalendar"),
}


@dataclass(frozen=True)
class Distribution:
    slug: str
    title: str
    url: str  # absolute
    format: str  # a key of FORMATS

    @property
    def media_type(self):
        return FORMATS[self.format][0]

    @property
    def media_type_uri(self):
        return IANA + self.media_type

    @property
    def file_type_uri(self):
        return f"{EU}file-type/{FORMATS[self.format][1]}"

    @property
    def label(self):
        return FORMATS[self.format][2]


@dataclass
class Dataset:
    slug: str
    title: str
    description: str
    keywords: tuple
    theme: str  # a key of THEME
    frequency: str  # a key of FREQUENCY
    landing_page: str  # absolute
    distributions: list = field(default_factory=list)
    issued: object = None  # a date or datetime, or None
    modified: object = None

    @property
    def frequency_label(self):
        return FREQUENCY_LABELS[self.frequency]


def api_url(**params):
    return absolute(reverse("wagtailapi:pages:listing")) + "?" + urlencode(params, safe="*,.")


def first_public(model):
    """The shallowest live, public page of `model` (the library's top index, the plan)."""
    return model.objects.live().public().order_by("depth", "path").first()


def subpage_url(page, name):
    return page.get_full_url().rstrip("/") + "/" + page.reverse_subpage(name).lstrip("/")


def page_dates(queryset):
    dates = queryset.aggregate(issued=Min("first_published_at"), modified=Max("last_published_at"))
    return dates["issued"], dates["modified"]


def library():
    index = first_public(LibraryIndexPage)
    distributions = []
    if index is not None:
        distributions += [
            Distribution(
                "biblioteca-csv", _("Descarga de la biblioteca"), subpage_url(index, "csv"), "csv"
            ),
            Distribution("biblioteca-rss", _("Novedades"), subpage_url(index, "rss"), "rss"),
            Distribution("biblioteca-atom", _("Novedades"), subpage_url(index, "atom"), "atom"),
        ]
    distributions.append(
        Distribution(
            "biblioteca-api",
            _("API de la biblioteca, paginada"),
            api_url(type="knowledge.KnowledgePage", fields="*"),
            "json",
        )
    )
    issued, modified = page_dates(KnowledgePage.objects.live().public())
    return Dataset(
        slug="biblioteca",
        title=_("Biblioteca de asistencia técnica territorial"),
        description=_(
            "Guías metodológicas, lecciones aprendidas y buenas prácticas publicadas en Red ATT, "
            "con su clasificación (nivel y tipo de capacidad, sector, etapa del ciclo), entidad "
            "autora y territorios (códigos DANE). Los filtros de la biblioteca se aplican "
            "también a la descarga CSV y a los canales RSS y Atom."
        ),
        keywords=("asistencia técnica territorial", "guías", "buenas prácticas", "lecciones"),
        theme="government",
        frequency="continuous",
        landing_page=index.get_full_url() if index else absolute("/"),
        distributions=distributions,
        issued=issued,
        modified=modified,
    )


def courses():
    plan = first_public(TrainingPlanPage)
    distributions = []
    if plan is not None:
        distributions.append(
            Distribution(
                "formacion-ical",
                _("Calendario de convocatorias"),
                subpage_url(plan, "ical"),
                "ical",
            )
        )
    distributions.append(
        Distribution(
            "formacion-api",
            _("API de cursos, paginada"),
            api_url(type="training.CoursePage", fields="*"),
            "json",
        )
    )
    issued, modified = page_dates(CoursePage.objects.live().public())
    return Dataset(
        slug="formacion",
        title=_("Cursos y convocatorias de formación"),
        description=_(
            "El catálogo de cursos del plan de formación y las fechas, lugar y estado de cada "
            "convocatoria (una por evento del calendario)."
        ),
        keywords=("formación", "cursos", "convocatorias", "capacitación"),
        theme="education",
        frequency="continuous",
        landing_page=plan.get_full_url() if plan else absolute("/"),
        distributions=distributions,
        issued=issued,
        modified=modified,
    )


def meeting_results():
    index = first_public(MeetingIndexPage)
    issued, modified = page_dates(EditionPage.objects.live().public())
    return Dataset(
        slug="encuentro",
        title=_("Resultados del encuentro anual de buenas prácticas"),
        description=_(
            "Por edición: fechas, lugar, fase, las prácticas postuladas y, una vez publicados, "
            "los ganadores, finalistas y el jurado. Solo campos públicos: nunca puntajes, "
            "motivos de revisión ni quién postuló."
        ),
        keywords=("encuentro", "buenas prácticas", "premiación", "resultados"),
        theme="government",
        frequency="annual",
        landing_page=index.get_full_url() if index else absolute("/"),
        distributions=[
            Distribution(
                "encuentro-api",
                _("API de ediciones y resultados"),
                api_url(
                    type="meeting.EditionPage",
                    fields="year,starts_on,ends_on,place,is_online,phase,nominations_api,"
                    "results_api",
                ),
                "json",
            )
        ],
        issued=issued,
        modified=modified,
    )


def usefulness_and_adoption():
    answers = UsefulnessAnswer.objects.aggregate(first=Min("created"), last=Max("updated"))
    adoptions = Adoption.objects.aggregate(first=Min("created"), last=Max("created"))
    return Dataset(
        slug="utilidad-y-adopcion",
        title=_("Utilidad y adopción de la biblioteca"),
        description=_(
            "Por guía, lección y práctica: cuántos lectores respondieron que les sirvió y que "
            "no, cuántas entidades la están aplicando, en cuántos departamentos y municipios, y "
            "cómo les fue seis meses después. Solo conteos, nunca quién respondió."
        ),
        keywords=("utilidad", "adopción", "retroalimentación", "biblioteca"),
        theme="government",
        frequency="continuous",
        landing_page=absolute(reverse("opendata:index")),
        distributions=[
            Distribution(
                "utilidad-y-adopcion-csv",
                _("Descarga de utilidad y adopción"),
                absolute(reverse("opendata:usefulness_csv")),
                "csv",
            )
        ],
        issued=earliest(answers["first"], adoptions["first"]),
        modified=latest(answers["last"], adoptions["last"]),
    )


def search_demand():
    dates = SearchQueryLog.objects.aggregate(first=Min("created_at"), last=Max("created_at"))
    return Dataset(
        slug="demanda-de-busqueda",
        title=_("Demanda de búsqueda"),
        description=_(
            "Por mes: cuántas búsquedas se hicieron, cuántas no encontraron nada y qué filtros "
            "(tipo, sector, departamento…) se usaron. Solo filas de al menos cinco búsquedas; "
            "el texto de las consultas no se publica."
        ),
        keywords=("búsquedas", "demanda", "necesidades"),
        theme="government",
        frequency="monthly",
        landing_page=absolute(reverse("opendata:index")),
        distributions=[
            Distribution(
                "demanda-de-busqueda-csv",
                _("Descarga de la demanda de búsqueda"),
                absolute(reverse("opendata:search_demand_csv")),
                "csv",
            )
        ],
        issued=dates["first"],
        modified=dates["last"],
    )


def earliest(*values):
    present = [value for value in values if value is not None]
    return min(present) if present else None


def latest(*values):
    present = [value for value in values if value is not None]
    return max(present) if present else None


def datasets():
    return [library(), courses(), meeting_results(), usefulness_and_adoption(), search_demand()]


def operator(request):
    """The entity that runs the site (Configuración › Entidad operadora): publisher and contact."""
    return OperatorSettings.for_request(request)
