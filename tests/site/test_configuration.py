"""Configuration from the environment: production refuses unsafe settings and passes --deploy."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL_KEY = "k" * 20 + "-a-real-random-production-secret-key-0123456789"


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="siteconf.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_the_development_key():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        SECRET_KEY="django-insecure-dev-only",
    )
    assert result.returncode != 0


def test_development_refuses_a_missing_key_once_debug_is_off():
    result = manage("check", DJANGO_SETTINGS_MODULE="siteconf.settings.dev", DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_documented_production_settings_pass_the_deploy_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        SECRET_KEY=REAL_KEY,
        ALLOWED_HOSTS="redatt.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def health_from_a_fresh_process(**env):
    """Ask `/health/` in a separate process configured by the given environment."""
    script = (
        "from django.test import Client; r = Client().get('/health/');"
        "import json; print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    result = manage(
        "shell",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="siteconf.settings.test",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_health_reports_ok_when_database_and_search_answer(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "search": "ok",
        "search_pending_updates": 0,
    }


def test_health_is_503_when_the_database_is_unreachable(tmp_path):
    missing = tmp_path / "no-such-folder" / "db.sqlite3"
    health = health_from_a_fresh_process(DATABASE_URL=f"sqlite:///{missing}")
    assert health["status"] == 503
    assert health["body"]["database"] == "down"


def test_health_reports_search_degraded_when_elasticsearch_is_down(tmp_path):
    database = tmp_path / "db.sqlite3"
    health = health_from_a_fresh_process(
        DATABASE_URL=f"sqlite:///{database}", ELASTICSEARCH_URL="http://127.0.0.1:9"
    )
    assert health["status"] == 200
    body = health["body"]
    assert {key: body[key] for key in ("status", "database", "search")} == {
        "status": "degraded",
        "database": "ok",
        "search": "degraded",
    }


def test_dates_are_written_the_spanish_way_with_lowercase_months():
    from datetime import date

    from django.utils import translation
    from django.utils.formats import date_format

    with translation.override("es-co"):
        assert date_format(date(2026, 1, 31)) == "31 de enero de 2026"
