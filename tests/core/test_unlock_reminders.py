"""After each unlock the status bar says the one thing to do next: finish separating the
psychotherapy key (a vault upgraded from format 2), else make a verified backup."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.services import reminders
from vault_app.services.vault import create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here

FORMAT_2 = Path(__file__).resolve().parents[1] / "data" / "vault-format-2"


def test_an_upgraded_vault_is_told_to_replace_every_key_until_it_has(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FORMAT_2, folder)
    passphrase = (FORMAT_2 / "PASSPHRASE.txt").read_text().strip()
    with open_vault(folder, passphrase) as vault:
        said = reminders.after_unlock(vault) or ""
        # The unlock that upgraded says first where the copy from before is (said once).
        assert said.startswith("Upgraded for this version.") and said.endswith(reminders.KEY_APART_REMINDER)
    with open_vault(folder, passphrase) as vault:
        assert reminders.after_unlock(vault) == reminders.KEY_APART_REMINDER
        replace_here(vault, passphrase)
        assert reminders.KEY_APART_REMINDER not in (reminders.after_unlock(vault) or "")


def test_a_new_vault_is_reminded_of_its_backup_only(tmp_path: Path, kdf_params: KdfParams) -> None:
    vault = create_vault(tmp_path / "v", PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    try:
        said = reminders.after_unlock(vault)
        assert said is not None and said != reminders.KEY_APART_REMINDER and "backup" in said.lower()
    finally:
        vault.lock()
