"""The Backups window's field labels have Alt letters one sees, each its own, that take the
keyboard to their field, in English and in Spanish. Found on Xvfb: "Copiar en:" ("Back up to:"),
"Tipo:" and "Recordármelo después de:" had none, so Alt reached the buttons only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, mnemonic_of

pytestmark = pytest.mark.gui


def test_every_field_label_has_a_letter_of_its_own_that_reaches_its_field(
        language: str, locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = unlock(locked_app, qtbot)
    backups = window.open_backups()
    wait_ops(qtbot)
    qtbot.waitExposed(backups)
    form = backups.findChild(QFormLayout)
    assert form is not None
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
              if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    labels = [lab for lab in labels if isinstance(lab, QLabel) and lab.text()]
    assert [lab.text().replace("&", "") for lab in labels] == (
        ["Back up to:", "Kind:", "Remind me after:"] if language == "en"
        else ["Copiar en:", "Tipo:", "Recordármelo después de:"])
    buttons = [b.text() for b in backups.findChildren(QAbstractButton) if mnemonic_of(b.text())]
    letters = [mnemonic_of(lab.text()) for lab in labels] + [mnemonic_of(text) for text in buttons]
    assert all(letters) and len(set(letters)) == len(letters), (
        [lab.text() for lab in labels], buttons)
    assert not [lab.text() for lab in labels if mnemonic_of(lab.text()) in {c.casefold() for c in FAINT}]
    for label in labels:
        field = label.buddy()
        assert field is not None, label.text()
        backups.activateWindow()
        qtbot.waitUntil(backups.isActiveWindow)
        backups.findChild(QAbstractButton).setFocus()  # away from the field first
        qtbot.keyClick(backups, mnemonic_of(label.text()), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda f=field: f.hasFocus() or f.isAncestorOf(backups.focusWidget()))
    # Check the selected backup on its C, Qt's Close on a letter of its own: with Close on C, a
    # walker's Alt+C meant for Check closed the window (Alt+H, Check's letter then, was nobody's guess).
    close = [b.text() for b in backups.findChildren(QAbstractButton)
             if b.text().replace("&", "") in ("Close", "Cerrar")]
    check = [b.text() for b in backups.findChildren(QAbstractButton)
             if b.text().replace("&", "") in ("Check the selected backup", "Comprobar la copia elegida")]
    # (None in Spanish: each letter of "Cerrar" is another's; Escape closes.)
    assert len(close) == 1 and mnemonic_of(close[0]) != "c", close
    assert len(check) == 1 and mnemonic_of(check[0]) == "c", check
    backups.close()
    wait_ops(qtbot)
