"""Course evaluations: one per member and cohort, scores 1–5, anonymous aggregates."""

import pytest

from django.db import IntegrityError, transaction

from accounts.data_rights import collect, delete_account
from accounts.factories import UserFactory
from training.evaluation import cohort_results, course_results
from training.factories import CohortFactory, CourseEvaluationFactory
from training.models import CourseEvaluation


def test_a_member_answers_a_cohort_only_once(cohort):
    member = UserFactory()
    CourseEvaluationFactory(cohort=cohort, respondent=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseEvaluationFactory(cohort=cohort, respondent=member)


def test_scores_outside_one_to_five_are_refused_by_the_database(cohort):
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseEvaluationFactory(cohort=cohort, respondent=UserFactory(), satisfaction=6)


def test_fewer_than_three_answers_show_nothing(cohort):
    for _ in range(2):
        CourseEvaluationFactory(cohort=cohort, respondent=UserFactory(), comments="Muy bueno")
    results = cohort_results(cohort)
    assert results.answers == 2
    assert not results.shown
    assert results.averages == {} and results.comments == []


def test_results_are_aggregates_and_unsigned_comments(course, cohort):
    other_cohort = CohortFactory(course=course)
    CourseEvaluationFactory(cohort=cohort, respondent=UserFactory(), satisfaction=5)
    CourseEvaluationFactory(cohort=cohort, respondent=UserFactory(), satisfaction=3,
                            would_recommend=False, comments="Faltó práctica")  # fmt: skip
    CourseEvaluationFactory(cohort=cohort, respondent=UserFactory(), satisfaction=4)
    CourseEvaluationFactory(cohort=other_cohort, respondent=UserFactory(), satisfaction=1)

    results = cohort_results(cohort)
    assert results.shown
    assert results.averages["satisfaction"] == 4.0
    assert results.distribution["satisfaction"] == [0, 0, 1, 1, 1]
    assert results.recommend_percent == 67
    assert results.comments == ["Faltó práctica"]
    assert course_results(course).answers == 4


def test_the_member_export_lists_their_evaluations_and_deletion_removes_them(cohort):
    member = UserFactory()
    CourseEvaluationFactory(cohort=cohort, respondent=member, comments="Útil")
    section = next(s for s in collect(member) if s.key == "evaluaciones_de_cursos")
    assert section.data[0]["comentarios"] == "Útil"
    delete_account(member)
    assert not CourseEvaluation.objects.exists()
