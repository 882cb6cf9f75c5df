"""The retention, hold, destroy and destruction commands end to end (in-process CLI)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.services.vault import Vault


def test_retention_hold_destroy_and_verify(psy_vault: Vault, vault_dir: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    old = seed_chart(psy_vault, "A", last_contact=date(2011, 2, 3))
    seed_chart(psy_vault, "B", last_contact=date.today())
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]

    shown = cli(capsys, monkeypatch, "retention", "show", *v, "--json")
    assert shown.code == 0 and shown.json()["policy"]["adult_years"] == 7
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "PA").code == 0
    assert cli(capsys, monkeypatch, "retention", "show", *v, "--json").json()["policy"]["adult_years"] == 5
    assert cli(capsys, monkeypatch, "retention", "set", *v).code == 2

    eligible = cli(capsys, monkeypatch, "retention", "eligible", *v, "--json").json()
    assert [e["chart_number"] for e in eligible] == [old.chart_number]
    assert eligible[0]["eligible_on"] == "2016-02-03"
    assert len(cli(capsys, monkeypatch, "retention", "eligible", *v, "--all", "--json").json()) == 2
    assert old.chart_number in cli(capsys, monkeypatch, "retention", "eligible", *v).out

    hold = cli(capsys, monkeypatch, "hold", "add", *v, "--client", old.chart_number, "--reason", "subpoena",
               "--details", "Records subpoena, County Court", "--json").json()
    refused = cli(capsys, monkeypatch, "destroy", *v, "--client", old.chart_number, "--basis", "retention",
                  "--confirm", old.chart_number)
    assert refused.code == 6 and "legal hold" in refused.err
    listed = cli(capsys, monkeypatch, "hold", "list", *v, "--json").json()
    assert [h["hold_id"] for h in listed] == [hold["hold_id"]]
    assert cli(capsys, monkeypatch, "hold", "release", *v, hold["hold_id"], "--note", "quashed").code == 0
    assert cli(capsys, monkeypatch, "hold", "list", *v, "--json").json() == []

    done = cli(capsys, monkeypatch, "destroy", *v, "--client", old.chart_number, "--basis", "retention",
               "--confirm", old.chart_number, "--json")
    assert done.code == 0, done.err
    cert_id = done.json()["certificate_id"]  # stdout stays the JSON result: the steps go to stderr
    steps = [json.loads(line)["message"] for line in done.err.splitlines()]  # --json: stderr is JSON Lines
    assert steps[0] == "[1/11] Keeping the compliance records…", steps
    assert "[5/11] Compacting the vault files (part 2 of 2)…" in steps
    assert steps[-1] == "[11/11] Signing the certificate…"
    assert old.names[0] not in done.err
    rows = cli(capsys, monkeypatch, "destruction", "list", *v, "--json").json()
    assert [(r["certificate_id"], r["state"]) for r in rows] == [(cert_id, "completed")]
    verified = cli(capsys, monkeypatch, "destruction", "verify", *v, cert_id)
    assert verified.code == 0 and "VERIFIED" in verified.out
    assert cli(capsys, monkeypatch, "destruction", "verify", *v, "DC-NOPE").code == 8
    out = tmp_path / "c.json"
    assert cli(capsys, monkeypatch, "certificate", "export", *v, cert_id, "--json-out", str(out)).code == 0
    checked = cli(capsys, monkeypatch, "certificate", "verify", *v, str(out))
    assert checked.code == 0 and "CERTIFICATE VALID" in checked.out
    # A second attempt finds nothing left to destroy.
    again = cli(capsys, monkeypatch, "destroy", *v, "--client", old.chart_number, "--basis", "retention",
                "--confirm", old.chart_number)
    assert again.code == 8


def test_hold_commands_name_the_hold_in_words(psy_vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`hold release` printed "Legal hold 3f2a… released." (found in the real app): the hold is
    now named as the app names it, by its reason and the local day it was placed, with its chart."""
    from vault_app.services import practice

    practice.update(psy_vault, locale="en_GB")
    chart = seed_chart(psy_vault, "H", psychotherapy=0, progress=1)
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    today = date.today().strftime("%d/%m/%Y")
    placed = cli(capsys, monkeypatch, "hold", "add", *v, "--client", chart.chart_number, "--reason", "subpoena",
                 "--details", "Case 2026-CV-0117")
    first = cli(capsys, monkeypatch, "hold", "list", *v, "--json").json()[0]["hold_id"]
    assert placed.out.splitlines() == [
        f"Placed a legal hold (subpoena) on chart {chart.chart_number} on {today}: the chart cannot be destroyed "
        "until the hold is released.",
        f"To release it: vault-app hold release --chart {chart.chart_number} --reason subpoena"]
    cli(capsys, monkeypatch, "hold", "add", *v, "--client", chart.chart_number, "--reason", "audit")
    second = next(h["hold_id"] for h in cli(capsys, monkeypatch, "hold", "list", *v, "--json").json()
                  if h["hold_id"] != first)

    # By chart and reason, as `hold add` said: no hex id to copy (found: release needed it).
    ambiguous = cli(capsys, monkeypatch, "hold", "release", *v, "--chart", chart.chart_number)
    assert ambiguous.code == 2 and f"Chart {chart.chart_number} has 2 active holds" in ambiguous.err
    assert "add --reason" in ambiguous.err
    nothing = cli(capsys, monkeypatch, "hold", "release", *v, "--chart", chart.chart_number, "--reason", "complaint")
    assert nothing.code == 8 and f"No active complaint hold on chart {chart.chart_number}." in nothing.err
    neither = cli(capsys, monkeypatch, "hold", "release", *v)
    assert neither.code == 2 and "Name the hold to release" in neither.err and "Traceback" not in neither.err
    released = cli(capsys, monkeypatch, "hold", "release", *v, "--chart", chart.chart_number, "--reason", "subpoena",
                   "--note", "quashed")
    assert released.code == 0 and released.out.strip() == (
        f"Released the subpoena hold placed on {today} on chart {chart.chart_number}. "
        f"Chart {chart.chart_number} is still under 1 other hold.")
    assert first not in released.out and "2026-CV" not in released.out
    last = cli(capsys, monkeypatch, "hold", "release", *v, second)  # the id still works, for scripts
    assert last.out.strip() == (f"Released the audit hold placed on {today} on chart {chart.chart_number}. "
                                f"No other hold is on chart {chart.chart_number}.")
    listed = cli(capsys, monkeypatch, "hold", "list", *v, "--all").out.splitlines()
    assert [line.split()[2:6] for line in listed] == [["subpoena", "placed", today, "released"],
                                                      ["audit", "placed", today, "released"]]
    assert [line.split()[-1] for line in listed] == [first, second]
