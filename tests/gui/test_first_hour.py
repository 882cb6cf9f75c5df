"""A new therapist's first hour in the real app (round H13): what the first-run wizard, the
Emergency Kit and Settings said, or failed to say, to a careful clinician on a fresh machine."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_backup_page, walk_to_kit_page
from tests.gui.test_change_notices import window_of
from tests.gui.yes_no_answered import answering
from vault_app.gui import create_wizard
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_choices import PassphrasePage
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.storage.files import classify_os_error

pytestmark = pytest.mark.gui


def test_a_passphrase_ending_in_a_space_says_why_next_stays_off(qtbot) -> None:
    """Found: both fields ended in a space, the page said "Excellent." and "The passphrases
    match.", and Next stayed greyed with no word of why."""
    page = PassphrasePage()
    qtbot.addWidget(page)
    page.first.setText(PASSPHRASE + " ")
    page.second.setText(PASSPHRASE + " ")
    assert not page.isComplete()
    said = page.match.text()
    assert "space" in said and "match." not in said
    page.first.setText(" " + PASSPHRASE)
    page.second.setText(" " + PASSPHRASE)
    assert "space" in page.match.text()
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE)
    assert page.isComplete() and page.match.text() == "The passphrases match."


def test_a_confirmation_differing_only_by_a_space_says_so(qtbot) -> None:
    """The space cannot be seen among the dots: "do not match yet" sent the therapist retyping
    the same words."""
    page = PassphrasePage()
    qtbot.addWidget(page)
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE + " ")
    assert not page.isComplete()
    assert "space" in page.match.text()


def test_enter_after_typing_a_folder_shows_what_to_know_before_going_on(fresh_app: AppController, qtbot,
                                                                       tmp_path: Path) -> None:
    """Found: a folder on the vault's own disk, typed and Enter: the warning that a disk failure
    takes both flashed and the wizard went on to Create, unread. It stays until Next again."""
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    walk_to_backup_page(wizard, qtbot)
    page = wizard.backup_page
    page.target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.target)
    folder = tmp_path / "same disk" / "Copias de seguridad café"
    page.target.setText(str(folder))
    qtbot.keyClick(page.target, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.wait(50)
    wait_ops(qtbot)
    assert wizard.currentPage() is page, "the warning was not left to be read"
    assert "same disk" in page.notes.text()
    qtbot.keyClick(page.target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.create_page, timeout=10_000)
    assert str(folder) in wizard.create_page.summary.text()


def test_a_kit_that_cannot_be_saved_there_is_said_on_the_page(fresh_app: AppController, qtbot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Found: a kit saved into a folder the therapist cannot write to said, in a dialog, "Check
    that the vault folder is writable by you": the vault folder was fine, the kit's was not."""
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)
    page = wizard.kit_page
    key_shown = page.key_label.text()
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("a file, not a folder")
    page.save_to(in_the_way / "Emergency Kit.pdf")
    wait_ops(qtbot)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    said = page.problem.text()
    assert "not saved" in said and str(tmp_path) in said and "vault folder" not in said
    assert page.key_label.text() == key_shown
    assert in_the_way.read_text() == "a file, not a folder"

    # What the save says for a folder it may not write to (classify_os_error's own answer).
    denied = classify_os_error(PermissionError(errno.EACCES, "Permission denied"), "saving the Emergency Kit")
    assert page._not_saved(tmp_path / "locked" / "Emergency Kit.pdf", denied)
    said = page.problem.text()
    assert "vault folder" not in said and str(tmp_path / "locked") in said and "another folder" in said

    page.save_to(tmp_path / "Copias de seguridad" / "Año 2026" / "Kit")
    wait_ops(qtbot)
    assert "not saved" in page.problem.text()  # its folder must exist already
    (tmp_path / "Copias de seguridad" / "Año 2026").mkdir(parents=True)
    page.save_to(tmp_path / "Copias de seguridad" / "Año 2026" / "Kit")
    wait_ops(qtbot)
    assert (tmp_path / "Copias de seguridad" / "Año 2026" / "Kit.pdf").read_bytes().startswith(b"%PDF")
    assert page.saved_label.text().startswith("Saved to") and page.problem.text().strip() == ""
    assert wizard.currentPage() is page
    # Left here, the fixture's close asked "Leave without your Emergency Kit?" in a modal box that
    # nobody answered, and the next test in the process waited for ever: leave as the kit tests do.
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)


def _wheel(widget, down: bool = True) -> None:
    centre = widget.rect().center()
    event = QWheelEvent(QPointF(centre), QPointF(widget.mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_scrolling_settings_past_a_choice_does_not_change_it(unlocked_app: AppController, qtbot) -> None:
    """Found: the mouse wheel, scrolling About you and the practice down, passed over the
    retention policy and turned it from the APA guideline to a California preset (and the
    years with it), unseen; Save would have kept it."""
    dialog = window_of(unlocked_app).open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    dialog.pages.setCurrentIndex(1)
    choices = dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox)
    assert dialog.retention.preset in choices and dialog.locale_box in choices and dialog.lock_minutes in choices
    before = {id(w): (w.currentIndex() if isinstance(w, QComboBox) else w.text()) for w in choices}
    for widget in choices:
        if widget.hasFocus():
            continue
        _wheel(widget)
        _wheel(widget)
        now = widget.currentIndex() if isinstance(widget, QComboBox) else widget.text()
        assert now == before[id(widget)], f"{widget.accessibleName()} changed under the wheel"
    # Once chosen (clicked or tabbed to), the wheel still turns it, as everywhere else.
    preset = dialog.retention.preset
    preset.setFocus()
    qtbot.waitUntil(preset.hasFocus)
    index = preset.currentIndex()
    _wheel(preset)
    assert preset.currentIndex() != index
    dialog.reject()
