"""Juror URLs, mounted under /encuentro/ next to the meeting's pages."""

from django.urls import path

from . import jury_views

app_name = "meeting"

urlpatterns = [
    path("jurado/", jury_views.assignments, name="jury_assignments"),
    path("jurado/<int:pk>/", jury_views.score, name="jury_score"),
    path("jurado/<int:pk>/conflicto/", jury_views.recuse, name="jury_recuse"),
]
