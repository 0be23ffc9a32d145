"""/datos/: the open-data catalogue and the downloads that are the app's own."""

from django.urls import path

from . import views

app_name = "opendata"
urlpatterns = [
    path("", views.index, name="index"),
    path("catalogo.jsonld", views.catalogue_jsonld, name="catalogue"),
    path("utilidad-y-adopcion.csv", views.usefulness_csv, name="usefulness_csv"),
    path("demanda-de-busqueda.csv", views.search_demand_csv, name="search_demand_csv"),
]
