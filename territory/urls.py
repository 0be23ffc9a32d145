from django.urls import path, re_path

from . import views

app_name = "territory"
urlpatterns = [
    path("", views.index, name="index"),
    path("buscar/municipios.json", views.find_municipality, name="find_municipality"),
    path("buscar/entidades.json", views.find_entity, name="find_entity"),
    re_path(
        r"^departamento/(?P<code>\d{2})(?:-(?P<slug>[-\w]+))?/$",
        views.department_detail,
        name="department",
    ),
    re_path(
        r"^(?P<code>\d{5})(?:-(?P<slug>[-\w]+))?/$",
        views.municipality_detail,
        name="municipality",
    ),
]
