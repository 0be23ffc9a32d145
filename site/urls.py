"""URL map: admin, accounts, search, community, health, then the page tree (last, catch-all)."""

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from search.views import api_search
from siteconf.api import api_router
from siteconf.health import health

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documentos/", include(wagtaildocs_urls)),
    path("cuenta/", include("siteconf.accounts.urls")),
    path("buscar/", include("search.urls")),
    path("comunidad/", include("community.urls")),
    path("encuentro/", include("knowledge.meeting.urls")),
    path("api/search/", api_search, name="api_search"),
    path("api/v2/", api_router.urls),
    path("health/", health, name="health"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    # Media lives on local disk; a front proxy may serve /media/ itself, but the app must not 404.
    from django.views.static import serve

    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += [path("", include(wagtail_urls))]
