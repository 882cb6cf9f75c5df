"""F10 (the wizard's part), found in the real app: a CSV the import cannot read was said only once
the Location field was left (other path fields check as typed); "Location:" had no Alt letter;
and Alt+I did nothing on the review page (its Import button's letter is M: the I's underline
does not show), though the button reads "Import"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of


def test_location_checked_as_typed_with_its_letter(unlocked_app: AppController, qtbot: object,
                                                   tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\xfe\xffjunk")
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("csv"))
    wait_ops(qtbot)
    location = next(lab for lab in page.findChildren(QLabel) if lab.buddy() is page.path)
    assert mnemonic_of(location.text())  # an Alt letter, taken to the field
    left: list[bool] = []
    page.path.editingFinished.connect(lambda: left.append(True))
    QTest.keyClicks(page.path, str(junk))  # typed, the field never left
    qtbot.waitUntil(lambda: "cannot be read" in page.csv_error.text(), timeout=20_000)  # type: ignore[attr-defined]
    assert left == []
    assert "cp1252" in page.csv_error.text()
    wizard.reject()


def test_alt_i_imports_from_the_review(unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Client ID,First Name,Last Name\n5001,Orla,Farrowby\n", encoding="utf-8")
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("csv"))
    page.path.setText(str(path))
    page.read_columns()
    wait_ops(qtbot)
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert wizard.currentPage() is wizard.review_page
    QTest.keyClick(wizard.review_page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)  # type: ignore[attr-defined]
    assert wizard.report is not None and wizard.report.charts_created == 1
    wizard.accept()
