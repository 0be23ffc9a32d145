"""The site-wide inbox on its own: notices, their e-mails by preference, digests, the kinds each
app registers, the one follow-up loop, and the e-mails that stop when consent is withdrawn."""

import io
import threading
from datetime import timedelta

import pytest

from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from accounts.consent import withdraw_policy_consent
from accounts.factories import UserFactory
from notifications import followups, kinds
from notifications.models import EmailPreference, Notification
from notifications.notify import send

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailed(django_capture_on_commit_callbacks):
    """Run `action` and return the e-mails it queued (they leave once the transaction commits)."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            action()
        return list(mail.outbox)

    return run


def test_a_notice_is_written_and_emailed_at_once_by_default(member, mailed):
    outbox = mailed(lambda: send([member], "curso", "Se abrió un curso", "/formacion/curso/"))
    notice = Notification.objects.get(recipient=member)
    assert (notice.kind, notice.url) == ("curso", "/formacion/curso/")
    assert notice.emailed_at is not None and notice.read_at is None
    assert [m.to for m in outbox] == [[member.email]]
    assert outbox[0].subject == "Se abrió un curso"
    assert "/formacion/curso/" in outbox[0].body and "/comunidad/baja/" in outbox[0].body


def test_the_daily_digest_sends_one_email_with_what_was_not_emailed(member, mailed):
    EmailPreference.objects.create(user=member, frequency=EmailPreference.Frequency.DIGEST)
    assert mailed(lambda: [send([member], "curso", f"Aviso {n}", "") for n in range(3)]) == []
    out = io.StringIO()
    (digest,) = mailed(lambda: call_command("send_digests", stdout=out))
    assert "Resúmenes en cola de envío: 1" in out.getvalue()
    assert "3 avisos" in digest.subject and all(f"Aviso {n}" in digest.body for n in range(3))
    mail.outbox.clear()
    assert mailed(lambda: call_command("send_digests", stdout=io.StringIO())) == []


def test_no_email_for_who_chose_none_but_the_notice_stays(member, mailed):
    EmailPreference.objects.create(user=member, frequency=EmailPreference.Frequency.NONE)
    assert mailed(lambda: send([member], "curso", "Aviso", "")) == []
    call_command("send_digests", stdout=io.StringIO())
    assert mail.outbox == [] and Notification.objects.filter(recipient=member).exists()


def test_many_recipients_in_one_send_cost_the_same_queries_as_a_few(
    django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    """Notices are written in one insert and preferences read at once: many recipients cost a
    few queries, not a few each (the e-mails are queued once the transaction commits)."""
    people = UserFactory.create_batch(30)
    EmailPreference.objects.create(user=people[0], frequency=EmailPreference.Frequency.DIGEST)
    with django_capture_on_commit_callbacks(execute=True), django_assert_max_num_queries(5):
        notices = send(people, "curso", "Se abrió un curso", "/formacion/curso/")
    assert len(notices) == 30 and len(mail.outbox) == 29
    emailed = Notification.objects.filter(emailed_at__isnull=False)
    assert emailed.count() == 29 and not emailed.filter(recipient=people[0]).exists()


def test_a_notice_with_a_key_reaches_each_recipient_once(member, mailed):
    other = UserFactory()
    first = mailed(lambda: send([member], "curso", "Aviso", "", key="curso:1"))
    again = mailed(lambda: send([member, other], "curso", "Aviso", "", key="curso:1"))
    assert [m.to for m in first] == [[member.email]]
    assert [m.to for m in again[len(first) :]] == [[other.email]]
    assert Notification.objects.filter(key="curso:1").count() == 2
    send([member], "curso", "Otro aviso sin clave", "")
    assert Notification.objects.filter(recipient=member).count() == 2


def test_the_member_sets_their_email_preference(member_client, member):
    url = reverse("notifications:preferences")
    assert url == "/comunidad/preferencias/"  # the address members know
    response = member_client.post(url, {"frequency": "diario"})
    assert response.status_code == 302
    assert EmailPreference.frequency_for(member) == "diario"


def test_withdrawing_consent_to_the_policy_stops_every_email(member, mailed):
    withdraw_policy_consent(member)
    assert EmailPreference.frequency_for(member) == EmailPreference.Frequency.NONE
    assert mailed(lambda: send([member], "curso", "Aviso", "")) == []


def test_each_app_registers_its_kinds_with_the_values_already_stored():
    registered = dict(kinds.choices())
    assert set(registered) >= {
        "respuesta", "mencion", "solucion", "moderacion", "practica", "por_moderar",  # community
        "seguimiento",  # knowledge
        "postulacion", "jurado",  # meeting
        "curso", "encuesta",  # training
    }  # fmt: skip
    assert str(registered["encuesta"]) == "Evaluación de un curso"


def test_the_kind_shows_its_label_and_an_unknown_one_shows_as_stored(member):
    notice = Notification.objects.create(recipient=member, kind="seguimiento", text="¿Cómo le fue?")
    assert notice.get_kind_display() == "Cómo le fue con lo que aplica"
    retired = Notification.objects.create(recipient=member, kind="antiguo", text="Aviso viejo")
    assert retired.get_kind_display() == "antiguo"


def test_a_kind_cannot_be_registered_twice_with_another_meaning_nor_be_too_long():
    assert kinds.register("curso", dict(kinds.choices())["curso"]) == "curso"  # idempotent
    with pytest.raises(ImproperlyConfigured):
        kinds.register("curso", "Otra cosa")
    with pytest.raises(ImproperlyConfigured):
        kinds.register("x" * (kinds.MAX_LENGTH + 1), "Demasiado largo")


def test_the_follow_up_loop_claims_each_item_once():
    """Run on accounts' `last_login` for want of a model of its own: any nullable "sent at"
    field works the same."""
    people = UserFactory.create_batch(3)
    now = timezone.now()
    told = []
    due = list(get_user_model_rows(people))
    assert followups.run(due, "last_login", told.append, now) == 3
    assert told == due and all(person.last_login == now for person in told)
    # A second run over the same (stale) list claims nothing: the field is set in the database.
    assert followups.run(due, "last_login", told.append, now + timedelta(days=1)) == 0
    assert len(told) == 3


def test_a_failing_notice_leaves_the_item_unclaimed_for_the_next_run():
    (person,) = get_user_model_rows(UserFactory.create_batch(1))

    def fail(_item):
        raise RuntimeError("the notice could not be written")

    with pytest.raises(RuntimeError):
        followups.run([person], "last_login", fail, timezone.now())
    person.refresh_from_db()
    assert person.last_login is None


# serialized_rollback: the data the migrations made (groups, content types) is back before and
# after, as for the other tests that need real transactions.
# PostgreSQL only: SQLite serialises writers, so the race needs a server database.
@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_once_notify_each_item_once():
    people = get_user_model_rows(UserFactory.create_batch(4))
    told = []
    now = timezone.now()

    def run():
        try:
            followups.run(list(people), "last_login", told.append, now)
        finally:
            connection.close()

    workers = [threading.Thread(target=run) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(p.pk for p in told) == sorted(p.pk for p in people)


def get_user_model_rows(people):
    """Fresh copies with `last_login` empty: the loop's claim field in these tests."""
    model = type(people[0])
    model.objects.filter(pk__in=[p.pk for p in people]).update(last_login=None)
    return list(model.objects.filter(pk__in=[p.pk for p in people]).order_by("pk"))


def workflow_receivers(signal):
    from wagtail.models import WorkflowState

    sync_receivers, _async_receivers = signal._live_receivers(WorkflowState)
    return sync_receivers


def test_wagtails_workflow_emails_reach_staff_only_whichever_app_is_ready_first():
    from wagtail.admin import signal_handlers as wagtail_handlers
    from wagtail.signals import workflow_approved, workflow_rejected

    from notifications import workflow_emails

    ours = {
        workflow_approved: workflow_emails.staff_only_approval_notifier,
        workflow_rejected: workflow_emails.staff_only_rejection_notifier,
    }
    for signal, notifier in ours.items():
        assert notifier in workflow_receivers(signal)
    try:
        # Wagtail ready after us: its connect under the same dispatch_uid changes nothing.
        wagtail_handlers.register_signal_handlers()
        for signal, notifier in ours.items():
            receivers = workflow_receivers(signal)
            assert notifier in receivers
            assert wagtail_handlers.workflow_approval_email_notifier not in receivers
            assert wagtail_handlers.workflow_rejection_email_notifier not in receivers
        # Wagtail ready first: ours replace its notifiers.
        for signal, _notifier, dispatch_uid in workflow_emails.TAKEN_OVER:
            signal.disconnect(sender=workflow_emails.WorkflowState, dispatch_uid=dispatch_uid)
        wagtail_handlers.register_signal_handlers()
        assert wagtail_handlers.workflow_approval_email_notifier in workflow_receivers(
            workflow_approved
        )
        workflow_emails.take_over()
        for signal, notifier in ours.items():
            receivers = workflow_receivers(signal)
            assert notifier in receivers and len(receivers) == 1
    finally:
        workflow_emails.take_over()
