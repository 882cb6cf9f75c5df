"""Discard a draft progress note written by mistake (the wrong chart, a test, a passphrase
typed into it): asked first, then deleted with notes.discard_draft; a signed note is never
deleted here. Without it a mistaken draft stayed in the chart for good: listed as unsigned,
offered for export, searchable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.gui.confirm import confirm
from vault_app.services import notes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from vault_app.gui.note_editor import NoteEditor
    from vault_app.services.notes import DraftState
    from vault_app.services.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteDiscard", text)


def _discard(vault: Vault, draft: DraftState) -> str | None:
    """On the worker, after the saves queued before it: the draft as they left it."""
    if draft.note_id is None:
        return None  # never saved: nothing to delete
    notes.discard_draft(vault, draft.note_id)
    return draft.session_id or ""


def ask_and_discard(editor: NoteEditor) -> QMessageBox | None:
    if editor.signed:
        return None
    return confirm(
        editor, _tr("Discard draft"), _tr("Discard this draft progress note?"),
        [_tr("Its text is deleted and cannot be brought back."),
         _tr("The audit ledger keeps that a draft was discarded, not its text.")],
        _tr("Discard draft"), lambda: _discard_now(editor),
        warnings=[_tr("This cannot be undone.")])


def _discard_now(editor: NoteEditor) -> None:
    editor.flush()  # a save still waiting goes first, so the discard sees the note it made
    editor.form.stop()  # and nothing is saved after it
    draft = editor.autosave.draft
    editor.controller.op(editor, lambda v: _discard(v, draft), label=_tr("Discarding…")) \
        .success(lambda session: _discarded(editor, session)).run()


def _discarded(editor: NoteEditor, session: str | None) -> None:
    if session:
        said = _tr("Draft discarded. Its session stays under Sessions & notes: if it did not take place, "
                   "remove it there (Correct session details…).")
    else:
        said = _tr("Draft discarded.")
    editor.discarded.emit(said)
    editor.close()


__all__ = ["ask_and_discard"]
