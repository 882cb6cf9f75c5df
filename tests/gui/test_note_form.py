"""Issue 16 item 3: one note form for both kinds. The same NoteForm, given a NoteKindSpec,
builds the kind's text boxes, saves through the kind's service, asks before signing with
the kind's words and signs in the kind's compartment. Real app, real vault, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.note_kinds import NOTE_KINDS, PROGRESS, NoteKindSpec
from vault_app.domain.note_templates import get_template
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.note_form import BODY, NoteForm
from vault_app.gui.psychotherapy_tab import PsychotherapyTab
from vault_app.services import faster_notes, notes

pytestmark = pytest.mark.gui


def _form_for(app: AppController, qtbot, kind: NoteKindSpec) -> tuple[NoteForm[object, object], str]:
    window = app.main_window
    assert window is not None
    cid = add_client(app, qtbot)
    if kind.own_unlock:
        tab = window.chart.psychotherapy
        assert isinstance(tab, PsychotherapyTab)
        window.chart.tabs.setCurrentWidget(tab)
        tab.passphrase.setText(PASSPHRASE)
        tab.unlock()
        wait_ops(qtbot)
        tab.new_note()
        return tab.form, cid  # type: ignore[return-value]
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    wait_ops(qtbot)
    return editor.form, cid  # type: ignore[return-value]


@pytest.mark.parametrize("key", sorted(NOTE_KINDS))
def test_one_form_per_kind(unlocked_app: AppController, qtbot, key: str) -> None:
    kind = NOTE_KINDS[key]
    form, cid = _form_for(unlocked_app, qtbot, kind)
    assert form.kind is kind
    # The boxes come from the kind: a template's sections, or one free-text box.
    expected = list(get_template("soap").keys) if kind.structured else [BODY]
    assert list(form.section_edits) == expected
    # Snippets work in every kind's boxes (typed trigger + Space).
    unlocked_app.op(None, lambda v: faster_notes.save_snippet(v, ";ok", "went well.")).run()
    wait_ops(qtbot)
    first = next(iter(form.section_edits.values()))
    qtbot.keyClicks(first, "Session ;ok")
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.toPlainText() == "Session went well. "
    form.flush()
    wait_ops(qtbot)
    note_id = form.note_id
    assert note_id is not None, "the first save creates the note through the kind's service"
    stored = notes.get_any(unlocked_app.vault, note_id, kind)  # type: ignore[arg-type]
    assert stored.kind == kind.key and stored.client_id == cid

    form.sign()
    box = form.sign_confirm
    assert box is not None and box.text() == f"Sign and lock this {kind.title}?"
    assert "3 words" in box.informativeText(), "the summary counts the words to be signed"
    form.sign_now()
    wait_ops(qtbot)
    assert form.signed and not form.sign_button.isEnabled() and form.amend_button.isEnabled()
    assert all(e.isReadOnly() for e in form.section_edits.values())
    assert notes.get_any(unlocked_app.vault, note_id, kind).signed  # type: ignore[arg-type]
    assert form.history.accessibleName().startswith("Addenda and amendments")
    if kind is PROGRESS:
        assert form.signature_label.text().startswith("Signed ")


@pytest.mark.parametrize("key", sorted(NOTE_KINDS))
def test_empty_note_refused_before_the_question(unlocked_app: AppController, qtbot, key: str) -> None:
    """Walk M finding 9: an empty note was first offered for signing ("… 0 words", Sign the
    default) and refused only after "Sign". The emptiness is said at once, and nothing asked."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    form, _cid = _form_for(unlocked_app, qtbot, NOTE_KINDS[key])
    qtbot.keyClicks(next(iter(form.section_edits.values())), "   ")  # blanks only: still empty
    form.sign()

    def refusal() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: refusal() is not None)
    box = refusal()
    assert box is not None and box.text() == "An empty note cannot be signed."
    assert form.sign_confirm is None, "no question before the refusal"
    assert not form.signed
    box.close()
