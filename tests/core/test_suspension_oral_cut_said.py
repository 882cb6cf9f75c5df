"""An oral accounting suspension asked for longer than 30 days is cut to them (45 CFR
164.528(a)(2)(ii)(C)); the command line said only "recorded until 03/31/2026", the cut unsaid, and
`accounting-suspension list` did not say which were oral (found by a walker, W8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_with_a_chart
from vault_app.services import accounting_suspensions


def test_the_cut_is_said_and_the_list_says_oral_or_written(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run, chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    oral = run("accounting-suspension", "add", "--client", chart, "--agency", "State Police", "--start", "2026-03-01",
               "--until", "2026-05-01", "--oral")
    assert oral.code == 0
    assert "recorded until 03/31/2026" in oral.out
    assert "30 days at most" in oral.out and "asked until 05/01/2026" in oral.out and "164.528(a)(2)(ii)(C)" in oral.out
    short = run("accounting-suspension", "add", "--client", chart, "--agency", "State Police", "--start",
                "2026-03-01", "--until", "2026-03-20", "--oral")
    assert "at most" not in short.out  # not cut: nothing to say
    written = run("accounting-suspension", "add", "--client", chart, "--agency", "State Board", "--start",
                  "2026-03-01", "--until", "2026-09-01", "--reference", "INV-88")
    assert "at most" not in written.out
    listed = run("accounting-suspension", "list", "--client", chart).out
    lines = listed.splitlines()
    assert [("oral" in ln, "written" in ln) for ln in lines] == [(True, False), (True, False), (False, True)]
    assert "reference INV-88" in listed


def test_recorded_says_the_end_asked(vault) -> None:  # type: ignore[no-untyped-def]
    from tests.core import disclosure_fixtures as fx

    chart = fx.make_chart(vault, n=1)
    done = accounting_suspensions.record(vault, chart.client_id, agency="State Police", starts_on="2026-03-01",
                                         ends_on="2026-05-01", written=False)
    assert done.cut and done.asked_until == date(2026, 5, 1) and done.suspension.ends_on == date(2026, 3, 31)
    kept = accounting_suspensions.record(vault, chart.client_id, agency="State Police", starts_on="2026-03-01",
                                         written=False)
    assert not kept.cut and kept.suspension.ends_on == date(2026, 3, 31)
