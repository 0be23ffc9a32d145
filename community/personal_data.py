"""What the community holds about a member, for "Mis datos" and account deletion
(`accounts.data_rights`): spaces, conversations, messages, reactions, follows, reads, reports."""

import re

from django.db.models import Value
from django.db.models.functions import Replace
from django.utils.translation import gettext as _

from accounts.data_rights import RETIRED_MENTION, Section, register, when

from .models import Flag, Follow, Membership, Post, PostReaction, PostRevision, Thread, ThreadRead


def sections(user):
    threads = Thread.objects.filter(author=user).select_related("space").order_by("created", "pk")
    posts = Post.objects.filter(author=user).select_related("thread").prefetch_related("revisions")
    follows = Follow.objects.filter(user=user).select_related("space", "thread")
    return [
        Section("espacios", _("Espacios de la comunidad"), [
            {"espacio": m.space.title, "rol": m.get_role_display(),
             "estado": m.get_status_display(), "desde": when(m.created)}
            for m in Membership.objects.filter(user=user).select_related("space")
        ]),
        Section("conversaciones", _("Conversaciones que inició"), [
            {"titulo": t.title, "espacio": t.space.title, "fecha": when(t.created),
             "enlace": t.get_absolute_url()}
            for t in threads
        ]),
        Section("publicaciones", _("Sus mensajes"), [
            {"conversacion": p.thread.title, "fecha": when(p.created),
             "editado_el": when(p.edited), "eliminado": p.deleted, "texto": p.source,
             "versiones_anteriores": " | ".join(r.source for r in p.revisions.all()),
             "enlace": p.get_absolute_url()}
            for p in posts
        ]),
        Section("utiles", _("Mensajes que marcó como útiles"), [
            {"mensaje": r.post.get_absolute_url(), "fecha": when(r.created)}
            for r in PostReaction.objects.filter(user=user).select_related("post")
        ]),
        Section("seguimientos", _("Lo que sigue"), [
            {"sigue": (f.space.title if f.space else f.thread.title),
             "tipo": _("espacio") if f.space else _("conversación")}
            for f in follows
        ]),
        Section("lecturas", _("Conversaciones leídas"), [
            {"conversacion": r.thread.title, "leida_el": when(r.read_at)}
            for r in ThreadRead.objects.filter(user=user).select_related("thread")
        ]),
        Section("denuncias", _("Denuncias que hizo"), [
            {"mensaje": f.post.get_absolute_url(), "motivo": f.reason,
             "estado": f.get_status_display(), "fecha": when(f.created)}
            for f in Flag.objects.filter(reporter=user).select_related("post")
        ]),
    ]  # fmt: skip


def _unmention(user):
    """@mentions of the member in others' posts and their earlier versions name nobody."""
    mention = re.compile(rf"(?<![\w@])@{re.escape(user.username)}(?![\w.+-])")
    for post in Post.objects.filter(source__contains="@" + user.username):
        source = mention.sub(RETIRED_MENTION, post.source)
        if source != post.source:
            post.source = source
            post.save(update_fields=["source", "html"])
    PostRevision.objects.filter(source__contains="@" + user.username).update(
        source=Replace("source", Value("@" + user.username), Value(RETIRED_MENTION))
    )


def forget(user):
    _unmention(user)
    # Kept, no longer attributed: they are the community's conversations ("Miembro retirado").
    Post.objects.filter(author=user).update(author=None)
    Thread.objects.filter(author=user).update(author=None)
    for model, field in (
        (PostReaction, "user"), (Follow, "user"), (ThreadRead, "user"), (Membership, "user"),
        (Flag, "reporter"),
    ):  # fmt: skip
        model.objects.filter(**{field: user}).delete()


def register_holding():
    register(
        position=10,
        sections=sections,
        forget=forget,
        relations={
            "community.Membership.user", "community.SpacePage.moderators",
            "community.Post.author", "community.Thread.author", "community.Follow.user",
            "community.ThreadRead.user", "community.PostReaction.user", "community.Flag.reporter",
            "community.ModerationLog.moderator",
        },
    )  # fmt: skip
