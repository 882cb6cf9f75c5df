"""A backup made before Replace every key, offered the new Emergency Kit: the refusal says which
kit opens it. Found by a walker: the new kit was refused with "Check the Emergency Kit printed
when this vault was created", after the app had said to destroy the old kit, so a therapist who
forgot the passphrase would not know that the earlier kit still opens every older copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto import keys
from vault_app.domain.errors import WrongRecoveryKey
from vault_app.services import backup, backup_restore
from vault_app.services.vault import Vault
from vault_app.services.vault_binding import KEYS_REPLACED_SETTING
from vault_app.services.vault_rekey_runners import replace_here


def _older_backup_and_new_kit(vault: Vault, tmp_path: Path) -> tuple[Path, str]:
    info = backup.create_backup(vault, tmp_path / "usb")
    return Path(info.path), replace_here(vault, PASSPHRASE).recovery_key


def test_without_an_open_vault_the_refusal_names_an_earlier_kit(vault: Vault, tmp_path: Path) -> None:
    older, new_kit = _older_backup_and_new_kit(vault, tmp_path)
    vault_id = vault.vault_id
    vault.lock()

    with pytest.raises(WrongRecoveryKey) as refused:
        backup_restore.restore_backup(older, tmp_path / "restored", recovery_key=new_kit,
                                      new_passphrase="a brand new passphrase for the copy 77")

    assert refused.value.code == "backup.recovery_key_wrong"
    assert "when this vault was created" not in refused.value.hint
    assert "older than a Replace every key, an earlier kit opens it" in refused.value.hint
    assert vault_id in refused.value.hint and refused.value.params == {"vault_id": vault_id}
    assert not (tmp_path / "restored").exists()


def test_the_open_vault_says_the_backup_predates_its_key_replacement(vault: Vault, tmp_path: Path) -> None:
    older, new_kit = _older_backup_and_new_kit(vault, tmp_path)
    day = vault.header.settings[KEYS_REPLACED_SETTING]

    with pytest.raises(WrongRecoveryKey) as refused:
        backup_restore.restore_backup(older, tmp_path / "restored", recovery_key=new_kit, current=vault,
                                      new_passphrase="a brand new passphrase for the copy 77")

    assert refused.value.code == "backup.recovery_key_before_rekey"
    assert refused.value.params == {"day": day}
    assert f"made before every key of this vault was replaced on {day}" in refused.value.hint
    assert "Emergency Kit from before that day" in refused.value.hint


def test_a_backup_made_after_the_replacement_opens_with_the_new_kit(vault: Vault, tmp_path: Path) -> None:
    _older, new_kit = _older_backup_and_new_kit(vault, tmp_path)
    newer = Path(backup.create_backup(vault, tmp_path / "usb2").path)
    vault.lock()

    report = backup_restore.restore_backup(newer, tmp_path / "restored", recovery_key=new_kit,
                                           new_passphrase="a brand new passphrase for the copy 77")

    assert report is not None and (tmp_path / "restored" / "vault.header").exists()


def test_a_wrong_kit_for_a_backup_under_the_current_keys_is_not_said_older(vault: Vault, tmp_path: Path) -> None:
    _older, _new_kit = _older_backup_and_new_kit(vault, tmp_path)
    newer = Path(backup.create_backup(vault, tmp_path / "usb2").path)
    stranger = keys.format_recovery_key(keys.new_recovery_secret())  # no kit this vault ever had

    with pytest.raises(WrongRecoveryKey) as refused:
        backup_restore.restore_backup(newer, tmp_path / "restored", recovery_key=stranger, current=vault,
                                      new_passphrase="a brand new passphrase for the copy 77")

    assert refused.value.code == "backup.recovery_key_wrong"
    assert "made before every key" not in refused.value.hint
