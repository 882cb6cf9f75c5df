"""The unlock window and the appointment form: each button a keyboard user reaches has an
underlined letter, and no two of a window's letters are the same, in English and in Spanish.
Found in the real app: "Recover with Emergency Kit…" and the appointment form's Save had none
(Tab after Tab, or the mouse). The letters are read from the real windows, as built."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_agenda import _select
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of
from vault_app.services import appointments

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The app started in this language, as VAULT_APP_LANGUAGE gives it (requested before the
    app's fixture: the launcher installs the language the environment names)."""
    from vault_app.gui import i18n

    monkeypatch.setenv("VAULT_APP_LANGUAGE", request.param)
    yield str(request.param)
    i18n.install("en")


def _letters(window: QWidget) -> list[tuple[str, str]]:
    """(text, letter) of each button the keyboard reaches and each label that takes it to a
    field, hidden ones too (the quick-unlock row shares the window); "" when it has none. A
    password's Show is kept out of keyboard reach on purpose (gui/passphrase.py)."""
    found = [(b.text(), mnemonic_of(b.text())) for b in window.findChildren(QAbstractButton)
             if b.text() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    found += [(lab.text(), mnemonic_of(lab.text())) for lab in window.findChildren(QLabel)
              if lab.buddy() is not None and "&" in lab.text()]
    return found


def _no_clash(window: QWidget, wanted: list[QAbstractButton]) -> None:
    found = _letters(window)
    for button in wanted:
        assert mnemonic_of(button.text()), f"no underlined letter: {button.text()!r}"
    letters = [letter for _text, letter in found if letter]
    assert len(set(letters)) == len(letters), found


def test_the_unlock_window_recover_has_a_letter_of_its_own(language: str, locked_app: AppController) -> None:
    window = locked_app.unlock_window
    assert window is not None
    text = window.recover_button.text()
    assert ("Recuperar" in text) == (language == "es"), text
    _no_clash(window, [window.recover_button, window.restore_button, window.unlock_button,
                       window.pin_row.unlock_button, window.pin_row.passphrase_button])
    # Show is out of Tab's reach (gui/passphrase.py) but Alt reaches it, on a letter of its own.
    show = mnemonic_of(window.passphrase.toggle.text())
    assert show and show not in {letter for _text, letter in _letters(window)}, window.passphrase.toggle.text()


def test_the_new_appointment_form_save_has_a_letter_of_its_own(language: str, locked_app: AppController,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    unlock(locked_app, qtbot)
    add_client(locked_app, qtbot, name="Sol Lettersworth")
    agenda = _open_agenda(locked_app, qtbot)
    qtbot.keyClick(agenda.table, Qt.Key.Key_N)
    dialog = agenda.dialog
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    assert (dialog.windowTitle() == "Nueva cita") == (language == "es"), dialog.windowTitle()
    _no_clash(dialog, [dialog.save_button])
    dialog.reject()
    wait_ops(qtbot)


def test_the_move_appointment_form_save_has_a_letter_of_its_own(language: str, locked_app: AppController,
                                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    unlock(locked_app, qtbot)
    client_id = add_client(locked_app, qtbot, name="Tomas Moveletter")
    vault = locked_app.vault
    assert vault is not None
    day = date.today() + timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="11:00")
    agenda = _open_agenda(locked_app, qtbot)
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    dialog = agenda.move_appointment()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    _no_clash(dialog, [dialog.save_button])
    dialog.reject()
    wait_ops(qtbot)


def test_the_agenda_buttons_have_letters_of_their_own(language: str, locked_app: AppController,
                                                      qtbot) -> None:  # type: ignore[no-untyped-def]
    """Walk M: New appointment…, Attended, Other status…, Move…, Account… and Fees… had no Alt
    letter. Each of the agenda's buttons has one, none shared with another of them, the menu
    bar's or the client list's beside it."""
    from PySide6.QtWidgets import QPushButton

    unlock(locked_app, qtbot)
    agenda = _open_agenda(locked_app, qtbot)
    window = locked_app.main_window
    assert window is not None
    buttons = [b for b in agenda.findChildren(QPushButton) if b.text() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert agenda.new_button in buttons and agenda.fees_button in buttons
    letters = [mnemonic_of(b.text()) for b in buttons]
    assert all(letters), [b.text() for b in buttons]
    beside = {mnemonic_of(a.text()) for a in window.menuBar().actions()} | {
        mnemonic_of(b.text()) for b in window.client_list.findChildren(QPushButton)}
    assert len(set(letters)) == len(letters) and not set(letters) & beside, ([b.text() for b in buttons], beside)
