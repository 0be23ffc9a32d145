"""URL map: admin, accounts, search, community, health, images, then the page tree (catch-all)."""

from django.urls import include, path
from django.views.generic import RedirectView, TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.urls import allauth_urlpatterns
from core.storage import PUBLIC_FOLDERS, public_image
from search.views import api_search
from siteconf.api import api_router
from siteconf.health import health
from siteconf.metrics import metrics
from siteconf.offline import offline_page, saved_pages, service_worker

urlpatterns = [
    # The admin signs in through the site's login: its rate limits and two-factor step.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documentos/", include(wagtaildocs_urls)),
    path("cuenta/", include(allauth_urlpatterns)),
    path("cuenta/", include("accounts.urls")),
    path("buscar/", include("search.urls")),
    path("comunidad/", include("notifications.urls")),  # e-mail preference, unsubscribe links
    path("comunidad/", include("community.urls")),
    path("encuentro/", include("meeting.urls")),
    path("insertar/", include("embeds.urls")),  # lists other sites may frame
    path("eventos/", include("events.urls")),
    path("verificar/", include("credentials.urls")),  # anyone verifies a certificate's code
    path("mis-certificados/", include("credentials.member_urls")),  # the member's own
    path("colegas/", include("peers.urls")),  # "¿Quién ya lo aplicó?" and questions to them
    path("municipios/", include("territory.urls")),
    path("datos/", include("opendata.urls")),  # the open-data catalogue
    path("api/search/", api_search, name="api_search"),
    path("api/v2/", api_router.urls),
    path("health/", health, name="health"),
    path("metrics", metrics, name="metrics"),  # Prometheus: the scraper only (siteconf/metrics.py)
    # Reading offline (issue 31): the worker at the root, so its scope is the whole site.
    path("sw.js", service_worker, name="service_worker"),
    path("mis-guardados/", saved_pages, name="offline_saved"),
    path("sin-conexion/", offline_page, name="offline_page"),
    path("", include("core.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

# Of the uploads (on disk or on the object store) only images are public (Wagtail's originals and
# renditions): documents are served by /documentos/ alone, which applies their collection's view
# restrictions. Each folder is its own root, so no path can climb out of it (core/storage.py).
urlpatterns += [
    path(f"media/{folder}/<path:path>", public_image, {"folder": folder})
    for folder in PUBLIC_FOLDERS
]
urlpatterns += [path("", include(wagtail_urls))]
