"""A guardian whose recorded end (Until, the last day in force) has passed may no longer sign: the
app refuses them (services/authorizations.py, Guardian.active_on). The command line said "may
sign authorizations" in `guardian list` and ", may authorize" in `client show` for them, while
the chart's overview says "authority ended ...; may no longer sign" (found in review)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault


def test_a_guardian_past_the_recorded_end_may_no_longer_sign(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    today = date.today()
    born = today.replace(year=today.year - 10) if (today.month, today.day) != (2, 29) else date(today.year - 10, 3, 1)
    made = run("client", "add", "Wren Example", "--dob", born.isoformat(), "--json")
    assert made.code == 0, made.err  # type: ignore[attr-defined]
    chart = made.json()["client"]["chart_number"]  # type: ignore[attr-defined]
    for name in ("Hazel Example", "Rowan Example"):
        added = run("client", "update", chart, "--guardian", name, "--relationship", "parent")
        assert added.code == 0, added.err  # type: ignore[attr-defined]
    listed = run("guardian", "list", chart, "--json")
    ids = {g["name"]: g["guardian_id"] for g in listed.json()}  # type: ignore[attr-defined]
    ended = today - timedelta(days=5)
    updated = run("guardian", "update", chart, ids["Hazel Example"], "--until", ended.isoformat())
    assert updated.code == 0, updated.err  # type: ignore[attr-defined]

    lines = {line.split()[1]: line for line in run("guardian", "list", chart).out.splitlines()}  # type: ignore[attr-defined]
    assert "may no longer sign authorizations" in lines["Hazel"], lines["Hazel"]
    assert f"(authority until {ended:%m/%d/%Y})" in lines["Hazel"]
    assert "may sign authorizations" in lines["Rowan"]  # the other parent still may, to the law's end

    shown = run("client", "show", chart).out  # type: ignore[attr-defined]
    hazel = next(line for line in shown.splitlines() if "Hazel Example" in line)
    rowan = next(line for line in shown.splitlines() if "Rowan Example" in line)
    # Until is the last day in force: said as such (it read "authority ended" the last day for a
    # recorded end, the first day without for the law's)
    assert f"may no longer authorize (authority until {ended:%m/%d/%Y})" in hazel, hazel
    assert ", may authorize until" in rowan, rowan


def test_client_show_says_a_declined_representative_is_not_treated_as_one(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """164.502(g)(5): the therapist elected not to treat them as the representative; the app refuses
    their signature ("declined"), `guardian list` says so, and `client show` said ", may authorize"."""
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    today = date.today()
    born = today.replace(year=today.year - 10) if (today.month, today.day) != (2, 29) else date(today.year - 10, 3, 1)
    made = run("client", "add", "Wren Example", "--dob", born.isoformat(), "--json")
    chart = made.json()["client"]["chart_number"]  # type: ignore[attr-defined]
    assert run("client", "update", chart, "--guardian", "Hazel Example").code == 0  # type: ignore[attr-defined]
    gid = run("guardian", "list", chart, "--json").json()[0]["guardian_id"]  # type: ignore[attr-defined]
    declined = today - timedelta(days=2)
    updated = run("guardian", "update", chart, gid, "--declined-on", declined.isoformat(), "--declined-reason",
                  "best interest")
    assert updated.code == 0, updated.err  # type: ignore[attr-defined]
    shown = run("client", "show", chart).out  # type: ignore[attr-defined]
    hazel = next(line for line in shown.splitlines() if "Hazel Example" in line)
    assert ", may authorize" not in hazel, hazel
    assert f"not treated as representative since {declined:%m/%d/%Y} (45 CFR 164.502(g)(5))" in hazel, hazel
