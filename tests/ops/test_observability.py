"""What an operator of several servers sees: the request id in responses, log lines and the tasks a
request queues; JSON logs (LOG_FORMAT=json); `/health/` with the cache and the task queue; and
`/metrics`, for the scraper only."""

import json
import logging
import os
import smtplib
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core import request_id
from core.mail import deliver

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "redatt_cache",
    }
}
INCOMING = "c0ffee00-1234-4abc-8def-000000000042"


# --- The request id ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_request_without_an_id_gets_a_new_one_in_its_response(client):
    first, second = client.get("/health/"), client.get("/health/")
    assert request_id.well_formed(first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]


@pytest.mark.django_db
def test_the_proxys_well_formed_request_id_is_kept(client):
    response = client.get("/health/", HTTP_X_REQUEST_ID=INCOMING)
    assert response["X-Request-ID"] == INCOMING


@pytest.mark.django_db
@pytest.mark.parametrize(
    "incoming", ["", "dos palabras", "x" * 129, 'a"b', "abc\tdef", "-empieza-con-guion", "ñandú"]
)
def test_a_malformed_request_id_is_replaced(client, incoming):
    response = client.get("/health/", HTTP_X_REQUEST_ID=incoming)
    assert response["X-Request-ID"] != incoming
    assert request_id.well_formed(response["X-Request-ID"])


def test_json_logs_carry_the_request_id_of_the_request_being_answered():
    """A separate process with LOG_FORMAT=json: the settings' own logging, one JSON object per line
    on standard error, with the id the middleware took from the request."""
    script = """
import logging, django
django.setup()
from django.http import HttpResponse
from django.test import RequestFactory
from siteconf.middleware import RequestIdMiddleware

def view(request):
    logging.getLogger("knowledge.prueba").warning("guía %s no encontrada", "ATT-7")
    return HttpResponse()

request = RequestFactory().get("/", HTTP_X_REQUEST_ID="INCOMING")
RequestIdMiddleware(view)(request)
logging.getLogger("knowledge.prueba").warning("fuera de una petición")
""".replace("INCOMING", INCOMING)
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.update(DJANGO_SETTINGS_MODULE="siteconf.settings.test", LOG_FORMAT="json")
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    inside, outside = [line for line in lines if line["logger"] == "knowledge.prueba"]
    assert inside["message"] == "guía ATT-7 no encontrada"
    assert inside["level"] == "WARNING"
    assert inside["request_id"] == INCOMING
    assert inside["time"].startswith(str(timezone.now().year))
    assert outside["request_id"] == "-"


def test_an_unknown_log_format_stops_the_site_at_start():
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.update(DJANGO_SETTINGS_MODULE="siteconf.settings.test", LOG_FORMAT="xml")
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    assert "LOG_FORMAT must be text or json" in result.stderr


class RefusingMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("el servidor de correo no responde")


class Recorder(logging.Handler):
    """Keeps records as the console handler sees them: through the request-id filter."""

    def __init__(self):
        super().__init__()
        self.addFilter(request_id.RequestIdFilter())
        self.records = []

    def emit(self, record):
        self.records.append(record)


# Real commits: the e-mail is queued inside the request. serialized_rollback: the data the
# migrations made is back afterwards, as for the other tests that need real transactions (a flush
# alone would recreate content types under new ids and break the next serialized test).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_task_a_request_queues_logs_with_that_requests_id_in_the_worker(settings):
    """A password reset queues its e-mail; the worker (db_worker, later, in another process in
    production) fails to send it: its warning carries the reset request's id, and so does the
    retry it queues."""
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = f"{__name__}.RefusingMailServer"
    response = Client().post(
        reverse("account_reset_password"),
        {"email": "alguien@example.org"},
        HTTP_X_REQUEST_ID=INCOMING,
    )
    assert response.status_code == 302
    queued = DBTaskResult.objects.get(task_path=deliver.module_path)
    assert queued.args_kwargs["request_id"] == INCOMING
    assert request_id.current() is None  # the request is over

    recorder = Recorder()
    logging.getLogger("core.mail").addHandler(recorder)
    try:
        call_command("db_worker", "--batch", "--interval", "0", verbosity=0)
    finally:
        logging.getLogger("core.mail").removeHandler(recorder)
    [warning] = [r for r in recorder.records if "not sent" in r.getMessage()]
    assert warning.request_id == INCOMING
    retry = DBTaskResult.objects.exclude(pk=queued.pk).get(task_path=deliver.module_path)
    assert retry.args_kwargs["request_id"] == INCOMING
    assert request_id.current() is None  # the worker's next task starts without one


# --- /health/ ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_health_reports_the_shared_cache_and_the_task_queue_when_the_site_uses_them(
    client, settings
):
    settings.CACHES = DATABASE_CACHE
    settings.TASKS = DATABASE_TASKS
    body = client.get("/health/").json()
    assert body["status"] == "ok"
    assert body["cache"] == "ok"
    assert (body["tasks"], body["tasks_lag_seconds"]) == ("ok", 0)
    assert {"database", "search", "search_pending_updates", "semantic"} <= body.keys()


@pytest.mark.django_db
def test_health_is_degraded_not_down_while_tasks_wait_too_long_for_a_worker(client, settings):
    settings.TASKS = DATABASE_TASKS
    deliver.enqueue(subject="Hola", body="…", to=["a@example.org"], headers={})
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=15))
    response = client.get("/health/")
    body = response.json()
    assert response.status_code == 200
    assert (body["status"], body["tasks"]) == ("degraded", "degraded")
    assert 899 <= body["tasks_lag_seconds"] <= 960


@pytest.mark.django_db
def test_health_is_degraded_when_the_shared_cache_does_not_answer(client, settings):
    from siteconf.settings.base import cache_config

    settings.CACHES = {"default": cache_config("redis://127.0.0.1:9/0")}  # nothing listens
    response = client.get("/health/")
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["cache"]) == ("degraded", "down")


# --- /metrics ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_metrics_count_requests_per_route_for_a_scraper_on_the_machine(client, settings):
    settings.METRICS_TOKEN = ""
    client.get("/health/")
    response = client.get("/metrics")  # the test client's address: 127.0.0.1
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    text = response.content.decode()
    assert 'redatt_http_requests_total{method="GET",route="health",status="200"}' in text
    bucket = 'redatt_http_request_duration_seconds_bucket{le="0.025",method="GET",route="health"}'
    assert bucket in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"REMOTE_ADDR": "203.0.113.20"},  # another machine
        {"HTTP_X_FORWARDED_FOR": "203.0.113.20"},  # relayed by a proxy on this machine
        {"HTTP_X_REAL_IP": "203.0.113.20"},
        {"HTTP_FORWARDED": "for=203.0.113.20"},
        {"REMOTE_ADDR": "203.0.113.20", "HTTP_AUTHORIZATION": "Bearer cualquiera"},
    ],
)
def test_without_a_token_metrics_are_refused_to_all_but_the_machine_itself(
    client, settings, headers
):
    settings.METRICS_TOKEN = ""
    response = client.get("/metrics", **headers)
    assert response.status_code == 403
    assert b"redatt_" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "authorization", [None, "Bearer otra-clave", "Basic c2VjcmV0bw==", "Bearer"]
)
def test_with_a_token_metrics_are_refused_without_it_even_on_the_machine(
    client, settings, authorization
):
    settings.METRICS_TOKEN = "token-del-raspador-0123456789"
    headers = {"HTTP_AUTHORIZATION": authorization} if authorization else {}
    response = client.get("/metrics", **headers)
    assert response.status_code == 403
    assert b"redatt_" not in response.content


@pytest.mark.django_db
def test_with_the_token_a_scraper_elsewhere_reads_the_task_counts_and_failures(client, settings):
    settings.METRICS_TOKEN = "token-del-raspador-0123456789"
    settings.TASKS = DATABASE_TASKS
    deliver.enqueue(subject="Hola", body="…", to=["a@example.org"], headers={})
    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}}, task_path=deliver.module_path, status="FAILED",
        backend_name="default", run_after=timezone.now(),
    )  # fmt: skip
    response = client.get(
        "/metrics",
        REMOTE_ADDR="10.0.0.5",
        HTTP_AUTHORIZATION="Bearer token-del-raspador-0123456789",
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert f'redatt_task_results{{status="READY",task="{deliver.module_path}"}} 1.0' in text
    assert f'redatt_task_results{{status="FAILED",task="{deliver.module_path}"}} 1.0' in text
    assert "redatt_task_queue_lag_seconds " in text
