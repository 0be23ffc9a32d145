"""Members' evaluations of a finished cohort (issue 18): a short, fixed satisfaction survey.

Anonymous to publishers: results are shown only as aggregates and unsigned comments, and only
from `MIN_ANSWERS_SHOWN` answers on, so that no answer can be traced back to one person.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MIN_ANSWERS_SHOWN = 3
SCORE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


def score_field(verbose_name):
    return models.PositiveSmallIntegerField(verbose_name, validators=SCORE_VALIDATORS)


class CourseEvaluation(models.Model):
    """One member's answer to the survey of one cohort; changeable while the survey is open."""

    cohort = models.ForeignKey(
        "training.Cohort",
        on_delete=models.CASCADE,
        related_name="evaluations",
        verbose_name=_("convocatoria"),
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="course_evaluations",
        verbose_name=_("quien responde"),
    )
    satisfaction = score_field(_("satisfacción general"))
    usefulness = score_field(_("utilidad para su trabajo"))
    content_quality = score_field(_("calidad de los contenidos"))
    organisation = score_field(_("organización"))
    would_recommend = models.BooleanField(_("recomendaría el curso"), default=False)
    comments = models.TextField(_("comentarios"), blank=True)
    created = models.DateTimeField(_("creada"), default=timezone.now)

    class Meta:
        verbose_name = _("evaluación de curso")
        verbose_name_plural = _("evaluaciones de cursos")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "respondent"], name="one_evaluation_per_member_and_cohort"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    satisfaction__range=(1, 5),
                    usefulness__range=(1, 5),
                    content_quality__range=(1, 5),
                    organisation__range=(1, 5),
                ),
                name="course_evaluation_scores_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.cohort} · {self.created:%Y-%m-%d}"
