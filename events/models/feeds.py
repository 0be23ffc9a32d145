"""Each member's private calendar feed: a secret token in the URL is the only key to it, so it
works in Google Calendar or Outlook without signing in, and a new token retires the old URL."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

SELECTOR_LENGTH = 12


def new_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_feed",
        verbose_name=_("persona"),
    )
    # The token's first characters find the row; the whole token is then compared in constant
    # time (`events.feeds.feed_for_token`), so response times say nothing about a guess.
    selector = models.CharField(max_length=SELECTOR_LENGTH, unique=True, editable=False)
    token = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("creado el"), auto_now=True)

    class Meta:
        verbose_name = _("calendario personal")
        verbose_name_plural = _("calendarios personales")

    def __str__(self):
        return str(self.user)

    def set_new_token(self):
        self.token = new_token()
        self.selector = self.token[:SELECTOR_LENGTH]
