"""Where everything of a trend chart goes, as plain geometry, so the screen (QPainter,
gui/measure_chart.py) and the exported PDF (fpdf2, services/pdf_export.py) draw the same
picture from the same numbers: shaded severity bands, the reliable-change threshold as
dashed lines around the baseline, the scores by date, and the date labels (written by the
caller's `day`: the practice's format on screen and on paper, found printing ISO in the PDF)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from vault_app.domain.measures.record import Trend

RGB = tuple[int, int, int]
# Minimal to most severe; a band's colour is taken by its position among the bands.
BAND_COLOURS: tuple[RGB, ...] = ((201, 232, 203), (235, 240, 190), (250, 222, 170), (246, 190, 160),
                                 (236, 160, 160))
RISK_COLOUR: RGB = (190, 30, 45)
LINE_COLOUR: RGB = (30, 70, 140)
THRESHOLD_COLOUR: RGB = (90, 90, 90)


@dataclass(frozen=True)
class BandRect:
    x: float
    y: float
    w: float
    h: float
    label: str
    colour: RGB


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    total: int
    risk: bool


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class HLine:
    y: float
    label: str


@dataclass(frozen=True)
class ChartLayout:
    plot: tuple[float, float, float, float]  # x, y, w, h of the plotting area
    bands: tuple[BandRect, ...]
    dots: tuple[Dot, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[tuple[float, str], ...]
    thresholds: tuple[HLine, ...]
    title: str


def _colour(index: int, count: int) -> RGB:
    if count <= 1:
        return BAND_COLOURS[0]
    pos = round(index * (len(BAND_COLOURS) - 1) / (count - 1))
    return BAND_COLOURS[pos]


def layout(trend: Trend, width: float, height: float, *, day: Callable[[date], str], left: float = 40,
           right: float = 120, top: float = 24, bottom: float = 34, max_date_labels: int = 8) -> ChartLayout:
    """The chart in a width x height box (any unit: pixels on screen, millimetres in a PDF).
    Higher scores are drawn higher, as printed score sheets do; y grows downwards."""
    inst = trend.instrument
    px, py = left, top
    pw, ph = max(width - left - right, 10.0), max(height - top - bottom, 10.0)
    top_score = inst.maximum

    def y_of(score: float) -> float:
        return py + ph - ph * score / top_score

    ranges = inst.band_ranges()
    bands = []
    for i, (lo, hi, label) in enumerate(ranges):
        # A band covers its whole-number range: from lo to hi + 1 (the top band to the maximum).
        upper = min(hi + 1, top_score) if i < len(ranges) - 1 else top_score
        y0, y1 = y_of(upper), y_of(lo)
        bands.append(BandRect(px, y0, pw, y1 - y0, label, _colour(i, len(ranges))))

    points = trend.points
    dots: list[Dot] = []
    ticks: list[Tick] = []
    if points:
        first, last = points[0].taken_on.toordinal(), points[-1].taken_on.toordinal()
        span = last - first
        inset = pw * 0.06

        def x_of(ordinal: int) -> float:
            if span == 0:
                return px + pw / 2
            return px + inset + (pw - 2 * inset) * (ordinal - first) / span

        dots = [Dot(x_of(p.taken_on.toordinal()), y_of(p.total), p.total, p.risk) for p in points]
        step = max(1, -(-len(points) // max_date_labels))  # ceil: at most max_date_labels labels
        shown = list(range(0, len(points), step))
        if shown[-1] != len(points) - 1:
            shown.append(len(points) - 1)
            if len(shown) > 2 and shown[-1] - shown[-2] < step:
                shown.pop(-2)  # keep the last date; drop the crowded one before it
        ticks = [Tick(dots[i].x, day(points[i].taken_on)) for i in shown]

    y_ticks = tuple((y_of(v), str(v)) for v in sorted({lo for lo, _, _ in ranges} | {top_score}))
    thresholds: list[HLine] = []
    if trend.baseline is not None:
        base, rc = trend.baseline, inst.reliable_change
        if base - rc >= 0:
            thresholds.append(HLine(y_of(base - rc), f"reliable improvement (-{rc})"))
        if base + rc <= top_score:
            thresholds.append(HLine(y_of(base + rc), f"reliable deterioration (+{rc})"))
    return ChartLayout((px, py, pw, ph), tuple(bands), tuple(dots), tuple(ticks), y_ticks, tuple(thresholds),
                       f"{inst.title} over time")
