"""A hand copy of a backup made before a chart's destruction, put back over the vault with the
CLI: the chart is destroyed again in the vault, but the file restored from still holds it. Found
in the real app: the restore registered that file and recorded it verified (`backup list`
"verified"), `destruction verify` said NOT VERIFIED with every line looking fine (only --json
named the file), `backup verify` said "Backup OK", and nothing pointed to `destruction
purge-backups`. Now the restore says so, the file is registered (a later purge reaches it) but
not as verified, and `destruction verify` and `backup verify` name it with the command that
purges it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import ExitCode
from vault_app.services import backup, destruction
from vault_app.services.vault import Vault


def test_unpurged(psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = seed_chart(psy_vault, "T")
    info = backup.create_backup(psy_vault, tmp_path / "usb")
    hand = tmp_path / "hand" / Path(info.path).name
    hand.parent.mkdir()
    shutil.copy2(info.path, hand)  # never registered: the destruction's purge does not reach it
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    cert_id = cert["certificate_id"]
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]

    restored = cli(capsys, monkeypatch, "backup", "restore", *v, str(hand), "--to", str(vault_dir), "--overwrite")
    assert restored.code == 0, restored.err
    assert f"STILL HOLDS A DESTROYED CHART: the backup restored from, {hand}," in restored.out
    assert f"vault-app destruction purge-backups {cert_id}" in restored.out

    listed = cli(capsys, monkeypatch, "backup", "list", *v, "--json").json()["backups"]
    assert {b["path"]: b["state"] for b in listed}[str(hand)] == "present", "registered, not verified"

    # Records > Destructions offers Purge the backups now for it (its row counts it).
    rows = cli(capsys, monkeypatch, "destruction", "list", *v, "--json").json()
    assert [r["backups_still_holding"] for r in rows] == [1]

    verified = cli(capsys, monkeypatch, "destruction", "verify", *v, cert_id)
    assert verified.code != 0 and "NOT VERIFIED" in verified.out
    assert f"NOT CLEAN: {hand}:" in verified.out
    assert f"Purge them: vault-app destruction purge-backups {cert_id}" in verified.out

    # `backup verify` checks what the file holds, not only that it is whole.
    checked = cli(capsys, monkeypatch, "backup", "verify", *v, str(hand))
    # Its own exit code: a script checking backups does not take it for clean.
    assert checked.code == ExitCode.NOT_CLEAN and checked.out.startswith("Backup NOT CLEAN"), checked.out
    assert f"still holds what destruction {cert_id} destroyed" in checked.out
    assert f"vault-app destruction purge-backups {cert_id}" in checked.out
    listed = cli(capsys, monkeypatch, "backup", "list", *v, "--json").json()["backups"]
    assert {b["path"]: b["state"] for b in listed}[str(hand)] == "present", "still not recorded verified"

    assert cli(capsys, monkeypatch, "destruction", "purge-backups", *v, cert_id).code == 0
    again = cli(capsys, monkeypatch, "destruction", "verify", *v, cert_id)
    assert again.code == 0 and "NOT CLEAN" not in again.out and "Purge them" not in again.out
    rows = cli(capsys, monkeypatch, "destruction", "list", *v, "--json").json()
    assert [r["backups_still_holding"] for r in rows] == [0]
    clean = cli(capsys, monkeypatch, "backup", "verify", *v, str(hand))
    assert clean.code == 0 and clean.out.startswith("Backup OK"), clean.out
