"""After "Eliminar mi cuenta" nothing in the database names the member: not the account, not the
e-mails the site sent them or sent others about them (the task worker keeps every message it
handled, with its addresses and text, in its results table)."""

import pytest

from django.apps import apps
from django.core.management import call_command
from django.db import models

from accounts import data_rights
from accounts.factories import UserFactory
from community import notify
from community.factories import (
    MembershipFactory,
    PostFactory,
    SpacePageFactory,
    ThreadFactory,
    create_community,
)
from training.enrolment import enrol
from training.factories import CohortFactory, CoursePageFactory, create_plan

pytestmark = pytest.mark.django_db

TRACES = ("ximena.quintero@ipiales.gov.co", "ximena_ipiales", "Ximena", "Quintero")


@pytest.fixture
def tasks_in_the_database(settings):
    """As in production: messages wait in the task results table for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(committed, monkeypatch):
    """`manage.py db_worker --batch`: what waits runs (notices fan out to followers); the e-mails
    it queues wait in turn. Between tasks the worker closes a connection that is not in
    autocommit mode, which the test's own transaction is on PostgreSQL: that check is left out."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run():
        with committed():
            call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    return run


def tables_mentioning(text):
    """Every row, in every table, with `text` in one of its text or JSON columns."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        for column in model._meta.concrete_fields:
            if isinstance(column, models.CharField | models.TextField | models.JSONField):
                values = model._default_manager.values_list(column.attname, flat=True)
                if any(text.lower() in str(value).lower() for value in values):
                    found.append(f"{model._meta.db_table}.{column.column}")
    return found


def test_deleting_the_account_leaves_no_trace_of_the_member_in_any_table(
    tasks_in_the_database, committed, run_worker, mailoutbox
):
    ximena = UserFactory(
        username="ximena_ipiales",
        first_name="Ximena",
        last_name="Quintero",
        email="ximena.quintero@ipiales.gov.co",
    )
    luis = UserFactory(username="luis_tumaco", first_name="Luis", last_name="Cortés")
    space = SpacePageFactory(parent=create_community(), title="Hacienda territorial")
    MembershipFactory(space=space, user=ximena)
    MembershipFactory(space=space, user=luis)
    with committed():
        enrol(ximena, CohortFactory(course=CoursePageFactory(parent=create_plan()), seats=5))
        thread = ThreadFactory(space=space, author=luis, title="Catastro multipropósito")
        notify.new_post(PostFactory(thread=thread, author=ximena, source="Nuestra experiencia"))
        notify.new_post(PostFactory(thread=thread, author=luis, source="Gracias @ximena_ipiales"))
    run_worker()
    run_worker()  # the messages so far are sent: finished rows stay in the task results
    with committed():  # and one more to each waits for the worker
        notify.new_post(PostFactory(thread=thread, author=ximena, source="Otra respuesta"))
        notify.new_post(PostFactory(thread=thread, author=luis, source="Hola @ximena_ipiales"))
    run_worker()
    assert len(mailoutbox) == 3
    assert tables_mentioning("ximena.quintero@ipiales.gov.co")  # the test sees the mail

    with committed():
        assert data_rights.delete_account(ximena) == "deleted"

    for trace in TRACES:
        assert tables_mentioning(trace) == [], trace


def test_mail_waiting_for_others_still_goes_without_the_members_name(
    tasks_in_the_database, committed, run_worker, mailoutbox
):
    ximena = UserFactory(
        username="ximena_ipiales", first_name="Ximena", last_name="Quintero",
        email="ximena.quintero@ipiales.gov.co",
    )  # fmt: skip
    luis = UserFactory(username="luis_tumaco", email="luis@tumaco.gov.co")
    space = SpacePageFactory(parent=create_community(), title="Hacienda territorial")
    MembershipFactory(space=space, user=ximena)
    MembershipFactory(space=space, user=luis)
    thread = ThreadFactory(space=space, author=luis, title="Catastro multipropósito")
    with committed():
        notify.new_post(PostFactory(thread=thread, author=ximena, source="Nuestra experiencia"))
        notify.new_post(PostFactory(thread=thread, author=luis, source="Gracias @ximena_ipiales"))
    run_worker()  # the notices are written; their e-mails wait
    with committed():
        data_rights.delete_account(ximena)
    run_worker()
    assert [message.to for message in mailoutbox] == [["luis@tumaco.gov.co"]]
    message = mailoutbox[0]
    assert "Miembro retirado escribió" in message.subject
    assert "Ximena" not in message.subject + message.body
