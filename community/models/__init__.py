"""Community models, split by concept: pages, membership, threads, posts, moderation, following."""

from .membership import Membership
from .moderation import ModerationLog
from .notifications import Follow
from .pages import CommunityIndexPage, SpacePage
from .posts import Flag, Post, PostReaction, PostRevision
from .threads import Thread, ThreadRead

__all__ = [
    "CommunityIndexPage",
    "Flag",
    "Follow",
    "Membership",
    "ModerationLog",
    "Post",
    "PostReaction",
    "PostRevision",
    "SpacePage",
    "Thread",
    "ThreadRead",
]
