"""The worklist's sections and items: pure data (services/worklist.py fills them).

Kept in the domain so a screen can show them without running service code on the
GUI thread (tests/gui/test_responsiveness.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SECTIONS: tuple[tuple[str, str], ...] = (
    ("unsigned_notes", "Unsigned notes"),
    ("sessions_without_notes", "Sessions without a note"),
    ("sessions_same_day", "Days with two sessions to bill"),
    ("appointments_unrecorded", "Appointments to record"),
    ("requests_due", "Requests due"),
    ("authorizations_expiring", "Authorizations expiring"),
    ("measures_due", "Measures due"),
)


@dataclass(frozen=True)
class WorkItem:
    section: str
    kind: str  # what opens: note / session / session_day / appointment / request / authorization / measure
    item_id: str
    client_id: str
    chart_number: str
    on: str  # the date that matters (note date, session date, due date, expiry)
    days: int  # days since (notes, sessions, appointments) or days left (requests, authorizations, measures)
    detail: str = ""
    # A request needing review: why (a key of who_acts.REQUESTER_WHY, its requester's standing changed).
    review: str = ""


@dataclass(frozen=True)
class Worklist:
    on: str
    items: list[WorkItem] = field(default_factory=list)

    def section(self, key: str) -> list[WorkItem]:
        return [i for i in self.items if i.section == key]

    def by_section(self) -> dict[str, list[WorkItem]]:
        return {key: self.section(key) for key, _title in SECTIONS}

    def counts(self) -> dict[str, int]:
        return {key: len(self.section(key)) for key, _title in SECTIONS}

    def as_dict(self) -> dict[str, Any]:
        return {"on": self.on, "counts": self.counts(), "items": [asdict(i) for i in self.items]}


__all__ = ["SECTIONS", "WorkItem", "Worklist"]
