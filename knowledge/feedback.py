"""Usefulness ("¿Le sirvió?"): recording a reader's answer, and the counts readers and the API
see.

A member has one answer per item and changes it by answering again. A visitor who is not signed
in may answer too: the browser's session remembers the answer so a second one replaces it, and
the answers a client address may send are limited (django-ratelimit on the shared cache, keyed by
the address allauth's limits use, so `TRUSTED_PROXY_COUNT` holds here too).
"""

from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import UsefulnessAnswer

SESSION_KEY = "knowledge_usefulness"  # {page id: answer id} for visitors not signed in


@dataclass(frozen=True)
class Counts:
    yes: int = 0
    no: int = 0

    @property
    def total(self):
        return self.yes + self.no

    def as_api(self):
        return {"yes": self.yes, "no": self.no}


def usefulness_counts(page):
    """Yes and no for one item: read from the API listing's annotations, else one query."""
    if hasattr(page, "useful_yes"):
        return Counts(page.useful_yes, page.useful_no)
    if page.pk is None:  # the preview of a page not saved yet
        return Counts()
    totals = UsefulnessAnswer.objects.filter(page=page).aggregate(
        yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False))
    )
    return Counts(**totals)


def _count_of(useful):
    answers = (
        UsefulnessAnswer.objects.filter(page=OuterRef("pk"), useful=useful)
        .order_by()
        .values("page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(answers, output_field=IntegerField()), Value(0))


def with_usefulness_counts(queryset):
    """Items with `useful_yes` and `useful_no`, counted in the same query as the items."""
    return queryset.annotate(useful_yes=_count_of(True), useful_no=_count_of(False))


def answer_of(request, page):
    """This reader's current answer on `page`: the member's own, or the one this browser sent."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return UsefulnessAnswer.objects.filter(page=page, user=user).first()
    session = getattr(request, "session", None) or {}
    answer_id = session.get(SESSION_KEY, {}).get(str(page.pk))
    if answer_id is None:
        return None
    return UsefulnessAnswer.objects.filter(pk=answer_id, page=page, user=None).first()


def anonymous_limit_reached(request):
    """Counts one more anonymous answer from this client address; True past the rate."""
    return is_ratelimited(
        request,
        group="knowledge-usefulness",
        key=lambda group, request: get_adapter().get_client_ip(request),
        rate=settings.KNOWLEDGE_ANONYMOUS_FEEDBACK_RATE,
        increment=True,
    )


def record_answer(request, page, useful, reason="", comment=""):
    """Creates or replaces this reader's answer on `page`."""
    values = {"useful": useful, "reason": reason, "comment": comment.strip()}
    values["updated"] = timezone.now()
    if request.user.is_authenticated:  # one row per member, even for two clicks at once
        answer, _created = UsefulnessAnswer.objects.update_or_create(
            page=page, user=request.user, defaults=values
        )
        return answer
    answer = answer_of(request, page) or UsefulnessAnswer(page=page)
    for field, value in values.items():
        setattr(answer, field, value)
    answer.save()
    remembered = request.session.get(SESSION_KEY, {})
    remembered[str(page.pk)] = answer.pk
    request.session[SESSION_KEY] = remembered
    return answer


def reason_counts(page):
    """[(useful, reason label, count)] for the editors' detail page, most frequent first."""
    labels = dict(UsefulnessAnswer.Reason.choices)
    rows = (
        UsefulnessAnswer.objects.filter(page=page)
        .exclude(reason="")
        .values("useful", "reason")
        .annotate(n=Count("pk"))
        .order_by("-n", "reason")
    )
    return [(row["useful"], labels.get(row["reason"], row["reason"]), row["n"]) for row in rows]
