"""`seed_demo`: realistic, repeatable, and demo accounts only in demo mode."""

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page

from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

pytestmark = pytest.mark.django_db
User = get_user_model()


def content_counts():
    return User.objects.count(), Page.objects.count()


def test_seed_demo_is_idempotent():
    call_command("seed_demo")
    first = content_counts()
    call_command("seed_demo")
    assert content_counts() == first


def test_every_demo_account_logs_in_with_the_printed_password(client, capsys):
    call_command("seed_demo")
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
