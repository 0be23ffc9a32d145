"""The official identity every page carries (Res. MinTIC 1519 de 2020, anexo 2): the GOV.CO bar,
a footer naming the operating entity as editors set it in "Configuración", the legal pages and the
site map linked from every page, and nothing fetched from another host."""

import json
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from wagtail.models import Site

from core.operator import OperatorSettings
from knowledge.factories import LibraryIndexPageFactory

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/", "/buscar/", "/cuenta/ingresar/", "/terminos-de-uso/", "/mapa-del-sitio/"]
FOOTER_LINKS = ["/terminos-de-uso/", "/accesibilidad/", "/mapa-del-sitio/"]


class AssetFinder(HTMLParser):
    """Every address a browser would load on its own: stylesheets, scripts, images, frames."""

    def __init__(self):
        super().__init__()
        self.assets = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and {"stylesheet", "icon"} & set((attributes.get("rel") or "").split()):
            self.assets.append(attributes.get("href"))
        if tag in ("script", "img", "iframe", "source", "video", "audio") and "src" in attributes:
            self.assets.append(attributes["src"])


def assets_of(html):
    finder = AssetFinder()
    finder.feed(html)
    return finder.assets


def draftail_paragraph(text):
    """What the admin's rich-text editor posts for one paragraph."""
    block = {"key": "a", "type": "unstyled", "text": text, "depth": 0}
    block.update(inlineStyleRanges=[], entityRanges=[])
    return json.dumps({"blocks": [block], "entityMap": {}})


@pytest.fixture
def operator():
    settings = OperatorSettings.for_site(Site.objects.get(is_default_site=True))
    settings.address = "Calle 26 # 13-19"
    settings.hours = "lunes a viernes, 8:00 a. m. – 5:00 p. m."
    settings.email = "redatt@dnp.gov.co"
    settings.save()
    return settings


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_page_opens_with_the_govco_bar_linking_to_gov_co(client, path):
    html = client.get(path).content.decode()
    bar = html[html.index('class="govco-bar"') : html.index('class="wrap header-row"')]
    assert 'href="https://www.gov.co/"' in bar
    assert "GOV.CO" in bar


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_page_links_the_legal_pages_and_the_site_map_from_its_footer(client, path):
    html = client.get(path).content.decode()
    footer = html[html.index('class="site-footer"') :]
    for link in [*FOOTER_LINKS, "/cuenta/politica-de-datos/"]:
        assert f'href="{link}"' in footer, link


def test_footer_links_the_data_processing_policy(client):
    footer = client.get("/").content.decode().split('class="site-footer"')[1]
    assert "Política de tratamiento de datos personales" in footer


def test_footer_shows_the_operating_entity_with_address_hours_and_contact(client, operator):
    footer = client.get("/").content.decode().split('class="site-footer"')[1]
    assert "Departamento Nacional de Planeación" in footer
    assert "Calle 26 # 13-19" in footer
    assert "lunes a viernes, 8:00 a. m. – 5:00 p. m." in footer
    assert 'href="mailto:redatt@dnp.gov.co"' in footer


def test_an_editor_changes_the_operating_entity_in_configuracion_and_every_footer_follows(
    admin_client, client, operator
):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/home/operatorsettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    form = {
        "name": "Gobernación de Nariño",
        "address": "Calle 19 # 23-78",
        "city": "Pasto",
        "phone": "+57 602 733 3000",
        "email": "contacto@narino.gov.co",
        "hours": "lunes a viernes, 7:30 a. m. – 12:00 m.",
        "website": "",
        "terms_of_use": draftail_paragraph("Términos de la gobernación"),
        "accessibility_statement": draftail_paragraph("Declaración de la gobernación"),
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]

    footer = client.get("/buscar/").content.decode().split('class="site-footer"')[1]
    assert "Gobernación de Nariño" in footer
    assert "Calle 19 # 23-78, Pasto" in footer
    assert "Departamento Nacional de Planeación" not in footer
    assert "Términos de la gobernación" in client.get("/terminos-de-uso/").content.decode()


def test_terms_and_accessibility_pages_show_the_editors_text(client, operator):
    operator.terms_of_use = "<p>Texto de términos escrito por la editora.</p>"
    operator.save()
    terms = client.get("/terminos-de-uso/")
    assert terms.status_code == 200
    assert "Texto de términos escrito por la editora." in terms.content.decode()
    accessibility = client.get("/accesibilidad/")
    assert accessibility.status_code == 200
    html = accessibility.content.decode()
    assert "<h1>Declaración de accesibilidad</h1>" in html
    assert "WCAG" in html


def test_site_map_lists_the_main_sections_and_the_services(client):
    library = LibraryIndexPageFactory(parent=Site.objects.get(is_default_site=True).root_page)
    html = client.get("/mapa-del-sitio/").content.decode()
    assert f'href="{library.url}"' in html
    for link in ["/buscar/", "/cuenta/politica-de-datos/", "/terminos-de-uso/", "/accesibilidad/"]:
        assert f'href="{link}"' in html


@pytest.mark.parametrize("path", [*PUBLIC_PATHS, "/accesibilidad/"])
def test_no_page_loads_anything_from_another_host(client, path, operator):
    html = client.get(path).content.decode()
    assets = assets_of(html)
    assert assets, "the page should at least load its own stylesheet"
    for address in assets:
        assert not urlsplit(address).netloc, f"{path} loads {address} from another host"
        assert not address.startswith("//")


def test_home_title_names_the_site_once(client):
    html = client.get("/").content.decode()
    title = html[html.index("<title>") + 7 : html.index("</title>")]
    assert title.count("Red ATT") == 1
