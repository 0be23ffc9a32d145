"""Library models, split by concept: the shared base, the three content types, the index."""

from .base import KnowledgePage, KnowledgePageDocument, KnowledgePageTag, RelatedResource
from .index import LibraryIndexPage
from .types import GuidePage, LessonPage, PracticePage

__all__ = [
    "GuidePage",
    "KnowledgePage",
    "KnowledgePageDocument",
    "KnowledgePageTag",
    "LessonPage",
    "LibraryIndexPage",
    "PracticePage",
    "RelatedResource",
]
