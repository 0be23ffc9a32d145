"""Community models, split by concept: pages, membership, threads, posts, moderation, notices."""

from .membership import Membership
from .moderation import ModerationLog
from .notifications import EmailPreference, Follow, Notification
from .pages import CommunityIndexPage, SpacePage
from .posts import Flag, Post, PostReaction, PostRevision
from .threads import Thread, ThreadRead

__all__ = [
    "CommunityIndexPage",
    "EmailPreference",
    "Flag",
    "Follow",
    "Membership",
    "ModerationLog",
    "Notification",
    "Post",
    "PostReaction",
    "PostRevision",
    "SpacePage",
    "Thread",
    "ThreadRead",
]
