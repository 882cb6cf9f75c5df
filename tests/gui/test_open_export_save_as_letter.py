"""The complete open export's "Save as:" field reached by its Alt letter, in English and Spanish.
A walker pressed Alt+V for it: nothing happened, and the path she typed went into the password's
"Again" field (the label had no buddy, so no letter). With a court order's basis the window has
more labels than letters: Save as then takes a letter only when one is left free, the basis's
own fields keeping theirs (tests/gui/test_basis_windows_letters.py). Real vault, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.domain.disclosure_basis import SPECS
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import form_letters, mnemonic_of

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _save_as_label(dialog: QWidget, path: QWidget) -> QLabel:
    found = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is path]
    assert len(found) == 1, [lab.text() for lab in found]
    return found[0]


def _alt(dialog: QWidget, letter: str, qtbot) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    key = QKeySequence(letter.upper())[0].key()
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)


def test_save_as_has_its_alt_letter(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    from vault_app.gui.open_export_dialog import OpenExportDialog
    from vault_app.services import clients

    unlock(locked_app, qtbot)
    assert locked_app.vault is not None
    client_id = clients.create_client(locked_app.vault, "Pat Save", date_of_birth="1980-02-03").client_id
    dialog = OpenExportDialog(locked_app, client_id, parent=locked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    label = _save_as_label(dialog, dialog.path)
    # As the window opens (the basis it offers first): a letter, and Alt with it goes to the field,
    # where what is typed goes, not into the password's "Again".
    letter = mnemonic_of(label.text())
    assert letter, label.text()
    dialog.confirm.setFocus()
    _alt(dialog, letter, qtbot)
    qtbot.waitUntil(dialog.path.hasFocus)
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, "/tmp/x.pdf")
    assert dialog.path.text() == "/tmp/x.pdf"
    assert dialog.confirm.text() == ""
    for kind in SPECS:
        dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData(kind))
        wait_ops(qtbot)
        letters = [ltr for w, ltr in form_letters(dialog) if w.isVisibleTo(dialog) and ltr]
        letter = mnemonic_of(label.text())
        if not letter:
            # Only for the bases with more labels than letters, when every letter of its words is
            # another's shown now.
            assert kind in ("court_order", "subpoena"), kind
            assert {c.casefold() for c in label.text() if c.isalpha()} <= set(letters), (kind, label.text())
            continue
        assert letters.count(letter) == 1, (kind, letter)
        dialog.recipient.setFocus()
        _alt(dialog, letter, qtbot)
        qtbot.waitUntil(dialog.path.hasFocus)
    dialog.close()
    dialog.deleteLater()
    wait_ops(qtbot)
