"""The embeddable lists and the webmasters' page that hands out their code.

The lists are made to be framed by any other site: no cookies (no session, CSRF or language
cookie is ever set on them), no tracking, their own tiny stylesheet, cached publicly. Only these
responses lift the site's refusal to be framed (X-Frame-Options and the CSP's frame-ancestors);
every other page keeps refusing it.
"""

from functools import wraps

from csp.constants import SELF
from csp.decorators import csp_replace, csp_update

from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from core.links import absolute

from .forms import EmbedCodeForm
from .lists import UnknownDepartment, department_practices, upcoming_courses

CACHE_SECONDS = 15 * 60  # a new practice or cohort shows on the municipality's site within 15 min
ANY_ORIGIN = "*"


def embeddable(view):
    """For a list other sites frame: GET only, framing allowed from any origin, and a good
    answer cached here and by browsers and proxies (an error is cached by nobody)."""

    @wraps(view)
    def public(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    cached = cache_page(CACHE_SECONDS)(public)
    framed = csp_replace({"frame-ancestors": [ANY_ORIGIN]})(cached)
    return require_safe(xframe_options_exempt(framed))


def _render_list(request, template, build):
    try:
        embed = build(request.GET)
    except UnknownDepartment as error:
        context = {"title": _("Departamento no encontrado"), "error": str(error)}
        return render(request, "embeds/error.html", context, status=400)
    return render(request, template, {"embed": embed, "title": embed.title})


@embeddable
def practices(request):
    return _render_list(request, "embeds/practices.html", department_practices)


@embeddable
def courses(request):
    return _render_list(request, "embeds/courses.html", upcoming_courses)


LIST_VIEWS = {"practicas": "embeds:practices", "cursos": "embeds:courses"}


@csp_update({"frame-src": [SELF]})  # the preview frames this site's own list
def webmasters(request):
    """ "Insertar Red ATT en su sitio web": the iframe code for a chosen list and department
    (a GET form, no JavaScript needed), and a preview of it."""
    form = EmbedCodeForm(request.GET or None)
    context = {"form": form}
    if form.is_valid():
        department = form.cleaned_data["departamento"]
        query = f"?{urlencode({'departamento': department.code})}" if department else ""
        path = reverse(LIST_VIEWS[form.cleaned_data["lista"]]) + query
        context.update(
            embed_path=path,
            embed_url=absolute(path),
            embed_title=form.frame_title(),
        )
    return render(request, "embeds/webmasters.html", context)
