"""What a municipality's or a department's page shows, each in a bounded number of queries:
what is published from or about it, the practices applied there ("La estamos aplicando"), the
courses its officials passed, and (for a municipality) the comparable ones.

Only public, live pages are listed; courses are counted by the members who passed them and agreed
to show their identity, never named.
"""

from django.db.models import Count, Q

from knowledge.models import KnowledgePage
from reference.comparable import can_compare, comparable_municipalities, comparison_explanation
from training.models import CoursePage

ITEMS = 12
PEERS = 40


def public_items():
    return KnowledgePage.objects.live().public().defer_streamfields()


def published_about_municipality(municipality, limit=ITEMS):
    items = public_items().filter(municipalities=municipality).distinct()
    return list(items.order_by("-publication_date", "-pk").specific()[:limit])


def published_about_department(department, limit=ITEMS):
    items = public_items().filter(
        Q(departments=department) | Q(municipalities__department=department)
    )
    return list(items.distinct().order_by("-publication_date", "-pk").specific()[:limit])


def applied_in(place_filter, limit=ITEMS):
    """Guides and practices an entity of the place said it is applying, most applied first."""
    items = (
        public_items()
        .filter(**{f"adoptions__{key}": value for key, value in place_filter.items()})
        .annotate(applications=Count("adoptions", distinct=True))
        .order_by("-applications", "-publication_date")
    )
    return list(items.specific()[:limit])


def courses_passed(profile_filter, limit=ITEMS):
    """Courses members working there passed, with how many of them did. Only members who
    authorised showing their name and entity in public count: in a town with one member, a
    count is as good as a name."""
    passed = {
        f"cohorts__enrollments__user__profile__{key}": value
        for key, value in {**profile_filter, "public_identity": True}.items()
    }
    return list(
        CoursePage.objects.live()
        .public()
        .filter(cohorts__enrollments__completed_at__isnull=False, **passed)
        .annotate(officials=Count("cohorts__enrollments__user", distinct=True))
        .order_by("-officials", "title")[:limit]
    )


def peers(municipality, limit=PEERS):
    """The comparable municipalities (itself left out) and how many there are, or None."""
    if not can_compare(municipality):
        return None
    others = (
        comparable_municipalities(municipality)
        .exclude(pk=municipality.pk)
        .select_related("department")
        .order_by("department__name", "name")
    )
    return {
        "explanation": comparison_explanation(municipality),
        "municipalities": list(others[:limit]),
        "count": others.count(),
    }


def municipality_context(municipality):
    return {
        "municipality": municipality,
        "years": list(municipality.years.all()),
        "published": published_about_municipality(municipality),
        "applied": applied_in({"municipality": municipality}),
        "courses": courses_passed({"municipality": municipality}),
        "peers": peers(municipality),
    }


def department_context(department):
    municipalities = list(department.municipalities.order_by("name"))
    return {
        "department": department,
        "municipalities": municipalities,
        "pdet_count": sum(m.is_pdet for m in municipalities),
        "published": published_about_department(department),
        "applied": applied_in({"department": department}),
        "courses": courses_passed({"department": department}),
    }
