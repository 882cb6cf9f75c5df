"""Deadline arithmetic for access (164.524), amendment (164.526) and accounting (164.528)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vault_app.domain.deadlines import due_date, due_state, extend, lookback_start, years_before
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.requests import ClientRequest


@pytest.mark.parametrize(
    ("kind", "received", "due"),
    [
        # 30 days for access, across month ends and February in leap and common years
        ("access", date(2024, 1, 31), date(2024, 3, 1)),  # leap year: Feb has 29 days
        ("access", date(2023, 1, 31), date(2023, 3, 2)),  # common year
        ("access", date(2024, 2, 29), date(2024, 3, 30)),  # received on leap day
        ("access", date(2024, 2, 1), date(2024, 3, 2)),
        ("access", date(2023, 2, 1), date(2023, 3, 3)),
        ("access", date(2023, 12, 15), date(2024, 1, 14)),  # across the year end
        ("access", date(2024, 4, 30), date(2024, 5, 30)),
        # 60 days for amendment and accounting
        ("amendment", date(2024, 1, 1), date(2024, 3, 1)),  # 31 + 29 = 60
        ("amendment", date(2023, 1, 1), date(2023, 3, 2)),  # 31 + 28 + 1
        ("amendment", date(2023, 12, 31), date(2024, 2, 29)),  # lands on leap day
        ("accounting", date(2024, 1, 15), date(2024, 3, 15)),
        ("accounting", date(2023, 1, 15), date(2023, 3, 16)),
    ],
)
def test_due_dates(kind: str, received: date, due: date) -> None:
    assert due_date(kind, received) == due


@pytest.mark.parametrize(
    ("kind", "received", "new_due"),
    [
        ("access", date(2024, 1, 31), date(2024, 3, 31)),
        ("access", date(2023, 1, 31), date(2023, 4, 1)),
        ("amendment", date(2024, 1, 1), date(2024, 3, 31)),
        ("amendment", date(2023, 12, 31), date(2024, 3, 30)),
        ("accounting", date(2023, 1, 15), date(2023, 4, 15)),
    ],
)
def test_one_extension_adds_thirty_days(kind: str, received: date, new_due: date) -> None:
    ext = extend(kind, received, notice_on=received + timedelta(days=3), reason="records in storage")
    assert ext.new_due == new_due


def test_extension_notice_must_be_inside_the_first_period() -> None:
    received = date(2024, 1, 31)
    last_day = date(2024, 3, 1)
    assert extend("access", received, notice_on=last_day, reason="r").new_due == date(2024, 3, 31)
    with pytest.raises(RefusedByPolicy, match="within the first 30 days, by 03/01/2024"):
        extend("access", received, notice_on=last_day + timedelta(days=1), reason="r")


def test_only_one_extension() -> None:
    with pytest.raises(RefusedByPolicy, match="only one extension"):
        extend("access", date(2024, 1, 1), notice_on=date(2024, 1, 5), reason="r", already_extended=True)


def test_extension_needs_a_reason_and_a_sane_length() -> None:
    with pytest.raises(InvalidInput, match="reason"):
        extend("amendment", date(2024, 1, 1), notice_on=date(2024, 1, 5), reason="  ")
    with pytest.raises(RefusedByPolicy, match="1 to 30 days"):
        extend("amendment", date(2024, 1, 1), notice_on=date(2024, 1, 5), reason="r", days=31)
    short = extend("amendment", date(2024, 1, 1), notice_on=date(2024, 1, 5), reason="r", days=10)
    assert short.new_due == date(2024, 3, 11)
    with pytest.raises(InvalidInput, match="before the request was received"):
        extend("access", date(2024, 1, 10), notice_on=date(2024, 1, 5), reason="r")


@pytest.mark.parametrize(
    ("requested", "start"),
    [
        (date(2024, 3, 15), date(2018, 3, 15)),
        (date(2024, 2, 29), date(2018, 2, 28)),  # no 29 Feb in 2018: the window starts a day earlier
        (date(2030, 1, 1), date(2024, 1, 1)),
        (date(2030, 2, 28), date(2024, 2, 28)),
    ],
)
def test_accounting_lookback_is_six_years(requested: date, start: date) -> None:
    assert lookback_start(requested) == start


@given(st.dates(min_value=date(1910, 1, 1), max_value=date(2190, 12, 31)))
def test_lookback_is_never_shorter_than_six_years(day: date) -> None:
    start = years_before(day, 6)
    assert (day - start).days >= 6 * 365  # 2100 is not a leap year, so 6 * 365 can occur
    assert start.year == day.year - 6
    assert (start.month, start.day) == (day.month, day.day) or (day.month, day.day) == (2, 29)


@given(st.dates(min_value=date(1910, 1, 1), max_value=date(2190, 12, 31)))
def test_due_dates_are_exact_calendar_days(day: date) -> None:
    assert (due_date("access", day) - day).days == 30
    assert (due_date("amendment", day) - day).days == 60
    assert (due_date("accounting", day) - day).days == 60


def test_request_due_state() -> None:
    req = ClientRequest("R1", "c1", "access", date(2024, 1, 31))
    assert req.due_on == date(2024, 3, 1)
    assert req.state_on(date(2024, 2, 10)) == "open"
    assert req.state_on(date(2024, 2, 24)) == "due_soon"
    assert req.state_on(date(2024, 3, 1)) == "due_soon"
    assert req.state_on(date(2024, 3, 2)) == "overdue"
    assert due_state(date(2024, 3, 1), date(2024, 4, 1), closed=True) == "closed"
