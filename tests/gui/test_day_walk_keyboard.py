"""A therapist's day walked by keyboard on the real app, in Spanish at 1366x768 and in English at
1280x720 (Xvfb, sixteenth walk). Found there:

- the PHQ-9 form opened 760 pixels high: at 1280x720 its Save and Cancel were below the screen's
  edge, at 1366x768 the frame's bottom was cut;
- the progress note's buttons (Sign and lock, Close, Copy text, Confidentiality decision…,
  Discard draft…) and the guardians window's (New guardian, Remove…, Save guardian) had no
  underlined letter: only Tab after Tab, past every field, or the mouse reached them.

Real vault, real widgets, the real es.ts; the letters are read from the windows as built."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.screen_fit import inner_room, room_of
from vault_app.gui.widgets import mnemonic_of
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield str(request.param)
    i18n.install("en")


def _letters(window: QWidget) -> list[tuple[str, str]]:
    """(text, letter) of each button the keyboard reaches and each label that takes it to a
    field; "" when it has none."""
    found = [(b.text(), mnemonic_of(b.text())) for b in window.findChildren(QAbstractButton)
             if b.text() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    found += [(lab.text(), mnemonic_of(lab.text())) for lab in window.findChildren(QLabel)
              if lab.buddy() is not None and "&" in lab.text()]
    return found


def _each_has_its_own_letter(window: QWidget, buttons: list[QPushButton]) -> None:
    for button in buttons:
        assert mnemonic_of(button.text()), f"no underlined letter: {button.text()!r}"
    letters = [letter for _text, letter in _letters(window) if letter]
    assert len(set(letters)) == len(letters), _letters(window)


def _row_of(window: QWidget) -> list[QPushButton]:
    """The window's own buttons: those laid out on it, not inside a form or a button box."""
    return [b for b in window.findChildren(QPushButton)
            if b.parentWidget() is window and b.text() and b.isVisibleTo(window)]


def test_the_measure_form_opens_inside_the_screen(unlocked_app: AppController, qtbot, language: str) -> None:
    """The offscreen screen is 800 pixels high: the form's 760 and a title bar did not fit it,
    as they did not fit a 1280x720 laptop. Its items scroll; Save stays on the screen."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Morgan Measureperson")
    tab = window.chart.measures
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    dialog = tab.enter_measure()
    wait_ops(qtbot)
    qtbot.waitExposed(dialog)
    room = inner_room(room_of(dialog))
    assert room.contains(dialog.geometry()), (room, dialog.geometry())
    save = dialog.save_button
    assert save.isVisible()
    corner = save.mapTo(dialog, save.rect().bottomRight())
    assert dialog.rect().contains(corner), (corner, dialog.rect())
    dialog.reject()


def test_the_progress_note_buttons_each_have_a_letter(unlocked_app: AppController, qtbot, language: str) -> None:
    from vault_app.gui.note_editor import NoteEditor

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Nora Notewriter")
    window.chart.new_note()
    wait_ops(qtbot)
    editor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible())
    row = _row_of(editor)
    assert len(row) == 7, [b.text() for b in row]  # from Start from last note to Close
    _each_has_its_own_letter(editor, row)
    sign = editor.sign_button.text().replace("&", "")
    assert sign == ("Firmar y sellar" if language == "es" else "Sign and lock"), sign
    editor.close()
    wait_ops(qtbot)


def test_the_guardians_window_buttons_each_have_a_letter(unlocked_app: AppController, qtbot,
                                                         language: str) -> None:
    from vault_app.gui.guardians_dialog import GuardiansDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Gwen Guardianed")
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    row = _row_of(dialog)
    assert len(row) == 3, [b.text() for b in row]  # New guardian, Remove…, Save guardian
    _each_has_its_own_letter(dialog, row)
    assert ("Guardar" in dialog.save_button.text()) == (language == "es"), dialog.save_button.text()
    dialog.reject()


def test_a_new_client_is_in_the_list_a_search_had_narrowed(unlocked_app: AppController, qtbot) -> None:
    """Found on the walk: with "Juniper" typed in the list's search, New client made Lucía's chart
    and opened it, and the list went on showing Juniper alone: the chart on screen had no row,
    and the arrows and Enter could not reach it. The search is cleared for the new chart."""
    window = unlocked_app.main_window
    assert window is not None
    first = add_client(unlocked_app, qtbot, "Juniper Listed")
    listing = window.client_list
    listing.search.setText("Juniper")
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1, timeout=10_000)
    qtbot.wait(400)  # the search's debounce has run; the list shows Juniper alone
    wait_ops(qtbot)
    new = add_client(unlocked_app, qtbot, "Lucia Newcomer")
    assert new != first and window.chart.client_id == new

    def rows() -> list[str]:
        return [str(listing.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
                for i in range(listing.tree.topLevelItemCount())]

    qtbot.waitUntil(lambda: new in rows(), timeout=10_000)
    assert listing.search.text() == ""
    assert set(rows()) == {first, new}
    # and the chart's row is the one highlighted
    qtbot.waitUntil(lambda: listing.tree.currentItem() is not None
                    and listing.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == new, timeout=10_000)
    chosen = listing.tree.currentItem()
    assert chosen is not None and chosen.isSelected()
