"""A lock (idle, Lock now, the screen's lock, a restore) that comes while one of the app's Yes/No
questions (gui/confirm.ask_yes_no) is up. Found in real widgets: the question was waited on in a
nested event loop, so the lock ran inside its caller, half-way through it; and the new Emergency
Kit's window asked its question from reject(), which the lock calls, so the lock itself waited
on the answer with the vault open, the question over the emptied main window. Now each question
is opened and not waited on; the lock closes it as No, and nothing it asked before is done.
Real boxes, a real vault, a real lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_restore import _backed_up_then_changed, _restore_dialog
from tests.gui.test_retention_settings import _settings
from tests.gui.test_yes_no_boxes import copy_offered  # noqa: F401 (a fixture)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _questions() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "yesNoBox" and w.isVisible()]


def _asked_then_locked(app: AppController, qtbot: Any, ask: Callable[[], None]) -> dict[str, Any]:
    """`ask` opens a question; the lock comes while it is up. What was seen then is returned."""
    seen: dict[str, Any] = {"returned": False}

    def while_locking() -> None:  # a question the lock waits on: seen, then answered No
        if "asked after lock" not in seen:
            seen.setdefault("asked while locking", []).extend(q.windowTitle() for q in _questions())
            for waited_on in _questions():
                waited_on.reject()
            QTimer.singleShot(200, while_locking)

    def during() -> None:
        seen["asked"] = [q.windowTitle() for q in _questions()]
        seen["caller done before the lock"] = seen["returned"]
        QTimer.singleShot(200, while_locking)
        app.lock("Locked.", quick=True)
        seen["vault after lock"] = app.vault
        seen["asked after lock"] = [q.windowTitle() for q in _questions()]
        for left in _questions():  # a question left up: answered, so a nested loop ends
            left.reject()

    QTimer.singleShot(0, during)
    ask()
    seen["returned"] = True
    qtbot.waitUntil(lambda: "asked after lock" in seen)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible())
    seen["asked at the unlock window"] = [q.windowTitle() for q in _questions()]
    return seen


def _closed_as_no(seen: dict[str, Any], title: str) -> None:
    assert seen["asked"] == [title]
    assert seen["caller done before the lock"], "the lock ran inside the question's nested event loop"
    assert seen["vault after lock"] is None
    assert seen["asked after lock"] == [] and seen["asked at the unlock window"] == []


def test_a_lock_closes_the_session_removal_question(unlocked_app: AppController, qtbot: Any) -> None:
    from vault_app.gui.session_dialog import SessionDialog
    from vault_app.services import clients, sessions

    vault = unlocked_app.vault
    assert vault is not None and unlocked_app.main_window is not None
    client = clients.create_client(vault, "Sam Session", date_of_birth="1980-02-03")
    session = sessions.add_session(vault, client.client_id, date=date(2026, 11, 2), duration_minutes=50)
    dialog = SessionDialog(unlocked_app, session, parent=unlocked_app.main_window)
    dialog.open()
    removed: list[str] = []
    dialog.remove_confirmed = lambda: removed.append("removed")  # type: ignore[method-assign]
    seen = _asked_then_locked(unlocked_app, qtbot, dialog.remove)
    _closed_as_no(seen, "Remove this session?")
    assert removed == []


def test_a_lock_closes_the_guardian_removal_question(unlocked_app: AppController, qtbot: Any) -> None:
    from vault_app.gui.guardians_dialog import GuardiansDialog
    from vault_app.services import clients

    vault = unlocked_app.vault
    assert vault is not None and unlocked_app.main_window is not None
    client = clients.create_client(vault, "Gwen Guardianed", date_of_birth="2014-02-03")
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client.client_id),
                             parent=unlocked_app.main_window)
    dialog.open()
    dialog.editing = "a guardian on file"
    removed: list[str] = []
    dialog.remove_confirmed = lambda: removed.append("removed")  # type: ignore[method-assign]
    seen = _asked_then_locked(unlocked_app, qtbot, dialog.remove)
    _closed_as_no(seen, "Remove this guardian?")
    assert removed == []


def test_a_lock_closes_the_unencrypted_copy_question(unlocked_app: AppController, qtbot: Any,
                                                     copy_offered: Any) -> None:  # noqa: F811
    save_copy, offered = copy_offered
    seen = _asked_then_locked(unlocked_app, qtbot, save_copy)
    _closed_as_no(seen, "Save an unencrypted copy?")
    assert offered == []  # no save-file dialog over the unlock window


def test_a_lock_closes_the_state_preset_question(unlocked_app: AppController, qtbot: Any) -> None:
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.retention
    dialog.profile["license_number"].setText("012345")
    dialog.license_state.setCurrentIndex(dialog.license_state.findData("NY"))
    assert not box.apply_state.isHidden()
    seen = _asked_then_locked(unlocked_app, qtbot, box.apply_state.click)
    _closed_as_no(seen, "Switch to your state's preset")  # the preset not switched: the box went with its window


def test_a_lock_closes_the_replace_question(unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.replace.setChecked(True)
    gone: list[str] = []
    dialog._go = lambda *a: gone.append("restored")  # type: ignore[method-assign]
    from vault_app.services import restore_ask

    asked = restore_ask.Question(restore_ask.read(made), other=False, ahead=None)  # the worker's read, as the dialog's
    seen = _asked_then_locked(unlocked_app, qtbot, lambda: dialog._ask_then_go(made, PASSPHRASE, "", asked))
    _closed_as_no(seen, "Replace this vault?")
    assert gone == []


def test_a_lock_closes_the_new_kit_without_waiting_on_a_question(unlocked_app: AppController, qtbot: Any,
                                                                 tmp_path: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import NewKit

    window = unlocked_app.main_window
    kit = NewKit("Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA", "9963e034",
                 str(tmp_path / "vault"), "ab:cd:ef")
    dialog = EmergencyKitDialog(kit, window, controller=unlocked_app)
    dialog.open()
    seen = _asked_then_locked(unlocked_app, qtbot, lambda: None)
    # Before: the lock asked "Close without your new Emergency Kit?" and waited on the answer.
    assert seen.get("asked while locking", []) == [], "the lock waited on a question"
    assert seen["asked"] == [] and seen["asked after lock"] == [] and seen["asked at the unlock window"] == []
    assert seen["vault after lock"] is None


def test_escape_on_the_new_kit_still_asks_and_no_keeps_it(qtbot: Any, tmp_path: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import NewKit

    dialog = EmergencyKitDialog(NewKit("Y6J2-4EUO", "9963e034", str(tmp_path / "vault"), "ab:cd:ef"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    (question,) = _questions()
    assert question.windowTitle() == "Close without your new Emergency Kit?"
    qtbot.keyClick(question, Qt.Key.Key_Return)  # No, the default
    assert dialog.isVisible() and _questions() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    (question,) = _questions()
    yes = question.button(QMessageBox.StandardButton.Yes)
    question.activateWindow()
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, mnemonic_of(yes.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
