"""An older vault.header put back alone (by someone holding the retired therapist's copy, or a sync
tool), THEN a backup from before "Replace every key" restored over it: found open, the old key
(which every older copy holds) was the key in use again, and certificates forged with it checked.
The header put back opens with the backup's keys but not the files beside it (the replacement
re-encrypted them): a header older than its files says nothing true of the key in use, so the
restored vault gets a new key pair and the backup's key stays retired (services/restore_signing.py,
docs/retention.md). Real vaults, real Ed25519, real backups, the real command line in process."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core import test_restore_keeps_signing_key as keeps
from tests.core.older_header import put_back, restored_over
from tests.core.test_restore_keeps_signing_key import _assert_old_key_stays_retired, _header_keys
from vault_app.services import backup, restore_signing
from vault_app.services.backup_registry import RESTORED
from vault_app.services.vault import open_vault
from vault_app.storage.layout import HEADER_NAME

replaced_after_backup = keeps.replaced_after_backup  # the fixture, shared


def _put_back_old_header(case: dict[str, Any], folder: Path) -> None:
    put_back(case["old_copy"] / HEADER_NAME, folder)


def test_an_older_header_put_back_then_an_older_backup_restored_makes_a_new_key(
        replaced_after_backup: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = replaced_after_backup
    _put_back_old_header(case, vault_dir)
    done = restored_over(capsys, monkeypatch, case["offsite"], vault_dir)
    in_use, retired = _header_keys(vault_dir)
    assert in_use not in (case["old_fp"], case["new_fp"])
    assert [k.fingerprint for k in retired] == [case["old_fp"]]
    _assert_old_key_stays_retired(case, vault_dir, capsys, monkeypatch)
    # Said before (the question) and after (the summary): a new key pair, to hand out.
    before = done.out.split("Restored into")[0]
    assert "a new signing key" in before.lower(), done.out
    assert f"fingerprint {in_use}" in done.out and "new signing key" in done.out, done.out
    with open_vault(vault_dir, PASSPHRASE) as vault:
        entry = vault.ledger.entries(kinds=(RESTORED,))[-1]
    assert entry.payload["signing_key"]["how"] == restore_signing.UNSURE
    assert entry.payload["signing_key"]["retired"] == [case["old_fp"]]


def test_the_old_header_and_the_old_ledger_put_back_still_make_a_new_key(
        replaced_after_backup: dict[str, Any], vault_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files put back (the header and ledger.db of the old copy): the ledger then opens with
    that header, but records.db, re-encrypted by the replacement, does not."""
    case = replaced_after_backup
    _put_back_old_header(case, vault_dir)
    shutil.copy2(case["old_copy"] / "ledger.db", vault_dir / "ledger.db")
    restored_over(capsys, monkeypatch, case["offsite"], vault_dir)
    in_use, retired = _header_keys(vault_dir)
    assert in_use not in (case["old_fp"], case["new_fp"])
    assert [k.fingerprint for k in retired] == [case["old_fp"]]


def test_an_older_header_put_back_over_a_restored_vault_then_restored_again(
        replaced_after_backup: dict[str, Any], vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The other order: a pre-replacement backup restored properly (the key carried, the old one
    retired, under the backup's own master key), the old header put back over it (it opens the
    same files), that backup restored again. The restored ledger recorded the old key's
    retirement: read with the old header, it keeps the old key retired."""
    case = replaced_after_backup
    restored_over(capsys, monkeypatch, case["offsite"], vault_dir)
    _put_back_old_header(case, vault_dir)
    restored_over(capsys, monkeypatch, case["offsite"], vault_dir)
    in_use, retired = _header_keys(vault_dir)
    assert in_use != case["old_fp"]
    assert case["old_fp"] in [k.fingerprint for k in retired]
    _assert_old_key_stays_retired(case, vault_dir, capsys, monkeypatch)


def test_a_backup_newer_than_the_replacement_over_the_older_header_keeps_its_key(
        replaced_after_backup: dict[str, Any], vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The allowed side: what the header put back doubts is the key IT names, not a newer backup's."""
    case = replaced_after_backup
    with open_vault(vault_dir, PASSPHRASE) as live:
        newer = backup.create_backup(live, tmp_path / "usb-newer").path
    _put_back_old_header(case, vault_dir)
    done = restored_over(capsys, monkeypatch, newer, vault_dir)
    in_use, retired = _header_keys(vault_dir)
    assert in_use == case["new_fp"] and [k.fingerprint for k in retired] == [case["old_fp"]]
    assert "new signing key" not in done.out.lower(), done.out


def test_a_vault_restored_over_its_own_intact_folder_keeps_its_key(
        replaced_after_backup: dict[str, Any], vault_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The allowed side: a backup restored over the vault it was made from, header and files of
    one time, keeps its key (nothing put back)."""
    case = replaced_after_backup
    folder = case["old_copy"]
    with open_vault(folder, PASSPHRASE) as old:
        made = backup.create_backup(old, tmp_path / "usb-old").path
        old_key = _header_keys(folder)[0]
    done = restored_over(capsys, monkeypatch, made, folder)
    assert _header_keys(folder)[0] == old_key
    assert "new signing key" not in done.out.lower(), done.out

