"""Issue 14 item 4: the psychotherapy key has its own wrapping (format 3). Only the
passphrase (its separate unlock) and the Emergency Kit unwrap it; a records-only unlock,
the master key and every key the master key wraps cannot open psychotherapy.db; locking
that compartment drops its wrapping key from the Vault; a vault written the old way
(format 2) opens and is upgraded, and its old Emergency Kit still recovers the notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto import keys
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.domain.errors import CompartmentLocked, VaultCorrupt, WrongPassphrase
from vault_app.services import backup, clients, psychotherapy_notes
from vault_app.services import vault_psychotherapy_key as apart
from vault_app.services.vault import Vault, create_vault, open_copy_with_master, open_vault, recover_vault
from vault_app.services.vault_folder import read_info
from vault_app.services.vault_keys import PSYCHOTHERAPY_WRAP, unwrap_header_keys
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import header as header_io
from vault_app.storage.compartment import Compartment

FORMAT_2 = Path(__file__).resolve().parents[1] / "data" / "vault-format-2"
NOTE_TEXT = "Process note: the dream about the lighthouse again."


def _vault_with_a_note(tmp_path: Path, kdf_params: KdfParams) -> tuple[Path, str, str]:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    vault = made.vault
    client = clients.create_client(vault, "Ottilie Brandvold")
    vault.unlock_psychotherapy(PASSPHRASE)
    psychotherapy_notes.create_psychotherapy_note(vault, client.client_id, NOTE_TEXT)
    vault.lock()
    return folder, made.recovery_key, client.client_id


def _every_records_level_key(vault: Vault) -> list[bytes]:
    """The master key and everything it unwraps (records, ledger, ledger MAC, signing)."""
    master = vault.master_key()
    held = unwrap_header_keys(vault.header, master)
    return [master, *held.values()]


def _cannot_open_psychotherapy(folder: Path, header: header_io.Header, candidates: list[bytes]) -> None:
    for key in candidates:
        with pytest.raises(keys.UnwrapFailed):
            keys.unwrap(key, header_io.unb64(header.wrapped["psychotherapy"]), purpose="psychotherapy",
                        vault_id=header.vault_id_bytes)
        with pytest.raises(VaultCorrupt):
            Compartment.open("psychotherapy", folder / "psychotherapy.db", key).close()


def _notes(vault: Vault, client_id: str) -> list[str]:
    return [psychotherapy_notes.get_psychotherapy_note(vault, n.note_id).body
            for n in psychotherapy_notes.list_psychotherapy_notes(vault, client_id)]


def test_a_records_only_unlock_cannot_open_psychotherapy_db(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _kit, _client = _vault_with_a_note(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        assert vault.header.format_version == apart.APART_FORMAT and vault.psychotherapy_key_apart
        assert not any(slot.startswith("psychotherapy") for slot in vault.held_key_slots())
        records_level = _every_records_level_key(vault)
        assert "psychotherapy" not in unwrap_header_keys(vault.header, vault.master_key())
        _cannot_open_psychotherapy(folder, vault.header, records_level)
        with pytest.raises(CompartmentLocked):
            vault.compartment_key("psychotherapy")
        with pytest.raises(CompartmentLocked), vault.psychotherapy_for_maintenance("a test"):
            pass
        with pytest.raises(CompartmentLocked):
            vault.reveal_key("psychotherapy")
        master = vault.master_key()
    # A copy opened with the master key alone (what a backup's content key is under) cannot reach it either.
    shutil.copytree(folder, tmp_path / "copy")
    copy = open_copy_with_master(tmp_path / "copy", master)
    try:
        with pytest.raises(CompartmentLocked), copy.psychotherapy_for_maintenance("a test"):
            pass
        with pytest.raises(CompartmentLocked):
            copy.compartment_key("psychotherapy")
    finally:
        copy.lock()


def test_the_separate_unlock_opens_it_and_locking_drops_the_key(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _kit, client_id = _vault_with_a_note(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock_psychotherapy("not the passphrase at all")
        assert PSYCHOTHERAPY_WRAP not in vault.held_key_slots()
        vault.unlock_psychotherapy(PASSPHRASE)
        assert PSYCHOTHERAPY_WRAP in vault.held_key_slots()
        assert _notes(vault, client_id) == [NOTE_TEXT]
        key = vault.compartment_key("psychotherapy")
        assert key not in _every_records_level_key(vault)
        vault.lock_psychotherapy()
        assert not any(slot.startswith("psychotherapy") for slot in vault.held_key_slots())
        assert vault.psychotherapy_wraps() == ()
        with pytest.raises(CompartmentLocked):
            vault.compartment_key("psychotherapy")
        with pytest.raises(CompartmentLocked):
            _notes(vault, client_id)


def test_the_emergency_kit_recovers_the_psychotherapy_notes(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, kit, client_id = _vault_with_a_note(tmp_path, kdf_params)
    with recover_vault(folder, kit, "a brand new passphrase 42", params=kdf_params, use_device_secret=False) as vault:
        assert not any(slot.startswith("psychotherapy") for slot in vault.held_key_slots())
        vault.unlock_psychotherapy("a brand new passphrase 42")
        assert _notes(vault, client_id) == [NOTE_TEXT]
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)


def test_a_passphrase_change_rewraps_it(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _kit, client_id = _vault_with_a_note(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, "the changed passphrase 17", OWASP_FLOOR)
        assert PSYCHOTHERAPY_WRAP not in vault.held_key_slots()
        with pytest.raises(WrongPassphrase):
            vault.unlock_psychotherapy(PASSPHRASE)
        vault.unlock_psychotherapy("the changed passphrase 17")
        assert _notes(vault, client_id) == [NOTE_TEXT]


def test_after_a_rekey_the_old_header_and_passphrase_do_not_reach_it(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, _kit, client_id = _vault_with_a_note(tmp_path, kdf_params)
    old_header = header_io.read(folder)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        old_wraps = vault.psychotherapy_wraps()
        replace_here(vault, PASSPHRASE)
        new_wraps = vault.psychotherapy_wraps()
        assert new_wraps[0] not in old_wraps and new_wraps[1:2] == old_wraps[:1]  # the old one kept for backups
    live = header_io.read(folder)
    # The old header's psychotherapy wrapping key (what the old passphrase reached) opens
    # nothing in the live header, nor the re-encrypted file.
    assert old_header.wrapped["psychotherapy"] != live.wrapped["psychotherapy"]
    assert apart.pwk_from(live, candidates=old_wraps[:1]) is None
    old_key = apart.psychotherapy_keys(old_header, old_wraps[0])["psychotherapy"]
    _cannot_open_psychotherapy(folder, live, [old_key, *old_wraps])
    with open_vault(folder, PASSPHRASE) as vault:
        _cannot_open_psychotherapy(folder, vault.header, _every_records_level_key(vault))
        vault.unlock_psychotherapy(PASSPHRASE)
        assert _notes(vault, client_id) == [NOTE_TEXT]


def test_a_backup_made_while_the_notes_are_locked_restores_them(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, kit, client_id = _vault_with_a_note(tmp_path, kdf_params)
    with open_vault(folder, PASSPHRASE) as vault:
        info = backup.create_backup(vault, tmp_path / "usb", verify=True)
        checked = backup.verify_backup(Path(info.path), vault=vault)
        assert checked["psychotherapy_pages_checked"] is False  # the vault does not hold that key now
        vault.unlock_psychotherapy(PASSPHRASE)
        assert backup.verify_backup(Path(info.path), vault=vault)["psychotherapy_pages_checked"] is True
    assert backup.verify_backup(Path(info.path), passphrase=PASSPHRASE)["psychotherapy_pages_checked"] is True
    assert backup.verify_backup(Path(info.path), recovery_key=kit)["psychotherapy_pages_checked"] is True
    restored = tmp_path / "restored"
    backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
    with open_vault(restored, PASSPHRASE, with_psychotherapy=True) as vault:
        assert _notes(vault, client_id) == [NOTE_TEXT]


def test_a_format_2_vault_is_upgraded_and_its_old_kit_still_recovers(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FORMAT_2, folder)
    passphrase = (FORMAT_2 / "PASSPHRASE.txt").read_text().strip()
    kit = (FORMAT_2 / "RECOVERY-KEY.txt").read_text().strip()
    before = header_io.read(folder)
    assert before.format_version == 2 and apart.PWK_BY_UNLOCK not in before.wrapped
    assert read_info(folder)["psychotherapy_key_apart"] is False
    with open_vault(folder, passphrase) as vault:  # a records-only unlock upgrades it
        assert vault.header.format_version == apart.APART_FORMAT
        assert vault.ledger.entries(kinds=("vault.format_upgraded",))[0].payload["to"] == apart.APART_FORMAT
        # Until the next rekey the kit printed before the upgrade still reaches the notes,
        # through a wrap under the master key: not yet apart, and it says so.
        assert apart.PWK_BY_MASTER in vault.header.wrapped and not vault.psychotherapy_key_apart
        assert PSYCHOTHERAPY_WRAP not in vault.held_key_slots()
        (client,) = clients.list_clients(vault)
        vault.unlock_psychotherapy(passphrase)
        assert len(_notes(vault, client.client_id)) == 1
    # The old Emergency Kit recovers the notes, and proving it moves the wrap to the kit.
    with recover_vault(folder, kit, "after the upgrade 2026", params=OWASP_FLOOR) as vault:
        assert vault.psychotherapy_key_apart and apart.PWK_BY_RECOVERY in vault.header.wrapped
        _cannot_open_psychotherapy(folder, vault.header, _every_records_level_key(vault))
        vault.unlock_psychotherapy("after the upgrade 2026")
        assert len(_notes(vault, client.client_id)) == 1


def test_a_rekey_completes_the_upgrade(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FORMAT_2, folder)
    passphrase = (FORMAT_2 / "PASSPHRASE.txt").read_text().strip()
    with open_vault(folder, passphrase) as vault:
        assert not vault.psychotherapy_key_apart
        result = replace_here(vault, passphrase)
        assert vault.psychotherapy_key_apart and apart.PWK_BY_MASTER not in vault.header.wrapped
        assert PSYCHOTHERAPY_WRAP not in vault.held_key_slots()
        _cannot_open_psychotherapy(folder, vault.header, _every_records_level_key(vault))
    assert read_info(folder)["psychotherapy_key_apart"] is True
    with recover_vault(folder, result.recovery_key, "after the rekey 2026", params=OWASP_FLOOR) as vault:
        vault.unlock_psychotherapy("after the rekey 2026")
        (client,) = clients.list_clients(vault)
        assert len(_notes(vault, client.client_id)) == 1
