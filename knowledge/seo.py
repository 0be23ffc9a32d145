"""What search engines and social networks read: canonical URL, Open Graph and Twitter cards (with
an image: the page's own, else the site's default card), schema.org JSON-LD.

Everything is built here in Python and rendered by `templates/includes/seo.html` through the
`seo_tags` library, so the template only prints escaped values and the JSON-LD is serialised
once, safely, instead of being assembled from strings in a template.
"""

import html
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.blocks import StreamValue
from wagtail.models import Page, Site

from core.links import base_url, site_root

from .models import GuidePage, KnowledgePage, LessonPage

SCHEMA_CONTEXT = "https://schema.org"
OG_LOCALE = "es_CO"
LANGUAGE = "es-CO"
# The card a shared link shows when the page has no image of its own: 1200×630, the size Open Graph
# and Twitter's large card ask for, in the site's colours (site/static/img/share-card.png).
DEFAULT_IMAGE = "img/share-card.png"
IMAGE_SIZE = (1200, 630)
IMAGE_RENDITION = "fill-1200x630"

# The same escapes as Django's `json_script`: no "</script>" or "<!--" can close the element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def default_description():
    return _(
        "Red ATT: guías, lecciones aprendidas, buenas prácticas, formación y comunidad para la "
        "asistencia técnica territorial en Colombia."
    )


def site_name(request):
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def schema_type(page):
    """Guides and lessons are learning resources (a HowTo when the guide has steps, else an
    Article); practices are CreativeWork."""
    if isinstance(page, GuidePage):
        return ["LearningResource", "HowTo" if page.steps else "Article"]
    if isinstance(page, LessonPage):
        return ["LearningResource", "Article"]
    return ["CreativeWork"]


def _step(position, step):
    value = step.value
    return {
        "@type": "HowToStep",
        "position": position,
        "name": value["title"],
        "text": html.unescape(strip_tags(value["description"].source)).strip(),
    }


def structured_data(page, request=None):
    """The schema.org description of a library item as a dict, or None for any other page."""
    if isinstance(page, Page) and not isinstance(page, KnowledgePage):
        page = page.specific_deferred
    if not isinstance(page, KnowledgePage):
        return None
    url = page.get_full_url(request)
    kind = schema_type(page)
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": kind,
        "name": page.title,
        "description": page.get_meta_description() or None,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": LANGUAGE,
        "datePublished": page.publication_date,
        "dateModified": page.last_published_at,
        "genre": str(page.kind_label),
        "keywords": [
            term.name
            for terms in (page.capacity_types, page.sectors, page.cycle_stages, page.tags)
            for term in terms.all()
        ],
        "publisher": {"@type": "Organization", "name": site_name(request)},
        "author": {"@type": "Organization", "name": page.entity.name} if page.entity else None,
        "spatialCoverage": [
            {"@type": "AdministrativeArea", "name": department.name, "identifier": department.code}
            for department in page.departments.all()
        ],
    }
    if "Article" in kind:
        data["headline"] = page.title[:110]
    if "HowTo" in kind:
        data["step"] = [_step(n, step) for n, step in enumerate(page.steps, start=1)]
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def json_ld_script(data):
    """`<script type="application/ld+json">` with the data, escaped like `json_script`."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


def view_url(request):
    """A view's own address on the site's root (`core.links`), with no query: the request's
    Site is already cached on it (`site_name`), so this costs no query."""
    site = Site.find_for_request(request)
    return (site_root(site.root_url) if site else base_url()) + request.path


def _on_root(request, path):
    """A path on the same root as the page's canonical URL (an absolute URL is kept)."""
    if "://" in path:
        return path
    site = Site.find_for_request(request) if request is not None else None
    return (site_root(site.root_url) if site else base_url()) + path


def page_image(page):
    """The first image in the page's body (library items), or None: pages have no image field."""
    body = getattr(page, "body", None)
    for block in body if isinstance(body, StreamValue) else ():
        if block.block_type == "image" and block.value is not None:
            return block.value
    return None


def share_image(request, page=None):
    """{url, alt, width, height} of the image a shared link shows: the page's own, cropped to
    1200×630, or the site's default card."""
    image = page_image(page) if page is not None else None
    if image is not None:
        rendition = image.get_rendition(IMAGE_RENDITION)
        alt = getattr(image, "contextual_alt_text", None) or image.default_alt_text or page.title
        return {
            "url": _on_root(request, rendition.url),
            "alt": alt,
            "width": rendition.width,
            "height": rendition.height,
        }
    return {
        "url": _on_root(request, static(DEFAULT_IMAGE)),
        "alt": _("%(site)s: asistencia técnica territorial que se comparte")
        % {"site": site_name(request)},
        "width": IMAGE_SIZE[0],
        "height": IMAGE_SIZE[1],
    }


def page_metadata(request, page=None):
    """The values `includes/seo.html` prints: canonical URL, Open Graph, JSON-LD (or None)."""
    meta = {
        "site_name": site_name(request),
        "locale": OG_LOCALE,
        "type": "website",
        "title": site_name(request),
        "description": default_description(),
        "url": view_url(request) if request is not None else "",
        "canonical": "",
        "structured_data": None,
    }
    if not isinstance(page, Page):
        meta["image"] = share_image(request)
        return meta
    canonical = page.get_full_url(request) or ""
    meta.update(
        canonical=canonical,
        url=canonical or meta["url"],
        title=page.seo_title or page.title,
        structured_data=structured_data(page, request),
    )
    get_description = getattr(page, "get_meta_description", None)
    description = get_description() if get_description else page.search_description
    if description:
        meta["description"] = description
    meta["image"] = share_image(request, page)
    if isinstance(page, KnowledgePage):
        meta.update(
            type="article",
            published_time=page.first_published_at,
            modified_time=page.last_published_at,
        )
    return meta
