"""Community settings with their defaults; override any of them in the Django settings."""

from django.conf import settings

DEFAULTS = {
    # django-ratelimit rates, per user.
    "COMMUNITY_POST_RATE": "10/m",
    "COMMUNITY_FLAG_RATE": "5/m",
    # Similar threads looked up while a title is typed (one request per pause in the typing).
    "COMMUNITY_SIMILAR_RATE": "30/m",
    # A member's posts wait for a moderator while the account is younger than this many days
    # and has fewer than this many approved posts.
    "COMMUNITY_NEW_ACCOUNT_DAYS": 3,
    "COMMUNITY_TRUSTED_AFTER_POSTS": 2,
    "COMMUNITY_THREADS_PER_PAGE": 20,
    "COMMUNITY_POSTS_PER_PAGE": 30,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])
