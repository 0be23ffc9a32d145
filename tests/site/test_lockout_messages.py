"""Failed logins: an account locked by its own failures says so; a connection that sent too many
(a municipal office, a workshop, sharing one address) is told to wait, not that an account is
locked."""

import pytest

from django.test import Client

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "clave-de-prueba-123"  # UserFactory's
ACCOUNT_LOCKED = "el ingreso a esta cuenta queda bloqueado"
CONNECTION = "Llegaron demasiados intentos fallidos de ingreso desde esta conexión"


def log_in(client, login, password=PASSWORD, address="203.0.113.7"):
    response = client.post(
        "/cuenta/ingresar/", {"login": login, "password": password}, REMOTE_ADDR=address
    )
    return response.content.decode()


def test_twenty_failures_from_one_office_ask_everyone_there_to_wait_a_minute():
    member = UserFactory(username="marta_ipiales")
    office = Client()
    for number in range(20):  # 20 colleagues mistype, each their own (unknown) account
        log_in(office, f"colega_{number}", "mala")
    page = log_in(office, member.username)
    assert CONNECTION in page
    assert "intente de nuevo en 1 minuto." in page
    assert ACCOUNT_LOCKED not in page
    elsewhere = log_in(Client(), member.username, address="198.51.100.9")
    assert CONNECTION not in elsewhere and ACCOUNT_LOCKED not in elsewhere  # not locked


def test_ten_failures_on_one_account_lock_that_account_wherever_one_signs_in_from():
    member = UserFactory(username="marta_ipiales")
    for number in range(10):
        log_in(Client(), member.username, "mala", address=f"192.0.2.{number + 1}")
    page = log_in(Client(), member.username, address="198.51.100.9")
    assert ACCOUNT_LOCKED in page
    assert CONNECTION not in page
