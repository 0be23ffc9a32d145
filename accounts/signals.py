"""Every user has a profile, however the user was created (sign-up, admin, shell); at each login,
whether the member still has to accept the current data-processing policy."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver

from .consent import needs_policy_acceptance
from .middleware import SESSION_FLAG
from .models import Profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def ensure_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Profile.objects.get_or_create(user=instance)


@receiver(user_logged_in)
def check_policy_at_login(sender, request, user, **kwargs):
    """Leave the flag `middleware.PolicyAcceptanceMiddleware` acts on."""
    session = getattr(request, "session", None)
    if session is None:
        return
    if needs_policy_acceptance(user):
        session[SESSION_FLAG] = True
    else:
        session.pop(SESSION_FLAG, None)
