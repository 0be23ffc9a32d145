"""The member's own certificates, under /mis-certificados/ (site/urls.py)."""

from django.urls import path

from . import views

app_name = "my_certificates"
urlpatterns = [
    path("", views.my_certificates, name="list"),
    path("<str:code>/certificado.pdf", views.certificate_pdf_view, name="pdf"),
    path("<str:code>/credencial.jwt", views.certificate_credential, name="credential"),
]
