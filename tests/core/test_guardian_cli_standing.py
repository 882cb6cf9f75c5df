"""The command line says a guardian's standing as the one rule has it (domain/representatives.
standing): once, without contradiction, and each end by what its day means (found in review:
`guardian list` said "may sign authorizations, ..., NOT treated as representative since ..." for a
declined representative; "may sign" for one whose recorded start was still to come; and
"authority ended {day}" named the last day in force for a recorded end, the first day without for
the law's)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.core.cli_helpers import cli, init_vault


def _today() -> date:
    """Read when a test asks, not at import (tests/one_day.py)."""
    return date.today()


def _born(years: int, days_later: int = 0) -> date:
    """A birth date whose `years`-th birthday is `days_later` days from today (not 29 February)."""
    birthday = _today() + timedelta(days=days_later)
    while (birthday.month, birthday.day) == (2, 29):
        birthday += timedelta(days=1)
    return birthday.replace(year=birthday.year - years)


class Vaulted:
    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        self.folder = str(tmp_path / "v")
        assert init_vault(Path(self.folder)).code == 0
        self.capsys, self.monkeypatch = capsys, monkeypatch

    def run(self, *args: str) -> Any:
        done = cli(self.capsys, self.monkeypatch, *args, "--vault", self.folder)
        assert done.code == 0, done.err
        return done

    def chart_with(self, born: date, **dates: str) -> tuple[str, str]:
        chart = self.run("client", "add", "Wren Example", "--dob", born.isoformat(), "--json").json()["client"][
            "chart_number"]
        self.run("client", "update", chart, "--guardian", "Hazel Example", "--relationship", "mother")
        gid = self.run("guardian", "list", chart, "--json").json()[0]["guardian_id"]
        if dates:
            self.run("guardian", "update", chart, gid, *[a for k, v in dates.items() for a in (f"--{k}", v)])
        return chart, gid

    def listed(self, chart: str) -> str:
        return str(self.run("guardian", "list", chart).out)

    def shown(self, chart: str) -> str:
        return next(line for line in self.run("client", "show", chart).out.splitlines() if "Hazel Example" in line)


@pytest.fixture
def v(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Vaulted:
    return Vaulted(capsys, monkeypatch, tmp_path)


def test_a_declined_representative_is_not_listed_as_one_who_may_sign(v: Vaulted) -> None:
    day = _today() - timedelta(days=2)
    chart, _ = v.chart_with(_born(10), **{"declined-on": day.isoformat(), "declined-reason": "best interest"})
    line = v.listed(chart)
    assert "may sign authorizations" not in line, line
    assert f"may NOT sign authorizations: not treated as representative since {day:%m/%d/%Y} " \
           "(45 CFR 164.502(g)(5))" in line, line
    assert line.count("not treated as representative") == 1, line


def test_a_guardian_whose_recorded_start_is_to_come_may_not_sign_yet(v: Vaulted) -> None:
    start = _today() + timedelta(days=3)
    chart, _ = v.chart_with(_born(10), **{"from": start.isoformat()})
    line = v.listed(chart)
    assert "may sign authorizations" not in line, line
    assert f"may not sign authorizations yet (from {start:%m/%d/%Y})" in line, line
    assert f", may not authorize yet (from {start:%m/%d/%Y})" in v.shown(chart)


def test_the_law_s_end_is_said_by_the_birthday_the_first_day_without(v: Vaulted) -> None:
    born = _born(18, days_later=-3)  # turned 18 three days ago
    birthday = _today() - timedelta(days=3)
    chart, _ = v.chart_with(born)
    assert f"may no longer sign authorizations (authority ended on {birthday:%m/%d/%Y}: turned 18)" \
        in v.listed(chart)
    assert f", may no longer authorize (authority ended on {birthday:%m/%d/%Y}: turned 18)" in v.shown(chart)


def test_the_recorded_end_is_said_by_its_last_day(v: Vaulted) -> None:
    last = _today() - timedelta(days=4)
    chart, _ = v.chart_with(_born(10), until=last.isoformat())
    assert f"may no longer sign authorizations (authority until {last:%m/%d/%Y})" in v.listed(chart)
    assert f", may no longer authorize (authority until {last:%m/%d/%Y})" in v.shown(chart)


def test_in_force_the_words_say_so(v: Vaulted) -> None:
    """The other side: in force, may sign, until the law's end."""
    chart, _ = v.chart_with(_born(10))
    line = v.listed(chart)
    assert "may sign authorizations." in line and "not yet" not in line and "no longer" not in line
    assert ", may authorize until " in v.shown(chart)
