"""`vault-app unlock-check` on a vault a copy replaced (`backup restore --replaces-original`) says so: which
copy replaced it and when, as the app's status line says it (services/restore_beside_record.replaced_news,
reminders.REPLACED_BY_COPY_TEXT), and none of the reminders that urge work on it (a new Emergency Kit, Replace
every key), as services/reminders.py no longer does for the app. Found (round 45): it said "BUT This vault
has no Emergency Kit kept… Run 'vault-app rekey…'" and never that it was replaced. Real vaults made, backed
up and restored by the real command line (in process), real SQLCipher files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.services import kit_kept
from vault_app.services.vault import open_vault

KIT = "no Emergency Kit kept"


def _replaced_without_kit(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *,
                          target: bool = False) -> tuple[Path, Path, Path]:
    """(the original, the copy that replaced it, the backup folder). `target`: the backups go into the
    original's own backup folder (its settings), so the copy's go on there after the restore."""
    original, copy, backups = tmp_path / "vault", tmp_path / "new-laptop", tmp_path / "backups"
    assert cli(capsys, monkeypatch, "init", "--vault", str(original), "--no-keyring", *FAST_KDF).code == 0
    assert cli(capsys, monkeypatch, "client", "add", "Before Backup", "--vault", str(original)).code == 0
    with open_vault(original, PASSPHRASE) as vault:
        kit_kept.not_kept_yet(vault)  # as a first-run wizard left before its kit was checked
    before = cli(capsys, monkeypatch, "unlock-check", "--vault", str(original))
    assert before.code == 0 and KIT in before.out, before.out  # a vault in use is reminded, as it should be
    if target:
        assert cli(capsys, monkeypatch, "backup", "settings", "--vault", str(original), "--target",
                   str(backups)).code == 0
        made = cli(capsys, monkeypatch, "backup", "create", "--vault", str(original))
    else:
        made = cli(capsys, monkeypatch, "backup", "create", "--vault", str(original), "--to", str(backups),
                   "--kind", "file")
    assert made.code == 0, made.err
    backup = sorted([*backups.glob("*.vaultbackup"), *backups.glob("snapshots/*.vrs")])[-1]
    restored = cli(capsys, monkeypatch, "backup", "restore", str(backup), "--vault", str(original), "--to",
                   str(copy), "--replaces-original")
    assert restored.code == 0, restored.err
    return original, copy, backups


def test_unlock_check_says_which_copy_replaced_the_vault_and_no_kit_reminder(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    original, copy, _backups = _replaced_without_kit(capsys, monkeypatch, tmp_path)
    checked = cli(capsys, monkeypatch, "unlock-check", "--vault", str(original))
    assert checked.code == 0, checked.err
    said = checked.out
    assert "BUT This vault was replaced on " in said, said
    assert f"by the copy in {copy.resolve()}" in said and "work in that copy" in said, said
    assert KIT not in said and "vault-app rekey" not in said, said
    # The same facts for a script, from the same record.
    as_json = cli(capsys, monkeypatch, "unlock-check", "--vault", str(original), "--json").json()
    replaced = as_json["replaced_by_copy"]
    assert replaced["folder"] == str(copy.resolve()) and replaced["when"], replaced
    # The copy itself is a vault in use: reminded of its own kit (the restore did not keep one for it either).
    in_copy = cli(capsys, monkeypatch, "unlock-check", "--vault", str(copy))
    assert "This vault was replaced" not in in_copy.out, in_copy.out


def test_its_older_copy_advice_points_to_the_copy_not_to_a_restore_over_it(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The copy backs up on into the original's backup folder (what --replaces-original is for): the
    original is then older than that folder's newest backup. Advising a restore of it over the original
    (or another backup folder "to keep this copy") is work on a vault nobody should work in."""
    original, copy, _backups = _replaced_without_kit(capsys, monkeypatch, tmp_path, target=True)
    assert cli(capsys, monkeypatch, "client", "add", "Typed In The Copy", "--vault", str(copy)).code == 0
    assert cli(capsys, monkeypatch, "backup", "create", "--vault", str(copy)).code == 0
    checked = cli(capsys, monkeypatch, "unlock-check", "--vault", str(original))
    assert checked.code == 5, (checked.code, checked.out, checked.err)  # exports refused here still
    said = checked.out
    assert f"by the copy in {copy.resolve()}" in said and "work in that copy" in said, said
    assert "--overwrite" not in said and "to keep this copy" not in said, said
    assert "older than the newest backup" in said, said
