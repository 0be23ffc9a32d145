"""The public shell: Spanish, a search box on every page, a helpful 404, sitemap and robots."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/buscar/", "/cuenta/ingresar/", "/cuenta/registro/"])
def test_every_page_is_spanish_with_search_box_and_skip_link(client, path):
    html = client.get(path).content.decode()
    assert '<html lang="es-CO">' in html
    assert 'role="search"' in html
    assert 'href="#contenido"' in html
    assert 'name="q"' in html


def test_home_page_shows_the_editable_heading(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Asistencia técnica territorial que se comparte" in response.content.decode()


def test_unknown_address_gets_a_404_that_offers_search(client):
    response = client.get("/no-existe-esta-pagina/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "No encontramos esta página" in html
    assert 'action="/buscar/"' in html


def test_sitemap_lists_the_home_page(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<loc>" in response.content.decode()


def test_robots_points_to_the_sitemap(client):
    assert "Sitemap: http://localhost/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_a_page_a_member_may_not_open_says_so_in_spanish_with_the_site_around_it(member_client):
    response = member_client.get("/encuentro/jurado/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "No tiene permiso para ver esta página" in html
    assert 'role="search"' in html  # the site's header, not a bare "403 Forbidden"
    assert "Forbidden" not in html
