"""The trend chart's geometry (shared by the screen and the PDF): bands stacked over the whole
score range, the reliable-change lines around the baseline, dates in order on the x axis."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from vault_app.domain.locale_format import date_text
from vault_app.domain.measures import get_instrument
from vault_app.domain.measures.chart import layout
from vault_app.domain.measures.record import Measure, trend_of


def _trend(key: str, totals: list[int], start: date = date(2026, 1, 5), every: int = 14) -> object:
    inst = get_instrument(key)
    ms = []
    for i, t in enumerate(totals):
        answers = [min(3, max(0, t - 3 * k)) for k in range(len(inst.items))]
        s = inst.score(answers)
        ms.append(Measure(f"m{i}", "c", None, key, start + timedelta(days=every * i), tuple(answers), s.total, s.band,
                          s.risk_items, created_at=str(i)))
    return trend_of(inst, ms)


def test_bands_cover_the_plot_from_bottom_to_top_without_gaps() -> None:
    chart = layout(_trend("phq9", [20, 14, 8]), 600, 300, day=date.isoformat)  # type: ignore[arg-type]
    _x, y, _w, h = chart.plot
    assert [b.label for b in chart.bands] == ["minimal", "mild", "moderate", "moderately severe", "severe"]
    bottom_up = sorted(chart.bands, key=lambda b: -b.y)
    assert abs(bottom_up[0].y + bottom_up[0].h - (y + h)) < 1e-9 and abs(bottom_up[-1].y - y) < 1e-9
    for lower, upper in itertools.pairwise(bottom_up):
        assert abs(upper.y + upper.h - lower.y) < 1e-9
    # The moderate band (10-14) is 5 of 27 points tall.
    moderate = next(b for b in chart.bands if b.label == "moderate")
    assert abs(moderate.h - h * 5 / 27) < 1e-9


def test_dots_thresholds_and_dates() -> None:
    chart = layout(_trend("phq9", [20, 14, 8]), 600, 300, day=date.isoformat)  # type: ignore[arg-type]
    _x, y, _w, h = chart.plot
    assert [d.total for d in chart.dots] == [20, 14, 8]
    assert [d.x for d in chart.dots] == sorted(d.x for d in chart.dots)
    assert chart.dots[0].y < chart.dots[1].y < chart.dots[2].y  # higher score drawn higher
    assert [t.label for t in chart.x_ticks] == ["2026-01-05", "2026-01-19", "2026-02-02"]
    improve, worse = chart.thresholds
    assert abs(improve.y - (y + h - h * 15 / 27)) < 1e-9 and "-5" in improve.label
    assert abs(worse.y - (y + h - h * 25 / 27)) < 1e-9 and "+5" in worse.label


def test_many_points_keep_at_most_the_label_budget_and_the_last_date() -> None:
    chart = layout(_trend("gad7", list(range(21, 0, -1)), every=7), 600, 300, day=date.isoformat, max_date_labels=6)  # type: ignore[arg-type]
    assert len(chart.dots) == 21 and len(chart.x_ticks) <= 7
    assert chart.x_ticks[-1].label == (date(2026, 1, 5) + timedelta(days=7 * 20)).isoformat()
    assert len(chart.thresholds) == 1  # baseline 21 + 4 is off the scale: only the improvement line


def test_a_single_point_is_centred() -> None:
    chart = layout(_trend("gad7", [9]), 500, 200, day=date.isoformat)  # type: ignore[arg-type]
    x, _, w, _ = chart.plot
    assert chart.dots[0].x == x + w / 2 and [t.label for t in chart.x_ticks] == ["2026-01-05"]


@pytest.mark.parametrize(("locale", "labels"), (("en_US", ["01/19/2026", "02/16/2026", "03/16/2026"]),
                                                ("en_GB", ["19/01/2026", "16/02/2026", "16/03/2026"])))
def test_date_labels_are_written_by_the_callers_day(locale: str, labels: list[str]) -> None:
    """The screen and the PDF pass the practice's format (found: the PDF's axis printed ISO)."""
    chart = layout(_trend("phq9", [20, 14, 8], start=date(2026, 1, 19), every=28), 600, 300,  # type: ignore[arg-type]
                   day=lambda d: date_text(d, locale))
    assert [t.label for t in chart.x_ticks] == labels
