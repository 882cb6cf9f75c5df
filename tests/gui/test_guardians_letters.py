"""The Guardians window's field labels each have an Alt letter, in English and in Spanish, none
a button's or another label's (found walking the real app by keyboard: its buttons had letters,
its nine fields none; Name, Phone, the dates were reached only by Tab after Tab). Real vault,
real widgets, the real es.ts; the letters are read from the window as built, and Alt and a
label's letter is pressed to see the keyboard land in its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_day_walk_keyboard import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.guardians_dialog import GuardiansDialog
from vault_app.gui.widgets import form_letters, mnemonic_of
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot: object) -> GuardiansDialog:
    vault = app.vault
    assert vault is not None
    client_id = add_client(app, qtbot, "Gwen Guardianed")
    dialog = GuardiansDialog(app, clients.read_chart(vault, client_id))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    return dialog


def test_every_field_label_has_a_letter_of_its_own(unlocked_app: AppController, qtbot,
                                                   language: str) -> None:  # noqa: F811
    dialog = _dialog(unlocked_app, qtbot)
    found = form_letters(dialog)
    labels = {lab.text(): letter for lab, letter in found if isinstance(lab, QLabel)}
    # Name, Relationship, Authority, Records despite the limit, Which order or law, In force from, until, Order,
    # Phone, Address, Notes.
    assert len(labels) == 11, labels
    assert all(labels.values()), labels
    letters = [letter for _w, letter in found if letter]
    assert all(letter for _w, letter in found), [(w.text(), letter) for w, letter in found]
    assert len(set(letters)) == len(letters), sorted((letter, w.text()) for w, letter in found)
    spanish = any("Teléfono" in text.replace("&", "") for text in labels)
    assert spanish == (language == "es"), labels
    dialog.reject()


def test_alt_and_a_label_s_letter_lands_in_its_field(unlocked_app: AppController, qtbot,
                                                     language: str) -> None:  # noqa: F811
    dialog = _dialog(unlocked_app, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    fields = [dialog.phone, dialog.notes, dialog.valid_from, dialog.valid_until, dialog.relationship]
    for field in fields:
        label = next(lab for lab in dialog.findChildren(QLabel) if lab.buddy() is field)
        letter = mnemonic_of(label.text())
        assert letter, label.text()
        key = QKeySequence(letter.upper())[0].key()
        qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda f=field: f.hasFocus() or f.isAncestorOf(dialog.focusWidget()), timeout=5_000)
    dialog.reject()
