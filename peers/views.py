"""Views of peers: thin, each parses the request, calls `asking`/`consent`, renders.

Whoever may not read a question gets a 404, as in the community; visitors are sent to sign in
and come back.
"""

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from knowledge.models import KnowledgePage

from . import asking, permissions
from .consent import set_contactable
from .forms import AnswerForm, ContactForm, PublishForm, QuestionForm, ReportForm
from .models import Question
from .people import Contact, peers_of

RATE_MESSAGE = _(
    "Ya envió %(rate)s preguntas a colegas hoy, el máximo por día. Su texto sigue aquí: "
    "inténtelo de nuevo mañana."
)


def _next_url(request, fallback):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return fallback


@require_POST
@login_required
def contact_choice(request):
    form = ContactForm(request.POST)
    if form.is_valid():
        granted = form.cleaned_data["contactable"]
        set_contactable(request.user, granted)
        messages.success(
            request,
            _("Listo: colegas de otros municipios podrán escribirle.")
            if granted
            else _("Listo: colegas ya no podrán escribirle."),
        )
    return redirect(_next_url(request, "accounts:profile"))


def ask(request, page_id, user_id):
    page = get_object_or_404(KnowledgePage.objects.live(), pk=page_id).specific
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    recipient = get_object_or_404(get_user_model(), pk=user_id, is_active=True)
    listed = peers_of(page, request.user).contact_ids()
    if recipient.pk != request.user.pk and recipient.pk not in listed:
        raise Http404  # never confirm who is on the site but not open to questions
    form = QuestionForm(request.POST or None)
    status = 200
    try:
        permissions.check_can_ask(request.user, recipient, page, listed)
    except permissions.Refused as refusal:
        return render(
            request,
            "peers/refused.html",
            {"page": page, "message": str(refusal)},
            status=403,
        )
    if request.method == "POST":
        status = 400
        if form.is_valid():
            if is_ratelimited(
                request,
                group="peers-question",
                key="user",
                rate=settings.PEERS_QUESTION_RATE,
                increment=True,
            ):
                form.add_error(
                    None, RATE_MESSAGE % {"rate": settings.PEERS_QUESTION_RATE.split("/")[0]}
                )
                status = 429
            else:
                data = form.cleaned_data
                question = asking.ask(
                    request.user, recipient, page, data["subject"], data["body"], listed
                )
                messages.success(
                    request, _("Su pregunta fue enviada. Le avisaremos cuando responda.")
                )
                return redirect("peers:question", question.pk)
    context = {"page": page, "recipient": Contact(recipient), "form": form}
    return render(request, "peers/ask.html", context, status=status)


@login_required
def inbox(request):
    received, sent = asking.inbox(request.user)
    return render(request, "peers/inbox.html", {"received": received, "sent": sent})


def _readable(request, pk):
    question = get_object_or_404(
        Question.objects.select_related("page", "sender__profile", "recipient__profile"), pk=pk
    )
    if not permissions.can_read(request.user, question):
        raise Http404
    return question


@login_required
def question(request, pk):
    question = _readable(request, pk)
    return _render_question(request, question)


def _render_question(request, question, status=200, **forms):
    user = request.user
    mine = (
        question.sender_publishes if user.pk == question.sender_id else question.recipient_publishes
    )
    context = {
        "question": question,
        "page": question.page.specific,
        "i_asked": user.pk == question.sender_id,
        "answer_form": forms.get("answer_form") or AnswerForm(),
        "report_form": forms.get("report_form") or ReportForm(),
        "publish_form": PublishForm(initial={"publish": mine}),
        "can_answer": permissions.can_answer(user, question),
        "can_report": permissions.can_report(user, question),
        "can_publish": permissions.can_choose_publishing(user, question),
        "i_publish": mine,
    }
    return render(request, "peers/question.html", context, status=status)


@require_POST
@login_required
def answer(request, pk):
    question = _readable(request, pk)
    form = AnswerForm(request.POST)
    if not permissions.can_answer(request.user, question):
        raise Http404
    if not form.is_valid():
        return _render_question(request, question, 400, answer_form=form)
    asking.answer(request.user, question, form.cleaned_data["answer"])
    messages.success(request, _("Su respuesta fue enviada."))
    return redirect("peers:question", question.pk)


@require_POST
@login_required
def report(request, pk):
    question = _readable(request, pk)
    form = ReportForm(request.POST)
    if not permissions.can_report(request.user, question):
        raise Http404
    if not form.is_valid():
        return _render_question(request, question, 400, report_form=form)
    asking.report(request.user, question, form.cleaned_data["reason"])
    messages.success(
        request,
        _("Gracias. La pregunta ya no aparece en su bandeja; los moderadores la revisarán."),
    )
    return redirect("peers:inbox")


@require_POST
@login_required
def publish(request, pk):
    question = _readable(request, pk)
    if not permissions.can_choose_publishing(request.user, question):
        raise Http404
    form = PublishForm(request.POST)
    form.is_valid()
    publish = form.cleaned_data.get("publish", False)
    _was, now = asking.set_publishing(request.user, question, publish)
    if now:
        messages.success(
            request, _("Las dos personas aceptaron: ya se ve en la página del recurso.")
        )
    elif publish:
        messages.success(request, _("Se publicará cuando la otra persona también lo acepte."))
    else:
        messages.success(
            request, _("Retiró su autorización: la pregunta no se muestra en público.")
        )
    return redirect("peers:question", question.pk)
