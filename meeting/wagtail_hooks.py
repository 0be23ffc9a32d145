"""Admin: nominations, jury assignments and rubric as model viewsets; the review desk."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.models import CreateView, DeleteView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .forms import CriterionAdminForm, JuryAssignmentAdminForm, NominationAdminForm
from .models import Criterion, JuryAssignment, Nomination
from .permissions import can_curate


class NominationCreateView(CreateView):
    """An editor's direct nomination records the editor as its nominator."""

    def save_instance(self):
        self.form.instance.nominated_by = self.request.user
        return super().save_instance()


class NominationViewSet(ModelViewSet):
    model = Nomination
    name = "meeting_nominations"
    icon = "pick"
    menu_label = _("Postulaciones")
    url_prefix = "encuentro/postulaciones"
    add_view_class = NominationCreateView
    list_display = ["practice", "edition", "category", "status", "nominated_by"]
    list_filter = ["edition", "status"]

    def get_form_class(self, for_update=False):
        return NominationAdminForm


class JuryAssignmentViewSet(ModelViewSet):
    model = JuryAssignment
    name = "meeting_assignments"
    icon = "user"
    menu_label = _("Asignaciones al jurado")
    url_prefix = "encuentro/asignaciones"
    list_display = ["nomination", "juror", "state"]
    list_filter = ["nomination__edition", "state"]

    def get_form_class(self, for_update=False):
        return JuryAssignmentAdminForm


class CriterionDeleteView(DeleteView):
    """Deleting a criterion of a frozen rubric is refused with the model's message, not a 500."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return redirect(self.get_success_url())


class CriterionViewSet(ModelViewSet):
    model = Criterion
    name = "meeting_rubric"
    icon = "list-ol"
    menu_label = _("Rúbrica")
    url_prefix = "encuentro/rubrica"
    delete_view_class = CriterionDeleteView
    list_display = ["name", "edition", "weight"]
    list_filter = ["edition"]

    def get_form_class(self, for_update=False):
        return CriterionAdminForm


class ReviewDeskMenuItem(MenuItem):
    def is_shown(self, request):
        return can_curate(request.user)


class MeetingViewSetGroup(ViewSetGroup):
    menu_label = _("Encuentro anual")
    menu_icon = "trophy"
    menu_order = 250
    items = (NominationViewSet, JuryAssignmentViewSet, CriterionViewSet)


@hooks.register("register_admin_viewset")
def register_meeting_viewsets():
    return MeetingViewSetGroup()


@hooks.register("register_admin_urls")
def register_review_desk_urls():
    return [
        path("encuentro/evaluacion/", admin_views.editions, name="meeting_admin_editions"),
        path("encuentro/evaluacion/<int:edition_id>/", admin_views.review,
             name="meeting_admin_review"),
        path("encuentro/evaluacion/<int:edition_id>/ranking.csv", admin_views.ranking_csv,
             name="meeting_admin_ranking_csv"),
        path("encuentro/evaluacion/<int:edition_id>/fase/", admin_views.advance_phase,
             name="meeting_admin_phase"),
        path("encuentro/evaluacion/<int:edition_id>/postulacion/<int:nomination_id>/requisitos/",
             admin_views.screen_nomination, name="meeting_admin_screen"),
        path("encuentro/evaluacion/<int:edition_id>/asignacion/<int:assignment_id>/reasignar/",
             admin_views.reassign_assignment, name="meeting_admin_reassign"),
        path("encuentro/evaluacion/<int:edition_id>/postulacion/<int:nomination_id>/estado/",
             admin_views.change_status, name="meeting_admin_status"),
    ]  # fmt: skip


@hooks.register("register_admin_menu_item")
def register_review_desk_menu_item():
    return ReviewDeskMenuItem(
        _("Evaluación del encuentro"),
        reverse("meeting_admin_editions"),
        name="meeting-review",
        icon_name="tasks",
        order=260,
    )
