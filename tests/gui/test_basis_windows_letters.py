"""Alt letters on the basis form of the open-export window and of the window that records a
disclosure made outside the app, after the basis changes. Both windows gave letters once, at
opening: the evidence labels built for another basis (a court order's judge, court, case number)
and the "Use that basis" button had none, in English or Spanish, while the export wizard
letters its fields anew each time they are rebuilt. Real vault, real widgets, real Alt keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.domain.disclosure_basis import SPECS
from vault_app.gui.basis_form import BasisForm
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import form_letters, mnemonic_of

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _open_export(app: AppController, client_id: str) -> QWidget:
    from vault_app.gui.open_export_dialog import OpenExportDialog

    return OpenExportDialog(app, client_id, parent=app.main_window)


def _manual(app: AppController, client_id: str) -> QWidget:
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog

    return ManualDisclosureDialog(app, client_id, parent=app.main_window)


WINDOWS: dict[str, Callable[[AppController, str], QWidget]] = {"open export": _open_export,
                                                                 "manual disclosure": _manual}


def _shown_letters(dialog: QWidget) -> list[tuple[QWidget, str]]:
    return [(w, letter) for w, letter in form_letters(dialog) if w.isVisibleTo(dialog)]


def _text(widget: QWidget) -> str:
    assert isinstance(widget, QAbstractButton | QLabel)
    return widget.text()


@pytest.mark.parametrize("window", WINDOWS)
def test_every_basis_shows_its_fields_with_letters_of_their_own(
        language: str, locked_app: AppController, qtbot, window: str) -> None:  # noqa: F811
    from vault_app.services import clients

    unlock(locked_app, qtbot)
    assert locked_app.vault is not None
    client_id = clients.create_client(locked_app.vault, "Pat Letters", date_of_birth="1980-02-03",
                                      part2=True).client_id
    dialog = WINDOWS[window](locked_app, client_id)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    form: BasisForm = dialog.basis  # type: ignore[attr-defined]
    for kind in SPECS:
        form.basis.setCurrentIndex(form.basis.findData(kind))
        wait_ops(qtbot)
        found = _shown_letters(dialog)
        letters = [letter for _w, letter in found if letter]
        assert len(set(letters)) == len(letters), (kind, sorted((_text(w), ltr) for w, ltr in found))
        # One without a letter only where every letter of its words is another's.
        for widget, letter in found:
            text = _text(widget)
            assert letter or {c.casefold() for c in text if c.isalpha()} <= set(letters), (kind, text)
        for name, field in form.inputs.items():
            label = next((lab for lab in form.fields_host.findChildren(QLabel)
                          if lab.buddy() is field and lab.isVisibleTo(dialog)), None)
            if label is not None:
                assert mnemonic_of(label.text()), (kind, name, label.text())
    # The button that leads from "required by law" to the serious-threat basis has its letter,
    # and Alt with it goes there.
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    wait_ops(qtbot)
    go = form.fields_host.findChild(QPushButton, "go_serious_threat")
    assert go is not None and mnemonic_of(go.text()), go.text() if go is not None else None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    key = QKeySequence(mnemonic_of(go.text()).upper())[0].key()
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.kind() == "serious_threat", timeout=5_000)
    dialog.close()
    dialog.deleteLater()
    wait_ops(qtbot)
