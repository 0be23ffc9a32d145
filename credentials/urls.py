"""Public addresses under /verificar/: the form, each code's page, the issuer's key and profile."""

from django.urls import path

from . import views

app_name = "credentials"
urlpatterns = [
    path("", views.verify_form, name="verify_form"),
    path("clave.json", views.jwks, name="jwks"),
    path("emisor.json", views.issuer, name="issuer"),
    path("<str:code>/", views.verify, name="verify"),
]
