"""The first-run wizard's Create in a folder that holds a vault already: the box says what to do
and is titled for what happened. Found: "A vault already exists in …; refusing to overwrite it."
with no hint, titled "Problem with this computer" (nothing was wrong with the computer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import make_locked_vault, wait_ops
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _create_in(fresh_app: AppController, qtbot: object, folder: Path) -> QMessageBox:
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.folder_edit.setText(str(folder))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.about_page.name.setText("Jordan Lee")
    next_button.click()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    next_button.click()
    wait_ops(qtbot)
    next_button.click()
    next_button.click()  # no backup folder: optional
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.create_page)  # type: ignore[attr-defined]
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)

    def box() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
        return found[0] if found and isinstance(found[0], QMessageBox) else None

    qtbot.waitUntil(lambda: box() is not None)  # type: ignore[attr-defined]
    shown = box()
    assert shown is not None
    return shown


def test_a_vault_in_the_chosen_folder_is_said_with_what_to_do(
        fresh_app: AppController, qtbot: object, tmp_path: Path, locked_vault_template: Path) -> None:
    other = tmp_path / "other-vault"
    make_locked_vault(other, locked_vault_template)
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in other.iterdir())
    box = _create_in(fresh_app, qtbot, other)
    assert box.windowTitle() == "A vault is already there"
    assert box.text().startswith(f"A vault already exists in {other}")
    hint = box.informativeText()
    assert "choose an empty folder" in hint and "Nothing in that folder was changed" in hint
    box.close()
    assert sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in other.iterdir()) == before


def test_in_spanish_too(fresh_app: AppController, qtbot: object, tmp_path: Path, locked_vault_template: Path,
                        spanish: None) -> None:
    other = tmp_path / "other-vault"
    make_locked_vault(other, locked_vault_template)
    box = _create_in(fresh_app, qtbot, other)
    assert box.windowTitle() == "Ya hay una bóveda ahí"
    assert box.text().startswith(f"Ya existe una bóveda en {other}")
    assert "elija una carpeta vacía" in box.informativeText()
    box.close()
