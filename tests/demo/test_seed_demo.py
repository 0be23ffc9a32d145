"""`seed_demo`: realistic, repeatable, and demo accounts only in demo mode."""

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

pytestmark = pytest.mark.django_db
User = get_user_model()


def rows_of_every_model():
    tables = [m for m in apps.get_models() if m._meta.managed and not m._meta.proxy]
    return {model._meta.label: model.objects.count() for model in tables}


@pytest.mark.usefixtures("seeded_demo")
def test_seeding_again_adds_nothing_anywhere_and_prints_each_account_that_logs_in(client, capsys):
    first = rows_of_every_model()
    call_command("seed_demo")
    again = rows_of_every_model()
    assert {label: (first[label], n) for label, n in again.items() if n != first[label]} == {}
    assert first["community.Post"] and first["training.Enrollment"] and first["meeting.Score"]
    printed = capsys.readouterr().out
    for username, role, *_ in DEMO_ACCOUNTS:
        assert f"{username:<10} {role:<28} {DEMO_PASSWORD}" in printed
        assert client.login(username=username, password=DEMO_PASSWORD)
        assert User.objects.get(username=username).groups.filter(name=role).exists()


def test_no_demo_accounts_outside_demo_mode(settings):
    settings.DEMO_MODE = False
    call_command("seed_demo")
    assert not User.objects.filter(username__in=[a[0] for a in DEMO_ACCOUNTS]).exists()


def test_if_empty_leaves_an_existing_site_alone(member, capsys):
    call_command("seed_demo", "--if-empty")
    assert "ya tiene contenido" in capsys.readouterr().out
    assert not User.objects.filter(username="editor").exists()
