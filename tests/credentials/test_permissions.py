"""Every permission from the side that must be refused: nobody but the holder downloads a
certificate; members cannot issue or revoke; a publisher without the course cannot either."""

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse, reverse_lazy

from wagtail.models import GroupPagePermission

from accounts.factories import GroupFactory, UserFactory
from credentials.factories import CertificateFactory
from credentials.models import Certificate
from training.factories import create_plan

from .conftest import client_of

pytestmark = pytest.mark.django_db
LOG_IN = reverse_lazy("account_login")


def downloads(certificate):
    return [
        reverse("my_certificates:pdf", args=[certificate.display_code]),
        reverse("my_certificates:credential", args=[certificate.display_code]),
    ]


def admin_urls(certificate):
    course = certificate.course
    return [
        reverse("credentials_course", args=[course.pk]),
        reverse("credentials_course_csv", args=[course.pk]),
        reverse("credentials_issue", args=[course.pk]),
        reverse("credentials_revoke", args=[certificate.pk]),
    ]


def test_a_visitor_is_sent_to_log_in_for_someone_elses_certificate(client, certificate):
    for url in downloads(certificate):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, f"{LOG_IN}?next={url}")


def test_another_member_cannot_download_someone_elses_certificate(certificate):
    other = client_of(UserFactory(username="curiosa"))
    for url in downloads(certificate):
        assert other.get(url).status_code == 404  # as for a code that does not exist


def test_my_certificates_lists_only_the_members_own(certificate, graduate):
    other = client_of(UserFactory(username="curiosa"))
    listing = other.get(reverse("my_certificates:list")).content.decode()
    assert certificate.display_code not in listing
    page = client_of(graduate).get(reverse("my_certificates:list")).content.decode()
    assert certificate.display_code in page
    for url in downloads(certificate):
        assert url in page


def test_a_member_can_neither_issue_nor_revoke(certificate, graduate):
    member = client_of(graduate)  # even the holder
    for url in admin_urls(certificate):
        response = member.get(url)
        assert (response.status_code, response.url) == (302, f"{LOG_IN}?next={url}")
    revoke_url = reverse("credentials_revoke", args=[certificate.pk])
    member.post(revoke_url, {"reason": "Quiero revocarlo."})
    issue_url = reverse("credentials_issue", args=[certificate.course.pk])
    member.post(issue_url, {"username": graduate.username, "reason": "Me lo merezco."})
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    assert Certificate.objects.count() == 1


def test_a_publisher_without_rights_on_the_course_is_refused(certificate, graduate):
    other_plan = create_plan(title="Plan de otra entidad")
    group = GroupFactory(name="Otro plan", permissions=["wagtailadmin.access_admin"])
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    GroupPagePermission.objects.create(group=group, page=other_plan, permission=change)
    outsider = UserFactory(username="otra_entidad", roles=[], totp=True)
    outsider.groups.add(group)
    client = client_of(outsider)

    for url in admin_urls(certificate):
        response = client.get(url)  # Wagtail turns a 403 into "no permission" at its home
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    client.post(reverse("credentials_revoke", args=[certificate.pk]), {"reason": "Por error."})
    client.post(
        reverse("credentials_issue", args=[certificate.course.pk]),
        {"username": graduate.username, "reason": "Excepción."},
    )
    certificate.refresh_from_db()
    assert not certificate.is_revoked and Certificate.objects.count() == 1
    listing = client.get(reverse("credentials_report")).content.decode()
    assert certificate.course.title not in listing


def test_my_certificates_costs_the_same_queries_with_many(
    graduate, cohort, django_assert_max_num_queries
):
    client = client_of(graduate)
    for n in range(6):
        CertificateFactory(user=graduate, title=f"Curso {n}")
    with django_assert_max_num_queries(12):
        response = client.get(reverse("my_certificates:list"))
    assert response.content.decode().count("Descargar credencial Open Badges") == 6
