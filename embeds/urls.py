"""/insertar/: the lists other sites frame, and the page that gives webmasters their code."""

from django.urls import path

from . import views

app_name = "embeds"
urlpatterns = [
    path("", views.webmasters, name="webmasters"),
    path("practicas/", views.practices, name="practices"),
    path("cursos/", views.courses, name="courses"),
]
