"""Meeting models, split by concept: pages, rubric, nominations, review, votes."""

from .nominations import Nomination
from .pages import EditionCategory, EditionJuror, EditionPage, MeetingIndexPage
from .review import JuryAssignment, Score, ensure_no_conflict, has_conflict_of_interest
from .rubric import Criterion, ensure_rubric_editable
from .votes import Vote

__all__ = [
    "Criterion",
    "EditionCategory",
    "EditionJuror",
    "EditionPage",
    "JuryAssignment",
    "MeetingIndexPage",
    "Nomination",
    "Score",
    "Vote",
    "ensure_no_conflict",
    "ensure_rubric_editable",
    "has_conflict_of_interest",
]
