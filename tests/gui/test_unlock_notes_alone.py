"""The unlock window on an older psychotherapy.db put back alone (records.db and ledger.db newer and whole):
it says only that file is old and what to do first, and the keyboard stays on the passphrase (the Restore
button is not put forward: a restore replaces the newer records.db and ledger.db too). Round 45: it was
"ledger.file_rolled_back", advised only a restore, and the Restore button had the keyboard. A real vault
made in the window's folder, the real unlock window and its real unlock (Argon2 at the OWASP floor)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.unlock_folder import ONE_START
from vault_app.services import clients, notes
from vault_app.services.vault import create_vault, open_vault

PSY = "psychotherapy.db"


def _older_notes_back(folder: Path, tmp_path: Path) -> None:
    made = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Philippa Oyelaran-Schmidt").client_id
    made.vault.lock()
    shutil.copy2(folder / PSY, tmp_path / PSY)
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        notes.sign_psychotherapy_note(vault, notes.create_psychotherapy_note(vault, client_id, "Since.").note.note_id)
    for suffix in ("-wal", "-shm"):
        (folder / (PSY + suffix)).unlink(missing_ok=True)
    shutil.copy2(tmp_path / PSY, folder / PSY)


def test_older_notes_alone_keep_the_keyboard_on_the_passphrase(  # type: ignore[no-untyped-def]
        qtbot, app_folder: Path, tmp_path: Path) -> None:
    from vault_app.gui.unlock import UnlockWindow

    _older_notes_back(app_folder, tmp_path)
    window = UnlockWindow(app_folder, folder_role=ONE_START)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "older than the others" in window.message.text())
    said = window.message.text()
    assert "Only this one file is old" in said, said
    assert "replaces records.db and ledger.db too" in said, said
    qtbot.waitUntil(lambda: window.passphrase.edit.hasFocus())
    assert not window.restore_button.hasFocus()
