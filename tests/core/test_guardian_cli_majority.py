"""A parent's authority ends by law on the client's birthday of majority (45 CFR 164.502(g)(2)-(3)):
the command line says so, as the Guardians window does (domain rule parental_authority_ends)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault


def _born_years_before(years: int, *, days_later: int) -> date:
    """The birthday `years` years before today, moved `days_later` days (positive: still under age)."""
    today = date.today()
    try:
        birthday = today.replace(year=today.year - years)
    except ValueError:  # today is 29 February
        birthday = date(today.year - years, 2, 28)
    return birthday + timedelta(days=days_later)


def _chart(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
           born: date) -> tuple[object, str]:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    made = run("client", "add", "Wren Example", "--dob", born.isoformat(), "--json")
    assert made.code == 0, made.err  # type: ignore[attr-defined]
    return run, made.json()["client"]["chart_number"]  # type: ignore[attr-defined]


def test_list_says_the_end_by_law_for_a_parent_of_a_minor(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    born = _born_years_before(18, days_later=40)  # 17, turns 18 in 40 days
    run, chart = _chart(capsys, monkeypatch, tmp_path, born)
    added = run("client", "update", chart, "--guardian", "Hazel Example", "--relationship", "mother")
    assert added.code == 0 and "warning" not in added.err.lower()  # type: ignore[attr-defined]
    listed = run("guardian", "list", chart)
    assert listed.code == 0, listed.err  # type: ignore[attr-defined]
    turns = born.replace(year=born.year + 18)
    last = turns - timedelta(days=1)
    out = listed.out  # type: ignore[attr-defined]
    assert "open-ended" not in out
    assert "may sign authorizations" in out
    # In plain words (found by a walker: "(-), parent, ..., always to 11/12/2031 by law" was unclear):
    # who, the role, whether they may sign, and until when, whose birthday ending it.
    assert f"  Hazel Example (mother) — parent; may sign authorizations. Authority until {last:%m/%d/%Y}, by law: " \
           f"the client turns 18 on {turns:%m/%d/%Y}" in out, out
    assert "always" not in out and "(-)" not in out


def test_list_says_no_longer_once_of_age(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    born = _born_years_before(18, days_later=-3)  # turned 18 three days ago
    run, chart = _chart(capsys, monkeypatch, tmp_path, born)
    assert run("client", "update", chart, "--guardian", "Hazel Example").code == 0  # type: ignore[attr-defined]
    out = run("guardian", "list", chart).out  # type: ignore[attr-defined]
    turned = born.replace(year=born.year + 18)
    assert f"may no longer sign authorizations (authority ended on {turned:%m/%d/%Y}: turned 18)" in out, out
    assert "; may sign authorizations" not in out and "open-ended" not in out and "(-)" not in out


def test_an_adults_agent_keeps_the_recorded_dates(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    born = _born_years_before(18, days_later=-3)
    run, chart = _chart(capsys, monkeypatch, tmp_path, born)
    assert run("client", "update", chart, "--guardian", "Hazel Example",
               "--authority", "health_care_agent").code == 0  # type: ignore[attr-defined]
    out = run("guardian", "list", chart).out  # type: ignore[attr-defined]
    # Not a parental authority: no end by law.
    assert "Hazel Example — health care agent; may sign authorizations. Authority with no end date" in out


def test_adding_a_parent_on_the_day_of_majority_warns_with_the_citation(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    born = _born_years_before(18, days_later=0)  # 18 today
    run, chart = _chart(capsys, monkeypatch, tmp_path, born)
    added = run("client", "update", chart, "--guardian", "Hazel Example", "--relationship", "mother")
    # Recorded, as the Guardians window records it (a past parent is history), but never silently.
    assert added.code == 0, added.err  # type: ignore[attr-defined]
    err, out = added.err, added.out  # type: ignore[attr-defined]
    assert err.startswith("warning: ") and "45 CFR 164.502(g)" in err
    assert f"turned 18 on {date.today():%m/%d/%Y}" in err and "Hazel Example" not in err
    assert "may authorize" not in out.replace("may no longer authorize", "")
    assert "may no longer authorize" in out
    listed = run("guardian", "list", chart, "--json").json()  # type: ignore[attr-defined]
    assert [g["name"] for g in listed] == ["Hazel Example"]
