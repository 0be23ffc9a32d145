"""The ranking arithmetic, kept apart from the database so it can be checked by hand.

A juror's score for a nomination is the weighted mean of their criterion scores (weights from the
rubric). A nomination's score is the plain mean of its jurors' scores; the spread is the population
standard deviation across jurors, with the lowest and highest juror score alongside.
"""

from dataclasses import dataclass
from statistics import fmean, pstdev


def weighted_mean(values, weights):
    """Weighted mean of {criterion: value} with {criterion: weight}; None if nothing was scored."""
    scored = [(weights[key], value) for key, value in values.items() if weights.get(key)]
    total = sum(weight for weight, _ in scored)
    if not total:
        return None
    return sum(weight * value for weight, value in scored) / total


@dataclass
class RankedEntry:
    item: object
    score: float | None
    spread: float | None
    lowest: float | None
    highest: float | None
    jurors: int


def rank(entries, weights):
    """[(item, [{criterion: value} per submitted juror])] → RankedEntry list, best first.

    Items nobody has scored yet go last, in their given order.
    """
    ranked = []
    for item, sheets in entries:
        juror_scores = [
            s for s in (weighted_mean(sheet, weights) for sheet in sheets) if s is not None
        ]
        if juror_scores:
            ranked.append(
                RankedEntry(
                    item,
                    round(fmean(juror_scores), 2),
                    round(pstdev(juror_scores), 2),
                    round(min(juror_scores), 2),
                    round(max(juror_scores), 2),
                    len(juror_scores),
                )
            )
        else:
            ranked.append(RankedEntry(item, None, None, None, None, 0))
    return sorted(ranked, key=lambda entry: (entry.score is None, -(entry.score or 0)))
