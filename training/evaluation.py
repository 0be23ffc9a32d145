"""Anonymous results of course evaluations, per cohort or per course (issue 18 item 3).

Publishers see aggregates only, and nothing below `MIN_ANSWERS_SHOWN` answers: with one or two
answers an average is one person's answer.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q

from .models.evaluation import MIN_ANSWERS_SHOWN, CourseEvaluation

QUESTIONS = ("satisfaction", "usefulness", "content_quality", "organisation")


@dataclass
class Results:
    answers: int
    averages: dict = field(default_factory=dict)
    distribution: dict = field(default_factory=dict)
    recommend_percent: int | None = None
    comments: list = field(default_factory=list)
    withheld: bool = False  # enough answers, but showing them would give some away

    @property
    def shown(self):
        return self.answers >= MIN_ANSWERS_SHOWN and not self.withheld


def results_for(evaluations, order="date"):
    """Aggregates of `evaluations` by query; comments without any name, by date or shuffled."""
    answers = evaluations.count()
    if answers < MIN_ANSWERS_SHOWN:
        return Results(answers=answers)
    aggregates = {f"avg_{q}": Avg(q) for q in QUESTIONS}
    for question in QUESTIONS:
        for score in range(1, 6):
            aggregates[f"{question}_{score}"] = Count("pk", filter=Q(**{question: score}))
    aggregates["recommend"] = Count("pk", filter=Q(would_recommend=True))
    row = evaluations.aggregate(**aggregates)
    comments = evaluations.exclude(comments="").order_by("?" if order == "random" else "-created")
    return Results(
        answers=answers,
        averages={q: round(row[f"avg_{q}"], 1) for q in QUESTIONS},
        distribution={q: [row[f"{q}_{s}"] for s in range(1, 6)] for q in QUESTIONS},
        recommend_percent=round(100 * row["recommend"] / answers),
        comments=list(comments.values_list("comments", flat=True)),
    )


def cohort_results(cohort, order="date"):
    return results_for(CourseEvaluation.objects.filter(cohort=cohort), order)


def course_results(course, order="date"):
    return results_for(CourseEvaluation.objects.filter(cohort__course=course), order)


@dataclass
class CourseReport:
    """A course's results, and its cohorts' unless showing them would give away a few answers."""

    course: Results
    cohorts: list  # [(cohort, Results)], newest first
    breakdown_hidden: bool = False


def course_report(course, cohorts):
    """The course's results and each of `cohorts`' (those of the course that ended).

    Cohorts below `MIN_ANSWERS_SHOWN` show nothing; and when the answers of those hidden cohorts
    add up to one or two, no cohort is shown, since the course's figures minus the shown cohorts'
    would be those one or two answers.
    """
    answers = dict(
        CourseEvaluation.objects.filter(cohort__course=course)
        .values_list("cohort")
        .annotate(n=Count("pk"))
    )
    hidden = sum(n for n in answers.values() if n < MIN_ANSWERS_SHOWN)
    shown_somewhere = any(n >= MIN_ANSWERS_SHOWN for n in answers.values())
    breakdown_hidden = shown_somewhere and 0 < hidden < MIN_ANSWERS_SHOWN
    per_cohort = []
    for cohort in cohorts:
        count = answers.get(cohort.pk, 0)
        if breakdown_hidden or count < MIN_ANSWERS_SHOWN:
            per_cohort.append((cohort, Results(answers=count, withheld=breakdown_hidden)))
        else:
            per_cohort.append((cohort, cohort_results(cohort, order="random")))
    return CourseReport(course_results(course, order="random"), per_cohort, breakdown_hidden)
