"""The admin speaks Spanish to the roles that use it, says "usted" and gives no gender to
messages about any kind of object (issue 16). Wagtail's Spanish catalogue lacks many Wagtail 8
strings and says "tú": `locale/es_CO` fills and rewords them. The browser walk through every
role's screens is tests/browser/test_admin_language.py; this one needs no browser.
"""

import gettext
import importlib
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.messages import get_messages

from wagtail.users.models import UserProfile

from accounts import roles
from accounts.factories import UserFactory
from reference.models import Sector
from training.factories import create_plan

from ..admin_language import add_page_url, creatable_page, english_in
from ..conftest import skip_or_fail

pytestmark = pytest.mark.django_db

# What the issue saw in English, as Wagtail 8 words it.
KNOWN_ENGLISH = [
    "created in",
    "Search all pages",
    "Privacy and access",
    "could not be created due to validation errors",
    "Exploring",
    "Page types usage",
    "Shortcuts",
    "You do not have permission",
]
# "tú" forms Wagtail's Spanish uses on these screens.
INFORMAL = ["Tus ", " tus ", "Tu cuenta", "¿Seguro que quieres", "No tienes"]


class VisibleText(HTMLParser):
    """The text a page shows or reads aloud (labels, placeholders), without scripts and styles."""

    SKIPPED = {"script", "style", "svg", "template", "noscript"}
    SPOKEN = {"aria-label", "placeholder", "title"}

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in self.SKIPPED
        if not self.skipping:
            self.parts += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag):
        self.skipping -= tag in self.SKIPPED and self.skipping > 0

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(response):
    parser = VisibleText()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(username="editora_idioma", roles=[roles.EDITORS]))
    return client


@pytest.mark.parametrize(
    "path",
    ["/admin/", "/admin/pages/", "/admin/pages/search/?q=plan", "/admin/account/",
     "/admin/reports/page-types-usage/", "/admin/snippets/reference/sector/"],
)  # fmt: skip
def test_editor_admin_screens_show_no_english(editor_client, path):
    response = editor_client.get(path)
    assert response.status_code == 200
    text = visible_text(response)
    assert [s for s in KNOWN_ENGLISH if s in text] == []
    assert english_in(text) == []
    assert [s for s in INFORMAL if s in text] == []


def test_the_dashboard_counts_pages_in_spanish(editor_client):
    text = visible_text(editor_client.get("/admin/"))
    assert "páginas creadas en" in text or "página creada en" in text


def test_a_page_submitted_empty_is_refused_in_spanish(editor_client):
    parent, model = creatable_page(editor_client.get("/admin/").wsgi_request.user)
    response = editor_client.post(add_page_url(parent, model), {})
    assert response.status_code == 200
    text = visible_text(response)
    assert "No se pudo crear la página: revise los errores del formulario." in text
    assert "Este campo es necesario." in text
    assert english_in(text) == []


def test_a_course_without_offering_entity_is_refused_in_spanish(client):
    plan = create_plan()
    client.force_login(UserFactory(username="esap_idioma", roles=[roles.TRAINING_PUBLISHERS]))
    response = client.post(f"/admin/pages/add/training/coursepage/{plan.pk}/", {"title": "X"})
    form = response.context["form"]
    assert form.errors["entity"] == ["Este campo es necesario."]
    assert english_in(visible_text(response)) == []


def test_a_created_snippet_is_announced_without_gender(editor_client):
    response = editor_client.post(
        "/admin/snippets/reference/sector/add/",
        {"name": "Minería", "slug": "mineria", "sort_order": "0"},
    )
    assert Sector.objects.filter(slug="mineria").exists(), response.context["form"].errors
    [message] = get_messages(response.wsgi_request)
    assert str(message).startswith("Se creó «Minería».")  # then Wagtail's "Editar" button


@pytest.mark.parametrize("role", [roles.JURY, roles.MEMBERS])
def test_roles_without_the_admin_are_refused_in_spanish(client, role):
    client.force_login(UserFactory(username="sin_admin", roles=[role]))
    response = client.get("/admin/", follow=True)
    assert "No tiene permiso para acceder a la administración." in visible_text(response)


def test_an_editor_who_once_chose_plain_spanish_is_addressed_as_usted_again(editor_client):
    from django.apps import apps

    migration = importlib.import_module("accounts.migrations.0006_admin_language_among_permitted")
    sector = Sector.objects.create(name="Minería", slug="mineria")
    confirm_delete = f"/admin/snippets/reference/sector/delete/{sector.pk}/"
    user = editor_client.get("/admin/").wsgi_request.user
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "es"})
    assert "¿Seguro que quieres" in visible_text(editor_client.get(confirm_delete))
    migration.drop_languages_not_permitted(apps, None)
    text = visible_text(editor_client.get(confirm_delete))
    assert "¿Seguro que desea eliminar" in text
    assert "Sí, eliminar" in text
    assert [s for s in INFORMAL if s in text] == []


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_committed_catalogues_are_compiled_from_their_sources(tmp_path, domain):
    """The .mo files are committed (a fresh clone needs no gettext tools): they must be the
    compilation of the .po next to them."""
    msgfmt = shutil.which("msgfmt")
    if not msgfmt:
        skip_or_fail("msgfmt (gettext) not installed: apt-get install gettext")
    folder = Path(settings.LOCALE_PATHS[0]) / "es_CO" / "LC_MESSAGES"
    compiled = tmp_path / f"{domain}.mo"
    subprocess.run([msgfmt, "-o", compiled, folder / f"{domain}.po"], check=True)  # noqa: S603
    assert catalogue(compiled) == catalogue(folder / f"{domain}.mo"), (
        f"run `msgfmt -o {domain}.mo {domain}.po` in {folder}"
    )


def catalogue(mo_file):
    with open(mo_file, "rb") as compiled:
        return gettext.GNUTranslations(compiled)._catalog
