"""The ranking arithmetic, checked by hand: weighted means per juror, mean and spread."""

import pytest

from meeting.ranking import rank, weighted_mean

WEIGHTS = {"impacto": 3, "evidencia": 1}


def test_a_jurors_score_is_the_weighted_mean_of_their_criteria():
    # (3·5 + 1·1) / 4 = 4
    assert weighted_mean({"impacto": 5, "evidencia": 1}, WEIGHTS) == 4


def test_criteria_not_scored_do_not_count_in_the_weighted_mean():
    assert weighted_mean({"evidencia": 2}, WEIGHTS) == 2
    assert weighted_mean({}, WEIGHTS) is None


def test_a_nominations_score_is_the_mean_across_jurors_with_its_spread():
    # juror A: (15 + 1) / 4 = 4; juror B: (6 + 2) / 4 = 2 → mean 3, population std dev 1
    [entry] = rank(
        [("x", [{"impacto": 5, "evidencia": 1}, {"impacto": 2, "evidencia": 2}])], WEIGHTS
    )
    assert (entry.score, entry.spread, entry.lowest, entry.highest, entry.jurors) == (3, 1, 2, 4, 2)


def test_ranking_orders_by_weighted_score_not_by_plain_average():
    # Plain averages: a = 3, b = 3.5; weighted: a = 4, b = 2.75 → a first.
    entries = [
        ("b", [{"impacto": 2, "evidencia": 5}]),
        ("a", [{"impacto": 5, "evidencia": 1}]),
    ]
    assert [e.item for e in rank(entries, WEIGHTS)] == ["a", "b"]
    assert rank(entries, WEIGHTS)[1].score == pytest.approx(2.75)


def test_unscored_nominations_go_last():
    entries = [("nadie", []), ("alguien", [{"impacto": 1, "evidencia": 1}])]
    ranked = rank(entries, WEIGHTS)
    assert [e.item for e in ranked] == ["alguien", "nadie"]
    assert ranked[1].score is None and ranked[1].jurors == 0
