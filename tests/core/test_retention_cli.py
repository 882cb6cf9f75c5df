"""The retention, hold, destroy and destruction commands end to end (in-process CLI)."""

from __future__ import annotations

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
    steps = done.err.splitlines()
    assert steps[0] == "[1/11] Keeping the compliance records…", steps
    assert "[5/11] Compacting the vault files…" in steps and steps[-1] == "[11/11] Signing the certificate…"
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
