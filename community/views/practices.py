"""Compartir una buena práctica: the form a member fills from a space or from the library."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..drafts import login_keeping_draft, pop_draft
from ..forms import PracticeForm
from ..models import Membership
from ..permissions import visible_spaces
from ..practices import practices_index, share_practice
from .common import form_status


def postable_spaces(user):
    active = Membership.objects.filter(user=user, status=Membership.Status.ACTIVE)
    return visible_spaces(user).filter(pk__in=active.values("space_id"))


@login_keeping_draft
def share(request):
    if practices_index() is None:
        raise Http404
    spaces = postable_spaces(request.user)
    initial = pop_draft(request) or {"space": request.GET.get("espacio")}
    form = PracticeForm(request.POST or None, initial=initial, spaces=spaces)
    status = form_status(request, form)
    if status is None:
        page, thread = share_practice(request.user, form.cleaned_data, form.cleaned_data["space"])
        messages.success(
            request,
            _("Gracias. «%(title)s» quedó en revisión editorial; le avisaremos cuando se publique.")
            % {"title": page.title},
        )
        return redirect(thread or "community:notifications")
    return render(request, "community/share_practice.html", {"form": form}, status=status)
