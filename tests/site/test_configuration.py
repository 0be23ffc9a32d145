"""Configuration from the environment: production refuses unsafe settings and passes --deploy."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL_KEY = "k" * 20 + "-a-real-random-production-secret-key-0123456789"
PRODUCTION_DB = "postgres://redatt:secret@db.internal:5432/redatt"


def run_python(*args, **env):
    """Python in a fresh process with the given environment (`NAME=None` unsets NAME)."""
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.update(env)
    environment = {k: v for k, v in environment.items() if v is not None}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def manage(*args, **env):
    return run_python("manage.py", *args, **env)


def settings_of(module, *names, **env):
    """The named settings of `module`, imported (not run) in a fresh process with `env`."""
    script = (
        f"import json; from siteconf.settings import {module} as s;"
        f"print(json.dumps({{n: getattr(s, n, None) for n in {names!r}}}))"
    )
    result = run_python("-c", script, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def production_settings(*names, **env):
    """As `settings_of`, with what production needs and no CACHE_URL unless `env` gives one."""
    required = {"SECRET_KEY": REAL_KEY, "DATABASE_URL": PRODUCTION_DB, "CACHE_URL": None}
    return settings_of("production", *names, **{**required, **env})


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="siteconf.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_the_development_key():
    # Long enough to pass the length rule: only the "django-insecure" prefix gives it away.
    insecure_key = "django-insecure-" + "x" * 50
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        SECRET_KEY=insecure_key,
        DATABASE_URL=PRODUCTION_DB,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set" in result.stderr


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
        DATABASE_URL=PRODUCTION_DB,
        ALLOWED_HOSTS="redatt.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_database_url():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        SECRET_KEY=REAL_KEY,
        DATABASE_URL=None,
    )
    assert result.returncode != 0
    assert "DATABASE_URL must be set" in result.stderr


def test_production_caches_in_the_database_by_default_so_every_worker_shares_it():
    cache = production_settings("CACHES")["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


@pytest.mark.django_db
def test_migrate_creates_the_table_of_the_production_cache():
    from django.core.cache.backends.db import DatabaseCache
    from django.db import connection

    table = production_settings("CACHES")["CACHES"]["default"]["LOCATION"]
    assert table in connection.introspection.table_names()
    cache = DatabaseCache(table, {})
    cache.set("limite:miembro", 3)
    assert cache.get("limite:miembro") == 3


def test_production_uses_the_cache_that_cache_url_names():
    cache_url = "rediscache://cache.internal:6379/1"
    cache = production_settings("CACHES", CACHE_URL=cache_url)["CACHES"]["default"]
    assert cache["BACKEND"].endswith(".RedisCache")
    assert cache["LOCATION"] == "redis://cache.internal:6379/1"


@pytest.mark.parametrize("module", ["dev", "test", "production"])
def test_every_settings_module_serves_documents_only_through_the_document_view(module):
    env = {"SECRET_KEY": REAL_KEY, "DATABASE_URL": PRODUCTION_DB}
    assert settings_of(module, "WAGTAILDOCS_SERVE_METHOD", **env) == {
        "WAGTAILDOCS_SERVE_METHOD": "serve_view"
    }


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
        "semantic": "off",  # the test settings turn search by meaning off
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


@pytest.mark.postgresql
@pytest.mark.django_db
def test_postgresql_connections_compile_no_query_plans_to_machine_code():
    """The dashboard's aggregates spent 400 ms each in JIT compilation for 40 ms of work."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


def environment_variables_read_by(source):
    return set(re.findall(r'env\.\w+\(\s*"([A-Z_]+)"', source))


def test_the_readme_lists_every_variable_the_settings_read():
    read = environment_variables_read_by((ROOT / "site/settings/base.py").read_text())
    documented = set(re.findall(r"^\| `([A-Z_]+)`", (ROOT / "README.md").read_text(), re.M))
    documented |= set(
        re.findall(r"^\| `[A-Z_]+` / `([A-Z_]+)`", (ROOT / "README.md").read_text(), re.M)
    )
    assert "DATABASE_URL" in read and "LOG_LEVEL" in read
    assert read - documented == set()


def test_no_module_but_the_base_settings_reads_the_environment():
    folders = [path.parent for path in ROOT.glob("*/apps.py")] + [ROOT / "site"]
    assert {"site", "core", "knowledge"} <= {folder.name for folder in folders}
    readers = []
    for path in (path for folder in folders for path in folder.glob("**/*.py")):
        relative = path.relative_to(ROOT).as_posix()
        source = path.read_text()
        if relative != "site/settings/base.py" and (
            environment_variables_read_by(source) or re.search(r"environ\.get\(|getenv\(", source)
        ):
            readers.append(relative)
    assert readers == []
