"""One completed measure in a chart, and the trend the chart tab and the PDF draw."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault_app.domain.measures.engine import Change, Instrument, change_between


@dataclass(frozen=True)
class Measure:
    measure_id: str
    client_id: str
    session_id: str | None
    instrument: str
    taken_on: date
    answers: tuple[int, ...]
    total: int
    band: str
    risk_items: tuple[str, ...] = ()
    replaces: str | None = None
    superseded_by: str | None = None
    correction_reason: str = ""
    entered_by: str = ""
    created_at: str = ""

    @property
    def risk(self) -> bool:
        return bool(self.risk_items)

    @property
    def current(self) -> bool:
        return self.superseded_by is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "measure_id": self.measure_id, "client_id": self.client_id, "session_id": self.session_id,
            "instrument": self.instrument, "taken_on": self.taken_on.isoformat(), "answers": list(self.answers),
            "total": self.total, "band": self.band, "risk_items": list(self.risk_items), "replaces": self.replaces,
            "superseded_by": self.superseded_by, "correction_reason": self.correction_reason,
            "entered_by": self.entered_by, "created_at": self.created_at,
        }


@dataclass(frozen=True)
class TrendPoint:
    measure_id: str
    taken_on: date
    total: int
    band: str
    risk: bool
    # Against the first point (the baseline), per the instrument's reliable-change threshold.
    change_from_baseline: Change


@dataclass(frozen=True)
class Trend:
    instrument: Instrument
    points: tuple[TrendPoint, ...]

    @property
    def baseline(self) -> int | None:
        return self.points[0].total if self.points else None

    def as_dict(self) -> dict[str, Any]:
        i = self.instrument
        return {
            "instrument": i.key, "title": i.title, "maximum": i.maximum, "reliable_change": i.reliable_change,
            "bands": [{"from": lo, "to": hi, "label": label} for lo, hi, label in i.band_ranges()],
            "points": [{"measure_id": p.measure_id, "taken_on": p.taken_on.isoformat(), "total": p.total,
                        "band": p.band, "risk": p.risk, "change_from_baseline": p.change_from_baseline}
                       for p in self.points],
        }


def trend_of(instrument: Instrument, measures: list[Measure]) -> Trend:
    """The current (not superseded) results of one instrument, oldest first."""
    chosen = sorted((m for m in measures if m.instrument == instrument.key and m.current),
                    key=lambda m: (m.taken_on, m.created_at))
    if not chosen:
        return Trend(instrument, ())
    base = chosen[0].total
    return Trend(instrument, tuple(
        TrendPoint(m.measure_id, m.taken_on, m.total, m.band, m.risk, change_between(instrument, base, m.total))
        for m in chosen
    ))
