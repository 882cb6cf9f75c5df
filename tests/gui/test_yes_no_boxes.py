"""The app's Yes/No questions (gui/confirm.ask_yes_no) answer Alt and Yes's letter, a click, or
Enter on the button chosen, never a letter typed alone, and No is Enter's and Escape's answer.
Found in the real app: Qt's static QMessageBox.question clicked Yes on a bare "y" and had Yes
under Enter, so words typed just as "Save an unencrypted copy?" or "Replace this vault?" opened
could answer it. Real boxes, real key events, a real restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_restore import _backed_up_then_changed, _restore_dialog
from vault_app.gui import attachments_tab
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def _shown_box() -> QMessageBox | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return shown[0] if shown else None


def _when_asked(qtbot: Any, typed: str, answer: str) -> dict[str, Any]:
    """Once the question shows (inside the loop it is waited on in): `typed` typed into it, then
    `answer` ("escape", "enter" or "alt-yes") if it is still open. What was seen is returned;
    the test sets "stop" once the question's caller has gone on."""
    seen: dict[str, Any] = {}

    def act() -> None:
        if seen.get("stop"):
            return
        box = _shown_box()
        if box is None or not box.isActiveWindow():
            # Typed into once it has the keyboard, as a therapist's keys reach it: Alt and a
            # letter is a shortcut of the active window (a box just shown may not be yet).
            if box is not None:
                box.activateWindow()
            QTimer.singleShot(20, act)
            return
        seen["title"] = box.windowTitle()
        yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole)
        seen["yes"] = yes.text()
        if typed:
            qtbot.keyClicks(box, typed)
            qtbot.wait(400)  # Qt's bare-letter answer is an animated click, 100 ms after the key
        seen["open after typing"] = box.isVisible()
        if not box.isVisible():
            return
        if answer == "escape":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        elif answer == "enter":
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(box, mnemonic_of(yes.text()), Qt.KeyboardModifier.AltModifier)

    QTimer.singleShot(0, act)
    return seen


def _asked(qtbot: Any, ask: Callable[[], None], typed: str, answer: str) -> dict[str, Any]:
    seen = _when_asked(qtbot, typed, answer)
    ask()
    # The question is opened, not waited on (gui/confirm.py): its answer comes once it is gone.
    qtbot.waitUntil(lambda: "title" in seen and _shown_box() is None, timeout=60_000)
    seen["stop"] = True
    return seen


@pytest.fixture
def copy_offered(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[Callable[[], None], list[str]]:
    """A chart with a scan attached, and Save a copy… on it: the save-file dialog it opens
    after a Yes is recorded (and left unanswered: nothing is written)."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Cleo Copies")
    tab = window.chart.attachments
    window.chart.tabs.setCurrentWidget(tab)
    scan = tmp_path / "consent.pdf"
    scan.write_bytes(b"%PDF-1.4\n% consent\n")
    tab.attach(scan, "consent")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    chosen = str(tab.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
    offered: list[str] = []
    monkeypatch.setattr(attachments_tab.file_dialogs, "save_file", lambda *a: offered.append(str(a[2])) or "")
    return (lambda: tab.save_copy_of(chosen, "consent.pdf")), offered


@pytest.mark.parametrize("typed", ["y", "yes I will save it", "Y"])
def test_a_letter_typed_into_the_copy_question_answers_nothing(copy_offered: Any, qtbot: Any, typed: str) -> None:
    save_copy, offered = copy_offered
    seen = _asked(qtbot, save_copy, typed, "escape")
    assert seen["title"] == "Save an unencrypted copy?"
    assert seen["open after typing"], f"{typed!r} typed alone answered the question"
    assert offered == []  # Escape said No


def test_enter_on_the_copy_question_says_no_and_alt_yes_says_yes(copy_offered: Any, qtbot: Any) -> None:
    save_copy, offered = copy_offered
    seen = _asked(qtbot, save_copy, "", "enter")
    assert seen["yes"] == "&Yes"
    assert offered == []  # Enter, a reflex, is the safe answer
    _asked(qtbot, save_copy, "", "alt-yes")
    assert len(offered) == 1 and offered[0].endswith("consent.pdf")


def test_the_replace_question_answers_alt_yes_only(unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.replace.setChecked(True)

    def restore() -> None:  # asked once the worker read what the vault holds newer than the backup
        dialog.restore()
        wait_ops(qtbot, timeout=60_000)

    seen = _asked(qtbot, restore, "yes", "escape")
    assert seen["title"] == "Replace this vault?"
    assert seen["open after typing"], "a typed 'y' replaced the vault"
    wait_ops(qtbot)
    assert unlocked_app.vault is not None  # Escape said No: nothing restored, nothing locked
    _asked(qtbot, restore, "", "alt-yes")
    wait_ops(qtbot, timeout=60_000)
    assert unlocked_app.vault is None  # replaced by the backup, then locked
