"""The real program restores a backup with no vault open, by keyboard only: over a vault whose
records.db was put back older (the unlock window's Restore from a backup…), and on a new
computer from a backup folder's snapshot (the first-run wizard's first page)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.conftest import App
from tests.e2e.day_steps import MAIN, PASSPHRASE, UNLOCK
from tests.e2e.desktop import Desktop
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, backup_repo, clients
from vault_app.services.paths import APP_NAME
from vault_app.services.vault import create_vault, open_vault

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(1200)]
RESTORE = r"^Restore from a backup"


def _default_folder(app: App) -> Path:
    return app.home / ".local" / "share" / APP_NAME / "vault"


def _names(folder: Path) -> set[str]:
    with open_vault(folder, PASSPHRASE, check_every_page=True) as vault:
        assert vault.verify_ledger().ok
        return {c.legal_name for c in clients.list_clients(vault)}


def _restore_in_dialog(desktop: Desktop, backup_path: Path) -> None:
    desktop.wait_window(RESTORE)
    desktop.type(str(backup_path))  # the backup field has the keyboard
    desktop.key("alt+p")
    desktop.type(PASSPHRASE)
    desktop.key("Return")


def _quit(app: App, desktop: Desktop) -> None:
    desktop.key("ctrl+q")
    assert app.wait_exit() == 0


def test_a_rolled_back_vault_restored_from_the_unlock_window(app: App, desktop: Desktop, tmp_path: Path) -> None:
    folder = _default_folder(app)
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    clients.create_client(vault, "Robin Before", date_of_birth="1980-01-01")
    vault.lock()
    shutil.copy2(folder / "records.db", tmp_path / "records.db.old")
    with open_vault(folder, PASSPHRASE) as vault:
        clients.create_client(vault, "Avery After", date_of_birth="1981-01-01")
        made = Path(backup.create_backup(vault, tmp_path / "usb", verify=True).path)
    shutil.copy2(tmp_path / "records.db.old", folder / "records.db")
    for side in ("records.db-wal", "records.db-shm"):
        (folder / side).unlink(missing_ok=True)
    with desktop.step("rolled-back"):
        app.start()
        desktop.wait_window(UNLOCK)
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_text("is older than")
    with desktop.step("restore-dialog"):
        desktop.key("space")  # the keyboard is on Restore from a backup…
        _restore_in_dialog(desktop, made)
    with desktop.step("replace-question"):
        desktop.wait_window(r"^Replace this vault")
        desktop.wait_text("safety copy")
        desktop.key("alt+r")
    with desktop.step("restored"):
        # The button's last words: OCR has read its first one, under the mnemonic's underline
        # and the default button's frame, as "inue" on a clean screen (CI 2026-12-04, load 10).
        desktop.wait_text("to unlock", timeout=300)
        desktop.wait_text("kept as a safety copy")
        desktop.key("Return")
    with desktop.step("unlock-restored"):
        desktop.wait_window(UNLOCK)
        desktop.wait_text("Restored from a backup")
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_window(MAIN)
        desktop.wait_text("Avery After")
    _quit(app, desktop)
    assert _names(folder) == {"Robin Before", "Avery After"}
    (safety,) = folder.parent.glob("vault-before-restore-*")
    assert (safety / "records.db").read_bytes() == (tmp_path / "records.db.old").read_bytes()


def test_a_new_computer_restores_from_a_backup_folder_in_the_first_run_wizard(
    app: App, desktop: Desktop, tmp_path: Path
) -> None:
    created = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR)
    clients.create_client(created.vault, "Laptop Client", date_of_birth="1970-02-02")
    snapshot = Path(backup_repo.create_incremental(created.vault, tmp_path / "backup-drive", verify=True).path)
    created.vault.lock()
    with desktop.step("first-run"):
        app.start()
        desktop.wait_window(r"^Create your vault")
        desktop.wait_text("Already have a vault?")
        desktop.key("alt+r")
    with desktop.step("restore-dialog"):
        _restore_in_dialog(desktop, snapshot)
    with desktop.step("restored"):
        # The button's last words: OCR has read its first one, under the mnemonic's underline
        # and the default button's frame, as "inue" on a clean screen (CI 2026-12-04, load 10).
        desktop.wait_text("to unlock", timeout=300)
        desktop.key("Return")
    with desktop.step("unlock-restored"):
        desktop.wait_window(UNLOCK)
        desktop.type(PASSPHRASE)
        desktop.key("Return")
        desktop.wait_window(MAIN)
        desktop.wait_text("Laptop Client")
    _quit(app, desktop)
    assert _names(_default_folder(app)) == {"Laptop Client"}
