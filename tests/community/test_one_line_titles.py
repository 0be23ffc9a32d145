"""A line break pasted into a title breaks no reply and no e-mail (publication: test_practices).

E-mails leave once the member's work commits: the tests run what waits for the commit with
`django_capture_on_commit_callbacks(execute=True)`, as the end of a request would.
"""

import logging
import smtplib

import pytest

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse

from community.factories import ThreadFactory
from community.models import Thread
from notifications.models import Notification

from .conftest import login

TITLE = "Consulta\r\nsobre el predial"
ONE_LINE = "Consulta sobre el predial"


class UnreachableMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def messages_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_a_reply_in_a_thread_whose_title_holds_a_line_break_notifies_on_one_line(
    client, member, other_member, public_space, django_capture_on_commit_callbacks
):
    thread = ThreadFactory(space=public_space, author=member, title=TITLE)  # stored before the fix
    login(client, other_member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(thread.get_absolute_url(), {"source": "Le respondo por aquí."})
    assert response.status_code == 302
    assert response["Location"].startswith(thread.get_absolute_url())
    assert Notification.objects.filter(recipient=member, kind="respuesta").exists()
    [message] = messages_to(member)
    assert message.subject.endswith(f"escribió en «{ONE_LINE}»")
    assert "\r" not in message.subject and "\n" not in message.subject


@pytest.mark.parametrize(
    "title",
    [
        f"  {TITLE}\t",
        "Consulta\nsobre el predial",
        "Consulta\rsobre el predial",
        "Consulta\tsobre el predial",
    ],
)
def test_a_thread_title_posted_with_a_line_break_is_stored_on_one_line(
    client, member, public_space, title
):
    login(client, member)
    response = client.post(
        reverse("community:new_thread", args=[public_space.pk]),
        {"title": title, "category": "pregunta", "source": "¿Cómo se liquida?"},
    )
    thread = Thread.objects.get(space=public_space, title=ONE_LINE)
    assert response["Location"] == thread.get_absolute_url()


def test_a_mail_server_that_fails_does_not_fail_the_reply_and_is_logged(
    client,
    settings,
    caplog,
    member,
    other_member,
    public_thread,
    django_capture_on_commit_callbacks,
):
    settings.EMAIL_BACKEND = f"{__name__}.UnreachableMailServer"
    login(client, other_member)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        response = client.post(public_thread.get_absolute_url(), {"source": "Mi respuesta."})
    assert response.status_code == 302
    assert public_thread.posts.filter(source="Mi respuesta.").exists()
    assert Notification.objects.filter(recipient=member, kind="respuesta").exists()
    failures = [r for r in caplog.records if r.name == "core.mail"]
    assert failures and "SMTPServerDisconnected" in failures[0].getMessage()
