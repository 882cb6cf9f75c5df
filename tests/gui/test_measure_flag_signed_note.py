"""A flagged measure of a session whose progress note is already signed: the next steps say an
addendum (in English and in Spanish), and the window's note button opens the note at a new
addendum, its text taking the keyboard. Found on the real app: the steps said "record it in the
progress note's risk assessment" and "the note cannot be signed with...", and "Open the
session's note" landed on the signed note's greyed-out risk fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_measure_flag_to_note import RISKY, _editor, _flagged
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui import i18n
from vault_app.gui.amend_dialog import AmendDialog
from vault_app.gui.controller import AppController
from vault_app.services import notes, sessions

pytestmark = pytest.mark.gui

assert RISKY[8] > 0


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    try:
        yield request.param
    finally:
        assert i18n.install("en") == "en"


WORDS = {  # the button, a word of the addendum step, words no step may say
    "en": ("Add an addendum to the session's note", "addendum", ("cannot be signed", "progress note's risk")),
    "es": ("Añadir una adenda a la nota de la sesión", "adenda", ("no se puede firmar", "Assess")),
}


def test_a_signed_notes_flag_leads_to_an_addendum(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                   language: str) -> None:
    _tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    note = notes.create_progress_note(vault, cid, text="Session content.", template="free",
                                      session_id=session.session_id)
    notes.sign_note(vault, note.note_id)
    dialog = _flagged(unlocked_app, qtbot, session.session_id)
    assert dialog.result_ is not None and dialog.result_.flag is not None
    assert dialog.result_.flag.note_outcome == "note_signed"
    button, addendum, never = WORDS[language]
    after = dialog.after_text.text()
    assert addendum in after.split("\n\n", 1)[1], after  # among the steps, not only the outcome line
    assert not any(word in after for word in never), after
    assert dialog.note_button.text().replace("&", "") == button
    dialog.note_button.click()
    editor = _editor(qtbot)
    assert editor.note_id == note.note_id and editor.signed

    def amend_dialog() -> AmendDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, AmendDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: amend_dialog() is not None, timeout=10_000)
    amend = amend_dialog()
    assert amend is not None and amend.note_id == note.note_id
    assert amend.change.currentData() == "addendum"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is amend.text, timeout=10_000)
    assert not editor.risk_box.isChecked()  # the signed note's screening was not ticked
    amend.reject()
    editor.close()
    wait_ops(qtbot)
