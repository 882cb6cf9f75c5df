"""Signing and amending a note, the same for every kind (the note editor and the
psychotherapy tab both use it): a summary first, the autosave flushed before the signature,
one service call, and addenda in the kind's own compartment. What differs between the
kinds is read from their NoteKindSpec (domain/note_kinds.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.clinical_notes import NoteHistory, ProgressNote, PsychotherapyNote
from vault_app.domain.errors import InvalidInput
from vault_app.gui import practice_clock
from vault_app.gui.amend_dialog import AmendDialog
from vault_app.gui.confirm import confirm
from vault_app.gui.widgets import QT_TRANSLATE_NOOP
from vault_app.services import notes

if TYPE_CHECKING:
    from vault_app.domain.note_kinds import NoteKindSpec
    from vault_app.gui.chart_binding import ChartOwner
    from vault_app.gui.seam import App
    from vault_app.services.notes import DraftState
    from vault_app.services.vault import Vault

SIGNED = QT_TRANSLATE_NOOP("NoteSigning", "Signed and locked. Corrections are added as addenda or amendments.")
NOT_SIGNED = QT_TRANSLATE_NOOP("NoteSigning", "Not signed: the note could not be saved ({reason}). Correct it, "
                                              "then sign again.")
FINAL = QT_TRANSLATE_NOOP(
    "NoteSigning", "After signing the note cannot be changed; corrections are added as addenda or amendments.")


def ask_to_sign(parent: QWidget, kind: NoteKindSpec, summary: list[str], sign: Callable[[], None]) -> QMessageBox:
    """Ctrl+Shift+S and the buttons: what is about to be signed, and signing only on "Sign".
    Each word through translate() as written here: a Spanish note asked in English (the words
    went through a helper Qt's extractor does not read, and the kind's title is English data)."""
    question = (QCoreApplication.translate("NoteSigning", "Sign and lock this psychotherapy note?")
                if kind.own_unlock else QCoreApplication.translate("NoteSigning", "Sign and lock this progress note?"))
    return confirm(parent, QCoreApplication.translate("NoteSigning", "Sign and lock?"), question,
                   [*summary, QCoreApplication.translate("NoteSigning", FINAL)],
                   QCoreApplication.translate("NoteSigning", "Sign"), sign)


def sign(app: App, parent: QWidget, kind: NoteKindSpec,
         when_saved: Callable[[Callable[[], None], Callable[[str], None]], None], draft: DraftState,
         signed: Callable[[NoteHistory], None], refused: Callable[[str], None]) -> None:
    """Sign the editor's note once everything on screen is saved (Autosaver.when_saved), so the
    signature covers every keystroke; a save refused leaves the note unsigned, `refused` told
    why. The signature is checked straight away (no view is logged: the user signed, and did
    not open the note again)."""

    def job(v: Vault) -> NoteHistory:
        if draft.note_id is None:
            raise InvalidInput("The note is empty.", hint="Write something before signing.", code="note.sign_empty")
        note = notes.sign(v, draft.note_id, kind)
        return NoteHistory(note, (), notes.verify_signature(v, note))

    def sign_now() -> None:
        app.op(parent, job, label=QCoreApplication.translate("NoteSigning", "Signing…")).success(signed).run()

    when_saved(sign_now, refused)


def signature_line(note: ProgressNote | PsychotherapyNote, valid: bool | None) -> str:
    if note.signature is None:
        return QCoreApplication.translate("NoteSigning", "Draft")
    when = practice_clock.moment_shown(note.signature.signed_at)
    if valid is False:
        return QCoreApplication.translate("NoteSigning", "Signed {when} · SIGNATURE DOES NOT MATCH").format(when=when)
    return QCoreApplication.translate("NoteSigning", "Signed {when} · signature verified").format(when=when)


def amend(app: App, parent: QWidget, kind: NoteKindSpec, note_id: str, client: ChartOwner | None, privacy: bool,
          done: Callable[[], None]) -> AmendDialog:
    """An addendum or amendment to a signed note. A note behind its own unlock takes the
    dialog (its text) with it when the compartment locks."""
    dialog = AmendDialog(app, note_id, kind, parent=parent, client=client, privacy=privacy)
    dialog.done_amending.connect(done)
    if kind.own_unlock:
        app.psychotherapy_changed.connect(dialog.close_if_locked)
    dialog.open()
    return dialog


__all__ = ["FINAL", "NOT_SIGNED", "SIGNED", "amend", "ask_to_sign", "sign", "signature_line"]
