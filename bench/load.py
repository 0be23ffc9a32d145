"""Concurrent members: many signed-in members read, reply and enrol at the same moment, over HTTP.

    make bench-load                                  # SQLite: a fresh file under .cache/bench/
    DATABASE_URL=postgres://redatt@127.0.0.1:55432/redatt_load make bench-load
    make bench-load MEMBERS=100 WORKERS=5            # or: .venv/bin/python bench/load.py --help

Builds a fresh database on every run (SQLite: .cache/bench/load.sqlite3, deleted and made again;
with DATABASE_URL: that database, whose name must contain "load", emptied and migrated again),
then creates with the project's factories a public space with one thread, a course with two
cohorts (one with a seat for everybody, one with fewer seats than the members who ask for it) and
the members, each joined to the space (only members may reply). Starts gunicorn with the
documented production setting (3 sync workers) on a free loopback port. Each member, in its own
thread with its own cookies, signs in through the login form; then all are released at once to
open the thread, post a reply, enrol in a cohort and open the thread again. Prints per action the
requests, errors (not the expected answer: any 5xx, an unexpected 4xx or 200, a redirect to the
login page) and p50/p95/max latency, then checks the database: every reply and enrolment answered
OK is stored (and none that failed), no cohort seat is oversold or left empty while someone waits,
every member who opened the thread has its read marker. Exits 1 on any error or failed check,
printing the server-side exceptions from gunicorn's log (--log-level=debug: every request too).

    make bench-load                                   # also runs the followed-thread case below
    .venv/bin/python bench/load.py --followed --members 200   # with DATABASE_URL: PostgreSQL

--followed: every member follows the thread (every third on the daily digest) and, once
released, opens it and replies; tasks go to production's database queue (bench/load_settings.py)
and one `manage.py db_worker` runs beside gunicorn, as in production. After the burst it waits for
the worker to write every reply's notices, then checks that each stored reply has a notice for
every other follower and no more, that digest readers' notices wait for the digest and that one
e-mail was queued per notice mailed.
"""

import argparse
import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from site_search import percentile, start_server  # bench/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
PYTHON = sys.executable
PASSWORD = "clave-de-carga-2026"  # noqa: S105 - throwaway accounts in a throwaway database

# (action, expected status); each member does them in this order.
ACTIONS = [
    ("sign in (before the release)", 302),
    ("open the thread", 200),
    ("post a reply", 302),
    ("enrol in a cohort", 302),
    ("open the thread again", 200),
]
# --followed: sign in and open the thread, then all reply at the release.
FOLLOWED_ACTIONS = [ACTIONS[0], ("open the thread (before the release)", 200), ACTIONS[2]]
EXPECTED = dict(ACTIONS + FOLLOWED_ACTIONS)
FAN_OUT_TASK = "community.tasks.fan_out_post"
MAIL_TASK = "core.mail.deliver"


def manage(*args, env):
    subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def snippet(code, *args, env):
    """Run a Django snippet in its own process; its last line of output is JSON."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and snippet
        [PYTHON, "-c", code, *map(str, args)],
        cwd=ROOT, env=env, check=False, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode:
        sys.exit(done.stderr.strip())
    return json.loads(done.stdout.strip().splitlines()[-1])


# The database DATABASE_URL names, emptied: PostgreSQL's schema dropped and made again (`manage.py
# flush` is not enough: it also empties what data migrations made, such as the roles, Wagtail's
# root page and site, and the vocabularies), a SQLite file deleted.
EMPTY_DATABASE = """
import json, os, django
django.setup()
from django.db import connection
name = str(connection.settings_dict["NAME"])
if "load" not in os.path.basename(name):
    raise SystemExit(f"refusing to empty database {name!r}: bench/load.py drops every table of "
                     "the database it runs on; name one whose name contains 'load'")
if connection.vendor == "sqlite":
    for path in (name, name + "-wal", name + "-shm"):
        if os.path.exists(path):
            os.remove(path)
else:
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")
print(json.dumps({"database": f"{connection.vendor} {name}"}))
"""


def fresh_database(env):
    """SQLite: a new file. Otherwise the database DATABASE_URL names, emptied, then migrated."""
    if env.get("DATABASE_URL"):
        described = snippet(EMPTY_DATABASE, env=env)["database"]
    else:
        database = CACHE / "load.sqlite3"
        for path in (database, *(Path(f"{database}{tail}") for tail in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{database}"
        described = f"SQLite {database.relative_to(ROOT)}"
    manage("migrate", "--no-input", env=env)
    return described


CREATE_CONTENT = """
import json, sys, django
django.setup()
from datetime import timedelta
from django.utils import timezone
from community.factories import MembershipFactory, SpacePageFactory, ThreadFactory, create_community
from accounts.factories import UserFactory
from community.models import Follow
from notifications.models import EmailPreference
from training.factories import CohortFactory, CoursePageFactory, create_plan

members, small_seats, password = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
followed = sys.argv[4] == "1"
# Accounts older than the new-account review (community.conf): replies publish at once and tell
# every follower, the heaviest path a reply takes.
joined = timezone.now() - timedelta(days=30)
space = SpacePageFactory(parent=create_community(), title="Asistencia técnica territorial")
author = UserFactory(username="autora", password=password, date_joined=joined)
MembershipFactory(space=space, user=author)
thread = ThreadFactory(space=space, author=author, title="¿Cómo organizan la asistencia técnica?",
                       source="Cuéntennos cómo lo hacen en su municipio.")
usernames = []
for n in range(members):
    user = UserFactory(username=f"carga{n:03d}", password=password, date_joined=joined)
    MembershipFactory(space=space, user=user)
    usernames.append(user.username)
    if followed:  # every member follows the thread; every third reads the daily digest
        Follow.objects.create(user=user, thread=thread)
        if n % 3 == 0:
            EmailPreference.objects.create(user=user, frequency=EmailPreference.Frequency.DIGEST)
plan = create_plan(title="Formación", slug="formacion")
course = CoursePageFactory(parent=plan, title="Formulación de proyectos de inversión")
roomy = CohortFactory(course=course, seats=members)
small = CohortFactory(course=course, seats=small_seats)
enrol = plan.url + "convocatorias/{}/inscribirse/"
print(json.dumps({
    "thread_id": thread.pk, "thread": thread.get_absolute_url(), "usernames": usernames,
    "cohorts": {"roomy": [roomy.pk, roomy.seats], "small": [small.pk, small.seats]},
    "enrol": {"roomy": enrol.format(roomy.pk), "small": enrol.format(small.pk)},
}))
"""

STORED = """
import json, sys, django
django.setup()
from community.models import Post, ThreadRead
from training.models import Enrollment

thread_id = int(sys.argv[1])
posts, enrolments, reads = {}, {}, {}
for name in Post.objects.filter(thread_id=thread_id, author__username__startswith="carga"
        ).values_list("author__username", flat=True):
    posts[name] = posts.get(name, 0) + 1
members = {"user__username__startswith": "carga"}
for name, cohort, status in Enrollment.objects.filter(**members).values_list(
        "user__username", "cohort_id", "status"):
    enrolments.setdefault(name, []).append([cohort, status])
for name in ThreadRead.objects.filter(thread_id=thread_id, **members).values_list(
        "user__username", flat=True):
    reads[name] = reads.get(name, 0) + 1
print(json.dumps({"posts": posts, "enrolments": enrolments, "reads": reads}))
"""


# --followed: the worker's progress, and what it wrote for the replies of the members.
QUEUE = """
import json, django
django.setup()
from django.db.models import Count
from django_tasks_db.models import DBTaskResult
rows = DBTaskResult.objects.values_list("task_path", "status").annotate(n=Count("id"))
counts = {}
for path, status, n in rows:
    counts.setdefault(path, {})[status] = n
print(json.dumps(counts))
"""

NOTICES = """
import json, sys, django
django.setup()
from community.models import Follow, Post
from django_tasks_db.models import DBTaskResult
from notifications.models import EmailPreference, Notification

thread_id = int(sys.argv[1])
followers = set(Follow.objects.filter(thread_id=thread_id).values_list("user_id", flat=True))
digest = set(EmailPreference.objects.filter(frequency="diario").values_list("user_id", flat=True))
replies = Post.objects.filter(thread_id=thread_id, author__username__startswith="carga")
wrong, notices, mailed, digest_mailed = [], 0, 0, 0
for post_id, author_id in replies.values_list("pk", "author_id"):
    rows = list(Notification.objects.filter(key=f"community.post:{post_id}").values_list(
        "recipient_id", "emailed_at"))
    recipients = [recipient for recipient, _ in rows]
    if len(recipients) != len(set(recipients)) or set(recipients) != followers - {author_id}:
        wrong.append(post_id)
    notices += len(rows)
    mailed += sum(1 for _, emailed in rows if emailed)
    digest_mailed += sum(1 for recipient, emailed in rows if emailed and recipient in digest)
queued_mail = DBTaskResult.objects.filter(task_path="core.mail.deliver").count()
print(json.dumps({"replies": replies.count(), "followers": len(followers), "notices": notices,
                  "mailed": mailed, "digest_mailed": digest_mailed, "queued_mail": queued_mail,
                  "wrong": wrong[:10], "wrong_count": len(wrong)}))
"""


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer to record (a 302 after a reply), not a page to fetch."""

    def redirect_request(self, *args, **kwargs):
        return None


LOGIN = "/cuenta/ingresar/"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Member:
    """One browser with its own cookies; records (action, status, ms, ok, what went wrong)."""

    timeout = 120  # seconds before a request counts as lost (bench/soak.py sets its own)

    def __init__(self, base, username):
        self.base, self.username = base, username
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects
        )
        self.results = []
        self.token = ""

    def request(self, path, data=None):
        """(status, body, Location); any HTTP status is an answer, a lost connection status 0."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, body, timeout=self.timeout) as response:
                return response.status, response.read().decode(errors="replace"), ""
        except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx, 5xx
            body = error.read().decode(errors="replace")
            return error.code, body, error.headers.get("Location", "")
        except OSError as error:
            return 0, repr(error), ""

    def timed(self, action, path, data=None):
        started = time.perf_counter()
        status, body, location = self.request(path, data)
        milliseconds = (time.perf_counter() - started) * 1000
        # A member sent back to the login page was not served, whatever the status.
        to_login = location.startswith(LOGIN) or f"{self.base}{LOGIN}" in location
        ok = status == EXPECTED[action] and not to_login
        problem = "" if ok else f"to {location}" if to_login else " ".join(body.split())[:300]
        self.results.append((action, status, milliseconds, ok, problem))
        found = CSRF_INPUT.search(body)
        if found:
            self.token = found.group(1)
        return status

    def form(self, **fields):
        token = self.token or next((c.value for c in self.cookies if c.name == "csrftoken"), "")
        return {"csrfmiddlewaretoken": token, **fields}

    def sign_in(self):
        self.request(LOGIN)  # the form: CSRF cookie and token
        self.timed(ACTIONS[0][0], LOGIN, self.form(login=self.username, password=PASSWORD))

    def busy_moment(self, content, cohort, followed=False):
        if not followed:  # --followed opened it before the release
            self.timed(ACTIONS[1][0], content["thread"])
        text = f"Respuesta de {self.username}: en nuestro municipio lo organizamos por mesas."
        self.timed(ACTIONS[2][0], content["thread"], self.form(source=text, reply_to=""))
        if followed:
            return
        self.timed(ACTIONS[3][0], content["enrol"][cohort], self.form())
        self.timed(ACTIONS[4][0], content["thread"])


def run_members(base, content, followed=False):
    """Every member signs in; then a barrier releases them all at the same moment."""
    names = content["usernames"]
    barrier = threading.Barrier(len(names) + 1)
    members = [Member(base, name) for name in names]

    def member_day(n, member):
        try:
            member.sign_in()
            if followed:
                member.timed(FOLLOWED_ACTIONS[1][0], content["thread"])
        finally:
            barrier.wait()  # even after a failed sign-in, or nobody is released
        member.busy_moment(content, "small" if n % 2 == 0 else "roomy", followed)

    threads = [threading.Thread(target=member_day, args=pair) for pair in enumerate(members)]
    for thread in threads:
        thread.start()
    barrier.wait()
    released = time.perf_counter()
    for thread in threads:
        thread.join()
    return members, time.perf_counter() - released


def report(members, actions=ACTIONS):
    """The table per action; returns the errors as (member, action, status, excerpt)."""
    errors = []
    print("| action | requests | errors | p50 ms | p95 ms | max ms |")
    print("| --- | --: | --: | --: | --: | --: |")
    for action, _ in actions:
        rows = [(m, r) for m in members for r in m.results if r[0] == action]
        times = [r[2] for _, r in rows]
        failed = [(m.username, action, r[1], r[4]) for m, r in rows if not r[3]]
        errors += failed
        print(f"| {action} | {len(rows)} | {len(failed)} | {statistics.median(times):.0f} "
              f"| {percentile(times, 0.95):.0f} | {max(times):.0f} |")  # fmt: skip
    return errors


def check_database(env, content, members):
    """What the server answered against what it stored; returns the failed checks."""
    stored = snippet(STORED, content["thread_id"], env=env)
    ok = {
        action: {m.username for m in members for r in m.results if r[0] == action and r[3]}
        for action, _ in ACTIONS
    }
    problems = []
    posts = stored["posts"]
    if set(posts) != ok["post a reply"] or any(count != 1 for count in posts.values()):
        problems.append(
            f"replies answered OK: {len(ok['post a reply'])}, stored: {sum(posts.values())} "
            f"(from {len(posts)} members)"
        )
    enrolments = stored["enrolments"]
    if set(enrolments) != ok["enrol in a cohort"] or any(len(e) != 1 for e in enrolments.values()):
        problems.append(
            f"enrolments answered OK: {len(ok['enrol in a cohort'])}, stored: "
            f"{sum(map(len, enrolments.values()))} (for {len(enrolments)} members)"
        )
    lines = []
    for name, (cohort_id, seats) in content["cohorts"].items():
        statuses = Counter(s for e in enrolments.values() for c, s in e if c == cohort_id)
        asked, enrolled = sum(statuses.values()), statuses["inscrito"]
        lines.append(f"{name} cohort ({seats} seats): {asked} asked, {enrolled} enrolled, "
                     f"{statuses['en_espera']} waiting")  # fmt: skip
        if enrolled > seats:
            problems.append(f"{name} cohort oversold: {enrolled} of {seats} seats")
        if enrolled != min(seats, asked):
            problems.append(f"{name} cohort: a seat left empty while someone waits")
    readers = ok["open the thread"] | ok["open the thread again"]
    if set(stored["reads"]) != readers or any(n != 1 for n in stored["reads"].values()):
        problems.append(
            f"read markers: {len(stored['reads'])}, members who opened the thread: {len(readers)}"
        )
    print("\n" + "; ".join(lines) + ".")
    return problems


def start_worker(env, log):
    """`manage.py db_worker`, the production task worker, beside gunicorn."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
        [PYTHON, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval=0.2"],
        cwd=ROOT, env=env, stdout=log, stderr=log,
    )  # fmt: skip


def wait_for_fan_out(env, since, timeout):
    """Poll the queue until no fan-out task waits or runs; returns (seconds since `since`, the
    queue's counts per task and status)."""
    while True:
        counts = snippet(QUEUE, env=env)
        fan_out = counts.get(FAN_OUT_TASK, {})
        waiting = sum(n for status, n in fan_out.items() if status in ("READY", "RUNNING"))
        elapsed = time.perf_counter() - since
        if not waiting or elapsed > timeout:
            return elapsed, counts
        time.sleep(1)


def check_notices(env, content, members, counts):
    """Every stored reply told every other follower once, by the worker; returns failed checks."""
    stored = snippet(NOTICES, content["thread_id"], env=env)
    ok = {m.username for m in members for r in m.results if r[0] == ACTIONS[2][0] and r[3]}
    fan_out = counts.get(FAN_OUT_TASK, {})
    sent = counts.get(MAIL_TASK, {}).get("SUCCESSFUL", 0)
    print(f"\nReplies stored: {stored['replies']} (answered OK: {len(ok)}); followers of the "
          f"thread: {stored['followers']}; notices written: {stored['notices']:,} "
          f"({stored['mailed']:,} e-mailed at once, the rest for the daily digest or none); "
          f"e-mail tasks queued: {stored['queued_mail']:,}, of which sent when checked: "
          f"{sent:,}; fan-out tasks: {fan_out}.")  # fmt: skip
    problems = []
    if stored["replies"] != len(ok):
        problems.append(f"replies answered OK: {len(ok)}, stored: {stored['replies']}")
    if set(fan_out) - {"SUCCESSFUL"} or fan_out.get("SUCCESSFUL", 0) != stored["replies"]:
        problems.append(f"fan-out tasks not all done once per reply: {fan_out}")
    expected = stored["replies"] * (stored["followers"] - 1)
    if stored["wrong_count"] or stored["notices"] != expected:
        problems.append(
            f"notices: {stored['notices']}, expected {expected}; replies whose recipients are "
            f"not every other follower once: {stored['wrong_count']} (e.g. {stored['wrong']})"
        )
    if stored["digest_mailed"]:
        problems.append(f"{stored['digest_mailed']} notices of digest readers e-mailed at once")
    if stored["queued_mail"] != stored["mailed"]:
        problems.append(
            f"e-mails queued: {stored['queued_mail']}, notices e-mailed: {stored['mailed']}"
        )
    return problems


def reply_service_times(access_log, thread_path):
    """Milliseconds each reply spent in a web worker, from gunicorn's access log (`%(D)s`: from
    the worker taking the request to its answer; the wait in the socket backlog is not in it)."""
    times = []
    for line in access_log.read_text(errors="replace").splitlines():
        method, path, status, microseconds = (line.split("|") + ["", "", "", ""])[:4]
        if method == "POST" and path == thread_path and status == "302":
            times.append(int(microseconds) / 1000)
    return times


def server_exceptions(log_path):
    """The last line of each traceback in gunicorn's log (Django logs every 500 there)."""
    exception = re.compile(r"^[\w.]+(Error|Exception|Locked)\b.*$|^[\w.]+: .*locked.*$")
    return Counter(
        line for line in log_path.read_text(errors="replace").splitlines() if exception.match(line)
    )


def first_of_each(errors):
    """One example (member, body excerpt) per action and status."""
    first = {}
    for name, action, status, excerpt in errors:
        first.setdefault((action, status), (name, excerpt))
    return first


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3 documented)")
    parser.add_argument("--small-seats", type=int, default=10, help="seats of the small cohort")
    parser.add_argument("--log-level", default="warning", help="gunicorn's (debug: every request)")
    parser.add_argument("--settings", default=None, help="Django settings (default: the test "
                        "settings; with --followed, bench/load_settings.py)")  # fmt: skip
    parser.add_argument("--followed", action="store_true", help="every member follows the thread "
                        "and replies; a task worker writes the notices")  # fmt: skip
    parser.add_argument("--drain-timeout", type=int, default=1200,
                        help="seconds to wait for the worker's notices (--followed)")  # fmt: skip
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    settings = args.settings or ("load_settings" if args.followed else "siteconf.settings.test")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "MEDIA_ROOT": str(CACHE / "media"),
        # bench/load_settings.py is importable by gunicorn, the worker and the snippets
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT / "bench"), os.environ.get("PYTHONPATH")])
        ),
    }
    actions = FOLLOWED_ACTIONS if args.followed else ACTIONS
    access_log = CACHE / "load-access.log"
    if args.followed:  # each request's time in the web worker: gunicorn's access log
        access_log.unlink(missing_ok=True)
        env["GUNICORN_CMD_ARGS"] = (
            f"--access-logfile={access_log} --access-logformat=%(m)s|%(U)s|%(s)s|%(D)s"
        )
    database = fresh_database(env)
    content = snippet(
        CREATE_CONTENT, args.members, args.small_seats, PASSWORD, int(args.followed), env=env
    )
    log_path = CACHE / "load-gunicorn.log"
    worker_log_path = CACHE / "load-worker.log"
    worker = None
    with log_path.open("w") as log, worker_log_path.open("w") as worker_log:
        server, base = start_server(env, args.workers, args.log_level, log)
        try:
            if args.followed:
                worker = start_worker(env, worker_log)
            for _ in range(2 * args.workers):  # warm-up: each worker's first thread page
                Member(base, "").request(content["thread"])
            load = os.getloadavg()[0]
            members, wall = run_members(base, content, args.followed)
            if args.followed:
                drained, counts = wait_for_fan_out(env, time.perf_counter(), args.drain_timeout)
        finally:
            server.terminate()
            server.wait()
            if worker:
                worker.terminate()  # SIGTERM: the task at hand is finished first
                worker.wait()
    print(f"\n{database}; gunicorn --workers {args.workers}"
          f"{'; one db_worker' if args.followed else ''}; members released at once: "
          f"{args.members}{', all following the thread' if args.followed else ''}; "
          f"{os.cpu_count()} cores, load average {load:.1f} before the run"
          "\n")  # fmt: skip
    errors = report(members, actions)
    requests = sum(1 for m in members for r in m.results if "before the release" not in r[0])
    print(f"\n{requests} requests after the release, all answered in {wall:.1f} s")
    if args.followed:
        served = reply_service_times(access_log, content["thread"].split("#")[0])
        print(f"Time of a reply in the web worker, without the wait for one (ms): p50 "
              f"{statistics.median(served):.0f}, p95 {percentile(served, 0.95):.0f}, max "
              f"{max(served):.0f} ({len(served)} replies)")  # fmt: skip
        print(
            f"The worker had written every reply's notices {drained:.1f} s after the last answer."
        )
        problems = check_notices(env, content, members, counts)
    else:
        problems = check_database(env, content, members)
    for problem in problems:
        print(f"CHECK FAILED: {problem}")
    if errors:
        print(f"\n{len(errors)} errors (not the expected answer); first of each kind:")
        for (action, status), group in first_of_each(errors).items():
            name, excerpt = group
            print(f"- {action}: HTTP {status} ({name}) {excerpt[:200]}")
        for line, count in server_exceptions(log_path).most_common():
            print(f"- server log, {count}×: {line}")
        print(f"Full server log: {log_path.relative_to(ROOT)}")
    if not errors and not problems:
        if args.followed:
            print("No errors; every reply is stored and told every other follower once.")
        else:
            print("No errors; everything answered OK is stored, no seat oversold.")
    sys.exit(1 if errors or problems else 0)


if __name__ == "__main__":
    main()
