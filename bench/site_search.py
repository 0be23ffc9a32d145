"""Site search at scale: reindex time, then latency and memory of a real web process, per backend.

    make bench-search                                   # 50,000 library items + 200,000 posts
    make bench-search LIBRARY=3000 THREADS=300 POSTS=3000   # a quick run
    ELASTICSEARCH_URL=http://127.0.0.1:59200 make bench-search   # the same on Elasticsearch

Builds (once per size) a database under .cache/bench/ with the demo content plus
`manage.py generate_content` (policy text, realistic titles and taxonomy); times
`manage.py rebuild_search_index`; starts gunicorn (one worker, the production server) on a free
loopback port and requests a fixed query set (single words, accents, plurals, phrases, acronyms,
facet combinations, no results) through the search page, the JSON API and autocomplete; reports
p50/p95/max per URL and overall, the first search after each of a few index changes, and the
worker's peak resident memory (VmHWM).
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
PYTHON = sys.executable

QUERIES = [
    "/buscar/?q=gestion",
    "/buscar/?q=PLANEACION+territorial",
    "/buscar/?q=municipios",
    "/buscar/?q=evaluaciones",
    "/buscar/?q=%22plan+de+desarrollo+territorial%22",
    "/buscar/?q=SGR",
    "/buscar/?q=MDM+indicadores",
    "/buscar/?q=ATT&tipo=poblacional",
    "/buscar/?q=hacienda&contenido=practica&departamento=52",
    "/buscar/?q=salud&nivel=humano&sector=salud&orden=recientes",
    "/buscar/?q=catastro&page=3",
    "/buscar/?q=regalias+vias+terciarias",
    "/buscar/?q=gestoin+documentall",
    "/api/search/?q=gestion",
    "/api/search/?q=SGR&tipo=sectorial&anio=2024",
    "/buscar/autocompletar/?q=gest",
    "/buscar/autocompletar/?q=catastro+multi",
]


def manage(*args, env, quiet=True):
    out = subprocess.DEVNULL if quiet else None
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=out)  # noqa: S603, E501


HAS_GENERATED_CONTENT = """
import sys, django
django.setup()
from community.models import Post
sys.exit(0 if Post.objects.count() >= int(sys.argv[1]) else 1)
"""


def build_database(args, env):
    """The demo plus generated content, once per size: later runs reuse the database.

    SQLite: a file per size under .cache/bench/. Any other database: the one DATABASE_URL names,
    filled on the first run (then kept as long as it holds that many posts).
    """
    database = CACHE / f"search-{args.library}-{args.posts}.sqlite3"
    env.setdefault("DATABASE_URL", f"sqlite:///{database}")
    manage("migrate", env=env)
    filled = subprocess.run(  # noqa: S603 - our own interpreter and snippet
        [PYTHON, "-c", HAS_GENERATED_CONTENT, str(args.posts)], cwd=ROOT, env=env, check=False
    )
    if filled.returncode == 0:
        return
    manage("seed_demo", env=env)
    print("Generating content (once)...", flush=True)
    manage(
        "generate_content",
        f"--library={args.library}",
        f"--threads={args.threads}",
        f"--posts={args.posts}",
        env=env,
    )


# Re-index the newest thread through the same path a reply or an edit takes.
CHANGE_ONE_THREAD = """
import django
django.setup()
from community.models import Thread
from search import indexing
indexing.update(Thread.objects.order_by("-pk").first())
"""


# Search by meaning: a query's embedding on one core, and how much room the vectors take.
SEMANTIC_FIGURES = """
import os, statistics, time
os.environ["OMP_NUM_THREADS"] = "1"
import django
django.setup()
from search import semantic
from search.models import PassageVector, SearchEntry
questions = ["plata que le llega al municipio por el petróleo y la minería",
             "qué papeles le dejo al alcalde que llega", "reglas para construir en el pueblo"]
semantic.query_vector(questions[0])
def timed(embed):
    took = []
    for i in range(60):
        semantic._embedded_query.cache_clear()  # every time as a question never asked before
        started = time.perf_counter()
        embed(questions[i % 3])
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    return f"p50 {statistics.median(took):.0f} ms, p95 {took[int(len(took) * 0.95)]:.0f} ms"
print("Query embedding, one core, a new question whose thesaurus lines this process has "
      f"already read: {timed(semantic.model().query)}; with its lines read afresh too: "
      f"{timed(semantic.query_vector)}")
vectors = PassageVector.objects.count()
passages = sum(len(p.split("\\n")) for p in SearchEntry.objects.values_list("passages", flat=True))
print(f"Vectors: {vectors} stored ({vectors * (semantic.DIMENSIONS + 32) / 2**20:.1f} MB of "
      f"int8 and digests), {passages} passages in {SearchEntry.objects.count()} entries")
"""


# --stand-in-vectors: every passage gets a vector drawn at random from its digest, so that searches
# with the semantic part on can be timed at full scale without the hours a cold embedding of
# every passage takes on two cores. The scoring work per query is the same as with real vectors;
# what it cannot show is ranking quality (bench/relevance.py does). The query is still embedded by
# the model, and EMBEDDING_RATE measures the model on real passages for the rebuild's figure.
STAND_IN_VECTORS = """
import django, numpy as np
django.setup()
from search import semantic
from search.models import PassageVector, SearchEntry
rows, made = [], 0
for passages in SearchEntry.objects.values_list("passages", flat=True).iterator(2000):
    for text in filter(None, passages.split("\\n")):
        key = semantic.digest(text)
        random = np.random.default_rng(int(key[:15], 16))
        vector = semantic.to_int8(random.standard_normal((1, semantic.DIMENSIONS)))[0]
        rows.append(PassageVector(digest=key, vector=vector.tobytes()))
    if len(rows) >= 5000:
        PassageVector.objects.bulk_create(rows, ignore_conflicts=True)
        made, rows = made + len(rows), []
PassageVector.objects.bulk_create(rows, ignore_conflicts=True)
print(f"Stand-in vectors: {made + len(rows)} passages")
"""

# The model's rate on real passages of this database, on every core (as the rebuild runs it).
EMBEDDING_RATE = """
import os, sys, time
import django
django.setup()
from search import semantic
from search.models import SearchEntry
texts = []
for passages in SearchEntry.objects.order_by("?").values_list("passages", flat=True)[:150]:
    texts += [t for t in passages.split("\\n") if t]
texts = texts[:300]
total = sum(len(p.split("\\n")) for p in SearchEntry.objects.values_list("passages", flat=True))
encoder = semantic.model()
encoder.passage(texts[:4])
started = time.perf_counter()
for start in range(0, len(texts), 32):
    encoder.passage(texts[start : start + 32])
rate = len(texts) / (time.perf_counter() - started)
print(f"Embedding rate: {rate:.1f} passages/s on {os.cpu_count()} cores ({len(texts)} real "
      f"passages); {total} passages would take {total / rate / 60:.0f} min from cold")
"""


def run_snippet(code, env):
    subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=env, check=True)  # noqa: S603


def change_content(env):
    run_snippet(CHANGE_ONE_THREAD, env)


def searches_after_a_change(base, env, times):
    """The first search after each index change: what a process pays to follow the index."""
    change_content(env)  # warm-up: the first change may find a snapshot from before the log
    timed_get(base + QUERIES[0])
    took = []
    for _ in range(times):
        change_content(env)
        took.append(timed_get(base + QUERIES[0])[0])
    return took


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env, workers=1, log_level="warning", log=None):
    """gunicorn, the production server, on a free loopback port; returns it and its base URL."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and server, fixed arguments
        [PYTHON, "-m", "gunicorn", "siteconf.wsgi", f"--workers={workers}",
         f"--bind=127.0.0.1:{port}", f"--log-level={log_level}"],
        cwd=ROOT, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/health/", timeout=5)  # noqa: S310 - loopback
            break
        except OSError:
            time.sleep(0.3)
    return server, base


def worker_peak_rss_mb(server):
    """VmHWM of gunicorn's worker (the one child of the arbiter)."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    status = Path(f"/proc/{children[0]}/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def timed_get(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - loopback
        body = response.read()
    return (time.perf_counter() - started) * 1000, len(body)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=int, default=50_000)
    parser.add_argument("--threads", type=int, default=20_000)
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip-rebuild", action="store_true")
    parser.add_argument("--lexical", action="store_true", help="search by meaning off")
    parser.add_argument(
        "--stand-in-vectors",
        action="store_true",
        help="random vectors instead of a cold embedding of every passage (see STAND_IN_VECTORS)",
    )
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.test",
        "MEDIA_ROOT": str(CACHE / "media"),
    }
    env["SEMANTIC_SEARCH"] = "off"  # while generating: embedding is the timed rebuild's work
    build_database(args, env)
    env["SEMANTIC_SEARCH"] = "off" if args.lexical else "on"
    backend = "Elasticsearch" if env.get("ELASTICSEARCH_URL") else "database"
    print(f"Backend: {backend}; {args.library} library items, {args.threads} threads, "
          f"{args.posts} posts")  # fmt: skip
    if args.stand_in_vectors and not args.lexical:
        lexical = {**env, "SEMANTIC_SEARCH": "off"}
        started = time.perf_counter()
        manage("rebuild_search_index", env=lexical)
        print(f"Full reindex without vectors: {time.perf_counter() - started:.0f} s")
        run_snippet(STAND_IN_VECTORS, env)
        run_snippet(EMBEDDING_RATE, {**env, "OMP_NUM_THREADS": str(os.cpu_count())})
    if not args.skip_rebuild:
        started = time.perf_counter()
        manage("rebuild_search_index", env=env)
        print(f"Full reindex: {time.perf_counter() - started:.0f} s")
    server, base = start_server(env)
    try:
        for url in QUERIES:  # warm-up: imports, caches, the engine's file cache
            timed_get(base + url)
        every = []
        print(f"\n{args.repeat} requests per URL, after one warm-up round\n")
        print("| URL | p50 ms | p95 ms | max ms | KB |")
        print("| --- | --: | --: | --: | --: |")
        for url in QUERIES:
            times, size = [], 0
            for _ in range(args.repeat):
                milliseconds, size = timed_get(base + url)
                times.append(milliseconds)
            every += times
            print(f"| `{url}` | {statistics.median(times):.0f} | {percentile(times, 0.95):.0f} "
                  f"| {max(times):.0f} | {size / 1024:.0f} |")  # fmt: skip
        print(f"| **all {len(every)} requests** | {statistics.median(every):.0f} "
              f"| {percentile(every, 0.95):.0f} | {max(every):.0f} | |")  # fmt: skip
        after = searches_after_a_change(base, env, times=5)
        print(f"\n`{QUERIES[0]}` right after each of 5 index changes: "
              f"p50 {statistics.median(after):.0f} ms, max {max(after):.0f} ms")  # fmt: skip
        print(f"\nWeb worker peak RSS: {worker_peak_rss_mb(server):.0f} MB")
        if not args.lexical:
            run_snippet(SEMANTIC_FIGURES, env)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
