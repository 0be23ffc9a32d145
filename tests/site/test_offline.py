"""Reading offline (issue 31), on the server's side: the service worker's script at the root, and
the one header (`X-Offline`) that lets a browser keep a page: on public library items and course
content, never on a private space's thread, an account page or a restricted item."""

import pytest

from django.urls import reverse

from wagtail.models import PageViewRestriction

from community.factories import MembershipFactory, SpacePageFactory, ThreadFactory, create_community
from knowledge.factories import GuidePageFactory, create_library
from siteconf.offline import HEADER
from training.factories import (
    CourseLessonPageFactory,
    CourseModulePageFactory,
    CoursePageFactory,
    create_plan,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(db):
    return GuidePageFactory(parent=create_library(), title="Guía para formular el PDT")


def test_the_service_worker_is_served_at_the_root_for_the_whole_site(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    script = response.content.decode()
    # The pages it keeps at install are the ones this site serves there.
    assert f'"{reverse("offline_page")}"' in script
    assert f'"{reverse("offline_saved")}"' in script


def test_pages_load_the_offline_script_and_the_manifest_without_inline_code(client, guide):
    html = client.get(guide.url).content.decode()
    assert 'rel="manifest"' in html
    assert 'src="/static/js/offline.js" defer' in html
    assert 'data-member="0"' in html
    # The save button is there for scripts to show, hidden for everyone else.
    assert 'data-offline-save data-url="' + guide.url + '"' in html
    assert client.get("/static/manifest.webmanifest").status_code == 200


def test_a_public_guide_may_be_kept_and_a_members_copy_is_marked_as_theirs(client, member, guide):
    assert client.get(guide.url)[HEADER] == "allowed"
    client.force_login(member)
    assert client.get(guide.url)[HEADER] == "allowed; member"


def test_course_modules_and_lessons_may_be_kept(client):
    course = CoursePageFactory(parent=create_plan(), title="Presupuesto público territorial")
    module = CourseModulePageFactory(parent=course, title="Módulo 1")
    lesson = CourseLessonPageFactory(parent=module, title="Lección 1")
    assert client.get(module.url)[HEADER] == "allowed"
    response = client.get(lesson.url)
    assert response[HEADER] == "allowed"
    assert b"data-offline-save" in response.content  # the save button, for scripts to show
    assert HEADER not in client.get(course.url)  # the course page holds cohorts and enrolment


def test_a_restricted_guide_is_never_kept(client, member, guide):
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(member)
    response = client.get(guide.url)
    assert response.status_code == 200
    assert HEADER not in response


def test_a_private_spaces_thread_is_never_kept(client, member):
    space = SpacePageFactory(
        parent=create_community(), title="Región Pacífico", visibility="privado"
    )
    MembershipFactory(space=space, user=member)
    thread = ThreadFactory(space=space, author=member, title="Secreto del Pacífico")
    client.force_login(member)
    for url in (space.url, reverse("community:thread", args=[thread.pk])):
        response = client.get(url)
        assert response.status_code == 200, url
        assert HEADER not in response, url


def test_account_pages_are_never_kept(client, member):
    client.force_login(member)
    for name in ("accounts:profile", "accounts:my_data", "community:notifications"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert HEADER not in response, name


def test_the_offline_page_and_saved_list_are_kept_only_as_anyone_sees_them(client, member):
    for name in ("offline_page", "offline_saved"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert response[HEADER] == "allowed"
    html = client.get(reverse("offline_saved")).content.decode()
    assert "necesita un navegador con JavaScript" in html  # what a reader without scripts sees
    assert "Ver Mis guardados" in client.get(reverse("offline_page")).content.decode()
    client.force_login(member)
    for name in ("offline_page", "offline_saved"):
        assert HEADER not in client.get(reverse(name))


def test_only_reading_answers_are_marked(client, guide):
    assert HEADER not in client.post(guide.url + "opinion/", {})
    assert HEADER not in client.get(guide.url + "no-existe/")
