"""Reading and writing threads: the thread page with its reply form, new threads, post actions."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from search import service as search_service

from .. import posting
from ..drafts import login_keeping_draft, pop_draft
from ..forms import PostForm, ThreadForm
from ..markup import quote
from ..models import PostReaction
from ..permissions import (
    can_edit_post,
    can_mark_solution,
    can_moderate,
    can_post,
    can_reply,
    visible_posts,
)
from .common import (
    form_status,
    over_limit,
    readable_post,
    readable_space,
    readable_thread,
    require,
)

AWAITING_APPROVAL = gettext_lazy("Gracias. Se publicará cuando un moderador lo revise.")
SIMILAR_SNIPPET_CHARS = 160


def posts_for_page(user, thread):
    posts = (
        visible_posts(user, thread)
        .select_related("author__profile__entity", "reply_to__author__profile")
        .annotate(useful_count=Count("reactions"))
        .order_by("created", "pk")
    )
    if user.is_authenticated:
        mine = PostReaction.objects.filter(post=OuterRef("pk"), user=user)
        posts = posts.annotate(useful_by_me=Exists(mine))
    return posts


def thread_detail(request, pk):
    """The thread, paginated, with the reply form (GET) or a reply being posted (POST)."""
    if request.method == "POST":
        # Before the lookup, so an expired session keeps the draft even in a private space.
        return login_keeping_draft(post_reply)(request, pk)
    thread = readable_thread(request.user, pk)
    initial = pop_draft(request) or {}
    if request.GET.get("citar", "").isdigit() and request.user.is_authenticated:
        quoted = visible_posts(request.user, thread).filter(pk=request.GET["citar"]).first()
        if quoted and not quoted.deleted:
            initial = {"source": quote(quoted.source), "reply_to": quoted.pk}
    return render_thread(request, thread, PostForm(initial=initial))


def render_thread(request, thread, form, status=200):
    user = request.user
    paginator = Paginator(posts_for_page(user, thread), settings.COMMUNITY_POSTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    posting.mark_read(user, thread)
    context = {
        "thread": thread,
        "space": thread.space,
        "posts": page,
        "form": form,
        "can_reply": can_reply(user, thread),
        "can_moderate": can_moderate(user, thread.space),
        "can_mark_solution": can_mark_solution(user, thread),
        "can_post_in_space": can_post(user, thread.space),
        "following": posting.is_following(user, thread=thread),
    }
    return render(request, "community/thread.html", context, status=status)


def post_reply(request, pk):
    thread = readable_thread(request.user, pk)
    require(can_reply(request.user, thread))
    form = PostForm(request.POST)
    status = form_status(request, form, limit="post")
    if status:
        return render_thread(request, thread, form, status=status)
    reply_to = None
    if form.cleaned_data["reply_to"]:
        reply_to = (
            visible_posts(request.user, thread).filter(pk=form.cleaned_data["reply_to"]).first()
        )
    post = posting.reply(request.user, thread, form.cleaned_data["source"], reply_to)
    if not post.approved:
        messages.info(request, AWAITING_APPROVAL)
    return redirect(post.get_absolute_url())


@login_keeping_draft(form=ThreadForm)
def new_thread(request, space_pk):
    space = readable_space(request.user, space_pk)
    require(can_post(request.user, space))
    form = ThreadForm(request.POST or None, initial=pop_draft(request))
    status = form_status(request, form, limit="post")
    if status is None:
        data = form.cleaned_data
        thread = posting.start_thread(
            request.user, space, data["title"], data["category"], data["source"],
            taxonomy=form.taxonomy(),
        )  # fmt: skip
        if not thread.approved:
            messages.info(request, AWAITING_APPROVAL)
        return redirect(thread)
    context = {"form": form, "space": space}
    return render(request, "community/thread_form.html", context, status=status)


@require_GET
@login_keeping_draft
def similar_threads(request, space_pk):
    """The conversations "¿Quién ya lo resolvió?" lists under the title being typed in the
    new-thread form, as JSON for community/static/community/similar_threads.js.

    Asked of the form's space, so only whoever may open that form may ask (an anonymous visitor
    is sent to log in, a non-member of a private space gets 404, of a public one 403); the
    threads come from any space the member may read (search.service.similar_threads keeps to
    those)."""
    space = readable_space(request.user, space_pk)
    require(can_post(request.user, space))
    if over_limit(request, "similar"):
        return JsonResponse({"results": []}, status=429)
    hits = search_service.similar_threads(request.GET.get("q", ""), request.user)
    results = [
        {
            "title": hit.title,
            "url": hit.url,
            "space": hit.territory,  # a thread's document names its space there
            "snippet": Truncator(search_service.plain(hit.snippet)).chars(SIMILAR_SNIPPET_CHARS),
        }
        for hit in hits
    ]
    response = JsonResponse({"results": results})
    patch_cache_control(response, private=True)
    return response


@login_keeping_draft
def edit_post(request, pk):
    post = readable_post(request.user, pk)
    require(can_edit_post(request.user, post))
    initial = pop_draft(request) or {"source": post.source}
    form = PostForm(request.POST or None, initial=initial)
    status = form_status(request, form)
    if status is None:
        posting.edit(post, form.cleaned_data["source"])
        messages.success(request, _("Se guardaron los cambios."))
        return redirect(post.get_absolute_url())
    return render(request, "community/post_form.html", {"form": form, "post": post}, status=status)


@require_POST
@login_keeping_draft
def delete_post(request, pk):
    post = readable_post(request.user, pk)
    require(can_edit_post(request.user, post))
    posting.soft_delete(post)
    messages.success(request, _("Se eliminó su publicación."))
    return redirect(post.get_absolute_url())


@require_POST
@login_keeping_draft
def toggle_useful(request, pk):
    post = readable_post(request.user, pk)
    require(can_post(request.user, post.thread.space) and post.author_id != request.user.pk)
    posting.toggle_useful(request.user, post)
    return redirect(post.get_absolute_url())


@require_POST
@login_keeping_draft
def mark_solution(request, pk):
    post = readable_post(request.user, pk)
    require(can_mark_solution(request.user, post.thread))
    posting.mark_solution(request.user, post.thread, post)
    messages.success(request, _("Se marcó la solución."))
    return redirect(post.get_absolute_url())


@require_POST
@login_keeping_draft
def follow_thread(request, pk):
    thread = readable_thread(request.user, pk)
    require(can_post(request.user, thread.space))
    following = posting.toggle_follow(request.user, thread=thread)
    messages.success(
        request, _("Ahora sigue este hilo.") if following else _("Dejó de seguir este hilo.")
    )
    return redirect(thread)


def post_history(request, pk):
    post = readable_post(request.user, pk)
    require(can_moderate(request.user, post.thread.space))
    revisions = post.revisions.all()
    return render(request, "community/post_history.html", {"post": post, "revisions": revisions})
