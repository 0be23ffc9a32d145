"""A new post's notices are written by the task worker, not in the member's request: the reply
saves the post and queues one task with its id, whatever the number of followers; the task writes
the notices in batches, mails who asked for one e-mail per notice, runs safely twice and skips who
can no longer read the thread."""

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.factories import UserFactory
from community import moderating, notify
from community.factories import MembershipFactory, SpacePageFactory
from community.models import Follow, Membership, Post
from community.permissions import can_read_space
from community.tasks import fan_out_post
from notifications.models import EmailPreference, Notification
from notifications.notify import send

from .conftest import login

FAN_OUT = "community.tasks.fan_out_post"


@pytest.fixture
def queued_tasks(settings):
    """Tasks go to the database queue, as in production, instead of running in the call."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_queued_fan_outs():
    """What `manage.py db_worker` does with the queued fan-out tasks (the worker itself closes the
    database connection, which the test's transaction cannot survive on PostgreSQL)."""
    for row in DBTaskResult.objects.filter(task_path=FAN_OUT).order_by("enqueued_at", "id"):
        row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])


def followers(thread, count, start=0):
    users = []
    for n in range(start, start + count):
        user = UserFactory(username=f"seguidora{n:03d}")
        MembershipFactory(space=thread.space, user=user)
        Follow.objects.create(user=user, thread=thread)
        users.append(user)
    return users


def reply_queries(client, thread, author):
    login(client, author)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(thread.get_absolute_url(), {"source": f"Respuesta de {author}"})
    assert response.status_code == 302
    return len(queries)


def test_a_reply_costs_the_same_queries_with_2_and_with_50_followers(
    client, queued_tasks, public_thread, public_space
):
    first, second = UserFactory(username="primera"), UserFactory(username="segunda")
    for user in (first, second):
        MembershipFactory(space=public_space, user=user)
    followers(public_thread, 2)
    with_two = reply_queries(client, public_thread, first)
    followers(public_thread, 48, start=2)
    with_fifty = reply_queries(client, public_thread, second)
    assert with_two == with_fifty
    # Nothing was written for the followers in the request: one task per reply, with the post id.
    assert not Notification.objects.exists() and mail.outbox == []
    replies = list(public_thread.posts.filter(author__in=[first, second]).order_by("pk"))
    queued = DBTaskResult.objects.filter(task_path=FAN_OUT).order_by("enqueued_at", "id")
    assert [task.args_kwargs["args"] for task in queued] == [[post.pk] for post in replies]

    run_queued_fan_outs()
    # The worker tells who follows when it runs: for each reply, the 50, the thread's author and
    # the other replier (who follows since replying), never the reply's own author.
    for post in replies:
        notices = Notification.objects.filter(kind="respuesta", key=f"community.post:{post.pk}")
        assert notices.count() == 52
        assert not notices.filter(recipient=post.author).exists()


def test_the_task_writes_in_batches_and_twice_is_once(
    public_thread, other_member, django_capture_on_commit_callbacks
):
    users = followers(public_thread, 7)
    EmailPreference.objects.create(user=users[0], frequency=EmailPreference.Frequency.DIGEST)
    EmailPreference.objects.create(user=users[1], frequency=EmailPreference.Frequency.NONE)
    post = Post.objects.create(thread=public_thread, author=other_member, source="Hola a todas")
    with django_capture_on_commit_callbacks(execute=True):
        assert notify.fan_out(post.pk, batch=3) == 8  # 7 followers and the thread's author
    assert len(mail.outbox) == 6  # not the digest reader's, not the one who wants none
    assert {m.to[0] for m in mail.outbox}.isdisjoint({users[0].email, users[1].email})
    digest = Notification.objects.get(recipient=users[0])
    assert digest.emailed_at is None  # for tomorrow's digest

    with django_capture_on_commit_callbacks(execute=True):
        assert fan_out_post.enqueue(post.pk).return_value == 0  # a retried task: nothing new
    assert Notification.objects.filter(key=f"community.post:{post.pk}").count() == 8
    assert len(mail.outbox) == 6


def test_a_task_cut_short_finishes_the_rest_on_retry(
    public_thread, other_member, django_capture_on_commit_callbacks
):
    users = followers(public_thread, 4)
    post = Post.objects.create(thread=public_thread, author=other_member, source="Hola")
    # The first run committed a batch (notices and e-mails) for two of them, then died.
    with django_capture_on_commit_callbacks(execute=True):
        send(users[:2], notify.REPLY, "Aviso", "", public_thread, key=f"community.post:{post.pk}")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert notify.fan_out(post.pk) == 3
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        u.email for u in [*users[2:], public_thread.author]
    )


def test_who_can_no_longer_read_the_thread_hears_nothing(
    client, queued_tasks, member, other_member, private_thread
):
    removed, closed, staying = followers(private_thread, 3)
    login(client, other_member)
    client.post(private_thread.get_absolute_url(), {"source": "Solo para miembros"})
    (task,) = DBTaskResult.objects.filter(task_path=FAN_OUT)
    # Before the worker gets to it, one is removed from the space and one account is closed.
    Membership.objects.filter(user=removed, space=private_thread.space).delete()
    closed.is_active = False
    closed.save()

    run_queued_fan_outs()

    notified = set(Notification.objects.values_list("recipient__username", flat=True))
    assert notified == {member.username, staying.username}


def test_a_post_hidden_or_deleted_before_the_task_runs_tells_nobody(public_thread, other_member):
    followers(public_thread, 2)
    hidden = Post.objects.create(thread=public_thread, author=other_member, source="a", hidden=True)
    gone = Post.objects.create(thread=public_thread, author=other_member, source="b", deleted=True)
    pending = Post.objects.create(
        thread=public_thread, author=other_member, source="c", approved=False
    )
    assert [notify.fan_out(post.pk) for post in (hidden, gone, pending)] == [0, 0, 0]
    assert notify.fan_out(10**9) == 0  # no longer exists
    assert not Notification.objects.exists()


def test_a_pending_reply_queues_nothing_until_approved(
    client, settings, queued_tasks, moderator, public_space, public_thread, member
):
    settings.COMMUNITY_NEW_ACCOUNT_DAYS = 30
    newcomer = UserFactory(username="recien_llegada")
    MembershipFactory(space=public_space, user=newcomer)
    login(client, newcomer)
    client.post(public_thread.get_absolute_url(), {"source": "Mi primera respuesta"})
    post = public_thread.posts.get(author=newcomer)
    assert not post.approved
    assert not DBTaskResult.objects.filter(task_path=FAN_OUT).exists()

    moderating.approve_post(moderator, post)
    (task,) = DBTaskResult.objects.filter(task_path=FAN_OUT)
    assert task.args_kwargs["args"] == [post.pk]
    run_queued_fan_outs()
    assert Notification.objects.filter(recipient=member, kind="respuesta").exists()


def test_reader_ids_is_can_read_space_for_many(community, moderator, member, admin_user):
    pending, role_moderator, outsider, inactive = (
        UserFactory(username=name) for name in ("pendiente", "moderadora_rol", "ajena2", "cerrada")
    )
    inactive.is_active = False
    inactive.save()
    users = [member, moderator, admin_user, pending, role_moderator, outsider, inactive]
    for visibility in ("publico", "privado"):
        space = SpacePageFactory(
            parent=community, title=f"Espacio {visibility}", visibility=visibility,
            moderators=[moderator],
        )  # fmt: skip
        for user in (member, inactive):
            MembershipFactory(space=space, user=user)
        MembershipFactory(space=space, user=pending, status=Membership.Status.PENDING)
        MembershipFactory(space=space, user=role_moderator, role=Membership.Role.MODERATOR)
        for live in (True, False):
            space.live = live
            expected = {u.pk for u in users if u.is_active and can_read_space(u, space)}
            assert notify.reader_ids([u.pk for u in users], space) == expected
            assert notify.readers(users, space) == [u for u in users if u.pk in expected]
