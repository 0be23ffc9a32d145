"""Unsubscribing from the site's e-mails: opening the link only asks (mail scanners open links),
a button or the mail client's one-click POST (RFC 8058) acts, and links expire.
"""

import time
from urllib.parse import urlsplit

import pytest

from django.core import mail, signing
from django.test import Client
from django.urls import reverse

from notifications.models import EmailPreference, Notification
from notifications.notify import UNSUBSCRIBE_SALT, email_notifications
from notifications.notify import unsubscribe_url as absolute_unsubscribe_url

ONE_CLICK_BODY = {"List-Unsubscribe": "One-Click"}
LINK_LIFETIME_DAYS = 60


def unsubscribe_url(user):
    return urlsplit(absolute_unsubscribe_url(user)).path


def link_signed_days_ago(user, days):
    """An unsubscribe link as the site would have mailed it `days` ago."""

    class SignerInThePast(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - days * 24 * 3600)

    token = SignerInThePast(salt=UNSUBSCRIBE_SALT).sign_object(user.pk)
    return reverse("notifications:unsubscribe", args=[token])


def unsubscribed(user):
    return EmailPreference.frequency_for(user) == EmailPreference.Frequency.NONE


def test_emails_offer_one_click_unsubscribe_to_the_mail_client(
    member, django_capture_on_commit_callbacks
):
    notice = Notification.objects.create(recipient=member, kind="respuesta", text="Hola")
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave on commit
        email_notifications(member, [notice])
    headers = mail.outbox[0].extra_headers
    assert headers["List-Unsubscribe"].startswith("<http")
    assert "/comunidad/baja/" in headers["List-Unsubscribe"]
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_opening_the_link_only_asks_for_confirmation(client, member):
    response = client.get(unsubscribe_url(member))
    assert response.status_code == 200
    html = response.content.decode()
    assert "¿Dejar de recibir los correos de la comunidad?" in html
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html
    assert not unsubscribed(member)


def test_the_confirmation_button_unsubscribes_without_signing_in(client, member):
    response = client.post(unsubscribe_url(member))
    assert response.status_code == 200
    assert "no recibirá más correos de la comunidad" in response.content.decode()
    assert unsubscribed(member)


def test_the_confirmation_form_is_protected_against_cross_site_posts(member):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post(unsubscribe_url(member)).status_code == 403
    assert not unsubscribed(member)


def test_the_confirmation_form_posted_from_the_page_unsubscribes(member):
    browser = Client(enforce_csrf_checks=True)
    url = unsubscribe_url(member)
    browser.get(url)
    response = browser.post(url, {"csrfmiddlewaretoken": browser.cookies["csrftoken"].value})
    assert response.status_code == 200
    assert unsubscribed(member)


def test_the_mail_clients_one_click_post_unsubscribes_without_a_csrf_token(member):
    mail_provider = Client(enforce_csrf_checks=True)
    response = mail_provider.post(unsubscribe_url(member), ONE_CLICK_BODY)
    assert response.status_code == 200
    assert unsubscribed(member)


def test_a_link_mailed_weeks_ago_still_works(client, member):
    client.post(link_signed_days_ago(member, LINK_LIFETIME_DAYS - 1))
    assert unsubscribed(member)


@pytest.mark.parametrize("method", ["get", "post", "one-click"])
def test_an_expired_link_is_refused_and_points_to_the_account(client, member, method):
    url = link_signed_days_ago(member, LINK_LIFETIME_DAYS + 1)
    if method == "one-click":
        response = client.post(url, ONE_CLICK_BODY)
    else:
        response = getattr(client, method)(url)
    assert response.status_code == 410
    html = response.content.decode()
    assert "Este enlace venció" in html
    assert reverse("notifications:preferences") in html
    assert not unsubscribed(member)


@pytest.mark.parametrize("method", ["get", "post", "one-click"])
def test_a_tampered_link_is_refused(client, member, method):
    url = unsubscribe_url(member)
    tampered = url[:-4] + ("x" if url[-4] != "x" else "y") + url[-3:]
    if method == "one-click":
        response = client.post(tampered, ONE_CLICK_BODY)
    else:
        response = getattr(client, method)(tampered)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Este enlace no es válido" in html
    assert reverse("notifications:preferences") in html
    assert not unsubscribed(member)
