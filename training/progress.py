"""Lesson progress: which lessons a person has done, and how far along each course they are."""

from dataclasses import dataclass

from .completion import record_completions, seats_of
from .models import CourseLessonPage, Enrollment, LessonProgress


@dataclass
class Progress:
    done: int
    total: int

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def done_lesson_ids(user):
    if not user.is_authenticated:
        return set()
    return set(LessonProgress.objects.filter(user=user).values_list("lesson_id", flat=True))


def progress_by_course(user, courses):
    """{course pk: Progress} in two queries, however many courses there are."""
    paths = {course.pk: course.path for course in courses}
    if not paths:
        return {}
    lessons = CourseLessonPage.objects.live().values_list("pk", "path")
    done = done_lesson_ids(user)
    totals = {pk: Progress(0, 0) for pk in paths}
    for lesson_pk, lesson_path in lessons:
        for course_pk, course_path in paths.items():
            if lesson_path.startswith(course_path):
                totals[course_pk].total += 1
                totals[course_pk].done += lesson_pk in done
    return totals


def is_enrolled_in_course(user, course):
    return (
        user.is_authenticated
        and Enrollment.objects.filter(
            user=user, cohort__course=course, status=Enrollment.Status.ENROLLED
        ).exists()
    )


def mark_done(user, lesson):
    """Record the lesson done; it may complete the person's enrolments in its course."""
    LessonProgress.objects.get_or_create(user=user, lesson=lesson)
    record_completions(seats_of(user, course=lesson.course()))
