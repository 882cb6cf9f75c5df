"""Pace, the kill tests' measure of an operation's own pace, on a machine whose load varies.

A simulated run: each child's unlock and rounds take 0.1, 0.2 or 0.4 s (a third each: the
load it met), it is killed at a moment drawn from the window Pace gives, and Pace is told
what the child reported before the kill, as a kill test does. The medians it learns must be
the children's own (0.2 s), not those of the children fast enough to finish before their kill.
"""

from __future__ import annotations

import random

import pytest

from tests.core.kill_helpers import Pace, _median_lasting

SLOWDOWNS = (1, 2, 4)
BASE = 0.1


def _run(cycles: int, seed: int) -> Pace:
    rng = random.Random(seed)
    pace = Pace(fallback=0.4)
    for _cycle in range(cycles):
        length = BASE * rng.choice(SLOWDOWNS)  # this child's unlock and each of its rounds
        killed_at = rng.uniform(0.0, pace.window(rounds=2.0, unlock=True))
        starts = []
        while (start := length * (len(starts) + 1)) < killed_at:
            starts.append(start)
        pace.observe(0.0, starts, killed_at)
    return pace


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_children_slowed_most_are_learnt_from_too(seed: int) -> None:
    pace = _run(200, seed)
    assert pace.median_unlock() == pytest.approx(2 * BASE)
    assert pace.median_round() == pytest.approx(2 * BASE)
    assert pace.window(rounds=2.0, unlock=True) == pytest.approx(6 * BASE)


def test_until_one_unlock_and_one_round_ended_the_window_is_the_fallback() -> None:
    pace = Pace(fallback=0.4)
    pace.observe(0.0, [], killed_at=5.0)  # killed unlocking: at least 5 s, but no length yet
    assert not pace.known and pace.window(rounds=3.0, unlock=True) == 0.4
    pace.observe(0.0, [1.0], killed_at=9.0)  # an unlock of 1 s, a round cut at 8 s
    assert not pace.known and pace.window(rounds=3.0, unlock=False) == 0.4
    pace.observe(0.0, [1.0, 3.0], killed_at=3.5)
    assert pace.known


def test_the_median_of_durations_some_cut_short() -> None:
    assert _median_lasting([(1.0, True), (2.0, True), (3.0, True)]) == 2.0
    # Two of four cut at 0.5 s lasted longer than that: the median is past the one that ended there.
    assert _median_lasting([(0.5, True), (0.5, False), (0.5, False), (3.0, True)]) == 3.0
    # More than half still going after the last that ended: no median yet.
    assert _median_lasting([(1.0, True), (2.0, False), (2.0, False)]) is None
    # ... and Pace then takes the longest seen, a lower bound, rather than the one that ended.
    pace = Pace(fallback=0.4)
    pace.observe(0.0, [1.0, 2.0], killed_at=2.5)
    pace.observe(0.0, [1.0], killed_at=9.0)
    pace.observe(0.0, [1.0], killed_at=7.0)
    assert pace.median_round() == 9.0 - 1.0
