"""The training section of the home page: the next cohorts open for enrolment."""

from django.utils.translation import gettext as _

from core.sections import HomeSection

from .filters import ENROLMENT
from .models import Cohort, TrainingPlanPage


def upcoming_cohorts(request):
    plan = TrainingPlanPage.objects.live().public().order_by("depth", "path").first()
    if plan is None:
        return None
    cohorts = (
        Cohort.objects.upcoming()
        .filter(course__path__startswith=plan.path, course__live=True)
        .with_counts()
        .select_related("course", "municipality__department")[:6]
    )
    return HomeSection(
        title=_("Próximas convocatorias de formación"),
        items=list(cohorts),
        more_url=f"{plan.get_url(request)}?{ENROLMENT.param}=abiertas",
        more_label=_("Ver el plan de formación"),
        template="training/includes/home_section.html",
    )
