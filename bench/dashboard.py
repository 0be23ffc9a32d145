"""The demand dashboard at scale: render time of the page and of one CSV, p50/p95 over repeats.

    make bench-dashboard                                  # on make bench-search's database
    make bench-dashboard LIBRARY=3000 THREADS=300 POSTS=3000   # a quick run
    DATABASE_URL=postgres://…/redatt_bench make bench-dashboard # on PostgreSQL, filled in place

Starts from make bench-search's database (built first if missing, with the same generators:
demo content plus `manage.py generate_content`), copied beside it so that one stays as it is, and
adds, once, the feedback a busy year would leave: "¿Le sirvió?" answers and adoptions on the
library items, logged searches, members with a department, their questions, enrolments in the
demo cohorts with lesson progress and evaluations. Then it renders the dashboard in this process
through Django's test client (the full admin page, as an editor sees it), for the default period
and for one department, and times each render.
"""

import argparse
import os
import shutil
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from site_search import CACHE, build_database, manage, percentile  # noqa: E402

URLS = [
    "/admin/tablero/",
    "/admin/tablero/?departamento=52",
    "/admin/tablero/formacion-por-curso.csv",
]


def database_for(args, env):
    """A copy of bench-search's SQLite database (built if missing), migrated, for this benchmark;
    or the database DATABASE_URL names (PostgreSQL), filled in place on the first run."""
    if "DATABASE_URL" in env:
        build_database(args, env)
        return
    target = CACHE / f"dashboard-{args.library}-{args.posts}.sqlite3"
    if not target.exists():
        source_env = dict(env)
        build_database(args, source_env)
        source = Path(source_env["DATABASE_URL"].removeprefix("sqlite:///"))
        print(f"Copying {source.name} (once)...", flush=True)
        shutil.copyfile(source, target)
    env["DATABASE_URL"] = f"sqlite:///{target}"
    manage("migrate", env=env)


def fill(scale):
    """The year's feedback, demand and training data, written in bulk once."""
    import random

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.models import Profile
    from community.models import SpacePage, Thread
    from knowledge.models import Adoption, KnowledgePage, UsefulnessAnswer
    from reference.models import Department
    from search.models import SearchQueryLog
    from training.models import (
        Cohort,
        CourseEvaluation,
        CourseLessonPage,
        Enrollment,
        LessonProgress,
    )

    if UsefulnessAnswer.objects.count() >= scale["answers"]:
        return
    rng = random.Random(2026)  # noqa: S311 - reproducible data, not security
    now = timezone.now()

    def within_a_year():
        return now - timedelta(days=rng.randrange(365), minutes=rng.randrange(1440))

    print("Adding the year's feedback and demand (once)...", flush=True)
    departments = list(Department.objects.all())
    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"tablero{n}", email=f"tablero{n}@example.org")
        for n in range(scale["members"])
    )
    Profile.objects.bulk_create(
        (Profile(user=user, department=rng.choice(departments)) for user in users),
        ignore_conflicts=True,
    )
    items = list(KnowledgePage.objects.values_list("pk", flat=True))
    UsefulnessAnswer.objects.bulk_create(
        (
            UsefulnessAnswer(
                page_id=rng.choice(items), useful=rng.random() < 0.7, updated=within_a_year()
            )
            for _ in range(scale["answers"])
        ),
        batch_size=5000,
    )
    Adoption.objects.bulk_create(
        (
            Adoption(
                page_id=rng.choice(items),
                entity_name=f"Alcaldía {rng.randrange(1100)}",
                department=rng.choice(departments),
                created=within_a_year(),
                outcome=rng.choice(["", "", *Adoption.Outcome.values]),
            )
            for _ in range(scale["adoptions"])
        ),
        batch_size=5000,
    )
    words = ["regalías", "catastro", "plan de desarrollo", "SGR", "MDM", "vías terciarias",
             "presupuesto", "PDET", "agua potable", "contratación"]  # fmt: skip
    logs = SearchQueryLog.objects.bulk_create(
        (
            SearchQueryLog(
                query=f"{rng.choice(words)} {rng.randrange(300)}", result_count=rng.randrange(4)
            )
            for _ in range(scale["searches"])
        ),
        batch_size=5000,
    )
    for log in logs[:: max(1, len(logs) // 2000)]:  # spread over the year (auto_now_add)
        SearchQueryLog.objects.filter(pk=log.pk).update(created_at=within_a_year())
    spaces = list(SpacePage.objects.values_list("pk", flat=True))
    Thread.objects.bulk_create(
        (
            Thread(
                space_id=rng.choice(spaces),
                author=rng.choice(users),
                title="Pregunta de prueba",
                created=within_a_year(),
            )
            for _ in range(scale["questions"])
        ),
        batch_size=5000,
    )
    cohorts = list(Cohort.objects.all())
    lessons = {
        cohort.pk: list(
            CourseLessonPage.objects.filter(path__startswith=cohort.course.path).values_list(
                "pk", flat=True
            )
        )
        for cohort in cohorts
    }
    started = (now - timedelta(days=30)).date()  # inside the default period
    Cohort.objects.update(start_date=started, end_date=started + timedelta(days=20))
    enrolled = [(user, rng.choice(cohorts)) for user in users]
    Enrollment.objects.bulk_create(
        (Enrollment(user=user, cohort=cohort, status="inscrito") for user, cohort in enrolled),
        batch_size=5000,
        ignore_conflicts=True,
    )
    LessonProgress.objects.bulk_create(
        (
            LessonProgress(user=user, lesson_id=lesson)
            for user, cohort in enrolled
            for lesson in lessons[cohort.pk][: rng.randrange(len(lessons[cohort.pk]) + 1)]
        ),
        batch_size=5000,
        ignore_conflicts=True,
    )
    CourseEvaluation.objects.bulk_create(
        (
            CourseEvaluation(
                cohort=cohort,
                respondent=user,
                satisfaction=rng.randint(1, 5),
                usefulness=3,
                content_quality=3,
                organisation=3,
                would_recommend=rng.random() < 0.8,
            )  # fmt: skip
            for user, cohort in enrolled[::3]
        ),
        batch_size=5000,
        ignore_conflicts=True,
    )


def time_urls(repeat):
    """Each URL rendered with the figure cache emptied first (the first visit in a cache window
    pays this) and again from the cache (every later visit)."""
    from django.core.cache import cache
    from django.test import Client

    from accounts import roles
    from accounts.factories import UserFactory

    client = Client()
    client.force_login(UserFactory(username="editora_tablero", roles=[roles.EDITORS]))

    def render(url):
        started = time.perf_counter()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code == 200, (url, response.status_code)
        return (time.perf_counter() - started) * 1000, len(body)

    print(f"\n{repeat} renders per URL and cache state, after one warm-up\n")
    print("| URL | empty cache p50 ms | p95 ms | cached p50 ms | KB |")
    print("| --- | --: | --: | --: | --: |")
    for url in URLS:
        cold = []
        for n in range(repeat + 1):
            cache.clear()
            elapsed, size = render(url)
            if n:  # the first is the warm-up
                cold.append(elapsed)
        warm = [render(url)[0] for _ in range(repeat)]
        print(f"| `{url}` | {statistics.median(cold):.0f} | {percentile(cold, 0.95):.0f} "
              f"| {statistics.median(warm):.0f} | {size / 1024:.0f} |")  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=int, default=50_000)
    parser.add_argument("--threads", type=int, default=20_000)
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.test",
        "MEDIA_ROOT": str(CACHE / "media"),
    }
    database_for(args, env)
    os.environ.update(env)
    import django

    django.setup()
    # A year of use at the library's scale: two answers per item, searches four times as many.
    scale = {
        "answers": 2 * args.library,
        "adoptions": args.library // 5,
        "searches": 4 * args.library,
        "members": max(args.threads // 4, 100),
        "questions": args.threads,
    }
    fill(scale)
    print(f"{args.library} library items, {args.threads} threads, {args.posts} posts; "
          + ", ".join(f"{value} {name}" for name, value in scale.items()))  # fmt: skip
    time_urls(args.repeat)


if __name__ == "__main__":
    main()
