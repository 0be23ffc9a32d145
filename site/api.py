"""Wagtail API v2 router: open data for interoperability (pages, images, documents)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PagesAPI(PagesAPIViewSet):
    """Pages, with the relations a page type names in `api_select`/`api_prefetch` loaded in bulk,
    and the counts its `api_annotate(queryset)` adds computed in the same query.

    Without this, each taxonomy field of each listed page costs a query (an N+1 on `?type=`).
    """

    # A page's own dates (a guide's `publication_date`, a cohort's dates) are the API's dates.
    # Wagtail's `first_published_at` is when the page first went live on this site (the import
    # or seeding time for content written earlier), which readers would take for the former.
    meta_fields = [name for name in PagesAPIViewSet.meta_fields if name != "first_published_at"]
    listing_default_fields = [
        name for name in PagesAPIViewSet.listing_default_fields if name != "first_published_at"
    ]

    def get_queryset(self):
        queryset = super().get_queryset()
        model = queryset.model
        queryset = queryset.select_related(
            "locale", *getattr(model, "api_select", ())
        ).prefetch_related(*getattr(model, "api_prefetch", ()))
        annotate = getattr(model, "api_annotate", None)
        return annotate(queryset) if annotate else queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
