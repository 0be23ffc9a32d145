"""Thin request handlers behind the library's page routes (core.routing): an item's readers'
feedback, its PDF and a practice's replication kit, and an index's listing, feeds and CSV.

Every form works without JavaScript: it posts, and the reader comes back to the item with a
message; a form with errors is shown again on the item, with what was typed.
"""

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from core import pdf as core_pdf
from reference.comparable import municipality_of, needs_municipality

from . import pdf
from .adoption import (
    ProfileIncomplete,
    adoption_of,
    adoption_summary,
    follow_up_open,
    place_of,
    record_adoption,
    record_follow_up,
)
from .exports import stream_csv
from .feedback import anonymous_limit_reached, answer_of, record_answer, usefulness_counts
from .feeds import LibraryAtomFeed, LibraryRssFeed
from .filters import LibraryFilter, listing_context
from .forms import AdoptionForm, FollowUpForm, UsefulnessForm
from .permissions import accepts_adoption, accepts_feedback, can_read_usefulness_details
from .similar import more_like_this

USEFULNESS_ANCHOR = "#le-sirvio"
ADOPTION_ANCHOR = "#la-estamos-aplicando"
PER_PAGE = 12  # items per page of a library listing


def item_context(request, page):
    """What the item shows besides its content: its feedback (counts and places for everyone,
    forms where open) and "Más como este"."""
    # Any request Wagtail renders the page for: some (built by hand, in tests or feeds) lack a
    # user or a session, and count as an anonymous visitor's.
    user = getattr(request, "user", None) or AnonymousUser()
    # A preview (perhaps of a page not saved yet) shows the counts, never the forms.
    accepting = not getattr(request, "is_preview", False) and accepts_feedback(page)
    answer = answer_of(request, page) if accepting else None
    context = {
        "feedback_open": accepting,
        "usefulness": usefulness_counts(page),
        "usefulness_answer": answer,
        "usefulness_form": UsefulnessForm.for_answer(answer),
        "can_read_usefulness_details": can_read_usefulness_details(user),
        "more_like_this": more_like_this(request, page, fallback=page.more_like_this),
    }
    if page.adoptable:
        mine = adoption_of(user, page) if accepting else None
        context.update(
            adoption_summary=adoption_summary(page),
            my_adoption=mine,
            my_follow_up_open=bool(mine and follow_up_open(mine)),
            adoption_place=place_of(user) if accepting and not mine else None,
            adoption_form=AdoptionForm(),
        )
    return context


def _back_to(page, anchor):
    return redirect(page.url + anchor)


def _item_with_errors(request, page, status, **forms):
    response = page.render(request, context_overrides=forms)
    response.status_code = status
    return response


def usefulness(request, page):
    if request.method != "POST":
        return _back_to(page, USEFULNESS_ANCHOR)
    if not accepts_feedback(page):
        raise Http404
    form = UsefulnessForm(request.POST)
    if not request.user.is_authenticated and anonymous_limit_reached(request):
        form.add_error(
            None, _("Recibimos muchas respuestas desde su conexión. Intente de nuevo más tarde.")
        )
        return _item_with_errors(request, page, 429, usefulness_form=form)
    if not form.is_valid():
        return _item_with_errors(request, page, 400, usefulness_form=form)
    changed = answer_of(request, page) is not None
    record_answer(request, page, *form.answer())
    messages.success(
        request,
        _("Actualizamos su respuesta. Gracias.")
        if changed
        else _("Gracias por su respuesta: ayuda a mejorar la biblioteca."),
    )
    return _back_to(page, USEFULNESS_ANCHOR)


def adoption(request, page):
    if request.method != "POST":
        return _back_to(page, ADOPTION_ANCHOR)
    if not request.user.is_authenticated:
        return redirect_to_login(page.url + ADOPTION_ANCHOR)
    if not accepts_adoption(page):
        raise Http404
    form = AdoptionForm(request.POST)
    if not form.is_valid():
        return _item_with_errors(request, page, 400, adoption_form=form)
    try:
        _adoption, created = record_adoption(request.user, page, form.cleaned_data["note"])
    except ProfileIncomplete:
        messages.error(
            request, _("Para registrarlo, complete su entidad y su territorio en «Mi perfil».")
        )
    else:
        if created:
            messages.success(
                request,
                _("Quedó registrado. En seis meses le preguntaremos cómo les fue."),
            )
        else:
            messages.info(request, _("Ya lo había registrado."))
    return _back_to(page, ADOPTION_ANCHOR)


def adoption_follow_up(request, page):
    """The member says how applying the item went: the page the six-month notice links to."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not accepts_adoption(page):
        raise Http404
    adoption = adoption_of(request.user, page)
    if adoption is None:
        raise Http404
    if not follow_up_open(adoption):
        messages.info(
            request, _("Seis meses después de registrarlo le preguntaremos cómo les fue.")
        )
        return _back_to(page, ADOPTION_ANCHOR)
    form = FollowUpForm.for_adoption(adoption, request.POST or None)
    if request.method == "POST" and form.is_valid():
        record_follow_up(adoption, form.cleaned_data["outcome"], form.cleaned_data["outcome_note"])
        messages.success(request, _("Gracias por contarnos cómo les fue."))
        return _back_to(page, ADOPTION_ANCHOR)
    context = {"page": page, "adoption": adoption, "form": form}
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "knowledge/adoption_follow_up.html", context, status=status)


# --- A library index: its listing, feeds and CSV ------------------------------------------------


def _filtered(request, index, municipality=None):
    return LibraryFilter(index.items(), request.GET, municipality)


def library_listing(request, index):
    """A member's listing is their own (the "Municipios como el mío" facet): never cached for
    anyone else."""
    municipality = municipality_of(request.user)
    context = listing_context(_filtered(request, index, municipality), request, PER_PAGE)
    context["like_mine_hint"] = needs_municipality(request.user, municipality)
    response = index.render(request, context_overrides=context)
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


def library_rss(request, index):
    return LibraryRssFeed(index)(request)


def library_atom(request, index):
    return LibraryAtomFeed(index)(request)


def library_csv(request, index):
    municipality = municipality_of(request.user)
    return stream_csv(index, _filtered(request, index, municipality).results, request)


# --- An item's PDF and a practice's replication kit (knowledge/pdf.py) ---------------------------


def item_pdf(request, page):
    return _pdf_response(request, page, pdf.ITEM)


def practice_kit(request, page):
    return _pdf_response(request, page, pdf.KIT)


def _pdf_response(request, page, kind):
    """A visitor refused the page never gets here (Wagtail refuses them first, as for the page);
    a private page's readers get no PDF either, as it is never stored."""
    if getattr(request, "is_preview", False) or not pdf.has_pdf(page):
        raise Http404
    if not core_pdf.available():
        return core_pdf.unavailable_response(request, page)
    response = HttpResponse(pdf.pdf_of(page, kind), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{pdf.download_name(page, kind)}"'
    return response
