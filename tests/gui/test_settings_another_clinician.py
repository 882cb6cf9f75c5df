"""Settings asks before saving another clinician's name over the previous one's credentials and
license (found by a walker: a records custodian who put their own name in the profile signed
destruction certificates as "Sam Rivera, PsyD (CA license LCS 12345)", the retired therapist's
license). Go back keeps the form as typed and saves nothing; Save anyway saves; the custodian's own
license in its place saves without a question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice

pytestmark = pytest.mark.gui


def _question(dialog: object) -> QMessageBox:
    from vault_app.gui.settings_dialog import SettingsDialog

    assert isinstance(dialog, SettingsDialog)
    box = dialog.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible(), "no question before saving another clinician's name"
    return box


def test_settings_ask_before_another_clinicians_name_over_the_license(
        unlocked_app: AppController, qtbot: object) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    practice.set_clinician(vault, name="Eleanor Marsh", credentials="LCSW", license_number="LCS 12345",
                           license_state="CA")
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)  # type: ignore[arg-type]
    dialog.profile["clinician_name"].setText("Sam Rivera")
    dialog.save()
    wait_ops(qtbot)  # type: ignore[arg-type]
    box = _question(dialog)
    words = f"{box.text()}\n{box.informativeText()}"
    assert "Eleanor Marsh" in words and "Credentials" in words and "License number" in words
    box.reject()  # go back: nothing saved, the form as typed
    wait_ops(qtbot)  # type: ignore[arg-type]
    assert dialog.isVisible() and dialog.profile["clinician_name"].text() == "Sam Rivera"
    assert practice.load(vault).clinician_name == "Eleanor Marsh"

    dialog.profile["credentials"].setText("PsyD")
    dialog.profile["license_number"].setText("PSY 98765")
    dialog.save()
    wait_ops(qtbot)  # type: ignore[arg-type]
    assert not dialog.isVisible()
    saved = practice.load(vault)
    assert (saved.clinician_name, saved.credentials, saved.license_number) == ("Sam Rivera", "PsyD", "PSY 98765")


def test_settings_save_anyway_keeps_the_license_as_asked(unlocked_app: AppController, qtbot: object) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    practice.set_clinician(vault, name="Eleanor Marsh", credentials="LCSW", license_number="LCS 12345",
                           license_state="CA")
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)  # type: ignore[arg-type]
    dialog.profile["clinician_name"].setText("Sam Rivera")
    dialog.save()
    wait_ops(qtbot)  # type: ignore[arg-type]
    box = _question(dialog)
    anyway = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    anyway.click()
    wait_ops(qtbot)  # type: ignore[arg-type]
    assert not dialog.isVisible()
    assert (practice.load(vault).clinician_name, practice.load(vault).license_number) == ("Sam Rivera", "LCS 12345")
