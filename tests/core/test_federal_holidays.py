"""The federal holidays of 5 U.S.C. 6103(a) by rule, with the days observed (6103(b)(1): a Saturday's
on the Friday before; Executive Order 11582: a Sunday's on the Monday after). Checked against OPM's
published federal holiday tables for the years below."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.federal_holidays import Holiday, holidays_of, holidays_on, is_holiday

H = Holiday


@pytest.mark.parametrize(("year", "expected"), [
    (2026, {H.NEW_YEARS_DAY: (date(2026, 1, 1), date(2026, 1, 1)), H.MLK_BIRTHDAY: (date(2026, 1, 19),) * 2,
            H.WASHINGTONS_BIRTHDAY: (date(2026, 2, 16),) * 2, H.MEMORIAL_DAY: (date(2026, 5, 25),) * 2,
            H.JUNETEENTH: (date(2026, 6, 19),) * 2, H.INDEPENDENCE_DAY: (date(2026, 7, 4), date(2026, 7, 3)),
            H.LABOR_DAY: (date(2026, 9, 7),) * 2, H.COLUMBUS_DAY: (date(2026, 10, 12),) * 2,
            H.VETERANS_DAY: (date(2026, 11, 11),) * 2, H.THANKSGIVING_DAY: (date(2026, 11, 26),) * 2,
            H.CHRISTMAS_DAY: (date(2026, 12, 25),) * 2}),
    (2027, {H.NEW_YEARS_DAY: (date(2027, 1, 1),) * 2, H.MLK_BIRTHDAY: (date(2027, 1, 18),) * 2,
            H.WASHINGTONS_BIRTHDAY: (date(2027, 2, 15),) * 2, H.MEMORIAL_DAY: (date(2027, 5, 31),) * 2,
            H.JUNETEENTH: (date(2027, 6, 19), date(2027, 6, 18)),
            H.INDEPENDENCE_DAY: (date(2027, 7, 4), date(2027, 7, 5)),
            H.LABOR_DAY: (date(2027, 9, 6),) * 2, H.COLUMBUS_DAY: (date(2027, 10, 11),) * 2,
            H.VETERANS_DAY: (date(2027, 11, 11),) * 2, H.THANKSGIVING_DAY: (date(2027, 11, 25),) * 2,
            H.CHRISTMAS_DAY: (date(2027, 12, 25), date(2027, 12, 24))}),
])
def test_a_years_holidays_and_the_days_observed(year: int, expected: dict[Holiday, tuple[date, date]]) -> None:
    assert {h.holiday: (h.falls_on, h.observed_on) for h in holidays_of(year)} == expected


@pytest.mark.parametrize(("day", "holiday"), [
    (date(2027, 12, 31), H.NEW_YEARS_DAY),  # 2028's, on a Saturday: observed the Friday before, in 2027
    (date(2028, 1, 1), H.NEW_YEARS_DAY),  # the day itself, a Saturday
    (date(2023, 1, 2), H.NEW_YEARS_DAY),  # a Sunday's, observed the Monday after
    (date(2021, 6, 18), H.JUNETEENTH),  # its first year, a Saturday's
    (date(2027, 1, 18), H.MLK_BIRTHDAY),
    (date(2026, 11, 26), H.THANKSGIVING_DAY),
    (date(2026, 5, 25), H.MEMORIAL_DAY),  # the last Monday of May
    (date(2027, 5, 31), H.MEMORIAL_DAY),
])
def test_the_days_that_are_holidays(day: date, holiday: Holiday) -> None:
    assert [h.holiday for h in holidays_on(day)] == [holiday]
    assert is_holiday(day)


@pytest.mark.parametrize("day", [
    date(2026, 12, 24),  # Christmas Eve: not a federal holiday
    date(2026, 11, 27),  # the day after Thanksgiving
    date(2026, 1, 2),
    date(2026, 12, 26),  # the Saturday after a Friday Christmas
    date(2020, 6, 19),  # Juneteenth before Pub. L. 117-17
    date(1985, 1, 21),  # the third Monday of January before Martin Luther King Jr.'s Birthday was law
    date(2026, 5, 18),  # a Monday of May, not the last
])
def test_the_days_that_are_not(day: date) -> None:
    assert holidays_on(day) == ()
    assert not is_holiday(day)
