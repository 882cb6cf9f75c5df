"""The first run's words left by walk-first round 31 (items 7, 9, 14): a weak passphrase greyed
Next without saying why; Cancel on a half-filled page quit without asking; the kit page said
"or this computer's keyring is lost" of a vault without one; after saving the kit PDF it said
only "Print it, then keep the paper safe", the file left beside the vault."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard import CreateVaultWizard
from vault_app.services.vault import CreatedVault

pytestmark = pytest.mark.gui

NEEDED = "A stronger passphrase is needed"


def _said(page: object) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "needed"), [
    ("short", True),  # too short: the check's reason is its length
    ("letmein1234", True),  # long enough, but weak
    (PASSPHRASE, False),
])
def test_a_weak_passphrase_says_a_stronger_one_is_needed(tmp_path: Path, qtbot, typed: str, needed: bool) -> None:
    wizard = CreateVaultWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    page = wizard.passphrase_page
    page.first.setText(typed)
    page.second.setText(typed)
    said = page.meter.label.text()
    assert (NEEDED in said) is needed, said
    assert page.isComplete() is not needed
    if needed:
        # With the strength check's reason, once (not the meter's advice and the same again).
        assert said.count("Add more words") + said.count("at least 8 characters") == 1, said


def _cancel(wizard: CreateVaultWizard) -> None:
    wizard.button(QWizard.WizardButton.CancelButton).click()


def test_cancel_with_something_typed_asks_first(tmp_path: Path, qtbot) -> None:
    wizard = CreateVaultWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.keyClicks(wizard.about_page.name, "Jordan Lee")
    _cancel(wizard)
    box = wizard.leave_box
    assert isinstance(box, QMessageBox) and box.isVisible() and wizard.isVisible()
    assert box.defaultButton() is not None and "Close" not in box.defaultButton().text()
    qtbot.keyClick(box, Qt.Key.Key_C)  # a bare letter answers nothing
    assert box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default goes back
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)
    assert wizard.isVisible() and wizard.about_page.name.text() == "Jordan Lee"
    _cancel(wizard)
    again = wizard.leave_box
    assert isinstance(again, QMessageBox)
    next(b for b in again.buttons() if b.text().replace("&", "") == "Close without saving").click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_cancel_with_nothing_typed_closes_at_once(tmp_path: Path, qtbot) -> None:
    wizard = CreateVaultWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    _cancel(wizard)
    assert wizard.leave_box is None
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)


def _finish(wizard: CreateVaultWizard, created: CreatedVault) -> None:
    """Ended as the therapist ends it: a wizard left on its kit page asks at teardown and waits."""
    wizard.create_page.created = created
    wizard.kit_page.kept.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.check_page.answer.setText(created.recovery_key.rsplit("-", 1)[-1])
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_kit_names_the_keyring_only_when_one_is_in_use(fresh_app: AppController, qtbot, tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)  # tests have no keyring (tests/conftest.py)
    page, created = wizard.kit_page, wizard.create_page.created
    assert created is not None
    try:
        assert not created.device_secret_used
        # The vault's folder is said on the page too; pytest names it after this test ("keyring").
        said = _said(page).replace(str(created.vault.folder), "")
        assert "keyring" not in said, said
        page.save_to(tmp_path / "kit.pdf")
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: "delete the file" in page.saved_label.text(), timeout=20_000)
        pdf = PdfReader(io.BytesIO((tmp_path / "kit.pdf").read_bytes()))
        text = " ".join(pdf.pages[0].extract_text().split())
        assert "keyring loses" not in text and "Recover with Emergency Kit" in text, text
        # The same vault as one made with a keyring: the page names it.
        wizard.create_page.created = dataclasses.replace(created, device_secret_used=True)
        page.initializePage()
        assert "this computer's keyring is lost" in _said(page)
    finally:
        _finish(wizard, created)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: fresh_app.main_window is not None, timeout=20_000)
