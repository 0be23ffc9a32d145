"""What a meeting winner says when shared from the edition's showcase: the award, then the
practice's replication kit text (knowledge.sharing), within the same 600 characters."""

from django.utils.translation import gettext as _

from core.sharing import share_links
from knowledge.sharing import practice_share_text


def winner_share_text(nomination, url):
    """ "Ganadora del Encuentro 2025 (category)", then the practice's kit text and its link."""
    heading = _("Ganadora del Encuentro de buenas prácticas %(year)s (%(category)s)") % {
        "year": nomination.edition.year,
        "category": nomination.category.name,
    }
    return practice_share_text(nomination.practice, url, heading=heading)


def winner_share(nomination, request=None):
    practice = nomination.practice
    url = practice.get_full_url(request)
    return share_links(url, practice.title, winner_share_text(nomination, url), kit=True)
