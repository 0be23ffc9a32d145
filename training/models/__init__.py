"""Training models, split by concept: the plan, courses, their content, cohorts, settings."""

from .cohorts import Cohort, Enrollment, LessonProgress
from .content import CourseLessonPage, CourseModulePage
from .course import CoursePage
from .evaluation import CourseEvaluation
from .interest import CourseInterest
from .plan import TrainingPlanPage
from .sessions import Attendance, CohortSession
from .settings import TrainingSettings

__all__ = [
    "Attendance",
    "Cohort",
    "CohortSession",
    "CourseEvaluation",
    "CourseInterest",
    "CourseLessonPage",
    "CourseModulePage",
    "CoursePage",
    "Enrollment",
    "LessonProgress",
    "TrainingPlanPage",
    "TrainingSettings",
]
