"""The demo seeded once per module, for the tests that only read what `seed_demo` made."""

import io

import pytest

from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """`seed_demo` once for the module, in a transaction rolled back after its last test: each
    test (with `db`) runs in a savepoint inside it, so what one writes is gone for the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
