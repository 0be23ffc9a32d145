# Red ATT: `make run` serves the demo site, `make test` runs every check. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: run test lint check wheel-check pytest browser-deps system-deps es-deps service-deps migrate \
	seed clean bench \
	bench-search bench-relevance bench-load bench-dashboard bench-soak

$(STAMP): requirements/dev.lock pyproject.toml
	@echo "Instalando las dependencias de Python en $(VENV)/ (la primera vez tarda unos minutos)..."
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check --progress-bar on -r requirements/dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

migrate: $(STAMP)
	$(MANAGE) migrate --noinput

seed: migrate
	$(MANAGE) seed_demo --if-empty

# The task worker (e-mails, Wagtail's background work) runs beside the server and stops with it;
# where to open the site is printed once the server answers (manage.py wait_for_site).
run: seed
	@$(MANAGE) db_worker & worker=$$!; \
	$(MANAGE) runserver 127.0.0.1:8000 & server=$$!; \
	trap 'kill $$worker $$server 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) wait_for_site http://127.0.0.1:8000/health/ && \
	printf '\nRed ATT en http://127.0.0.1:8000/  (administración: http://127.0.0.1:8000/admin/)\n\n'; \
	wait $$server

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports  # the layering contract, pyproject.toml [tool.importlinter]

check: $(STAMP)
	DJANGO_SETTINGS_MODULE=siteconf.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=siteconf.settings.test $(MANAGE) makemigrations --check --dry-run

browser-deps: $(STAMP)
	bash .ci/browser-deps.sh

# Debian packages: Pango and the DejaVu fonts for WeasyPrint (the library's PDFs), gettext (msgfmt).
system-deps: $(STAMP)
	bash .ci/system-deps.sh

# Debian's redis-server for the tests of several servers (tests/ops/); they start their own.
service-deps:
	bash .ci/service-deps.sh

# Elasticsearch 8 (from Maven Central) for the search suite's second backend; the suite starts it.
es-deps:
	bash .ci/elasticsearch.sh fetch

# --durations=25: every run ends with its slowest tests and fixtures, so a slow newcomer shows.
# PYTEST_ARGS adds options or selects tests (.ci/run's PostgreSQL pass leaves out two markers).
pytest: $(STAMP)
	$(BIN)/pytest --durations=25 $(PYTEST_ARGS)

# The wheel alone runs the site (built, installed in a fresh virtualenv, checked, migrated).
wheel-check: $(STAMP)
	bash .ci/wheel-check.sh

test: lint check wheel-check browser-deps system-deps es-deps service-deps pytest

clean:
	rm -rf $(VENV) node_modules .cache

# Benchmarks (bench/README.md has the figures). bench: ITEMS=3000 by default; bench-search:
# LIBRARY, THREADS, POSTS (50,000 / 20,000 / 200,000 by default).
bench: $(STAMP)
	$(BIN)/python bench/library.py --items $(or $(ITEMS),3000)

bench-search: $(STAMP)
	$(BIN)/python bench/site_search.py --library $(or $(LIBRARY),50000) \
		--threads $(or $(THREADS),20000) --posts $(or $(POSTS),200000)

# The demand dashboard's render time on bench-search's database plus a year of feedback (same sizes).
bench-dashboard: $(STAMP)
	$(BIN)/python bench/dashboard.py --library $(or $(LIBRARY),50000) \
		--threads $(or $(THREADS),20000) --posts $(or $(POSTS),200000)

# Relevance on the judged set (tests/search/relevance/): MRR, nDCG, recall per backend and category.
bench-relevance: $(STAMP)
	$(BIN)/python bench/relevance.py

# Members at once over HTTP (gunicorn, 3 workers): errors and latency per action, then the database
# checked (nothing lost, no seat oversold). A fresh SQLite file, or DATABASE_URL (name with "load").
# Then replies to a thread all of them follow, notices written by a task worker (FOLLOWERS members:
# 200 on PostgreSQL, 50 on SQLite).
bench-load: $(STAMP)
	$(BIN)/python bench/load.py --members $(or $(MEMBERS),50) --workers $(or $(WORKERS),3)
	$(BIN)/python bench/load.py --followed --workers $(or $(WORKERS),3) \
		--members $(or $(FOLLOWERS),$(if $(findstring postgres,$(DATABASE_URL)),200,50))

# A mixed workload (searches, reads, sign-ins, replies, enrolments, votes, uploads) for MINUTES (30)
# at RATE actions/s (20) on gunicorn (WORKERS, 3) and task workers (TASK_WORKERS, 2), PostgreSQL
# and Elasticsearch (DATABASE_URL's server, or .ci/postgres.sh's; ELASTICSEARCH_URL, or
# .ci/elasticsearch.sh's), in a database of its own named with "soak", MEMBERS (60) signed in:
# latency per action, errors, memory, connections, the task queue; bench/README.md, "Soak".
bench-soak: $(STAMP)
	$(BIN)/python bench/soak.py --minutes $(or $(MINUTES),30) --rate $(or $(RATE),20) \
		--web-workers $(or $(WORKERS),3) --task-workers $(or $(TASK_WORKERS),2) \
		--members $(or $(MEMBERS),60)
