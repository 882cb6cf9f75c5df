"""After an unlock refused because one file was put back older alone (vault.header or ledger.db, no newer
copy beside), the keyboard stays on the passphrase: Enter, pressed again as a therapist does who retypes the
passphrase, never opens "Restore from a backup…". A restore there replaces the newer records too (the
refusal's own advice: "Only if you have none, restore"), so it is never the window's default, nor put under
the keyboard. Found (round 45): the refusal focused the Restore button, and a second Enter opened the
restore. Real vaults with the real file put back, the real unlock window, real key events (QTest) sent where
the keyboard is, as the X server sends them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.conftest import PASSPHRASE
from tests.core.test_older_header_alone_advice import _older_header_back
from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import clients
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage.layout import COMPARTMENT_FILES

pytestmark = pytest.mark.gui


def _ledger_put_back_older(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault.lock()
    ledger = folder / COMPARTMENT_FILES["ledger"]
    shutil.copy2(ledger, tmp_path / "older-ledger.db")
    with open_vault(folder, PASSPHRASE) as vault:
        clients.create_client(vault, "Typed Since The Copy")
    shutil.copy2(tmp_path / "older-ledger.db", ledger)
    return folder


def _type(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget() or window, ch)


def _enter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _refused_by_keys(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from vault_app.gui.unlock import UnlockWindow
    from vault_app.gui.unlock_folder import ONE_START

    window = UnlockWindow(folder, folder_role=ONE_START)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.passphrase.setFocus()
    qtbot.waitUntil(window.passphrase.edit.hasFocus)
    _type(qtbot, window, PASSPHRASE)
    _enter(qtbot, window)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Only this one file is old" in window.message.text())
    return window


@pytest.mark.parametrize("put_back", ["ledger.db", "vault.header"])
def test_enter_again_after_an_older_file_refusal_never_opens_the_restore(  # type: ignore[no-untyped-def]
        qtbot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        put_back: str) -> None:
    folder = (_ledger_put_back_older(tmp_path) if put_back == "ledger.db"
              else _older_header_back(capsys, monkeypatch, tmp_path, ("rekey",), newer_kept=False))
    window = _refused_by_keys(qtbot, folder)
    assert "Only if you have none, restore" in window.message.text()  # the restore is the last resort
    # The keyboard where it was, the refused passphrase selected; the restore never the default.
    assert window.passphrase.edit.hasFocus(), QApplication.focusWidget()
    assert not window.restore_button.hasFocus()
    assert not window.restore_button.isDefault() and not window.restore_button.autoDefault()
    # Enter at once, then the passphrase typed again and Enter: refused again, no restore opened.
    _enter(qtbot, window)
    wait_ops(qtbot)
    assert not _dialogs()
    _type(qtbot, window, PASSPHRASE)
    _enter(qtbot, window)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Only this one file is old" in window.message.text())
    assert not _dialogs()
    assert window.passphrase.edit.hasFocus()
    # Still there for whoever means it.
    assert window.restore_button.isVisible() and window.restore_button.isEnabled()
