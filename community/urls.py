"""Community URLs in Spanish, under /comunidad/; the space pages themselves are Wagtail pages."""

from django.urls import path

from .views import account, moderation, practices, spaces, threads

app_name = "community"
urlpatterns = [
    path("hilos/<int:pk>/", threads.thread_detail, name="thread"),
    path("hilos/<int:pk>/seguir/", threads.follow_thread, name="follow_thread"),
    path("hilos/<int:pk>/moderar/", moderation.moderate_thread, name="moderate_thread"),
    path("espacios/<int:space_pk>/nuevo-hilo/", threads.new_thread, name="new_thread"),
    path("espacios/<int:space_pk>/similares/", threads.similar_threads, name="similar_threads"),
    path("espacios/<int:pk>/unirse/", spaces.join, name="join"),
    path("espacios/<int:pk>/salir/", spaces.leave, name="leave"),
    path("espacios/<int:pk>/seguir/", spaces.follow, name="follow_space"),
    path("espacios/<int:space_pk>/moderacion/", moderation.moderation, name="moderation"),
    path("espacios/invitacion/<str:token>/", spaces.invitation, name="invitation"),
    path(
        "espacios/solicitudes/<int:pk>/aprobar/",
        spaces.approve_membership,
        name="approve_membership",
    ),
    path("publicaciones/<int:pk>/editar/", threads.edit_post, name="edit_post"),
    path("publicaciones/<int:pk>/borrar/", threads.delete_post, name="delete_post"),
    path("publicaciones/<int:pk>/util/", threads.toggle_useful, name="useful"),
    path("publicaciones/<int:pk>/solucion/", threads.mark_solution, name="mark_solution"),
    path("publicaciones/<int:pk>/historial/", threads.post_history, name="post_history"),
    path("publicaciones/<int:pk>/denunciar/", moderation.flag_post, name="flag_post"),
    path("publicaciones/<int:pk>/ocultar/", moderation.hide_post, name="hide_post"),
    path("publicaciones/<int:pk>/aprobar/", moderation.approve_post, name="approve_post"),
    path("publicaciones/<int:pk>/rechazar/", moderation.reject_post, name="reject_post"),
    path("notificaciones/", account.notifications, name="notifications"),
    path("compartir-practica/", practices.share, name="share_practice"),
]
