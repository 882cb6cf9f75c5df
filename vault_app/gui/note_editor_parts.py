"""The progress-note window's parts of the shared form (note_form.py), under the names the
screens and tests use (`editor.status`, `editor.sign_button`…): held apart from the window
(note_editor.py), which was past the ~500 lines a file keeps to. Read through `form` only."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QPushButton

    from vault_app.gui.autosave import Autosaver
    from vault_app.gui.note_form import NoteForm
    from vault_app.gui.snippet_expander import SnippetExpander
    from vault_app.services.notes import ProgressDraft


class ProgressFormParts:
    """Mixed into NoteEditor (before QDialog): properties only, no state of its own."""

    form: NoteForm[ProgressDraft, str | None]

    @property
    def autosave(self) -> Autosaver[ProgressDraft, str | None]:
        assert self.form.autosave is not None  # started in __init__, never blanked here
        return self.form.autosave

    @property
    def section_edits(self) -> dict[str, QPlainTextEdit]:
        return self.form.section_edits

    @property
    def snippets(self) -> SnippetExpander:
        return self.form.snippets

    @property
    def status(self) -> QLabel:
        return self.form.status

    @property
    def signature_label(self) -> QLabel:
        return self.form.signature_label

    @property
    def history(self) -> QPlainTextEdit:
        return self.form.history

    @property
    def sign_button(self) -> QPushButton:
        return self.form.sign_button

    @property
    def amend_button(self) -> QPushButton:
        return self.form.amend_button

    @property
    def sign_confirm(self) -> QMessageBox:
        """The summary before signing; absent (AttributeError) until signing was asked for."""
        if self.form.sign_confirm is None:
            raise AttributeError("sign_confirm")
        return self.form.sign_confirm

    @property
    def signed(self) -> bool:
        return self.form.signed

    @property
    def note_id(self) -> str | None:
        return self.form.note_id

    @property
    def discard_button(self) -> QPushButton:
        return self.form.discard_button


__all__ = ["ProgressFormParts"]
