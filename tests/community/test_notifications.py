"""Followers, mentions, solutions: in-site notices and email, only to people who may read."""

from bs4 import BeautifulSoup

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from notifications.models import EmailPreference, Notification

from .conftest import login


def test_thread_author_is_notified_and_emailed_of_a_reply(
    client, member, other_member, public_thread, django_capture_on_commit_callbacks
):
    login(client, other_member)
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave once the reply commits
        client.post(public_thread.get_absolute_url(), {"source": "Aquí va una respuesta"})
    notice = Notification.objects.get(recipient=member)
    assert notice.kind == "respuesta" and public_thread.title in notice.text
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [member.email]
    assert "/comunidad/baja/" in mail.outbox[0].body
    assert "/comunidad/baja/" in mail.outbox[0].extra_headers["List-Unsubscribe"]
    login(client, member)
    assert public_thread.title in client.get(reverse("community:notifications")).content.decode()


def test_mentions_notify_readers_only(
    client, member, outsider, other_member, private_thread, django_capture_on_commit_callbacks
):
    login(client, member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            private_thread.get_absolute_url(),
            {"source": f"¿Qué opinan @{outsider.username} y @{other_member.username}?"},
        )
    assert Notification.objects.filter(recipient=other_member, kind="mencion").exists()
    assert not Notification.objects.filter(recipient=outsider).exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [other_member.email]  # the reader mentioned, not the outsider


def test_ex_member_following_a_private_thread_hears_nothing(
    client, member, other_member, private_thread
):
    login(client, other_member)
    client.post(reverse("community:follow_thread", args=[private_thread.pk]))
    client.post(reverse("community:leave", args=[private_thread.space_id]))
    login(client, member)
    client.post(private_thread.get_absolute_url(), {"source": "Solo para miembros"})
    assert not Notification.objects.filter(recipient=other_member).exists()


def test_solution_marked_notifies_the_answer_author(client, member, other_member, public_thread):
    login(client, other_member)
    client.post(public_thread.get_absolute_url(), {"source": "La respuesta correcta"})
    answer = public_thread.posts.last()
    login(client, member)
    client.post(reverse("community:mark_solution", args=[answer.pk]))
    assert Notification.objects.filter(recipient=other_member, kind="solucion").exists()


def test_daily_digest_collects_notices_in_one_email(
    client, member, other_member, public_thread, django_capture_on_commit_callbacks
):
    EmailPreference.objects.create(user=member, frequency="diario")
    login(client, other_member)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            client.post(public_thread.get_absolute_url(), {"source": f"Respuesta {n}"})
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digests")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.count(public_thread.title) == 3
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digests")
    assert len(mail.outbox) == 1


def test_none_preference_sends_no_email(
    client, member, other_member, public_thread, django_capture_on_commit_callbacks
):
    EmailPreference.objects.create(user=member, frequency="ninguno")
    login(client, other_member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(public_thread.get_absolute_url(), {"source": "Respuesta"})
        call_command("send_digests")
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=member).exists()


def test_member_sets_email_preference(client, member):
    login(client, member)
    client.post(reverse("notifications:preferences"), {"frequency": "diario"})
    assert EmailPreference.frequency_for(member) == "diario"


def follow_button(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.select_one("form[action*='seguir'] button").get_text(strip=True)


def test_the_follow_button_says_which_way_it_goes(client, member, public_thread):
    login(client, member)
    thread_url, space_url = public_thread.get_absolute_url(), public_thread.space.url
    for url, what, name in [(thread_url, "el hilo", "follow_thread"),
                            (space_url, "el espacio", "follow_space")]:  # fmt: skip
        pk = public_thread.pk if name == "follow_thread" else public_thread.space_id
        before = follow_button(client, url)
        client.post(reverse(f"community:{name}", args=[pk]))
        after = follow_button(client, url)
        assert {before, after} == {f"Seguir {what}", f"Dejar de seguir {what}"}
        client.post(reverse(f"community:{name}", args=[pk]))
        assert follow_button(client, url) == before
