"""domain/coming_of_age: the day a client comes of age and the 30-day windows around it, both
sides of each edge (45 CFR 164.502(g)(2)-(3))."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain import coming_of_age as coa

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("born", "majority", "day"), [
    (date(2008, 12, 10), 18, date(2026, 12, 10)), (date(2008, 2, 29), 18, date(2026, 3, 1)),
    (date(2004, 2, 29), 20, date(2024, 2, 29)), (date(2008, 12, 10), 21, date(2029, 12, 10)), (None, 18, None),
])
def test_majority_day(born: date | None, majority: int, day: date | None) -> None:
    assert coa.majority_day(born, majority) == day


@pytest.mark.parametrize(("born", "years", "minor"), [
    (date(2008, 12, 10), 17, True), (date(2008, 12, 6), 18, False), (date(2008, 12, 7), 17, True),
    (date(1990, 1, 1), 36, False),
])
def test_age_of(born: date, years: int, minor: bool) -> None:
    found = coa.age_of(born, 18, TODAY)
    assert found is not None and (found.years, found.minor) == (years, minor)
    assert coa.age_of(None, 18, TODAY) is None and coa.age_of(date(2030, 1, 1), 18, TODAY) is None


@pytest.mark.parametrize(("born", "soon", "lately"), [
    (date(2008, 12, 10), date(2026, 12, 10), None),  # Maya: in 4 days
    (date(2009, 1, 5), date(2027, 1, 5), None),  # in 30 days: still within
    (date(2009, 1, 6), None, None),  # in 31 days: not yet
    (date(2008, 12, 6), None, date(2026, 12, 6)),  # today: came of age
    (date(2008, 12, 5), None, date(2026, 12, 5)),  # Jordan: yesterday
    (date(2008, 11, 6), None, date(2026, 11, 6)),  # 30 days ago: still within
    (date(2008, 11, 5), None, None),  # 31 days ago: no longer
])
def test_the_windows(born: date, soon: date | None, lately: date | None) -> None:
    assert coa.comes_of_age_soon(born, 18, TODAY) == soon
    assert coa.came_of_age_lately(born, 18, TODAY) == lately


@pytest.mark.parametrize(("signed", "born", "since"), [
    (date(2026, 6, 1), date(2008, 12, 5), date(2026, 12, 5)),  # signed at 17, adult since
    (date(2026, 12, 5), date(2008, 12, 5), None),  # signed on the birthday: not a minor's form
    (date(2026, 6, 1), date(2008, 12, 10), None),  # still a minor
    (date(2026, 6, 1), None, None),
])
def test_adult_since_signing(signed: date, born: date | None, since: date | None) -> None:
    assert coa.adult_since_signing(signed, born, 18, TODAY) == since
