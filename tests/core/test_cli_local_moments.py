"""What the CLI prints for a person reads on this computer's clock, in the practice's format;
--json keeps the ISO UTC stamp. Found: `note show` printed "signed 2026-12-03T02:14" (the UTC
stamp cut to 16 characters), `backup list` a "made (UTC)" column and `destruction list` and
`decision show` the UTC day: a California evening's work read as tomorrow's."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSPHRASE
from tests.core.decision_helpers import complete, make_chart
from tests.local_clock import local
from vault_app.cli.main import run
from vault_app.services import backup, clients, decisions, notes, practice
from vault_app.services.vault import Vault

# The UK writes day/month and a 24-hour clock, so a line in the US format or in UTC cannot pass.
UK = "%d/%m/%Y %H:%M"


def _cli(vault_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert run([*argv, "--vault", str(vault_dir)]) == 0
    return capsys.readouterr().out


def test_note_show_backup_list_and_decision_show_read_local_in_the_practice_format(
    vault: Vault, vault_dir: Path, tmp_path: Path, local_zone: ZoneInfo, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    practice.update(vault, locale="en_GB")
    client = clients.create_client(vault, "Tamsin Larchwood")
    note = notes.create_progress_note(vault, client.client_id, text="Slept better.", template="free")
    signed = notes.sign_note(vault, note.note_id)
    assert signed.signature is not None
    made = backup.create_backup(vault, tmp_path / "usb")
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "subpoena")
    decisions.update(vault, draft.decision_id, complete("subpoena", chart))
    decisions.sign(vault, draft.decision_id)
    decision = decisions.view(vault, draft.decision_id).decision
    assert decision.signature is not None
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    shown = _cli(vault_dir, capsys, "note", "show", note.note_id)
    assert f"signed {local(signed.signature.signed_at, local_zone, UK)} by" in shown
    assert signed.signature.signed_at[:16] not in shown

    listed = _cli(vault_dir, capsys, "backup", "list")
    assert "(UTC)" not in listed
    assert local(made.created, local_zone, UK) in listed

    verified = _cli(vault_dir, capsys, "backup", "verify", made.path)
    moment = datetime.fromisoformat(made.created).astimezone(local_zone)
    assert f"made {moment.strftime(UK)} {moment.tzname()}," in verified

    decided = _cli(vault_dir, capsys, "decision", "show", draft.decision_id)
    stamp = datetime.fromisoformat(decision.signature.signed_at).astimezone(local_zone)
    # Named with its zone: a decision is read by counsel and boards, elsewhere too.
    assert f"signed {stamp.strftime(UK)} {stamp.tzname()} by" in decided
    assert f", {decision.occurred_on:%d/%m/%Y}; client" in decided  # the day it happened, as the practice writes it

    # --json stays ISO UTC, as documented for scripts.
    as_json = json.loads(_cli(vault_dir, capsys, "note", "show", note.note_id, "--json"))
    assert as_json["note"]["signature"]["signed_at"] == signed.signature.signed_at
    assert json.loads(_cli(vault_dir, capsys, "backup", "list", "--json"))["backups"][0]["created"] == made.created
