"""Library models, split by concept: the shared base, the three content types, the index, and what
readers feed back ("¿Le sirvió?", "La estamos aplicando")."""

from .adoption import Adoption
from .base import KnowledgePage, KnowledgePageDocument, KnowledgePageTag, RelatedResource
from .feedback import UsefulnessAnswer
from .index import LibraryIndexPage
from .types import GuidePage, LessonPage, PracticePage

__all__ = [
    "Adoption",
    "GuidePage",
    "KnowledgePage",
    "KnowledgePageDocument",
    "KnowledgePageTag",
    "LessonPage",
    "LibraryIndexPage",
    "PracticePage",
    "RelatedResource",
    "UsefulnessAnswer",
]
