"""The member's consent to be contacted by colleagues: off until they tick it, every grant and
withdrawal recorded with the words ticked (as `accounts.consent` does for its own), the current
choice mirrored on `PeerProfile` so lists honour it with one join."""

from django.db import transaction
from django.utils import timezone

from .models import CONTACT_TEXT, ContactConsent, PeerProfile


def is_contactable(user):
    if user is None or not user.is_authenticated:
        return False
    return PeerProfile.objects.filter(user=user, contactable=True, user__is_active=True).exists()


@transaction.atomic
def set_contactable(user, granted):
    """Record the member's answer (a "no" too, when it changes something) and mirror it."""
    profile, _created = PeerProfile.objects.get_or_create(user=user)
    if profile.contactable == granted and (granted or not _created):
        return profile
    ContactConsent.objects.create(
        user=user, granted=granted, text=str(CONTACT_TEXT), created_at=timezone.now()
    )
    profile.contactable = granted
    profile.save(update_fields=["contactable"])
    return profile


def is_blocked(user):
    return PeerProfile.objects.filter(user=user, blocked_at__isnull=False).exists()
