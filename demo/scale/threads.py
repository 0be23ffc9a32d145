"""Community threads at scale, for benchmarks: bulk rows in the existing spaces.

Posts are rendered by the same Markdown and bleach pipeline as a member's post. A few are hidden
or deleted, as in a moderated forum, so that search has something to leave out. Signals do not
run: rebuild the search index afterwards.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from community.markup import render_markdown
from community.models import Post, SpacePage, Thread
from reference.models import CapacityLevel, CapacityType, Sector

BATCH = 500
AUTHORS = 300


def _authors():
    """Generated members who write the threads (no usable password: nobody can log in as them)."""
    User = get_user_model()
    names = [f"integrante-{n:03d}" for n in range(1, AUTHORS + 1)]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create(
        User(username=name, password=make_password(None)) for name in names if name not in existing
    )
    return list(User.objects.filter(username__in=names).values_list("pk", flat=True))


def _post(thread, author, created, text):
    source = "\n\n".join(text.paragraphs(1, 2, sentences=(1, 2)))
    roll = text.rng.random()
    return Post(
        thread=thread,
        author_id=author,
        source=source,
        html=render_markdown(source),
        created=created,
        hidden=roll < 0.02,
        deleted=0.02 <= roll < 0.03,
    )


def _tag_threads(threads, text):
    for name, model in [
        ("capacity_levels", CapacityLevel),
        ("capacity_types", CapacityType),
        ("sectors", Sector),
    ]:
        terms = list(model.objects.values_list("pk", flat=True))
        through = getattr(Thread, name).through
        source, target = "thread_id", f"{model._meta.model_name}_id"
        through.objects.bulk_create(
            through(**{source: t.pk, target: term})
            for t in threads
            for term in text.pick(terms, 0, 2)
        )


@transaction.atomic
def create_threads(count, posts, text, progress=None):
    """`count` threads over the live spaces, with `posts` posts in all (at least one each)."""
    spaces = list(SpacePage.objects.live().values_list("pk", flat=True))
    if not spaces:
        raise SpacePage.DoesNotExist("No hay espacios de comunidad publicados.")
    authors = _authors()
    now = timezone.now()
    categories = Thread.Category.values
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        threads = []
        for _ in range(size):
            created = now - datetime.timedelta(minutes=text.rng.randint(60, 4 * 365 * 24 * 60))
            threads.append(
                Thread(
                    space_id=text.rng.choice(spaces),
                    author_id=text.rng.choice(authors),
                    title=text.title("hilo"),
                    category=text.rng.choice(categories),
                    created=created,
                    last_activity=created,
                )
            )
        Thread.objects.bulk_create(threads)
        _tag_threads(threads, text)
        share = [posts // count + (1 if start + i < posts % count else 0) for i in range(size)]
        batch = []
        for thread, n in zip(threads, share, strict=True):
            for k in range(max(1, n)):
                when = thread.created + datetime.timedelta(hours=k * text.rng.randint(1, 48))
                batch.append(_post(thread, text.rng.choice(authors), when, text))
            thread.last_activity = batch[-1].created
        Post.objects.bulk_create(batch, batch_size=BATCH)
        Thread.objects.bulk_update(threads, ["last_activity"])
        if progress:
            progress(start + size)
