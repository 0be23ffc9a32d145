"""Soak: a mixed workload at a steady rate for a long time, on gunicorn and task workers over
PostgreSQL and Elasticsearch; latency per action, errors, memory, connections and the task queue.

    make bench-soak                                  # 30 minutes at 20 actions/s
    make bench-soak MINUTES=2 RATE=10                # a short trial
    .venv/bin/python bench/soak.py --help

Services: PostgreSQL from DATABASE_URL (a postgres:// URL), or the cluster `.ci/postgres.sh start`
runs (started when nothing answers there, and then stopped afterwards). The soak works in a
database of its own on that server, whose name contains "soak": DATABASE_URL's database when its
name does, else `<name>_soak` beside it; it is dropped and made again on every run, so the
database DATABASE_URL names is never touched. Elasticsearch from ELASTICSEARCH_URL, or
`.ci/elasticsearch.sh start` (stopped afterwards only when the soak started it), with the indexes
`redatt_soak_*` (ELASTICSEARCH_INDEX_PREFIX).

Before the clock: `migrate`, `manage.py seed_demo` (the demo's library, courses, community and
meeting), then with the project's factories the members (accounts a month old, members of every
public space, each following a few threads it will reply to, every third on the daily digest),
threads of their own beside the demo's, two cohorts of a demo course (one with a seat for
everybody, one with a sixth of that) and editors with an authenticator app;
`manage.py update_index` (Wagtail's admin index) and `manage.py rebuild_search_index` (the site's,
with search by meaning unless --lexical). Starts --task-workers `manage.py db_worker` and waits for
the tasks the seeding queued, starts gunicorn with --web-workers (bench/soak_settings.py: the
test settings with production's task queue, cache and password hashing), checks every page the
readers will open, signs every member and editor in through the login form (editors with their
second step) and warms the workers up.

The clock: an open-loop scheduler sends --rate actions a second on average (Poisson arrivals: the
next action does not wait for the last one's answer), each drawn by weight (WEIGHTS) and run by a
pool of client threads as one of the members (its own cookies; one request at a time per member),
or for reads and searches as often as not by an anonymous visitor. Latency is measured from the
moment the action was scheduled, so waiting for a client thread or in gunicorn's backlog counts.
An error is an unexpected status (a redirect to the login page included), a lost connection or a
timeout. Every --sample-seconds: the resident memory of each gunicorn and db_worker process, the
database's connections, the task queue's depth and lag (the oldest task ready to run), whether
Elasticsearch and /health/ answer. After the clock: waits for the queue to empty, then checks the
database (every reply answered OK stored, every member's enrolment and vote as its last answer
left them, no seat oversold or left empty while someone waits, every upload stored, no task
failed). Prints a table per sample, the summary against the targets (p95 ≤ 300 ms for reads and
≤ 1 s for writes, memory flat after the warm-up) and writes everything to
.cache/bench/soak-<time>.json. Exits 1 on any error or failed check.
"""

import argparse
import datetime
import functools
import io
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

from load import (  # bench/ is the script's folder
    LOGIN,
    Member,
    manage,
    server_exceptions,
    snippet,
    start_worker,
)
from site_search import percentile, start_server

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
PASSWORD = "clave-de-resistencia-2026"  # noqa: S105 - throwaway accounts in a throwaway database
# Base32, the form authenticator apps take; the soak's editors share it.
TOTP_SECRET = "SOAKEDITORTOTPSECRETFORBENCHMARK"  # noqa: S105 - throwaway accounts
QUERIES_FILE = ROOT / "tests" / "search" / "relevance" / "queries.json"

# action: (share of the actions, read or write). Reads and searches are GETs; every write a POST.
WEIGHTS = {
    "search": (25, "read"),
    "read a page": (35, "read"),
    "API search": (5, "read"),
    "sign in": (5, "write"),
    "reply": (10, "write"),
    "enrol or cancel": (8, "write"),
    "vote": (5, "write"),
    "upload": (7, "write"),
}
TARGET_MS = {"read": 300, "write": 1000}
THREADS_PER_MEMBER = 3  # the threads each member follows and replies to
EDITORS = 4
ANONYMOUS_SHARE = 0.5  # of reads and searches, by visitors who are not signed in
RSS_GROWTH_FLAG = 0.10

# Facets and pages added to some searches, as people narrow or page through results.
SEARCH_EXTRAS = ["&contenido=practica", "&orden=recientes", "&departamento=52",
                 "&tipo=institucional", "&page=2", "&contenido=guia&sector=salud"]  # fmt: skip
# Listings with facets, beside every live page and public thread.
EXTRA_READS = ["/biblioteca/?tipo=institucional&sector=salud&departamento=52",
               "/biblioteca/practicas/?departamento=52", "/eventos/", "/datos/"]  # fmt: skip
REPLY_OPENINGS = ["En nuestro municipio", "Desde la secretaría de planeación", "Con el equipo",
                  "En la gobernación", "Nosotros", "En la alcaldía"]  # fmt: skip
REPLY_MIDDLES = ["lo resolvimos con una mesa técnica mensual",
                 "pedimos asistencia técnica al DNP y nos sirvió la guía",
                 "usamos el formato de la biblioteca y lo adaptamos",
                 "todavía estamos en eso; les cuento cómo nos va",
                 "armamos un cronograma con el concejo",
                 "hicimos el curso de la ESAP y aplicamos lo del módulo dos"]  # fmt: skip


# The content of the soak, made after seed_demo with the project's factories; prints JSON.
SOAK_CONTENT = """
import json, random, sys, django
django.setup()
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Collection, Page
from accounts import roles
from accounts.factories import UserFactory, give_authenticator_app
from community.factories import ThreadFactory
from community.models import Follow, Membership, SpacePage, Thread
from meeting.models import EditionPage
from meeting.workflow import vote_candidates
from notifications.models import EmailPreference
from training.factories import CohortFactory
from training.models import CoursePage, TrainingPlanPage

members, editors, per_member = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
password, secret = sys.argv[4], sys.argv[5]
rng = random.Random(2026)
# A month old: past the new-account review (community.conf), replies publish at once.
joined = timezone.now() - timedelta(days=30)
spaces = list(SpacePage.objects.live().filter(visibility="publico").order_by("pk"))
usernames = []
for n in range(members):
    user = UserFactory(username=f"soak{n:03d}", password=None, date_joined=joined)
    usernames.append(user.username)
    Membership.objects.bulk_create([Membership(space=space, user=user) for space in spaces])
    if n % 3 == 0:  # as load.py --followed: every third reads the daily digest
        EmailPreference.objects.create(user=user, frequency=EmailPreference.Frequency.DIGEST)
authors = get_user_model().objects.filter(username__in=usernames).order_by("username")
for n, author in enumerate(authors[: members // 2]):  # threads of their own beside the demo's
    ThreadFactory(space=spaces[n % len(spaces)], author=author,
                  title=f"Experiencias de asistencia técnica, mesa {n + 1}",
                  source="¿Cómo lo están haciendo en su municipio? Cuéntennos.")
threads = list(Thread.objects.filter(space__in=spaces, approved=True, hidden=False,
                                     locked=False).order_by("pk"))
home = {}
for user in authors:
    chosen = rng.sample(threads, min(per_member, len(threads)))
    for thread in chosen:
        Follow.objects.get_or_create(user=user, thread=thread)
    home[user.username] = [thread.get_absolute_url() for thread in chosen]
plan = TrainingPlanPage.objects.live().first()
course = CoursePage.objects.live().descendant_of(plan).order_by("path").first()
roomy = CohortFactory(course=course, seats=members)
small = CohortFactory(course=course, seats=max(2, members // 6))
editor_names = []
for n in range(editors):
    editor = UserFactory(username=f"soakeditor{n}", password=None, roles=[roles.EDITORS],
                         totp=False, date_joined=joined)
    give_authenticator_app(editor, secret)
    editor_names.append(editor.username)
get_user_model().objects.filter(username__in=usernames + editor_names).update(
    password=make_password(password))  # hashed once: PBKDF2 costs a third of a second each
edition = next(e for e in EditionPage.objects.live().order_by("-year") if e.vote_is_open())
reads = [page.url for page in Page.objects.live().public().filter(depth__gt=1) if page.url]
reads += [thread.get_absolute_url() for thread in threads]
enrol = plan.url + "convocatorias/{}/{}/"
print(json.dumps({
    "usernames": usernames, "editors": editor_names, "home_threads": home, "reads": reads,
    "cohorts": {"roomy": [roomy.pk, roomy.seats], "small": [small.pk, small.seats]},
    "enrol": {name: enrol.format(cohort.pk, "inscribirse") for name, cohort in
              (("roomy", roomy), ("small", small))},
    "cancel": {name: enrol.format(cohort.pk, "cancelar") for name, cohort in
               (("roomy", roomy), ("small", small))},
    "vote": edition.url + "votar/", "edition_id": edition.pk,
    "candidates": [n.pk for n in vote_candidates(edition)],
    "task_table": DBTaskResult._meta.db_table,
    "collection": Collection.get_first_root_node().pk,
}))
"""

# After the clock: what the database holds, for the checks (argv: a JSON file of the run).
STORED = """
import json, sys, django
django.setup()
from django.db.models import Count
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from community.models import Post
from meeting.models import Vote
from training.models import Enrollment

run = json.load(open(sys.argv[1]))
soak = {"author__username__startswith": "soak"}
posts = {}
for name in Post.objects.filter(created__gte=run["clock_started"], **soak).values_list(
        "author__username", flat=True):
    posts[name] = posts.get(name, 0) + 1
cohorts = {pk for pk, _ in run["cohorts"].values()}
active, statuses = [], {}
for name, cohort, status in Enrollment.objects.filter(
        cohort_id__in=cohorts, user__username__startswith="soak").values_list(
        "user__username", "cohort_id", "status"):
    statuses.setdefault(str(cohort), {}).setdefault(status, 0)
    statuses[str(cohort)][status] += 1
    if status in (Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED):
        active.append([name, cohort])
votes = dict(Vote.objects.filter(edition_id=run["edition_id"], user__username__startswith="soak")
             .values_list("user__username", "nomination_id"))
uploads = (get_document_model().objects.filter(title__startswith="Soak ").count()
           + get_image_model().objects.filter(title__startswith="Soak ").count())
failed = list(DBTaskResult.objects.filter(status="FAILED").values_list(
    "task_path", "exception_class_path").annotate(n=Count("id")))
tasks = {}
for path, status, n in DBTaskResult.objects.values_list("task_path", "status").annotate(
        n=Count("id")):
    tasks.setdefault(path, {})[status] = n
print(json.dumps({"posts": posts, "active": active, "statuses": statuses, "votes": votes,
                  "uploads": uploads, "failed": failed, "tasks": tasks,
                  "enrolled": Enrollment.Status.ENROLLED.value,
                  "waiting": Enrollment.Status.WAITLISTED.value}))
"""


@functools.cache
def site_totp():
    """The site's own six-digit code function (accounts.staff.current_code, django-allauth's
    HOTP), loaded once in this client process: no second implementation of RFC 6238 here."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.test")
    import django

    django.setup()
    from accounts.staff import current_code

    return current_code


def totp(secret, at=None):
    """The code the editor's authenticator app shows now."""
    return site_totp()(secret, at or time.time())


def multipart(fields, file_field, filename, content, content_type):
    """A multipart/form-data body, as a browser sends a form with a file; returns (body, type)."""
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(f"{value}\r\n".encode())
    out.write(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
    )
    out.write(content + f"\r\n--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


class Client(Member):
    """A browser (load.py's Member: its own cookies, redirects not followed), one request at a time
    (`lock`), remembering what the member did that the database should show afterwards."""

    def __init__(self, base, username, timeout):
        super().__init__(base, username)
        self.timeout = timeout
        self.lock = threading.Lock()
        self.enrolled = False  # holds an active enrolment in its cohort, as far as it was told
        self.unsure = False  # an enrol or cancel failed: the database may say either
        self.vote = None  # the nomination of its last vote answered OK
        self.vote_unsure = False  # a vote failed: the database may hold it or the one before
        self.replies = 0  # answered OK: stored
        self.replies_unknown = 0  # no answer (lost connection, timeout): stored or not

    def csrf(self):
        """The CSRF cookie's value, which Django accepts in the form; it changes at login."""
        return next((c.value for c in self.cookies if c.name == "csrftoken"), "")

    def post(self, path, **fields):
        return self.request(path, {"csrfmiddlewaretoken": self.csrf(), **fields})

    def upload(self, path, fields, file_field, filename, content, content_type):
        body, kind = multipart(
            {"csrfmiddlewaretoken": self.csrf(), **fields}, file_field, filename, content,
            content_type,
        )  # fmt: skip
        request = urllib.request.Request(self.base + path, body, {"Content-Type": kind})  # noqa: S310
        try:
            with self.opener.open(request, timeout=self.timeout) as response:  # noqa: S310
                return response.status, response.read().decode(errors="replace"), ""
        except urllib.error.HTTPError as error:
            location = error.headers["Location"] or ""
            return error.code, error.read().decode(errors="replace"), location
        except OSError as error:
            return 0, repr(error), ""

    def sign_in(self, second_step=None):
        """The login form, as a person fills it in: GET (the CSRF cookie), POST; then the code of
        the authenticator app when asked. Returns (status, body, Location) of the last answer."""
        status, body, location = self.request(LOGIN)
        if status != 200:
            return status, body, location
        answer = self.post(LOGIN, login=self.username, password=PASSWORD)
        if second_step and answer[0] == 302 and "/dos-pasos/" in answer[2]:
            self.request(urllib.parse.urlsplit(answer[2]).path)
            answer = self.post("/cuenta/dos-pasos/verificar/", code=totp(second_step))
        return answer


class Soak:
    """The run: its clients, the schedule, the samples and the results."""

    def __init__(self, args, base, content, rng):
        self.args, self.base, self.content, self.rng = args, base, content, rng
        self.results = []  # dicts, appended by the client threads
        self.samples = []
        self.stop = threading.Event()
        self.members = [Client(base, name, args.timeout) for name in content["usernames"]]
        self.editors = [Client(base, name, args.timeout) for name in content["editors"]]
        for n, member in enumerate(self.members):
            member.cohort = "small" if n % 2 == 0 else "roomy"
            member.threads = content["home_threads"][member.username]
        queries = json.loads(QUERIES_FILE.read_text())
        self.queries = [q["query"] for q in queries]
        self.images = [image_bytes(random.Random(n)) for n in range(8)]
        self.uploads = 0
        self.count_lock = threading.Lock()

    # -- who does it ---------------------------------------------------------------------------

    def borrow(self, clients, rnd):
        """A client not busy (a member does one thing at a time), else wait for one."""
        for client in rnd.sample(clients, min(8, len(clients))):
            if client.lock.acquire(blocking=False):
                return client
        client = rnd.choice(clients)
        client.lock.acquire()
        return client

    def visitor_or_member(self, rnd):
        if rnd.random() < ANONYMOUS_SHARE:
            return Client(self.base, "", self.args.timeout), False
        return self.borrow(self.members, rnd), True

    # -- the actions: each returns (status, body, Location, the status expected) ---------------

    def search(self, client, rnd):
        query = urllib.parse.quote_plus(rnd.choice(self.queries))
        extra = rnd.choice(SEARCH_EXTRAS) if rnd.random() < 0.2 else ""
        return (*client.request(f"/buscar/?q={query}{extra}"), 200)

    def api_search(self, client, rnd):
        query = urllib.parse.quote_plus(rnd.choice(self.queries))
        return (*client.request(f"/api/search/?q={query}"), 200)

    def read(self, client, rnd):
        return (*client.request(rnd.choice(self.content["reads"])), 200)

    def fresh_sign_in(self, member, rnd):
        """A new session through the login form; the member goes on with it."""
        fresh = Client(self.base, member.username, self.args.timeout)
        answer = fresh.sign_in()
        if answer[0] == 302:
            member.cookies, member.opener = fresh.cookies, fresh.opener
        return (*answer, 302)

    def reply(self, member, rnd):
        text = (f"{rnd.choice(REPLY_OPENINGS)} {rnd.choice(REPLY_MIDDLES)}. "
                f"({member.username}, {uuid.uuid4().hex[:8]})")  # fmt: skip
        answer = member.post(rnd.choice(member.threads).split("#")[0], source=text, reply_to="")
        if answer[0] == 302 and "/hilos/" in answer[2]:
            member.replies += 1
        elif answer[0] == 0:
            member.replies_unknown += 1
        return (*answer, 302)

    def enrol_or_cancel(self, member, rnd):
        urls = self.content["cancel" if member.enrolled else "enrol"]
        answer = member.post(urls[member.cohort])
        if answer[0] == 302 and LOGIN not in answer[2]:
            member.enrolled = not member.enrolled
        else:
            member.unsure = True
        return (*answer, 302)

    def vote(self, member, rnd):
        nomination = rnd.choice(self.content["candidates"])
        answer = member.post(self.content["vote"], nomination=nomination)
        if answer[0] == 302 and LOGIN not in answer[2]:
            member.vote = nomination
        else:
            member.vote_unsure = True
        return (*answer, 302)

    def upload(self, editor, rnd):
        with self.count_lock:
            self.uploads += 1
            n = self.uploads
        if n % 2:
            fields = {"title": f"Soak anexo {n}", "collection": self.content["collection"]}
            return (*editor.upload("/admin/documents/add/", fields, "file", f"anexo-{n}.pdf",
                                   pdf_bytes(rnd), "application/pdf"), 302)  # fmt: skip
        fields = {"title": f"Soak foto {n}", "collection": self.content["collection"]}
        return (*editor.upload("/admin/images/add/", fields, "file", f"foto-{n}.jpg",
                               rnd.choice(self.images), "image/jpeg"), 302)  # fmt: skip

    def run_action(self, action, scheduled, seed):
        rnd = random.Random(seed)
        client, borrowed = None, False
        sent = None
        try:
            if action in ("search", "read a page", "API search"):
                client, borrowed = self.visitor_or_member(rnd)
            elif action == "upload":
                client, borrowed = self.borrow(self.editors, rnd), True
            else:
                client, borrowed = self.borrow(self.members, rnd), True
            do = {
                "search": self.search, "API search": self.api_search, "read a page": self.read,
                "sign in": self.fresh_sign_in, "reply": self.reply,
                "enrol or cancel": self.enrol_or_cancel, "vote": self.vote,
                "upload": self.upload,
            }[action]  # fmt: skip
            sent = time.monotonic()
            if sent - scheduled > self.args.timeout:  # the person gave up before it was sent
                status, body, location, expected = 0, "", "", None
            else:
                status, body, location, expected = do(client, rnd)
        except Exception as error:  # noqa: BLE001 - a fault of the client is an error too
            status, body, location, expected = -1, repr(error), "", None
        finally:
            if borrowed:
                client.lock.release()
        done = time.monotonic()
        to_login = location.startswith(LOGIN) or f"{self.base}{LOGIN}" in location
        late = done - scheduled > self.args.timeout
        ok = status == expected and not to_login and not late
        if ok:
            problem = ""
        elif late and expected is None and status == 0:
            problem = f"not sent: no client free for {sent - scheduled:.0f} s"
        elif late:
            problem = f"timed out: {done - scheduled:.0f} s after it was scheduled"
        else:
            problem = f"to {location}" if to_login else " ".join(body.split())[:300]
        self.results.append({
            "action": action, "scheduled": scheduled, "sent": sent or done, "done": done,
            "status": status, "ok": ok, "problem": problem,
            "who": getattr(client, "username", "") or "visitor",
        })  # fmt: skip

    # -- the clock -----------------------------------------------------------------------------

    def run(self, pool):
        """Schedules actions from `started` until the time is up or `stop` is set."""
        names = list(WEIGHTS)
        weights = [WEIGHTS[name][0] for name in names]
        duration = self.args.minutes * 60
        at = 0.0
        try:
            while not self.stop.is_set():
                at += self.rng.expovariate(self.args.rate)
                if at >= duration:
                    break
                wait = self.started + at - time.monotonic()
                if wait > 0 and self.stop.wait(wait):
                    break
                action = self.rng.choices(names, weights)[0]
                pool.submit(self.run_action, action, self.started + at, self.rng.getrandbits(64))
        finally:  # Ctrl-C included
            self.ended = time.monotonic()


def image_bytes(rnd):
    """A photo-sized JPEG (1200×800, about 50 KB): coloured blocks, different per seed."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 800), (rnd.randrange(256), 120, 60))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rnd.randrange(1200), rnd.randrange(800)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        draw.rectangle([x, y, x + rnd.randrange(40, 300), y + rnd.randrange(30, 200)], colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def pdf_bytes(rnd):
    """A small PDF-looking file (documents are stored as uploaded; Wagtail does not parse them)."""
    text = " ".join(rnd.choice(REPLY_MIDDLES) for _ in range(400))
    return f"%PDF-1.4\n% Anexo de soak\n{text}\n%%EOF\n".encode()


# -- services --------------------------------------------------------------------------------------


def run_script(*command):
    """(exit status, standard output) of one of .ci/'s scripts."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    return done.returncode, done.stdout.strip()


def url_answers(url):
    try:
        with urllib.request.urlopen(url, timeout=3):  # noqa: S310 - loopback or the operator's
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def postgres_answers(url):
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=3).close()
        return True
    except psycopg.Error:
        return False


def database_url(started):
    """DATABASE_URL, or the throwaway cluster .ci/postgres.sh runs (started if need be)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        status, known = run_script(".ci/postgres.sh", "url")
        if status or not postgres_answers(known):
            print("Starting PostgreSQL: .ci/postgres.sh start", flush=True)
            status, out = run_script(".ci/postgres.sh", "start")
            if status:
                sys.exit("PostgreSQL did not start (.ci/postgres.sh start); set DATABASE_URL")
            started.append(("PostgreSQL", [".ci/postgres.sh", "stop"]))
            known = out.removeprefix("export DATABASE_URL=")
        url = known
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(f"bench/soak.py runs on PostgreSQL; DATABASE_URL is {url!r}")
    return url


def soak_database(url):
    """The soak's own database on DATABASE_URL's server, dropped and made again: the database
    DATABASE_URL names when its name contains "soak", else `<name>_soak`."""
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/") or "postgres"
    soak = name if "soak" in name else f"{name}_soak"
    maintenance = parts._replace(path="/" + (name if name != soak else "postgres")).geturl()
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(soak)))  # fmt: skip
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(soak)))
    return parts._replace(path="/" + soak).geturl(), soak


def elasticsearch_url(started):
    url = os.environ.get("ELASTICSEARCH_URL", "")
    if url:
        return url
    status, known = run_script(".ci/elasticsearch.sh", "url")
    if status or not url_answers(known):
        print("Starting Elasticsearch: .ci/elasticsearch.sh start", flush=True)
        status, out = run_script(".ci/elasticsearch.sh", "start")
        if status:
            sys.exit("Elasticsearch did not start (.ci/elasticsearch.sh start); set "
                     "ELASTICSEARCH_URL")  # fmt: skip
        started.append(("Elasticsearch", [".ci/elasticsearch.sh", "stop"]))
        known = out.removeprefix("export ELASTICSEARCH_URL=")
    return known


# -- sampling --------------------------------------------------------------------------------------

QUEUE_SQL = """
SELECT count(*) FILTER (WHERE ready), count(*) FILTER (WHERE status = 'RUNNING'),
       count(*) FILTER (WHERE status = 'FAILED'), count(*) FILTER (WHERE status = 'SUCCESSFUL'),
       EXTRACT(EPOCH FROM now() - min(since) FILTER (WHERE ready))
FROM (SELECT status,
             status = 'READY' AND (run_after >= '9999-01-01' OR run_after <= now()) AS ready,
             CASE WHEN run_after >= '9999-01-01' THEN enqueued_at ELSE run_after END AS since
      FROM {table}) AS tasks
"""


def rss_mb(pid):
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    line = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "")
    return int(line.split()[1]) / 1024 if line else None


def children(pid):
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class Sampler:
    """Every --sample-seconds: memory, connections, the queue, the engines; prints a line."""

    COLUMNS = ("| time | actions/s | errors | read p95 | write p95 | web RSS MB | task RSS MB "
               "| DB conns | queue | running | lag s | ES | health | load |")  # fmt: skip

    def __init__(self, soak, database, table, server, workers, es_url, base):
        self.soak, self.database, self.table = soak, database, table
        self.server, self.workers, self.es_url, self.base = server, workers, es_url, base
        self.connection = None

    def connect(self):
        import psycopg

        self.connection = psycopg.connect(self.database, autocommit=True)

    def queue(self):
        from psycopg import sql

        query = sql.SQL(QUEUE_SQL).format(table=sql.Identifier(self.table))
        ready, running, failed, done, lag = self.connection.execute(query).fetchone()
        return {"ready": ready, "running": running, "failed": failed, "successful": done,
                "lag_s": float(lag or 0)}  # fmt: skip

    def connections(self):
        return self.connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        ).fetchone()[0]

    def engine(self):
        try:
            url = f"{self.es_url}/_cluster/health"
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                return json.load(response)["status"]
        except (OSError, ValueError, KeyError):
            return "down"

    def health(self):
        try:
            with urllib.request.urlopen(f"{self.base}/health/", timeout=5) as response:  # noqa: S310
                return json.load(response)["status"]
        except urllib.error.HTTPError as error:
            return f"HTTP {error.code}"
        except TimeoutError:
            return "slow"  # not answered in 5 s: behind the backlog of actions
        except urllib.error.URLError as error:
            return "slow" if isinstance(error.reason, TimeoutError) else "down"
        except (OSError, ValueError, KeyError):
            return "down"

    def sample(self, since):
        now = time.monotonic()
        web = {pid: rss_mb(pid) for pid in children(self.server.pid)}
        tasks = {}
        for worker in self.workers:
            for pid in [worker.pid, *children(worker.pid)]:
                tasks[pid] = rss_mb(pid)
        done = [r for r in self.soak.results if since <= r["done"] < now]
        by_kind = {"read": [], "write": []}
        for r in done:
            by_kind[WEIGHTS[r["action"]][1]].append((r["done"] - r["scheduled"]) * 1000)
        queue = self.queue()
        sample = {
            "elapsed_s": round(now - self.soak.started, 1),
            "actions_per_s": round(len(done) / max(now - since, 0.001), 2),
            "errors_total": sum(1 for r in self.soak.results if not r["ok"]),
            "read_p95_ms": round(percentile(by_kind["read"], 0.95)) if by_kind["read"] else None,
            "write_p95_ms": (
                round(percentile(by_kind["write"], 0.95)) if by_kind["write"] else None
            ),  # fmt: skip
            "web_rss_mb": {str(pid): mb for pid, mb in web.items()},
            "gunicorn_master_rss_mb": rss_mb(self.server.pid),
            "task_rss_mb": {str(pid): mb for pid, mb in tasks.items()},
            "db_connections": self.connections(),
            **{f"queue_{k}": v for k, v in queue.items()},
            "elasticsearch": self.engine(),
            "health": self.health(),
            "load_average": os.getloadavg()[0],
        }
        self.soak.samples.append(sample)
        return sample

    def line(self, s):
        mbs = lambda d: "/".join(f"{v:.0f}" for v in d.values() if v is not None)  # noqa: E731
        dash = lambda v: "–" if v is None else f"{v:,}"  # noqa: E731
        minutes, seconds = divmod(round(s["elapsed_s"]), 60)
        return (f"| {minutes}:{seconds:02d} | {s['actions_per_s']:.1f} | {s['errors_total']} "
                f"| {dash(s['read_p95_ms'])} | {dash(s['write_p95_ms'])} | {mbs(s['web_rss_mb'])} "
                f"| {mbs(s['task_rss_mb'])} | {s['db_connections']} | {s['queue_ready']} "
                f"| {s['queue_running']} | {s['queue_lag_s']:.1f} | {s['elasticsearch']} "
                f"| {s['health']} | {s['load_average']:.1f} |")  # fmt: skip

    def loop(self, interval):
        print(self.COLUMNS)
        print("|" + " --: |" * (self.COLUMNS.count("|") - 1))
        since = tick = self.soak.started
        while True:
            tick += interval  # on fixed ticks: a slow sample does not push the next ones back
            if self.soak.stop.wait(max(0, tick - time.monotonic())):
                return
            now = time.monotonic()
            try:
                print(self.line(self.sample(since)), flush=True)
            except Exception as error:  # noqa: BLE001 - a failed sample must not end the run
                print(f"| sample failed: {error!r} |", flush=True)
            since = now


# -- before and after the clock --------------------------------------------------------------------


def build(args, env):
    """Migrate, seed the demo and the soak's content, index; returns the content's JSON."""
    steps = []

    def step(name, function, *a, **kw):
        started = time.perf_counter()
        print(f"  {name}...", end="", flush=True)
        result = function(*a, **kw)
        steps.append((name, time.perf_counter() - started))
        print(f" {steps[-1][1]:.0f} s", flush=True)
        return result

    lexical = {**env, "SEMANTIC_SEARCH": "off"}  # embedding is the rebuild's work, below
    step("migrate", manage, "migrate", "--no-input", env=lexical)
    step("seed_demo", manage, "seed_demo", env=lexical)
    content = step(
        f"{args.members} members, {EDITORS} editors, their threads and cohorts",
        snippet, SOAK_CONTENT, args.members, EDITORS, THREADS_PER_MEMBER, PASSWORD, TOTP_SECRET,
        env=lexical,
    )  # fmt: skip
    step("update_index (Wagtail's admin index)", manage, "update_index", env=env)
    step("rebuild_search_index", manage, "rebuild_search_index", env=env)
    return content, steps


def wait_for_queue(sampler, timeout):
    """Seconds until no task is ready or running (None if still busy after `timeout`)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        queue = sampler.queue()
        if not queue["ready"] and not queue["running"]:
            return time.monotonic() - started
        time.sleep(1)
    return None


def probe_reads(base, reads, timeout):
    """Every page readers will open, once, as a visitor: those answering 200 stay; a 5xx is a
    fault of the site, reported."""
    kept, faults = [], []
    visitor = Client(base, "", timeout)
    for path in reads:
        status, body, _location = visitor.request(path)
        if status == 200:
            kept.append(path)
        elif status >= 500 or status == 0:
            faults.append(f"{path}: HTTP {status} {' '.join(body.split())[:200]}")
    return kept, faults


def sign_everyone_in(soak):
    """Members and editors sign in through the login form before the clock (four at a time)."""
    faults = []

    def one(client, second_step=None):
        status, body, location = client.sign_in(second_step)
        if status != 302 or LOGIN in location or "/dos-pasos/" in location:
            faults.append(f"{client.username}: HTTP {status} to {location!r} "
                          f"{' '.join(body.split())[:200]}")  # fmt: skip

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(one, soak.members))
        list(pool.map(lambda editor: one(editor, TOTP_SECRET), soak.editors))
    for editor in soak.editors:  # the admin opens for them
        status, _body, location = editor.request("/admin/")
        if status != 200:
            faults.append(f"{editor.username}: /admin/ answered HTTP {status} {location}")
    return faults


def warm_up(soak, workers):
    """Each web worker's first searches (the model of search by meaning loads then) and pages."""
    rnd = random.Random(1)

    def some(_):
        visitor = Client(soak.base, "", soak.args.timeout)
        for _ in range(3):
            soak.search(visitor, rnd)
            soak.read(visitor, rnd)

    with ThreadPoolExecutor(2 * workers) as pool:
        list(pool.map(some, range(4 * workers)))


# -- the report ------------------------------------------------------------------------------------


def action_table(results, service):
    """Per action: count, errors, p50/p95/p99/max from the schedule, p95 from the send, p50 and
    p95 in the web worker (gunicorn's access log)."""
    rows = []
    lines = ["| action | kind | actions | errors | p50 ms | p95 ms | p99 ms | max ms "
             "| p95 from send | in worker p50 / p95 |",
             "| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |"]  # fmt: skip
    for action, (_, kind) in [*WEIGHTS.items(), ("all reads", (0, "read")),
                              ("all writes", (0, "write"))]:  # fmt: skip
        if action.startswith("all "):
            mine = [r for r in results if WEIGHTS[r["action"]][1] == kind]
            worker = [ms for name, times in service.items() if WEIGHTS[name][1] == kind
                      for ms in times]  # fmt: skip
        else:
            mine = [r for r in results if r["action"] == action]
            worker = service.get(action, [])
        if not mine:
            continue
        latency = [(r["done"] - r["scheduled"]) * 1000 for r in mine]
        sent = [(r["done"] - r["sent"]) * 1000 for r in mine]
        row = {
            "action": action, "kind": kind, "count": len(mine),
            "errors": sum(1 for r in mine if not r["ok"]),
            "p50_ms": statistics.median(latency), "p95_ms": percentile(latency, 0.95),
            "p99_ms": percentile(latency, 0.99), "max_ms": max(latency),
            "p95_from_send_ms": percentile(sent, 0.95),
            "p50_in_worker_ms": statistics.median(worker) if worker else None,
            "p95_in_worker_ms": percentile(worker, 0.95) if worker else None,
        }  # fmt: skip
        rows.append(row)
        in_worker = "–"
        if worker:
            in_worker = f"{row['p50_in_worker_ms']:,.0f} / {row['p95_in_worker_ms']:,.0f}"
        name = f"**{action}**" if action.startswith("all ") else action
        lines.append(
            f"| {name} | {kind} | {row['count']:,} | {row['errors']} | {row['p50_ms']:,.0f} "
            f"| {row['p95_ms']:,.0f} | {row['p99_ms']:,.0f} | {row['max_ms']:,.0f} "
            f"| {row['p95_from_send_ms']:,.0f} | {in_worker} |"
        )
    return rows, lines


def classify(method, path):
    """Which action a request of gunicorn's access log belongs to (None: not one of them)."""
    if method == "GET":
        if path.startswith("/buscar/"):
            return "search"
        if path.startswith("/api/search/"):
            return "API search"
        if path.startswith(("/cuenta/", "/admin/", "/health/")):
            return None
        return "read a page"
    if path == LOGIN:
        return "sign in"
    if path.startswith("/comunidad/hilos/"):
        return "reply"
    if path.endswith(("/inscribirse/", "/cancelar/")):
        return "enrol or cancel"
    if path.endswith("/votar/"):
        return "vote"
    if path.startswith(("/admin/documents/add/", "/admin/images/add/")):
        return "upload"
    return None


def service_times(access_log, start, end):
    """Milliseconds in the web worker per action, from the bytes the access log got while the
    clock ran (`%(D)s`: from the worker taking the request to its answer)."""
    times = {}
    with access_log.open("rb") as log:
        log.seek(start)
        chunk = log.read(end - start).decode(errors="replace")
    for line in chunk.splitlines():
        method, path, _status, microseconds = (line.split("|") + ["", "", "", ""])[:4]
        action = classify(method, path)
        if action and microseconds.isdigit():
            times.setdefault(action, []).append(int(microseconds) / 1000)
    return times


def tracebacks(log_path, limit=3):
    """The first full traceback of each kind in gunicorn's log (Django logs every 500 there)."""
    found, block = {}, None
    for line in log_path.read_text(errors="replace").splitlines():
        if line.startswith("Traceback (most recent call last):"):
            block = [line]
        elif block is not None:
            block.append(line)
            ends = not line.startswith((" ", "\t", "Traceback", "During handling", "The above"))
            if line and ends:
                found.setdefault(line, "\n".join(block))
                block = None
    return list(found.values())[:limit]


def memory_report(samples, warmup_s):
    """Per process: RSS after the warm-up, at the end, at most; flags growth over 10 %."""
    rows, flags = [], []
    after = [s for s in samples if s["elapsed_s"] >= warmup_s] or samples[-1:]
    for kind, key in (("web worker", "web_rss_mb"), ("task worker", "task_rss_mb")):
        pids = dict.fromkeys(pid for s in samples for pid in s[key])
        for pid in pids:
            values = [s[key][pid] for s in after if s[key].get(pid) is not None]
            every = [s[key][pid] for s in samples if s[key].get(pid) is not None]
            if not values:
                flags.append(f"{kind} {pid} gone before the warm-up ended")
                continue
            first, last, peak = values[0], values[-1], max(every)
            growth = (last - first) / first if first else 0
            row = {"process": f"{kind} {pid}", "after_warmup_mb": first, "last_mb": last,
                   "max_mb": peak, "growth": growth}  # fmt: skip
            rows.append(row)
            if growth > RSS_GROWTH_FLAG:
                flags.append(f"{kind} {pid}: RSS grew {growth:.0%} after the warm-up "
                             f"({first:.0f} → {last:.0f} MB)")  # fmt: skip
            if samples[-1][key].get(pid) is None:
                flags.append(f"{kind} {pid} was gone by the end (restarted or killed)")
    return rows, flags


def check_database(env, soak, clock_started, path):
    """What the database holds against what the members were told."""
    run = {"clock_started": clock_started, "cohorts": soak.content["cohorts"],
           "edition_id": soak.content["edition_id"]}  # fmt: skip
    path.write_text(json.dumps(run))
    stored = snippet(STORED, path, env=env)
    path.unlink()
    problems = []
    # A request that got no answer may have been done or not: between the two, then.
    wrong = [m.username for m in soak.members
             if not m.replies <= stored["posts"].get(m.username, 0)
             <= m.replies + m.replies_unknown]  # fmt: skip
    if wrong:
        problems.append(
            f"replies answered OK: {sum(m.replies for m in soak.members)}, stored: "
            f"{sum(stored['posts'].values())} (members differing: {wrong[:5]})"
        )
    cohort_of = {name: soak.content["cohorts"][name][0] for name in ("roomy", "small")}
    active = {(name, cohort) for name, cohort in stored["active"]}
    for member in soak.members:
        if member.unsure:
            continue
        holds = (member.username, cohort_of[member.cohort]) in active
        if holds != member.enrolled:
            problems.append(f"{member.username}: enrolled {holds} in the database, "
                            f"{member.enrolled} by the answers")  # fmt: skip
    for name, (cohort, seats) in soak.content["cohorts"].items():
        statuses = stored["statuses"].get(str(cohort), {})
        enrolled, waiting = statuses.get(stored["enrolled"], 0), statuses.get(stored["waiting"], 0)
        if enrolled > seats:
            problems.append(f"{name} cohort oversold: {enrolled} of {seats} seats")
        if enrolled < seats and waiting:
            problems.append(f"{name} cohort: {seats - enrolled} seats empty, {waiting} waiting")
    for member in soak.members:
        if member.vote_unsure or member.vote is None:
            continue
        if stored["votes"].get(member.username) != member.vote:
            problems.append(f"{member.username}: voted {member.vote}, stored "
                            f"{stored['votes'].get(member.username)}")  # fmt: skip
    uploads = [r for r in soak.results if r["action"] == "upload"]
    sure = sum(1 for r in uploads if r["status"] == 302 and not r["problem"].startswith("to "))
    unknown = sum(1 for r in uploads if r["status"] in (0, -1))
    if not sure <= stored["uploads"] <= sure + unknown:
        problems.append(f"uploads answered OK: {sure}, stored: {stored['uploads']}")
    for task, exception, n in stored["failed"]:
        problems.append(f"{n} tasks {task} FAILED ({exception})")
    return stored, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30, help="length of the clock")
    parser.add_argument("--rate", type=float, default=20, help="actions per second, on average")
    parser.add_argument("--web-workers", type=int, default=3, help="gunicorn's sync workers")
    parser.add_argument("--task-workers", type=int, default=2, help="manage.py db_worker processes")
    parser.add_argument("--members", type=int, default=60, help="signed-in members")
    parser.add_argument("--sample-seconds", type=float, default=15, help="sampling interval")
    parser.add_argument("--clients", type=int, default=64, help="client threads")
    parser.add_argument("--timeout", type=float, default=60,
                        help="seconds after its scheduled time that an action is lost")  # fmt: skip
    parser.add_argument("--drain-timeout", type=float, default=300,
                        help="seconds to wait for the task queue after the clock")  # fmt: skip
    parser.add_argument("--lexical", action="store_true", help="search by meaning off")
    parser.add_argument("--seed", type=int, default=2026, help="the schedule's random seed")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a kill tears down as Ctrl-C does
    run = SimpleNamespace(
        args=args, stamp=datetime.datetime.now().strftime("%Y%m%d-%H%M%S"), services=[],
        processes=[],
    )  # fmt: skip
    try:
        prepare(run)
        measure(run)
        code = report(run)
    except subprocess.CalledProcessError as error:
        print(f"\nFAILED: {' '.join(map(str, error.cmd[1:]))} exited with {error.returncode}")
        code = 1
    except KeyboardInterrupt:
        print("\nInterrupted.")
        code = 130
    finally:
        for process in run.processes:  # gunicorn and the task workers: SIGTERM, then wait
            if process.poll() is None:
                process.terminate()
        for process in run.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
        for name, command in reversed(run.services):
            print(f"Stopping {name}, which the soak started: {' '.join(command)}")
            run_script(*command)
    sys.exit(code)


def prepare(run):
    """Services, the site, gunicorn and the task workers, everyone signed in and warm."""
    args = run.args
    print("Services:", flush=True)
    run.database, run.name = soak_database(database_url(run.services))
    run.es_url = elasticsearch_url(run.services)
    media = CACHE / "soak-media"
    subprocess.run(["rm", "-rf", str(media)], check=True)  # noqa: S603, S607 - our own folder
    run.env = env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "soak_settings",
        "DATABASE_URL": run.database,
        "ELASTICSEARCH_URL": run.es_url,
        "ELASTICSEARCH_INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "redatt_soak"),
        "SEMANTIC_SEARCH": "off" if args.lexical else "on",
        # Warnings and errors (every 4xx and 5xx, with its traceback), not a line per task run
        # and per Elasticsearch request (the engine's client logs each at INFO).
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
        "MEDIA_ROOT": str(media),
        # bench/soak_settings.py is importable by gunicorn, the workers and the snippets
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT / "bench"), os.environ.get("PYTHONPATH")])
        ),
    }
    where = urllib.parse.urlsplit(run.database)
    print(f"  PostgreSQL: database {run.name} on {where.hostname}:{where.port} (made again); "
          f"Elasticsearch: {run.es_url}, indexes {env['ELASTICSEARCH_INDEX_PREFIX']}_*",
          flush=True)  # fmt: skip
    print("Building the site:", flush=True)
    content, run.steps = build(args, env)

    run.log_path = CACHE / "soak-gunicorn.log"
    run.worker_log_path = CACHE / "soak-worker.log"
    run.access_log = CACHE / "soak-access.log"
    run.access_log.unlink(missing_ok=True)
    env["GUNICORN_CMD_ARGS"] = (
        f"--access-logfile={run.access_log} --access-logformat=%(m)s|%(U)s|%(s)s|%(D)s"
    )
    worker_log = run.worker_log_path.open("w")
    run.workers = []
    for _ in range(args.task_workers):
        run.workers.append(start_worker(env, worker_log))
        run.processes.append(run.workers[-1])
    run.server, base = start_server(env, args.web_workers, "warning", run.log_path.open("w"))
    run.processes.append(run.server)
    run.soak = soak = Soak(args, base, content, random.Random(args.seed))
    run.sampler = Sampler(
        soak, run.database, content["task_table"], run.server, run.workers, run.es_url, base
    )
    run.sampler.connect()
    run.drained_before = wait_for_queue(run.sampler, 900)
    waited = "not in 900 s" if run.drained_before is None else f"{run.drained_before:.0f} s"
    print(f"  the tasks the seeding queued, done by {args.task_workers} db_worker: {waited}")
    reads, run.faults = probe_reads(base, content["reads"] + EXTRA_READS, args.timeout)
    content["reads"] = reads
    run.faults += sign_everyone_in(soak)
    print(f"  {len(reads)} pages for the readers; {len(soak.members)} members and "
          f"{len(soak.editors)} editors signed in; warming the web workers up...",
          flush=True)  # fmt: skip
    warm_up(soak, args.web_workers)
    for fault in run.faults:
        print(f"SITE FAULT BEFORE THE CLOCK: {fault}")


def measure(run):
    """The clock, the samples beside it, the queue afterwards; gunicorn and the workers stop."""
    args, soak, sampler = run.args, run.soak, run.sampler
    run.load_before = os.getloadavg()
    run.clock_started = datetime.datetime.now(datetime.UTC).isoformat()
    access_start = run.access_log.stat().st_size
    print(f"\nThe clock: {args.minutes:g} min at {args.rate:g} actions/s (Poisson), "
          f"{args.web_workers} web workers, {args.task_workers} task workers, "
          f"{len(soak.members)} members, {os.cpu_count()} cores, load average "
          f"{run.load_before[0]:.1f} before it; a sample every {args.sample_seconds:g} s\n",
          flush=True)  # fmt: skip
    run.interrupted = False
    pool = ThreadPoolExecutor(args.clients)
    soak.started = time.monotonic()
    sampling = threading.Thread(target=sampler.loop, args=(args.sample_seconds,), daemon=True)
    sampling.start()
    try:
        soak.run(pool)
        pool.shutdown(wait=True)  # every action scheduled is answered (or times out)
    except KeyboardInterrupt:
        run.interrupted = True
        print("\nInterrupted: reporting what was measured.", flush=True)
        pool.shutdown(wait=False, cancel_futures=True)
    soak.stop.set()
    sampling.join()
    try:
        print(sampler.line(sampler.sample(soak.ended)))
    except Exception as error:  # noqa: BLE001 - the services may be gone after Ctrl-C
        print(f"final sample failed: {error!r}")
    run.service = service_times(run.access_log, access_start, run.access_log.stat().st_size)
    run.drained = None
    if not run.interrupted:
        print(f"\nWaiting for the task queue (at most {args.drain_timeout:g} s)...", flush=True)
        run.drained = wait_for_queue(sampler, args.drain_timeout)
    for process in (run.server, *run.workers):
        process.terminate()
    for process in (run.server, *run.workers):
        process.wait(timeout=60)


def report(run):
    """Checks the database, prints the summary, writes the JSON; returns the exit status."""
    args, soak, stamp = run.args, run.soak, run.stamp
    results = list(soak.results)
    errors = [r for r in results if not r["ok"]]
    rows, table = action_table(results, run.service)
    warmup_s = min(120, args.minutes * 60 / 4)
    memory, memory_flags = memory_report(soak.samples, warmup_s) if soak.samples else ([], [])
    stored, problems = {}, []
    if not run.interrupted:
        run_file = CACHE / f"soak-{stamp}-run.json"
        stored, problems = check_database(run.env, soak, run.clock_started, run_file)
    problems = run.faults + problems

    clock = soak.ended - soak.started
    wall = max((r["done"] for r in results), default=soak.ended) - soak.started
    scheduled, achieved = len(results) / max(clock, 0.001), len(results) / max(wall, 0.001)
    print(f"\n## Soak {stamp}: {clock / 60:.1f} min of clock at {args.rate:g} actions/s asked: "
          f"{len(results):,} actions scheduled ({scheduled:.1f}/s), answered at {achieved:.1f}/s "
          f"(the last {max(0, wall - clock):.1f} s after the clock)\n")  # fmt: skip
    busy = sum(sum(times) for times in run.service.values()) / 1000 / max(wall, 0.001)
    print(
        f"The web workers were busy {busy:.1f} of {args.web_workers} on average (the time "
        f"gunicorn's access log gives the actions' requests, over the run).\n"
    )
    print("Latency from the moment each action was scheduled (ms):\n")
    print("\n".join(table))
    every = max(1, -(-len(soak.samples) // 20))
    print("\nSamples" + (f" (one in {every})" if every > 1 else "") + ":\n")
    print(Sampler.COLUMNS)
    print("|" + " --: |" * (Sampler.COLUMNS.count("|") - 1))
    for sample in soak.samples[::every]:
        print(run.sampler.line(sample))
    print(f"\nResident memory per process (MB; after the warm-up = the first sample after "
          f"{warmup_s:.0f} s):\n")  # fmt: skip
    print("| process | after warm-up | last | max | growth |")
    print("| --- | --: | --: | --: | --: |")
    for row in memory:
        print(f"| {row['process']} | {row['after_warmup_mb']:.0f} | {row['last_mb']:.0f} "
              f"| {row['max_mb']:.0f} | {row['growth']:+.1%} |")  # fmt: skip
    samples = soak.samples or [{}]

    def most(key):
        return max((s.get(key) or 0) for s in samples)

    if run.interrupted:
        after = "not waited for"
    elif run.drained is None:
        after = f"still busy after {args.drain_timeout:g} s"
    else:
        after = f"empty {run.drained:.0f} s after the last answer"
    engines = ", ".join(sorted({s.get("elasticsearch", "?") for s in samples}))
    health = ", ".join(sorted({s.get("health", "?") for s in samples}))
    print(f"\nDatabase connections at most: {most('db_connections')}; task queue at most "
          f"{most('queue_ready')} ready, lag at most {most('queue_lag_s'):.1f} s; the queue "
          f"{after}; Elasticsearch: {engines}; /health/: {health}.")  # fmt: skip
    if stored:
        tasks = ", ".join(f"{path.rsplit('.', 1)[-1]} {sum(c.values()):,}"
                          for path, c in sorted(stored["tasks"].items()))  # fmt: skip
        print(f"Tasks in the queue's table (since the database was made): {tasks}.")

    verdicts = []
    for row in rows:
        if row["action"].startswith("all "):
            target = TARGET_MS[row["kind"]]
            met = row["p95_ms"] <= target
            verdicts.append(f"{row['kind']}s p95 {row['p95_ms']:,.0f} ms "
                            f"{'≤' if met else '>'} {target:,} ms: "
                            f"{'met' if met else 'MISSED'}")  # fmt: skip
    verdicts.append(f"throughput {achieved:.1f}/s answered of {args.rate:g}/s asked")
    verdicts.append(f"errors {len(errors)}: {'met' if not errors else 'MISSED'}")
    verdicts.append("memory flat: " + ("met" if not memory_flags else "MISSED"))
    print("\nTargets: " + "; ".join(verdicts) + ".")
    for flag in memory_flags:
        print(f"MEMORY: {flag}")
    for problem in problems:
        print(f"CHECK FAILED: {problem}")
    if errors:
        kinds = Counter((r["action"], r["status"]) for r in errors)
        first = {}
        for r in errors:
            first.setdefault((r["action"], r["status"]), r)
        print(f"\n{len(errors)} errors; the first of each kind:")
        for (action, status), r in first.items():
            print(f"- {action}: HTTP {status}, {kinds[action, status]}× ({r['who']}) "
                  f"{r['problem'][:200]}")  # fmt: skip
    exceptions = server_exceptions(run.log_path)
    for line, count in exceptions.most_common():
        print(f"- server log, {count}×: {line}")
    traces = tracebacks(run.log_path) + tracebacks(run.worker_log_path)
    for trace in traces:
        print(f"\n{trace}")
    if errors or exceptions or traces:
        print(f"Logs: {run.log_path.relative_to(ROOT)}, {run.worker_log_path.relative_to(ROOT)}")

    path = CACHE / f"soak-{stamp}.json"
    path.write_text(json.dumps({
        "started": run.clock_started, "arguments": vars(args), "cores": os.cpu_count(),
        "load_average_before": run.load_before, "database": run.name,
        "elasticsearch": run.es_url, "build_seconds": dict(run.steps),
        "seeded_tasks_done_s": run.drained_before, "interrupted": run.interrupted,
        "clock_s": clock, "actions": len(results), "actions_per_s_scheduled": scheduled,
        "actions_per_s_answered": achieved, "web_workers_busy": busy, "weights": WEIGHTS,
        "per_action": rows,
        "samples": soak.samples, "memory": memory, "memory_flags": memory_flags,
        "queue_drained_after_s": run.drained, "checks_failed": problems, "stored": stored,
        "errors": errors[:200], "server_exceptions": dict(exceptions), "tracebacks": traces,
        "verdicts": verdicts,
    }, indent=1, default=str))  # fmt: skip
    print(f"\nReport: {path.relative_to(ROOT)}")
    if not errors and not problems and not run.interrupted:
        print("No errors; every check passed.")
    return 1 if errors or problems or run.interrupted else 0


if __name__ == "__main__":
    main()
