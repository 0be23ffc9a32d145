"""Mounted under /comunidad/, where these addresses were first mailed: old links keep working."""

from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("preferencias/", views.preferences, name="preferences"),
    path("baja/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
