"""A chart document's day, for a restriction the practice ended (45 CFR 164.522(a)(2)(iii)(B): what was
created or received before the end stays restricted), is the day it was added on this computer's clock,
not the UTC date of its stored moment. Found by a walker: a scan added at 8:30 PM in New York on the
restriction's last day counted as added the next day (UTC), after the end, and went out."""

from __future__ import annotations

import time
from datetime import date

import pytest

from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.restrictions import Restriction, bound_items
from vault_app.services.disclosure_gate import document_items

ROWS = (
    # zone, stored moment (UTC), the day it was added there
    ("America/New_York", "2026-12-07T01:30:00.000000+00:00", date(2026, 12, 6)),
    ("America/Los_Angeles", "2026-12-07T07:59:00.000000+00:00", date(2026, 12, 6)),
    ("America/Los_Angeles", "2026-12-07T08:00:00.000000+00:00", date(2026, 12, 7)),
    ("UTC", "2026-12-07T01:30:00.000000+00:00", date(2026, 12, 7)),
)


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield set_zone
    monkeypatch.delenv("TZ", raising=False)
    time.tzset()


def _scan(created_at: str) -> Attachment:
    return Attachment("a1", "c1", "document", "scan.pdf", "application/pdf", 10, "0" * 64, created_at=created_at)


@pytest.mark.parametrize(("name", "stored", "day"), ROWS, ids=[f"{r[0]}-{r[1][11:16]}" for r in ROWS])
def test_a_documents_day_is_the_local_day_it_was_added(zone, name: str, stored: str,  # type: ignore[no-untyped-def]
                                                         day: date) -> None:
    zone(name)
    assert [i.day for i in document_items([_scan(stored)])] == [day]


def test_a_scan_added_on_the_evening_before_the_end_stays_restricted(zone) -> None:  # type: ignore[no-untyped-def]
    zone("America/New_York")
    ended = Restriction("r1", "c1", "other", "all documents", date(2026, 11, 1), status="terminated",
                        decided_on=date(2026, 11, 2), terminated_on=date(2026, 12, 7), terminated_by="practice")
    items = document_items([_scan("2026-12-07T01:30:00.000000+00:00")])  # 8:30 PM on 12/06 in New York
    assert bound_items(ended, items, date(2026, 12, 8)) == items
