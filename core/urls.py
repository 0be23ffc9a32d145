"""Addresses of the footer's legal pages and the site map for people."""

from django.urls import path

from . import views

app_name = "home"
urlpatterns = [
    path("terminos-de-uso/", views.terms_of_use, name="terms"),
    path("accesibilidad/", views.accessibility, name="accessibility"),
    path("mapa-del-sitio/", views.site_map, name="site_map"),
]
