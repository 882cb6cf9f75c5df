"""A progress note's session box follows the CPT time rule as "Correct session details…" does
(domain/cpt_on_length.py): a billed session's code never moves with its length (on an issued
superbill or statement, or marked billed, paid or denied), a code set by hand stays, and the note
window says so under the code in the session window's words. Found: a draft note whose session
was on an issued superbill, its Length taken from 53 to 45, showed 90834 and autosaved it: the
superbill already issued said 90837. Real vault, real superbill, real editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import billing, notes, sessions, superbill

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

DAY = "2026-11-02"


def _editor(app: AppController, qtbot, name: str, *, issued: Path | None = None,  # type: ignore[no-untyped-def]
            **session: object) -> tuple[NoteEditor, str]:
    vault, window = app.vault, app.main_window
    assert vault is not None and window is not None
    client_id = add_client(app, qtbot, name)
    s = sessions.add_session(vault, client_id, **({"date": DAY, "start_time": "10:00", "duration_minutes": 53,
                                                    "icd10_codes": ["F43.0"]} | session))
    if issued is not None:
        payable(vault)
        billing.set_scheduled_fee(vault, "90837", "150")
        superbill.issue(vault, client_id, first="2026-11-01", last="2026-11-20", out=issued, password=PASSWORD)
        assert billing.session_billing(vault, client_id)[s.session_id] == "billed_superbill"
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Seen.",
                                         session_id=s.session_id).note_id
    editor = window.chart.open_note(note_id)
    assert editor is not None
    wait_ops(qtbot)
    return editor, s.session_id


def _length(qtbot, editor: NoteEditor, minutes: int) -> None:  # type: ignore[no-untyped-def]
    field = editor.duration.lineEdit()
    field.selectAll()
    QTest.keyClicks(field, str(minutes))


def _saved(app: AppController, qtbot, editor: NoteEditor, session_id: str) -> sessions.Session:  # type: ignore[no-untyped-def]
    editor.flush()
    wait_ops(qtbot)
    assert app.vault is not None
    return sessions.get_session(app.vault, session_id)


def test_a_session_on_an_issued_superbill_keeps_its_code(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    editor, session_id = _editor(unlocked_app, qtbot, "Verity Lane", issued=tmp_path / "sb.pdf")
    assert editor.cpt.text() == "90837"
    _length(qtbot, editor, 45)
    assert editor.cpt.text() == "90837"
    said = editor.fields.cpt_note
    assert said.isVisible() and "billed" in said.text() and "90834" in said.text()
    saved = _saved(unlocked_app, qtbot, editor, session_id)
    assert (saved.duration_minutes, saved.cpt_code) == (45, "90837")
    editor.close()
    wait_ops(qtbot)


def test_a_session_marked_paid_keeps_its_code_and_modality_moves_none(unlocked_app: AppController, qtbot) -> None:
    editor, session_id = _editor(unlocked_app, qtbot, "Paula Paid", billing_status="paid")
    _length(qtbot, editor, 30)
    assert editor.cpt.text() == "90837" and "billed" in editor.fields.cpt_note.text()
    editor.modality.setCurrentIndex(editor.modality.findData("family"))
    assert editor.cpt.text() == "90837"
    saved = _saved(unlocked_app, qtbot, editor, session_id)
    assert (saved.duration_minutes, saved.cpt_code) == (30, "90837")
    editor.close()
    wait_ops(qtbot)


def test_the_therapist_may_still_change_a_billed_code_by_hand(unlocked_app: AppController, qtbot,
                                                               tmp_path: Path) -> None:
    editor, session_id = _editor(unlocked_app, qtbot, "Hana Hand", issued=tmp_path / "sb.pdf")
    _length(qtbot, editor, 45)
    assert "billed" in editor.fields.cpt_note.text()
    editor.cpt.selectAll()
    QTest.keyClicks(editor.cpt, "90834")
    QTest.keyClick(editor.cpt, Qt.Key.Key_Return)  # typed: said against the length (it agrees now)
    assert not editor.fields.cpt_note.isVisible()
    saved = _saved(unlocked_app, qtbot, editor, session_id)
    assert (saved.duration_minutes, saved.cpt_code) == (45, "90834")
    editor.close()
    wait_ops(qtbot)


def test_an_unbilled_sessions_code_follows_and_is_said(unlocked_app: AppController, qtbot) -> None:
    editor, session_id = _editor(unlocked_app, qtbot, "Una Unbilled")
    _length(qtbot, editor, 45)
    assert editor.cpt.text() == "90834"
    assert "follows the corrected length" in editor.fields.cpt_note.text()
    _length(qtbot, editor, 30)  # again: still the rule's code, it follows on
    assert editor.cpt.text() == "90832"
    saved = _saved(unlocked_app, qtbot, editor, session_id)
    assert (saved.duration_minutes, saved.cpt_code) == (30, "90832")
    editor.close()
    wait_ops(qtbot)


def test_a_code_set_by_hand_stays_and_is_said(unlocked_app: AppController, qtbot) -> None:
    editor, _session_id = _editor(unlocked_app, qtbot, "Hugo Hand", duration_minutes=60, cpt_code="90834")
    _length(qtbot, editor, 30)
    assert editor.cpt.text() == "90834"
    said = editor.fields.cpt_note.text()
    assert "set by hand" in said and "90832" in said
    editor.close()
    wait_ops(qtbot)


def test_said_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    editor, _session_id = _editor(unlocked_app, qtbot, "Sara Paid", billing_status="paid")
    _length(qtbot, editor, 45)
    assert "facturada" in editor.fields.cpt_note.text()
    editor.close()
    wait_ops(qtbot)
