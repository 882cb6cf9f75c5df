"""Replace every key's new Emergency Kit, as the first run's kit page since walk-first round 31:
"Save as PDF…" opened in the home folder (a therapist looks in Documents); after saving it said
only "Print it, then keep the paper safe", the PDF left on the computer (the key beside the
lock); and its PDF named "this computer's keyring" for a vault that has none. The kit offered at
unlock ends in this same window. Real dialogs, real file dialog, real vault, the PDF read back."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from tests.gui.conftest import wait_ops
from vault_app.gui import file_dialogs
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

KEY = "Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA"


def _kit_dialog(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import NewKit

    dialog = EmergencyKitDialog(NewKit(KEY, "9963e034", str(folder / "vault"), "ab:cd:ef"))
    qtbot.addWidget(dialog)
    # Kept before any assert: a test failing with it unkept asked "Close without…?" at teardown.
    dialog.kept.setChecked(True)
    return dialog


def _in_file_dialog(qtbot, act: Callable[[QFileDialog], None]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Runs `act` on the save dialog once it is up; returns the folder it opened in and its name box."""
    seen: dict[str, str] = {}

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, look)
            return
        dialog = dialogs[0]
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["folder"] = dialog.directory().absolutePath()
        seen["name"] = edit.text() if edit is not None else ""
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def _done(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.kept.setChecked(True)
    dialog.done_button.click()


def test_save_as_pdf_opens_in_the_documents_folder(qtbot, tmp_path: Path) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir()
    dialog = _kit_dialog(qtbot, tmp_path)
    seen = _in_file_dialog(qtbot, lambda d: d.reject())
    dialog.save_button.click()  # the file dialog's own loop runs until the timer rejects it
    assert Path(seen["folder"]) == documents.resolve()
    assert seen["name"] == "Emergency Kit.pdf"
    _done(dialog)


def test_save_as_pdf_opens_in_the_home_folder_without_documents(qtbot, tmp_path: Path) -> None:
    assert not (Path.home() / "Documents").exists()
    dialog = _kit_dialog(qtbot, tmp_path)
    seen = _in_file_dialog(qtbot, lambda d: d.reject())
    dialog.save_button.click()
    assert Path(seen["folder"]) == Path.home().resolve()
    _done(dialog)


def test_the_folder_saved_in_is_not_remembered(qtbot, tmp_path: Path) -> None:
    """Qt's dialog writes its last folder to its plaintext settings: a folder named after the
    practice or a client is not left there."""
    (Path.home() / "Documents").mkdir()
    folder = tmp_path / "Consulta Ana Garcia"
    folder.mkdir()
    dialog = _kit_dialog(qtbot, tmp_path)

    def save_there(d: QFileDialog) -> None:
        d.selectFile(str(folder / "kit.pdf"))
        d.accept()

    _in_file_dialog(qtbot, save_there)
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Saved to" in dialog.saved_label.text(), timeout=20_000)
    assert (folder / "kit.pdf").is_file()
    settings = file_dialogs.qt_settings()
    stored = " ".join(f"{k}={settings.value(k)}" for k in settings.allKeys())
    assert "Ana Garcia" not in stored, stored
    _done(dialog)


def _said(dialog) -> str:  # type: ignore[no-untyped-def]
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _pdf_text(path: Path) -> str:
    return " ".join(PdfReader(io.BytesIO(path.read_bytes())).pages[0].extract_text().split())


def _whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_the_saved_kit_names_where_and_says_print_then_delete(qtbot, tmp_path: Path) -> None:
    dialog = _kit_dialog(qtbot, tmp_path)
    dialog.save_to(tmp_path / "kit.pdf")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Saved to" in dialog.saved_label.text(), timeout=20_000)
    said = dialog.saved_label.text()
    assert str(tmp_path / "kit.pdf") in said
    assert "print it" in said and "delete the file" in said, said
    _done(dialog)


def test_the_saved_kit_words_in_spanish(qtbot, tmp_path: Path, spanish: None) -> None:
    dialog = _kit_dialog(qtbot, tmp_path)
    dialog.save_to(tmp_path / "kit.pdf")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Guardado en" in dialog.saved_label.text(), timeout=20_000)
    said = dialog.saved_label.text()
    assert str(tmp_path / "kit.pdf") in said and "imprímalo" in said and "borre el archivo" in said, said
    _done(dialog)


def test_no_keyring_words_for_a_vault_without_a_keyring(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import kit_for

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    assert not vault.header.uses_device_secret  # tests have no keyring (tests/conftest.py)
    kit = kit_for(vault, KEY)
    dialog = EmergencyKitDialog(kit, window, controller=unlocked_app)
    dialog.kept.setChecked(True)  # as in _kit_dialog
    dialog.open()
    # The window names the vault's folder, here under a folder named after this test ("no_keyring")
    assert "keyring" not in _said(dialog).replace(kit.folder, ""), _said(dialog)
    assert "if you forget your passphrase" in _said(dialog)
    dialog.save_to(tmp_path / "kit.pdf")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Saved to" in dialog.saved_label.text(), timeout=20_000)
    # In the app's own style the window grows to hold its words: a fixed height squeezed the
    # recovery key to half its height once the saved-to words came (found on Xvfb).
    qtbot.waitUntil(lambda: _whole(dialog.saved_label)
                    and dialog.key_label.height() >= dialog.key_label.sizeHint().height())
    text = _pdf_text(tmp_path / "kit.pdf")
    assert "keyring loses" not in text and "Recover with Emergency Kit" in text, text
    _done(dialog)
    # The same kit of a vault that keeps its device secret in the keyring: both name it.
    with_keyring = EmergencyKitDialog(dataclasses.replace(kit, keyring=True), window, controller=unlocked_app)
    with_keyring.kept.setChecked(True)
    with_keyring.open()
    assert "this computer's keyring is lost" in _said(with_keyring)
    with_keyring.save_to(tmp_path / "kit2.pdf")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Saved to" in with_keyring.saved_label.text(), timeout=20_000)
    assert "keyring loses" in _pdf_text(tmp_path / "kit2.pdf")
    _done(with_keyring)
