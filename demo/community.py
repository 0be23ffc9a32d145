"""Community demo: the spaces and a year of conversations in `community_data`, loaded here.

Who writes is the demo's people (`demo.people`): members ask and answer in the spaces of their
trade, staff accounts answer now and then, a member who joined last week advertises his services
and is reported. Posts fall on weekdays in office hours (`demo.rhythm`), never before their
author joined; members mark the answers that helped them "útil".

Idempotent: spaces are found by slug and threads by title, so a second run changes nothing.
Conversations need the demo accounts (DEMO_MODE); without them only the spaces are created.
"""

import datetime
import zlib

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from community.markup import render_markdown
from community.models import (
    CommunityIndexPage,
    Flag,
    Membership,
    ModerationLog,
    Post,
    PostReaction,
    SpacePage,
    Thread,
)
from community.notify import TO_MODERATE
from notifications.models import Notification

from . import rhythm
from .community_data import READERS, RULES, SPACES, THREADS
from .people import everyone

# A member reports a post a little after reading it; the moderator's notice carries the same
# moment as the report in the admin.
FLAG_DELAY = datetime.timedelta(hours=2)
PIN_DELAY = datetime.timedelta(hours=1)


def seed_spaces(log, moderator=None):
    root = Site.objects.get(is_default_site=True).root_page
    index = CommunityIndexPage.objects.first()
    if index is None:
        index = CommunityIndexPage(
            title="Comunidad",
            slug="comunidad",
            show_in_menus=True,
            summary="Espacios de práctica para quienes prestan y reciben asistencia técnica.",
            intro="<p>Pregunte, comparta experiencias y buenas prácticas con otras entidades.</p>",
        )
        root.add_child(instance=index)
        index.save_revision().publish()
    spaces = {}
    for slug, title, visibility, summary in SPACES:
        space = SpacePage.objects.filter(slug=slug).first()
        if space is None:
            space = SpacePage(
                title=title,
                slug=slug,
                summary=summary,
                description=f"<p>{summary}</p>",
                rules=RULES,
                visibility=visibility,
            )
            if moderator:  # parental many-to-many: written with the first revision
                space.moderators = [moderator]
            index.add_child(instance=space)
            space.save_revision().publish()
        elif moderator and moderator not in space.moderators.all():
            space.moderators.add(moderator)
            space.save_revision().publish()
        spaces[slug] = space
    log.step(f"{len(spaces)} espacios de la comunidad")
    return spaces


def seed_memberships(spaces, users, first_posts):
    """Everyone who writes in a space and its readers are members since before their first
    post there; the moderator moderates every space."""
    wanted = {}
    for slug, space in spaces.items():
        names = set(READERS.get(slug, ())) | {a for (s, a) in first_posts if s == slug}
        for name in names & users.keys():
            user = users[name]
            first = first_posts.get((slug, name))
            joined = user.date_joined + datetime.timedelta(days=2)
            when = min(joined, first - datetime.timedelta(hours=1)) if first else joined
            wanted[(space.pk, user.pk)] = (Membership.Role.MEMBER, rhythm.not_after_now(when))
        if "moderador" in users:
            wanted[(space.pk, users["moderador"].pk)] = (
                Membership.Role.MODERATOR,
                users["moderador"].date_joined,
            )
    existing = set(Membership.objects.values_list("space_id", "user_id"))
    new = [
        Membership(space_id=space_id, user_id=user_id, role=role)
        for (space_id, user_id), (role, _when) in wanted.items()
        if (space_id, user_id) not in existing
    ]
    Membership.objects.bulk_create(new)
    for membership in new:  # `created` is auto_now_add: dated afterwards
        membership.created = wanted[(membership.space_id, membership.user_id)][1]
    Membership.objects.bulk_update(new, ["created"])
    log_approvals(spaces, users.get("moderador"), new)


def log_approvals(spaces, moderator, memberships):
    """A private space's members came in through the moderator's approval of their request:
    the moderation log shows it, dated when they joined."""
    private = {space.pk for space in spaces.values() if space.is_private}
    if moderator is None:
        return
    ModerationLog.objects.bulk_create(
        ModerationLog(
            space_id=m.space_id,
            moderator=moderator,
            action=ModerationLog.Action.APPROVE_MEMBER,
            reason=_("Trabaja en asistencia técnica en el Pacífico."),
            created=m.created,
        )
        for m in memberships
        if m.space_id in private and m.role == Membership.Role.MEMBER
    )


def post_times(thread, users):
    """When each post of `thread` was written: the first at the thread's moment, each reply
    the given working hours later, none before its author joined, all in order and past."""
    times = []
    for n, (author, hours, _text) in enumerate(thread["posts"]):
        key = (thread["title"], n)
        start = n == 0
        when = rhythm.moment(thread["when"], key) if start else rhythm.later(times[-1], hours, key)
        joined = users[author].date_joined + datetime.timedelta(days=1)
        if when < joined:
            when = rhythm.at_office(rhythm.workday(joined.date()), key)
            when = max(when, joined)
        if times and when <= times[-1]:
            when = times[-1] + datetime.timedelta(minutes=25)
        times.append(rhythm.not_after_now(when, floor=times[-1] if times else None))
    return times


def seed_thread(space, users, thread, times):
    posts = thread["posts"]
    made = Thread.objects.create(
        space=space,
        title=thread["title"],
        author=users[posts[0][0]],
        category=thread["category"],
        pinned=thread.get("pinned", False),
        created=times[0],
        last_activity=times[-1],
    )
    saved = Post.objects.bulk_create(
        [
            # bulk_create skips Post.save, which renders the Markdown: rendered here the same way.
            Post(thread=made, author=users[author], source=text, html=render_markdown(text),
                 created=when)
            for (author, _hours, text), when in zip(posts, times, strict=True)
        ]
    )  # fmt: skip
    if made.pinned:  # the moderator pinned it the hour it was posted
        ModerationLog.objects.create(
            space=space,
            moderator=users["moderador"],
            action=ModerationLog.Action.PIN,
            thread=made,
            created=rhythm.not_after_now(times[0] + PIN_DELAY, floor=times[0]),
        )
    if thread.get("solution") is not None:
        made.solution = saved[thread["solution"]]
        made.save(update_fields=["solution"])
    if thread.get("flag"):
        reporter, index, reason = thread["flag"]
        reported = rhythm.not_after_now(
            saved[index].created + FLAG_DELAY, floor=saved[index].created
        )
        Flag.objects.create(post=saved[index], reporter=users[reporter], reason=reason,
                            created=reported)  # fmt: skip
        tell_moderator_of_the_flag(space, users, made, reported)
    return made, saved


def useful_marks(thread, saved, members, by_pk):
    """Members of the space mark the answers that helped "útil": the solution most, other
    replies now and then; never their own post, never before they joined, never spam."""
    flagged = thread["flag"][1] if thread.get("flag") else None
    marks = []
    for n, post in enumerate(saved):
        if n == flagged or (n == 0 and thread["category"] not in ("experiencia", "recurso")):
            continue
        seed = zlib.crc32(f"{thread['title']}{n}".encode())
        count = 4 + seed % 3 if n == thread.get("solution") else seed % 3
        readers = [
            pk for pk in members
            if pk != post.author_id and pk in by_pk and by_pk[pk].date_joined < post.created
        ]  # fmt: skip
        start = seed % max(len(readers), 1)
        for k, user_id in enumerate((readers[start:] + readers[:start])[:count]):
            when = rhythm.later(post.created, 2 + 5 * k, (post.pk, user_id))
            marks.append(PostReaction(post=post, user_id=user_id, created=when))
    return marks


def tell_moderator_of_the_flag(space, users, thread, when):
    """The demo moderator finds the open flag in their notices (and the header badge), as they
    would have; written directly so seeding sends no e-mail."""
    Notification.objects.create(
        recipient=users["moderador"],
        kind=TO_MODERATE,
        text=_("Se denunció una publicación en «%(title)s»") % {"title": thread.title},
        url=reverse("community:moderation", args=[space.pk]),
        thread=thread,
        created=when,
    )


def seed(log):
    users = everyone()
    staff = {"editor", "esap", "moderador", "jurado", "miembro"}
    if not staff <= users.keys():
        seed_spaces(log)
        log.step("Conversaciones de la comunidad omitidas (sin cuentas de demostración)")
        return
    spaces = seed_spaces(log, users["moderador"])
    existing = set(Thread.objects.values_list("space__slug", "title"))
    todo = [t for t in THREADS if (t["space"], t["title"]) not in existing]
    times = {t["title"]: post_times(t, users) for t in todo}
    first_posts = {}
    for thread in todo:
        for (author, *_rest), when in zip(thread["posts"], times[thread["title"]], strict=True):
            key = (thread["space"], author)
            first_posts[key] = min(first_posts.get(key, when), when)
    seed_memberships(spaces, users, first_posts)
    members = {}
    for space_id, user_id in Membership.objects.values_list("space_id", "user_id"):
        members.setdefault(space_id, []).append(user_id)
    by_pk = {u.pk: u for u in users.values()}
    marks = []
    for thread in todo:
        space = spaces[thread["space"]]
        _made, saved = seed_thread(space, users, thread, times[thread["title"]])
        marks += useful_marks(thread, saved, sorted(members.get(space.pk, [])), by_pk)
    PostReaction.objects.bulk_create(marks)
    posts = sum(len(t["posts"]) for t in todo)
    log.step(
        f"{len(todo)} conversaciones, {posts} publicaciones, {len(marks)} marcas «útil», "
        f"{sum(1 for t in todo if t.get('flag'))} denuncia abierta"
    )
