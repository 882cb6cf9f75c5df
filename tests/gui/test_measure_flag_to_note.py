"""From a flagged measure to the safety plan: the flagged measure's window opens the session's
note (or starts one for today when no session is linked) with the risk screening ticked, in
view and the keyboard in it; the Measures tab stops asking for the safety plan once that note is
signed with one. Found on a keyboard-only walk of the real app: the window offered only the
confidentiality decision (its docstring promised the note), the note had to be found by hand,
and the tab went on asking after the plan was signed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import notes, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

RISKY = [1, 1, 2, 0, 1, 1, 0, 0, 1]  # item 9 above zero


def _flagged(app: AppController, qtbot, session_id: str | None) -> MeasureDialog:  # type: ignore[no-untyped-def]
    tab = app.main_window.chart.measures  # type: ignore[union-attr]
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    if session_id is not None:
        dialog.session_box.setCurrentIndex(dialog.session_box.findData(session_id))
    dialog.set_answers(RISKY)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.result_ is not None and dialog.result_.flag is not None
    return dialog


def _editor(qtbot) -> NoteEditor:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(isinstance(w, NoteEditor) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    (editor,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor) and w.isVisible()]
    wait_ops(qtbot)
    return editor


def _risk_shown(editor: NoteEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ideation, timeout=10_000)
    assert editor.risk_box.isChecked()
    assert editor.ideation.isEnabled()
    viewport = editor.body_scroll.viewport()

    def shown() -> bool:
        return viewport.rect().contains(editor.ideation.mapTo(viewport, editor.ideation.rect().center()))

    # The scroll into view follows the focus once the editor's layout has settled: waited for, not
    # assumed (ci55, one core busy, looked before it: QPoint(190, 609) outside a 570-high viewport).
    qtbot.waitUntil(shown, timeout=10_000)


def test_the_flag_opens_the_sessions_note_at_its_risk_screening(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    _tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    dialog = _flagged(unlocked_app, qtbot, session.session_id)
    note_id = dialog.result_.flag.note_id  # type: ignore[union-attr]
    assert note_id is not None  # the service started the session's note with the flag's line
    assert dialog.note_button.isVisible()
    assert dialog.note_button.text().replace("&", "") == "Open the session's note"
    dialog.note_button.click()
    editor = _editor(qtbot)
    assert editor.note_id == note_id
    assert not dialog.isVisible()
    _risk_shown(editor, qtbot)
    # Ticked alone, it records nothing: the screening is the therapist's finding.
    editor.flush()
    wait_ops(qtbot)
    assert notes.get_note(vault, note_id).risk is None
    editor.close()
    wait_ops(qtbot)


def test_without_a_session_the_flag_starts_a_note_for_today(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    _tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    dialog = _flagged(unlocked_app, qtbot, None)
    assert dialog.result_.flag.note_id is None  # type: ignore[union-attr]
    assert dialog.note_button.text().replace("&", "") == "Start a note for today"
    dialog.note_button.click()
    editor = _editor(qtbot)
    assert editor.note_id is None
    _risk_shown(editor, qtbot)
    editor.flush()
    wait_ops(qtbot)
    assert notes.list_notes(vault, cid) == []  # nothing written yet: no empty draft, no session
    editor.close()
    wait_ops(qtbot)


def test_the_tab_says_the_plan_is_documented_once_the_note_is_signed_with_one(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    tab, cid = _open_tab(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    dialog = _flagged(unlocked_app, qtbot, session.session_id)
    note_id = dialog.result_.flag.note_id  # type: ignore[union-attr]
    assert note_id is not None
    dialog.accept()
    wait_ops(qtbot)
    assert "Check the risk assessment and safety plan" in tab.risk_note.text()
    # Signed with a screening but no safety plan: still asked.
    _sign(unlocked_app, qtbot, note_id, {"ideation": "passive", "level": "low", "safety_plan": ""})
    assert "Check the risk assessment and safety plan" in tab.risk_note.text()

    second = sessions.add_session(vault, cid, date="2026-03-09", duration_minutes=50)
    dialog = _flagged(unlocked_app, qtbot, second.session_id)
    later = dialog.result_.flag.note_id  # type: ignore[union-attr]
    assert later is not None
    dialog.accept()
    wait_ops(qtbot)
    _sign(unlocked_app, qtbot, later, {"ideation": "passive", "level": "moderate",
                                       "safety_plan": "Call the crisis line; remove the pills."})
    said = tab.risk_note.text()
    assert "Check the risk assessment" not in said, said
    assert "documented" in said and show_date(date(2026, 3, 9)) in said, said


def _sign(app: AppController, qtbot, note_id: str, risk: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    """The note's screening saved and the note signed as the editor does: on the worker, its
    change notice broadcast to every screen."""
    def job(v: Vault) -> None:
        notes.update_note(v, note_id, risk=risk)
        notes.sign_note(v, note_id)

    app.op(None, job).run()
    wait_ops(qtbot)
