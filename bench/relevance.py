"""Relevance of the site search on the judged set (tests/search/relevance/), per backend.

    make bench-relevance                                  # database backend, + Elasticsearch
    DATABASE_URL=postgres://… make bench-relevance        # the database backend on PostgreSQL
    python bench/relevance.py --lexical                   # without search by meaning, to compare

Creates a throwaway test database (SQLite, or a test database beside DATABASE_URL's), builds the
judged corpus through the real models, indexes it with each backend in turn and asks every
query through the JSON API. Elasticsearch is the one at ELASTICSEARCH_URL, or one started with
.ci/elasticsearch.sh (skipped with a message when neither can run). Prints MRR@10, nDCG@10 and
recall@10 per backend and category as a Markdown table (for bench/README.md), then the misses.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.test")


def elasticsearch_url():
    """(URL, whether we started it): the configured one, one already running, or a new one."""
    from tests.conftest import already_running

    url = os.environ.get("ELASTICSEARCH_URL", "") or already_running()
    if url:
        return url, False
    done = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / ".ci" / "elasticsearch.sh"), "start"], capture_output=True, text=True
    )
    if done.returncode:
        print(f"Elasticsearch unavailable, skipped: {done.stderr.strip()[-300:]}")
        return "", False
    return done.stdout.strip().removeprefix("export ELASTICSEARCH_URL="), True


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from search import indexing
    from search.backends import get_search_backend
    from tests.search.relevance.evaluate import build_corpus, evaluate, load, table

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    # Search by meaning as in production (test settings turn it off), the rebuild on every core.
    os.environ.setdefault("OMP_NUM_THREADS", str(os.cpu_count()))
    settings.REDATT_SEMANTIC = {"ENABLED": "--lexical" not in sys.argv, "THREADS": 1}
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    url, started = elasticsearch_url()
    backends = {
        f"database ({connection.vendor})": {
            "BACKEND": "search.backends.database.DatabaseSearchBackend"
        }
    }
    if url:
        backends["elasticsearch"] = {
            "BACKEND": "search.backends.elasticsearch.ElasticsearchSearchBackend",
            "URLS": [url],
            "INDEX": f"redatt_relevance_{uuid.uuid4().hex[:8]}",
            "REFRESH": "wait_for",
        }
    reports, all_misses = {}, {}
    try:
        corpus, queries = load()
        urls = build_corpus(corpus)
        for name, config in backends.items():
            settings.REDATT_SEARCH = config
            get_search_backend.cache_clear()
            indexing.rebuild()
            reports[name], all_misses[name] = evaluate(Client(), queries, urls)
            if "URLS" in config:
                backend = get_search_backend()
                for index in backend.behind_alias():
                    backend.client.indices.delete(index=index)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        if started:
            subprocess.run([str(ROOT / ".ci" / "elasticsearch.sh"), "stop"], check=False)  # noqa: S603
    print(f"{len(corpus)} items, {len(queries)} judged queries\n")
    print(table(reports))
    for name, misses in all_misses.items():
        print(f"\n{name}: queries with a first hit not relevant, or relevant items past the top 10")
        for query, mrr, top, lost in misses:
            print(f"  MRR {mrr:.2f}  {query!r}  first: {top}  missing: {lost}")


if __name__ == "__main__":
    main()
