"""The restore's question names what the vault it replaces holds newer than the backup, read
before it asks (on the worker): found by a walker, the question said only that the vault "will
be replaced", and a court-order disclosure recorded after the backup was lost without a word. (The
walker's vault has an older records.db put back: what came after it is said lost, test_restore_lost_words.)
Real vaults, a real backup, the real question's words in English and in Spanish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.core.test_restore_carries_disclosures import _walker_path
from tests.gui.conftest import wait_ops
from tests.gui.yes_no_answered import answering
from vault_app.gui import backup_restore_dialog, i18n
from vault_app.gui.backups import RestoreDialog
from vault_app.gui.controller import AppController
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

WORDS = {
    "en": ("The vault you are replacing holds 7 entries newer than this backup: 1 disclosure (it will be carried "
           "over); 1 signed note or amendment (LOST: its text is in no file, see below); 3 housekeeping entries "
           "(backups, unlocks, checks) (no record; the safety copy keeps them); 2 other record entries (not carried "
           "over, and LOST: not in the file being replaced either).",
           "Nothing was restored."),
    "es": ("La bóveda que sustituye tiene, después de esta copia de seguridad, 7 entradas: 1 divulgación (se "
           "trasladará); 1 nota firmada o enmienda (PERDIDA: su texto no está en ningún archivo, vea abajo); 3 "
           "entradas de mantenimiento (copias, desbloqueos, comprobaciones) (no son registros clínicos; la copia de "
           "resguardo las guarda); 2 otras entradas de los registros (no se trasladan, y PERDIDAS: tampoco están en "
           "el archivo que se sustituye).",
           "No se restauró nada."),
}

READING = {"en": "Reading the vault to be replaced: what it holds newer than this backup…",
           "es": "Leyendo la bóveda que se va a sustituir: lo que tiene posterior a esta copia de seguridad…"}


@pytest.fixture
def english_after() -> Any:
    yield
    i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_unlock_windows_question_names_what_is_newer_than_the_backup(
    vault: Vault, vault_dir: Path, tmp_path: Path, qtbot: Any, english_after: None, language: str
) -> None:
    _chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(vault_dir, may_replace=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backup.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    # Read on the worker first, the window saying so (the form greyed until the question).
    assert dialog.message.text() == READING[language] and not dialog.form.isEnabled()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=30_000)
    box = dialog.question
    assert box is not None
    said, nothing = WORDS[language]
    assert said in box.text(), box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.message.text() == nothing


def test_the_backups_windows_question_names_what_the_vault_in_use_holds_newer(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, app_folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    made = Path(backup.create_backup(vault, tmp_path / "usb").path)
    clients.create_client(vault, "After Backup", date_of_birth="1980-01-01")
    asked: list[tuple[Any, ...]] = []

    # Answered No, as its default does (tests/gui/test_yes_no_boxes.py).
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(False, asked))
    dialog = RestoreDialog(unlocked_app, made)
    qtbot.addWidget(dialog)
    dialog.show()  # as the Backups window opens it: a closed one is asked nothing (backup_restore_dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.replace.setChecked(True)
    dialog.restore()
    wait_ops(qtbot, timeout=30_000)
    (first,) = asked
    assert first[1] == "Replace this vault?"
    assert "The vault you are replacing holds " in first[2] and " newer than this backup: " in first[2], first[2]
    assert "(not carried over: the safety copy keeps" in first[2]
    assert unlocked_app.vault is not None  # No: nothing changed
