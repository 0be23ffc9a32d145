"""Account URLs in Spanish.

`allauth_urlpatterns`: django-allauth's views (sign-up, login, e-mail verification, password,
two-factor, sessions) under allauth's own URL names, which it reverses; `siteconf.urls` includes
them without a namespace. `urlpatterns` (namespace `accounts`): the project's pages, and the
project's names for allauth's main addresses (`accounts:login`, `accounts:signup`, …).
"""

from allauth.account import views as account_views
from allauth.mfa.base import views as mfa_views
from allauth.mfa.recovery_codes import views as recovery_code_views
from allauth.mfa.totp import views as totp_views
from allauth.usersessions import views as usersessions_views

from django.urls import path, re_path

from . import privacy_views, views

allauth_urlpatterns = [
    path("ingresar/", account_views.login, name="account_login"),
    path("salir/", account_views.logout, name="account_logout"),
    path("registro/", account_views.signup, name="account_signup"),
    path("inactiva/", account_views.account_inactive, name="account_inactive"),
    path("confirmar-identidad/", account_views.reauthenticate, name="account_reauthenticate"),
    path("correo/", account_views.email, name="account_email"),
    path(
        "correo/revise/",
        account_views.email_verification_sent,
        name="account_email_verification_sent",
    ),
    re_path(
        r"^correo/confirmar/(?P<key>[-:\w]+)/$",
        account_views.confirm_email,
        name="account_confirm_email",
    ),
    path("clave/cambiar/", account_views.password_change, name="account_change_password"),
    path("clave/crear/", account_views.password_set, name="account_set_password"),
    path("clave/recuperar/", account_views.password_reset, name="account_reset_password"),
    path(
        "clave/recuperar/enviado/",
        account_views.password_reset_done,
        name="account_reset_password_done",
    ),
    path(
        "clave/nueva/lista/",
        account_views.password_reset_from_key_done,
        name="account_reset_password_from_key_done",
    ),
    re_path(
        r"^clave/nueva/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        account_views.password_reset_from_key,
        name="account_reset_password_from_key",
    ),
    path("dos-pasos/", mfa_views.index, name="mfa_index"),
    path("dos-pasos/verificar/", mfa_views.authenticate, name="mfa_authenticate"),
    path("dos-pasos/confirmar-identidad/", mfa_views.reauthenticate, name="mfa_reauthenticate"),
    path("dos-pasos/app/activar/", totp_views.activate_totp, name="mfa_activate_totp"),
    path("dos-pasos/app/desactivar/", totp_views.deactivate_totp, name="mfa_deactivate_totp"),
    path(
        "dos-pasos/codigos/",
        recovery_code_views.view_recovery_codes,
        name="mfa_view_recovery_codes",
    ),
    path(
        "dos-pasos/codigos/nuevos/",
        recovery_code_views.generate_recovery_codes,
        name="mfa_generate_recovery_codes",
    ),
    path(
        "dos-pasos/codigos/descargar/",
        recovery_code_views.download_recovery_codes,
        name="mfa_download_recovery_codes",
    ),
    path("sesiones/", usersessions_views.list_usersessions, name="usersessions_list"),
]

app_name = "accounts"
urlpatterns = [
    path("perfil/", views.profile, name="profile"),
    path("salir/todos/", views.logout_everywhere, name="logout_everywhere"),
    path("politica-de-datos/", privacy_views.policy, name="policy"),
    path("politica-de-datos/aceptar/", privacy_views.accept_policy, name="accept_policy"),
    path("mis-datos/", privacy_views.my_data, name="my_data"),
    path("mis-datos/descargar.json", privacy_views.my_data_json, name="my_data_json"),
    path("mis-datos/descargar.csv", privacy_views.my_data_csv, name="my_data_csv"),
    path("mis-datos/identidad/", privacy_views.public_identity, name="public_identity"),
    path("mis-datos/retirar/", privacy_views.withdraw_consent, name="withdraw_consent"),
    path("mis-datos/eliminar/", privacy_views.delete_account, name="delete_account"),
    # The project's names for allauth's addresses (the first match, allauth's, serves them).
    path("ingresar/", account_views.login, name="login"),
    path("salir/", account_views.logout, name="logout"),
    path("registro/", account_views.signup, name="signup"),
    path("clave/cambiar/", account_views.password_change, name="password_change"),
    path("clave/recuperar/", account_views.password_reset, name="password_reset"),
]
