"""Peers under /colegas/: the consent, asking a colleague, and "Preguntas de colegas"."""

from django.urls import path

from . import views

app_name = "peers"

urlpatterns = [
    path("contacto/", views.contact_choice, name="contact"),
    path("preguntar/<int:page_id>/<int:user_id>/", views.ask, name="ask"),
    path("preguntas/", views.inbox, name="inbox"),
    path("preguntas/<int:pk>/", views.question, name="question"),
    path("preguntas/<int:pk>/responder/", views.answer, name="answer"),
    path("preguntas/<int:pk>/reportar/", views.report, name="report"),
    path("preguntas/<int:pk>/publicar/", views.publish, name="publish"),
]
