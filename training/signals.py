"""Keep publisher permissions and the review workflow in step with plan pages and settings."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import TrainingPlanPage, TrainingSettings
from .permissions import apply_training_settings, grant_publisher_permissions, review_required_for


@receiver(post_save, sender=TrainingPlanPage)
def give_publishers_the_new_plan(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_publisher_permissions(instance, review_required_for(instance))


@receiver(post_save, sender=TrainingSettings)
def apply_review_switch(sender, instance, raw=False, **kwargs):
    if not raw:
        apply_training_settings(instance)
