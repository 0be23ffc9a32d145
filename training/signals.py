"""Keep publisher permissions and the review workflow in step with plan pages and settings; the
`enrollment_completed` signal other apps listen to."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import Signal, receiver

from .interest import notify_course_opened
from .models import Cohort, CourseInterest, TrainingPlanPage, TrainingSettings
from .notices import notify_cohort_cancelled
from .permissions import apply_training_settings, grant_publisher_permissions, review_required_for

# Sent once per enrolment, when it first meets its course's completion rules
# (`training.completion.record_completions`): sender=Enrollment, enrollment=the Enrollment, whose
# `completed_at` is already set. Certificates (credentials/) listen to it.
enrollment_completed = Signal()


@receiver(post_save, sender=TrainingPlanPage)
def give_publishers_the_new_plan(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_publisher_permissions(instance, review_required_for(instance))


@receiver(post_save, sender=TrainingSettings)
def apply_review_switch(sender, instance, raw=False, **kwargs):
    if not raw:
        apply_training_settings(instance)


@receiver(pre_save, sender=Cohort)
def remember_previous_status(sender, instance, raw=False, **kwargs):
    """So that saving can tell a cancellation apart from an edit of a cancelled cohort."""
    previous = None if raw or not instance.pk else sender.objects.filter(pk=instance.pk).first()
    instance._previous_status = previous.status if previous else None


@receiver(post_save, sender=Cohort)
def tell_people_of_a_cancelled_cohort(sender, instance, raw=False, **kwargs):
    was = getattr(instance, "_previous_status", None)
    if not raw and was and was != Cohort.Status.CANCELLED == instance.status:
        notify_cohort_cancelled(instance)


@receiver(post_save, sender=Cohort)
def tell_people_waiting_for_the_course(sender, instance, raw=False, **kwargs):
    """A cohort saved open for enrolment today opens the course for those who asked; a cohort
    whose enrolment starts later is announced by the daily `send_course_openings`."""
    if raw or not instance.is_open_for_enrolment():
        return
    if CourseInterest.objects.filter(course_id=instance.course_id).exists():
        course = instance.course
        if course.live:
            notify_course_opened(course)
