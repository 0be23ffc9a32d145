"""Every absolute URL the site hands out (sitemap, API, feeds, iCal, CSV, e-mails) starts here.

One rule: `BASE_URL` when the operator sets it; otherwise the default Wagtail Site's hostname and
port (port left out for 80 and 443), with the scheme from the `LINK_SCHEME` setting (https in
production, where a proxy terminates TLS in front of a Site saved with port 80). A link must not
depend on the address a request happened to come in by: an e-mail sent by the task worker has no
request, and a member who opened the site as `localhost` must not mail `localhost` to others.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save

CACHE_KEY = "core.links.base_url"


def site_root(root_url):
    """The scheme and host a Wagtail Site's `root_url` ("http://host:port") is served at."""
    if settings.BASE_URL:
        return settings.BASE_URL.rstrip("/")
    parts = urlsplit(root_url)
    scheme = "https" if parts.scheme == "https" else settings.LINK_SCHEME  # Wagtail: 443 = https
    return f"{scheme}://{parts.netloc}"


def base_url():
    """The site's root, without a trailing slash: "https://redatt.gov.co"."""
    if settings.BASE_URL:
        return settings.BASE_URL.rstrip("/")
    url = cache.get(CACHE_KEY)
    if url is None:
        from wagtail.models import Site

        try:
            site = Site.objects.filter(is_default_site=True).first()
        except DatabaseError:  # not migrated yet, or down (the 500 page): Wagtail's initial Site
            return site_root("http://localhost")
        url = site_root(site.root_url if site else "http://localhost")
        cache.set(CACHE_KEY, url)
    return url


def absolute(path):
    """A path of this site ("/formacion/") as an absolute URL; an absolute URL is kept as is."""
    if urlsplit(path).netloc:
        return path
    return base_url() + "/" + path.lstrip("/")


def rebase(url):
    """A URL built from the request's own address (allauth's links) moved onto the site's root."""
    parts = urlsplit(url)
    root = urlsplit(base_url())
    return urlunsplit((root.scheme, root.netloc, parts.path, parts.query, parts.fragment))


class SiteLinksMixin:
    """For page models: `full_url` (sitemap, API `html_url`, CSV, feeds, iCal) follows the rule
    above instead of Wagtail's own (http unless port 443). Relative URLs are unchanged."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or parts[1] is None:
            return parts
        site_id, root_url, page_path = parts
        return site_id, site_root(root_url), page_path


def forget_base_url(**kwargs):
    """A Site saved or deleted in the admin changes the root at once (Wagtail does the same for
    its own cache of site root paths)."""
    cache.delete(CACHE_KEY)


def connect_signals():
    from wagtail.models import Site

    post_save.connect(forget_base_url, sender=Site, dispatch_uid="core.links.save")
    post_delete.connect(forget_base_url, sender=Site, dispatch_uid="core.links.delete")
