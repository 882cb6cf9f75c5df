"""The first-run wizard's warning about the backup folder (found on the Spanish screens: the
same-disk warning was faint grey, the placeholder's colour, and the first Next seemed to do
nothing, since it stopped so the warning could be read but said so nowhere). The warning
reads as one, at WCAG AA contrast in both appearances, and the stopped Next says why and
what the next press does. Real wizard, real folder on the vault's own disk (tmp_path)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from tests.gui.test_dark_theme_contrast import LEAST, contrast
from tests.gui.test_first_run_backup_folder import _to_the_backup_page
from vault_app.gui import theme
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_first_next_says_it_stopped_for_the_warning_and_the_second_goes_on(
        fresh_app: AppController, qtbot, tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    _to_the_backup_page(wizard, qtbot)
    page = wizard.backup_page
    calm = page.notes.palette().color(QPalette.ColorRole.WindowText)
    page.target.setText(str(tmp_path / "usb" / "backups"))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    qtbot.waitUntil(lambda: "same disk" in page.notes.text(), timeout=10_000)
    assert wizard.currentPage() is page
    assert "Next again" in page.notes.text(), "the first Next stopped without saying why"
    assert page.notes.objectName() == "warningNote"
    page.notes.ensurePolished()
    assert page.notes.palette().color(QPalette.ColorRole.WindowText) != calm, "still the faint note colour"
    next_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.create_page, timeout=10_000)

    wizard.back()  # another folder: no warning, the calm note again
    page.target.setText("")
    assert page.notes.objectName() == "calmNote" and "Next again" not in page.notes.text()


@pytest.fixture(params=["dark", "light"])
def appearance(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, "system")


def test_a_warning_note_reads_on_the_window(qapp: QApplication, qtbot, appearance: str) -> None:
    label = QLabel("The backup folder is on the same disk as the vault.")
    label.setObjectName("warningNote")
    qtbot.addWidget(label)
    label.ensurePolished()
    words = label.palette().color(QPalette.ColorRole.WindowText)
    ground = label.palette().color(QPalette.ColorRole.Window)
    assert contrast(words, ground) >= LEAST, (appearance, words.name(), ground.name())
    calm = QLabel("calm")
    calm.setObjectName("calmNote")
    qtbot.addWidget(calm)
    calm.ensurePolished()
    assert words != calm.palette().color(QPalette.ColorRole.WindowText)
