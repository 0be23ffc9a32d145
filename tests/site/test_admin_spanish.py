"""English the admin still showed (issue 28): the root's name, "Reporter" in Denuncias, the page
type report's "Página De Inicio · home.homepage", browser tabs ending in "- Wagtail", "Ayuda"
leading to Wagtail's English guide; and staff avatars fetched from gravatar.com."""

import datetime
import json
import re

import pytest

from django.utils import timezone

from wagtail.models import Collection, Page

from accounts import roles
from accounts.factories import UserFactory
from community.factories import PostFactory, SpacePageFactory, ThreadFactory, create_community
from community.models import Flag

pytestmark = pytest.mark.django_db


def signed_in(client, role, username="editora_espanol"):
    client.force_login(UserFactory(username=username, roles=[role]))
    return client


@pytest.fixture
def editor_client(client):
    return signed_in(client, roles.EDITORS)


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_explorer_calls_the_root_raiz(editor_client):
    page = html(editor_client.get("/admin/pages/"))
    assert not re.search(r"\bRoot\b", page)
    assert "Explorando: Raíz" in page
    assert Page.get_first_root_node().title == "Raíz"
    assert Collection.get_first_root_node().name == "Raíz"


def test_the_upload_form_offers_the_root_collection_in_spanish(editor_client):
    Collection.get_first_root_node().add_child(name="Anexos")  # the field shows from two on
    page = html(editor_client.get("/admin/documents/add/"))
    assert "Raíz" in page
    assert not re.search(r"\bRoot\b", page)


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/pages/", "/admin/documents/", "/admin/reports/page-types-usage/"]
)
def test_browser_tabs_end_in_the_sites_name(editor_client, path):
    title = re.search(r"<title>(.*?)</title>", html(editor_client.get(path)), re.S).group(1)
    assert title.strip().endswith("- Red ATT")
    assert "Wagtail" not in title


def test_the_page_types_report_names_types_as_written(editor_client):
    page = html(editor_client.get("/admin/reports/page-types-usage/"))
    assert "Página de inicio" in page
    assert "Página De Inicio" not in page
    assert "home.homepage" not in page


def test_help_leads_to_red_atts_guide_in_spanish(editor_client):
    dashboard = html(editor_client.get("/admin/"))
    assert "/admin/ayuda/" in dashboard
    assert json.dumps("Guía de Red ATT")[1:-1] in dashboard  # the sidebar's JSON
    assert "guide.wagtail.org" not in dashboard
    assert "Editor Guide" not in dashboard
    assert "What's new" not in dashboard
    help_page = html(editor_client.get("/admin/ayuda/"))
    assert "Ayuda para el equipo de Red ATT" in help_page
    assert "Documentos e imágenes" in help_page


def test_the_help_page_is_for_the_admins_users_only(client):
    signed_in(client, roles.MEMBERS, "miembro_sin_ayuda")
    response = client.get("/admin/ayuda/")
    assert response.status_code == 302
    assert "Ayuda para el equipo" not in response.content.decode()


@pytest.fixture
def flag():
    space = SpacePageFactory(parent=create_community(), title="Catastro")
    author = UserFactory(username="autora_denunciada")
    thread = ThreadFactory(space=space, author=author, title="Hilo denunciado")
    post = PostFactory(thread=thread, author=author) if not thread.posts.exists() else None
    post = post or thread.posts.first()
    created = timezone.make_aware(datetime.datetime(2026, 11, 20, 21, 36))
    return Flag.objects.create(
        post=post, reporter=UserFactory(username="denunciante"), reason="Insulto", created=created
    )


def test_denuncias_say_denunciante_and_dates_in_the_sites_style(client, flag):
    signed_in(client, roles.MODERATORS, "moderadora_espanol")
    listing = html(client.get("/admin/comunidad/denuncias/"))
    assert "Reporter" not in listing
    assert "Denunciante" in listing
    assert "a las" not in listing
    assert "20 de noviembre de 2026, 9:36 p. m." in listing
    inspect = html(client.get(f"/admin/comunidad/denuncias/inspect/{flag.pk}/"))
    assert "Reporter" not in inspect
    assert not re.search(r">\s*Post\s*<", inspect)
    assert "Denunciante" in inspect
    assert "20 de noviembre de 2026, 9:36 p. m." in inspect
    assert "a las" not in inspect


@pytest.mark.parametrize(
    "path",
    ["/admin/", "/admin/pages/", "/admin/account/", "/admin/documents/", "/admin/images/",
     "/admin/ayuda/"],
)  # fmt: skip
def test_no_admin_page_sends_anything_to_gravatar(editor_client, path):
    page = html(editor_client.get(path))
    assert "gravatar" not in page.lower()
    assert "default-user-avatar" in page or path == "/admin/account/"
