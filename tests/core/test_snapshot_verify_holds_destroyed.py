"""`backup verify` of a snapshot (a repository's) checks what it holds, not only that it is whole,
as the single file's does (services/backup_held.py). Found: a snapshot the destruction's purge never
reached (a hand copy of the repository), or one copied back from elsewhere after the purge, said
"Backup OK" and was recorded verified while it still held the destroyed chart. Now it says NOT
CLEAN, names the destruction (never the client) and how to purge it; a clean snapshot stays OK.
Real vault, real snapshots, the real destruction and its purge, the command line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.cli_helpers import Result, cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import ExitCode
from vault_app.services import backup_registry, backup_repo, destruction
from vault_app.services.vault import Vault


def _verified_paths(vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> set[str]:
    listed = cli(capsys, monkeypatch, "backup", "list", "--vault", str(vault_dir), "--json").json()["backups"]
    return {b["path"] for b in listed if b["state"] == "verified"}


def _not_clean(checked: Result, cert_id: str, legal_name: str, copied_folder: Path | None = None) -> None:
    # Its own exit code (it was 0): a script checking backups does not take it for clean.
    assert checked.code == ExitCode.NOT_CLEAN and checked.out.startswith("Backup NOT CLEAN"), checked.out
    assert f"still holds what destruction {cert_id} destroyed" in checked.out
    if copied_folder is None:
        assert f"vault-app destruction purge-backups {cert_id}" in checked.out
        assert "Purge the backups now" in checked.out
    else:
        # Not registered: no purge reaches it, so the hint names none (it sent the therapist in a
        # circle); the copy of the backup folder it is in is what to delete.
        assert "purge-backups" not in checked.out and "no purge reaches it" in checked.out, checked.out
        assert f"delete that copy of a backup folder, {copied_folder}" in checked.out, checked.out
    assert legal_name not in checked.out + checked.err  # the destruction is named, never the client


def test_a_snapshot_still_holding_a_destroyed_chart_is_not_clean(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    chart = seed_chart(psy_vault, "S")
    repo = tmp_path / "usb" / "repo"
    made = Path(backup_repo.create_incremental(psy_vault, repo, rotate_old=False).path)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(repo, elsewhere)  # never registered: the destruction's purge does not reach it
    cert_id = destruction.destroy(psy_vault, chart.chart_number, basis="retention",
                                  confirm=chart.chart_number)["certificate_id"]
    assert backup_registry.find(psy_vault, made) is not None
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]

    # The purged registered snapshot, and one made after the destruction, verify clean.
    clean = cli(capsys, monkeypatch, "backup", "verify", *v, str(made))
    assert clean.code == 0 and clean.out.startswith("Backup OK"), clean.out
    assert "WARNING" not in clean.out
    assert str(made) in _verified_paths(vault_dir, capsys, monkeypatch)

    # The unregistered copy of the repository still holds the chart.
    hand = elsewhere / "snapshots" / made.name
    unregistered = cli(capsys, monkeypatch, "backup", "verify", *v, str(hand))
    _not_clean(unregistered, cert_id, chart.names[0], copied_folder=elsewhere)

    # The copy put back over the registered repository after the purge (its chunks with it).
    shutil.rmtree(repo)
    shutil.copytree(elsewhere, repo)
    put_back = cli(capsys, monkeypatch, "backup", "verify", *v, str(made), "--json")
    assert put_back.code == ExitCode.NOT_CLEAN, put_back.err
    said = put_back.json()
    # Said as the single file's older copy put back (its fix: delete it; the purge did it already).
    assert said["holds_destroyed"] == [cert_id] and said["older_than_purge"] is True
    assert "an older copy of this backup, from before a destruction purged it" in said["warnings"][0]
    assert f"It still holds what destruction {cert_id} destroyed." in said["warnings"]
    text = cli(capsys, monkeypatch, "backup", "verify", *v, str(made))
    assert text.out.startswith("Backup NOT CLEAN") and chart.names[0] not in text.out, text.out
