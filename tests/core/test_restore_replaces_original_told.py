"""`backup restore --to COPY --replaces-original`: the vault left in the original folder is told
(services/restore_beside_record.record_replaced). Found last round: opened later, it looked like the
vault still, said nothing of the copy that replaced it, and its backups on lock went on into the
folder the copy goes on with (the copy's next backup then refused). Real vaults (OWASP-floor Argon2,
SQLCipher), the real command line in process, the keyring held in memory as the system one would."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from tests.fakes import MemoryKeyring
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_registry, reminders, restore_beside_record
from vault_app.services.vault import create_vault, open_vault


def _original_with_backups(folder: Path, tmp_path: Path, kdf_params: KdfParams) -> Path:
    made = create_vault(folder, PASSPHRASE, params=kdf_params)
    backup_registry.configure(made.vault, target=str(tmp_path / "usb"), auto=True)
    info = backup.create_backup(made.vault, tmp_path / "usb")
    made.vault.lock()
    return Path(info.path)


def test_the_vault_left_behind_says_which_copy_replaced_it_and_backs_up_no_more(
        memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams) -> None:
    original, copy = tmp_path / "vault", tmp_path / "new-laptop-folder"
    file = _original_with_backups(original, tmp_path, kdf_params)
    done = cli_in_process("--vault", str(original), "backup", "restore", "--to", str(copy), "--replaces-original",
                          str(file))
    assert done.code == 0, done.out + done.err
    assert f"The vault in {original.resolve()} now says, when opened, that this copy replaced it" in done.out
    with open_vault(original, PASSPHRASE) as left:
        news = [n for n in reminders.status_line(left).news if n.kind == reminders.REPLACED_BY_COPY]
        assert [n.value for n in news] == [str(copy.resolve())]
        assert f"by the copy in {copy.resolve()}" in news[0].english
        assert backup_registry.settings(left)["auto"] is False  # no more backups into the copy's series
        said = reminders.after_unlock(left) or ""
        assert "This vault was replaced on " in said
    with open_vault(copy, PASSPHRASE) as restored:  # the copy itself says nothing of the kind
        assert restore_beside_record.replaced_news(restored) is None
        assert backup_registry.settings(restored)["auto"] is True  # it goes on with the series


def test_a_restore_beside_without_replaces_original_leaves_the_original_as_it_was(
        memory_keyring: MemoryKeyring, tmp_path: Path, kdf_params: KdfParams) -> None:
    original, copy = tmp_path / "vault", tmp_path / "look-up-copy"
    file = _original_with_backups(original, tmp_path, kdf_params)
    done = cli_in_process("--vault", str(original), "backup", "restore", "--to", str(copy), str(file))
    assert done.code == 0, done.out + done.err
    with open_vault(original, PASSPHRASE) as left:
        assert restore_beside_record.replaced_news(left) is None
        assert backup_registry.settings(left)["auto"] is True
