"""When a measure is due again (domain/measures/schedule.py): the rule, table-driven, both sides."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.measures import instrument_keys
from vault_app.domain.measures.schedule import CITATION, DEFAULT_INTERVAL_DAYS, measure_due

TODAY = date(2026, 6, 30)
LAST = date(2026, 6, 2)  # 28 days before TODAY: due today at the 4-week interval


@pytest.mark.parametrize(
    ("case", "instrument", "last_taken", "last_session", "status", "due_on"),
    [
        ("exactly 4 weeks old, session since", "phq9", LAST, date(2026, 6, 16), "active", date(2026, 6, 30)),
        ("GAD-7 the same interval", "gad7", LAST, date(2026, 6, 29), "active", date(2026, 6, 30)),
        ("older, session today", "phq9", date(2026, 5, 1), TODAY, "active", date(2026, 5, 29)),
        ("one day short of 4 weeks", "phq9", date(2026, 6, 3), date(2026, 6, 16), "active", None),
        ("no session since the result", "phq9", LAST, date(2026, 5, 20), "active", None),
        ("only a session on the day of the result", "phq9", LAST, LAST, "active", None),
        ("never a session", "phq9", LAST, None, "active", None),
        ("a session after today does not count", "phq9", LAST, date(2026, 7, 1), "active", None),
        ("inactive client", "phq9", date(2026, 1, 5), date(2026, 6, 1), "inactive", None),
        ("discharged client", "gad7", date(2026, 1, 5), date(2026, 6, 1), "discharged", None),
        ("an instrument with no interval", "pcl5", date(2026, 1, 5), date(2026, 6, 1), "active", None),
    ],
)
def test_due_or_not(case: str, instrument: str, last_taken: date, last_session: date | None, status: str,
                    due_on: date | None) -> None:
    due = measure_due("c1", instrument, last_taken=last_taken, last_session=last_session, client_status=status,
                      today=TODAY)
    assert (due.due_on if due else None) == due_on, case
    if due is not None:
        assert (due.client_id, due.instrument, due.last_taken) == ("c1", instrument, last_taken)
        assert due.days_overdue(TODAY) == (TODAY - due_on).days


def test_intervals_are_data_and_can_be_changed() -> None:
    assert DEFAULT_INTERVAL_DAYS == {"phq9": 28, "gad7": 28}
    assert set(DEFAULT_INTERVAL_DAYS) <= set(instrument_keys())
    weekly = {"phq9": 7}
    kwargs = {"last_session": date(2026, 6, 12), "client_status": "active", "today": TODAY, "intervals": weekly}
    assert measure_due("c1", "phq9", last_taken=date(2026, 6, 10), **kwargs) is not None  # type: ignore[arg-type]
    assert measure_due("c1", "phq9", last_taken=date(2026, 6, 24), **kwargs) is None  # type: ignore[arg-type]
    assert measure_due("c1", "gad7", last_taken=date(2026, 1, 1), **kwargs) is None  # type: ignore[arg-type]
    assert "Psychiatric Services" in CITATION and "2017;68(2):179-188" in CITATION
