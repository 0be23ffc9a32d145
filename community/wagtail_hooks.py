"""Admin integration: private spaces 404 to non-members, their privacy dialog refused; flags."""

from django.http import Http404
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.views.page_privacy import SetPrivacyView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageViewSet

from core.templatetags.dates import fecha

from .models import Flag, SpacePage
from .permissions import can_read_space


@hooks.register("before_serve_page", order=-10)
def hide_private_spaces(page, request, serve_args, serve_kwargs):
    """Runs before Wagtail's own privacy check, which would redirect to login and so reveal the
    space exists."""
    if isinstance(page, SpacePage) and not can_read_space(request.user, page):
        raise Http404


class SpacePrivacyView(SetPrivacyView):
    """A space's privacy is its «visibilidad» field alone: the dialog says so and changes nothing.

    Lifting the restriction here would publish a private space's title and summary on every
    `.public()` channel (search, API, sitemap) while the field, and so its threads, stayed private.
    """

    def get(self, request, *args, **kwargs):
        return render_modal_workflow(
            request, "community/admin/space_privacy.html", None, {"page": self.page}
        )

    post = get


class SpacePageViewSet(PageViewSet):
    model = SpacePage
    set_privacy_view_class = SpacePrivacyView


@hooks.register("register_admin_viewset")
def register_space_pages():
    return SpacePageViewSet("community_spaces")


class PostLinkColumn(Column):
    def get_value(self, instance):
        url = reverse("community:thread", args=[instance.post.thread_id]) + f"#p{instance.post_id}"
        return format_html('<a href="{}">{}</a>', url, instance.post.thread.title)


class DateColumn(Column):
    """A date-time in the site's one style ("20 de noviembre de 2026, 9:42 p. m.")."""

    def get_value(self, instance):
        return fecha(super().get_value(instance))


# Field labels the model leaves to Django, which would make "Reporter" of `reporter`.
FLAG_LABELS = {"reporter": _("Denunciante"), "post": _("Publicación")}


class FlagInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field_name in FLAG_LABELS:
            return FLAG_LABELS[field_name]
        return super().get_field_label(field_name, field)

    def get_created_display_value(self):
        return fecha(self.object.created)


class FlagViewSet(ModelViewSet):
    model = Flag
    icon = "warning"
    menu_label = _("Denuncias")
    add_to_admin_menu = True
    menu_order = 250
    url_prefix = "comunidad/denuncias"
    form_fields = ["status"]
    list_filter = ["status"]
    list_display = [
        "reason",
        PostLinkColumn("post", label=_("Publicación")),
        Column("reporter", label=FLAG_LABELS["reporter"]),
        "status",
        DateColumn("created", label=_("Fecha")),
    ]
    inspect_view_enabled = True
    inspect_view_class = FlagInspectView

    def get_queryset(self, request):
        return Flag.objects.select_related("post__thread", "reporter")


@hooks.register("register_admin_viewset")
def register_flag_queue():
    return FlagViewSet("community_flags")
