"""The 500 page: Spanish, with the site's stylesheet, rendered without database or context."""

from django.test import RequestFactory
from django.views.defaults import server_error


def test_server_error_page_is_spanish_with_the_site_look_and_needs_no_database():
    # No django_db mark: any query while rendering would fail this test.
    response = server_error(RequestFactory().get("/biblioteca/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="es-CO">' in html
    assert "Algo salió mal" in html and "Intente de nuevo" in html
    assert "css/site.css" in html
