"""Template helpers shared by every listing."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag(takes_context=True)
def querystring_without(context, param, value):
    """The listing's chosen filters minus one value (and the page number), for filter chips."""
    params = context["listing_filter"].params()
    params.setlist(param, [v for v in params.getlist(param) if v != str(value)])
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def filter_summary(chosen):
    """The label of the "Filtrar" disclosure on search, the library and the catalogue. Each
    active filter is one removable chip in `chosen`, so the count always matches the chips shown
    above the results, whichever facets a listing has."""
    count = len(chosen or ())
    if not count:
        return _("Filtrar")
    return ngettext("Filtrar (%(count)d activo)", "Filtrar (%(count)d activos)", count) % {
        "count": count
    }


# Page types and the icon drawn for them in templates/includes/icon.html.
KIND_ICONS = {
    "GuidePage": "guide",
    "LessonPage": "lesson",
    "PracticePage": "practice",
    "CoursePage": "course",
    "CourseModulePage": "course",
    "CourseLessonPage": "course",
    "TrainingPlanPage": "course",
    "SpacePage": "thread",
    "CommunityIndexPage": "thread",
    "Thread": "thread",
    "EditionPage": "edition",
    "MeetingIndexPage": "edition",
    "LibraryIndexPage": "library",
}


@register.filter
def kind_icon(item):
    """The icon name for a page (generic or specific) or thread; cached content types, no query."""
    model = getattr(item, "specific_class", None) or type(item)
    return KIND_ICONS.get(model.__name__, "")


@register.inclusion_tag("includes/icon.html")
def icon(name):
    """`{% icon "guide" %}`: the project's inline SVG for a content kind, hidden from readers."""
    return {"name": name}


@register.filter
def kind_name(item):
    """What a card says the item is ("Guía", "Curso"), for generic pages as well as specific."""
    label = getattr(item, "kind_label", "")
    if not label:
        model = getattr(item, "specific_class", None) or type(item)
        label = model._meta.verbose_name
    return str(label)


FACET_OPTIONS_SHOWN = 5


@register.filter
def fold_options(options, shown=FACET_OPTIONS_SHOWN):
    """(first options, the rest) of a facet: the rest go behind "Ver N más", so a keyboard user
    tabs past a handful of options per facet rather than every department. Chosen options always
    stay in view. Takes the library's FacetOption objects and the search page's dicts alike."""

    def selected(option):
        return option["selected"] if isinstance(option, dict) else option.selected

    options = list(options)
    if len(options) <= shown + 1:  # "Ver 1 más" would save nothing
        return options, []
    first = [o for n, o in enumerate(options) if n < shown or selected(o)]
    return first, [o for o in options if o not in first]
