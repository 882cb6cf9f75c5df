"""A refused subpoena's hint on a chart already under a subpoena hold: the gate says the hold in
force (with the day placed), not "Consider a legal hold", for the command line as for the screens.
Only the GUI swapped the sentence (a string replacement in gui/subpoena_refused.py), and
`vault-app export` kept advising a hold that was already there. One rule: domain/state_privilege.hold_advice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.state_privilege import hold_advice, subpoena_state_refusals
from vault_app.services import holds, practice
from vault_app.services.vault import Vault

PLACED = date(2026, 11, 20)

# (license state, joint record, held since, the hint's code, a phrase it says, a phrase it must not)
ROWS: list[tuple[str, bool, date | None, str, str, str]] = [
    ("CA", False, None, "subpoena.state_privilege.hint", "Consider a legal hold", "already in force"),
    ("CA", False, PLACED, "subpoena.state_privilege.hint.held", "already in force on this chart (placed 11/20/2026)",
     "Consider a legal hold"),
    ("NY", True, None, "subpoena.state_privilege.hint.joint", "Consider a legal hold", "already in force"),
    ("NY", True, PLACED, "subpoena.state_privilege.hint.joint.held", "placed 11/20/2026", "Consider"),
]


@pytest.mark.parametrize(("state", "joint", "held", "code", "says", "never"), ROWS)
def test_the_hint_says_the_hold_in_force_or_advises_one(state: str, joint: bool, held: date | None, code: str,
                                                        says: str, never: str) -> None:
    _reasons, hint = subpoena_state_refusals(state, {}, joint=joint, held_since=held)
    assert hint is not None and hint.code == code
    assert says in hint and never not in hint, str(hint)
    assert ("day" in hint.params) is (held is not None)


def test_the_day_is_written_as_the_practice_writes_dates() -> None:
    english, day = hold_advice(PLACED, "es-MX")
    assert "20/11/2026" in english and day == "20/11/2026"
    assert hold_advice(None) == ("Consider a legal hold on the chart (vault-app hold add).", "")


@pytest.mark.parametrize("reason", ["subpoena", "litigation", None])
def test_the_cli_refusal_says_the_chart_s_subpoena_hold(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        reason: str | None) -> None:
    """A litigation hold is not the subpoena's: the hold the app offers after a subpoena is still
    offered (services/holds.hold_offered), so the hint still advises it."""
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, license_state="CA", license_number="PSY1")
    if reason is not None:
        holds.place(vault, chart.client_id, reason, "received")
    folder = str(vault.folder)
    vault.lock()
    evidence = tmp_path / "ev.json"
    evidence.write_text(json.dumps({"received_on": fx.days_ago(3).isoformat()}))
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    pw.chmod(0o600)
    base = ["export", "--vault", folder, "--client", chart.client_id, "--notes", chart.progress[0], "--recipient",
            "Attorney X", "--purpose", "subpoena in case 24-CV-9", "--basis", "subpoena", "--evidence", str(evidence)]
    for asked in (["--check-only"], ["--pdf-password-file", str(pw), "--out", str(tmp_path / "x.pdf")]):
        refused = cli(capsys, monkeypatch, *base, *asked)
        said = " ".join((refused.out + refused.err).split())
        assert refused.code == 6, said
        held = reason == "subpoena"
        assert ("A legal hold for a subpoena is already in force on this chart" in said) is held, said
        assert ("Consider a legal hold" in said) is not held, said
