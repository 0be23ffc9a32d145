"""Events under /eventos/: lists, the month calendar, an event, the form, the feeds."""

from django.urls import path

from . import views

app_name = "events"
urlpatterns = [
    path("", views.upcoming, name="upcoming"),
    path("anteriores/", views.past, name="past"),
    path("calendario/", views.month, name="month_now"),
    path("calendario/<int:year>/<int:month>/", views.month, name="month"),
    path("calendario.ics", views.public_feed, name="public_feed"),
    path("calendario/<str:token>.ics", views.member_feed, name="member_feed"),
    path("mi-calendario/", views.personal_calendar, name="personal_calendar"),
    path("nuevo/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/editar/", views.edit, name="edit"),
    path("<int:pk>/asistire/", views.attend, name="attend"),
    path("<int:pk>/no-asistire/", views.withdraw, name="withdraw"),
    path("<int:pk>/asistentes/", views.attendees, name="attendees"),
    path("<int:pk>/asistentes.csv", views.attendees_csv, name="attendees_csv"),
]
