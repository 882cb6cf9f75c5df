"""Add an addendum (more information) or an amendment (a correction, with a reason) to a signed note."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.note_kinds import NoteKindSpec, note_kind
from vault_app.domain.practice import UNNAMED_CLINICIAN, performer_parts
from vault_app.gui import practice_clock
from vault_app.gui.chart_binding import ChartOwner, bind_to_chart
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.held import HeldEntry, hold
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import leaves_by_tab
from vault_app.services import notes

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import Amendment
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def author_words(author: str) -> str:
    """An addendum's stored author with its license line in the screen's language: "Jordan Lee,
    LCSW (CA license 12345, NPI 1234567893)" is stored (and signed) as the core wrote it, and was
    English in a Spanish heading. An author not written as the practice profile writes it (an
    imported one) reads as stored."""
    parts = performer_parts(author)
    if parts is None:
        return author
    name, state, number, npi = parts
    line = []
    if number:
        line.append(QCoreApplication.translate("AmendDialog", "{state} license {number}").format(
            state=state, number=number) if state else
            QCoreApplication.translate("AmendDialog", "license {number}").format(number=number))
    if npi:
        line.append(f"NPI {npi}")  # the same letters in every language
    return f"{name} ({', '.join(line)})"


def amendment_heading(kind: str, when: str, author: str) -> str:
    """"Addendum {when} by {author}" in the screen's language. An author stored with the core's
    English for a clinician without a name (practice.UNNAMED_CLINICIAN, maybe with credentials
    and license after it) is said by a heading of its own: Spanish joins "de" and its article
    ("del profesional"), and what is stored and signed stays as it is."""
    author = author_words(author)
    if author.startswith(UNNAMED_CLINICIAN):
        unnamed = {"addendum": QCoreApplication.translate(
                       "AmendDialog", "Addendum {when} by the treating clinician (name not set){rest}"),
                   "amendment": QCoreApplication.translate(
                       "AmendDialog", "Amendment {when} by the treating clinician (name not set){rest}")}
        if kind in unnamed:
            return unnamed[kind].format(when=when, rest=author[len(UNNAMED_CLINICIAN):])
    # Whole phrases in the screen's language (they were English under a Spanish note); a kind
    # without words here reads as before.
    heads = {"addendum": QCoreApplication.translate("AmendDialog", "Addendum {when} by {author}"),
             "amendment": QCoreApplication.translate("AmendDialog", "Amendment {when} by {author}")}
    return heads.get(kind, f"{kind.capitalize()} {{when}} by {{author}}").format(when=when, author=author)


def amendment_text(amendments: Iterable[Amendment]) -> str:
    """Addenda and amendments as the therapist reads them under the signed note."""
    lines = []
    for a in amendments:
        # created_at is UTC: cut as text it read as the next day's date for an evening addendum
        # in the Americas, beside a signature line in the practice's own format and clock.
        when = practice_clock.moment_shown(a.created_at)
        head = amendment_heading(a.kind, when, a.author)
        reason = QCoreApplication.translate("AmendDialog", " (reason: {reason})").format(reason=a.reason)
        lines.append(head + (reason if a.reason else "") + f"\n{a.text}\n")
    return "\n".join(lines)


class AmendDialog(GuardedDialog):
    done_amending = Signal()

    def __init__(self, controller: App, note_id: str, kind: str | NoteKindSpec, parent: QWidget | None = None,
                 *, client: ChartOwner | None = None, privacy: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.note_id = note_id
        self.kind = note_kind(kind)
        self.client_id = client.client_id if client is not None else None
        self.setWindowTitle(self.tr("Addendum or amendment"))
        self.change = QComboBox()
        self.change.addItem(self.tr("Addendum: add information"), "addendum")
        self.change.addItem(self.tr("Amendment: correct something, with a reason"), "amendment")
        self.change.setAccessibleName(self.tr("Kind of change"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("required for an amendment"))
        self.text = leaves_by_tab(QPlainTextEdit())
        self.text.setAccessibleName(self.tr("Text of the addendum or amendment"))
        intro = QLabel(self.tr("The signed note stays exactly as it was. This text is added after it, "
                               "with your name and the time, and kept in the note's history."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.change)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Text:"), self.text)
        self.message = error_label()
        buttons, self.save_button = action_buttons(self, self.tr("Add to the note"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if client is not None:
            bind_to_chart(self, client, self.tr("Addendum or amendment"), privacy)
        # The keyboard starts in the text: an addendum is the usual change, and words typed at a
        # combo box were lost (a space opened its list).
        self.text.setFocus()
        self.resize(560, 380)

    def save(self) -> None:
        note_id, kind = self.note_id, self.kind
        change, reason, text = str(self.change.currentData()), self.reason.text(), self.text.toPlainText()

        def job(v: Vault) -> Amendment:
            return notes.amend(v, note_id, text, kind=kind, change=change, reason=reason)

        self.message.setText("")
        self.controller.op(self, job, label=self.tr("Adding…")).success(self._saved) \
            .failure(show_inline_at(self.message, {"text": self.text, "reason": self.reason})).run()

    def held_entry(self) -> HeldEntry | None:
        """What to keep if the compartment locks now (see gui/held.py)."""
        if not (self.text.toPlainText().strip() or self.reason.text().strip()):
            return None
        # Held in the compartment the note's own text lives in.
        return {"where": self.kind.compartment, "dialog": "amend",
                "context": {"note_id": self.note_id, "note_kind": self.kind.key, "client_id": self.client_id},
                "fields": {"change": str(self.change.currentData()), "reason": self.reason.text(),
                           "text": self.text.toPlainText()}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        self.change.setCurrentIndex(max(0, self.change.findData(fields.get("change"))))
        self.reason.setText(str(fields.get("reason", "")))
        self.text.setPlainText(str(fields.get("text", "")))

    def close_if_locked(self, unlocked: bool) -> None:
        if not unlocked:
            if self.isVisible():
                hold(self.controller, self.held_entry(), "psychotherapy")  # queued before the compartment's lock
            self.text.clear()
            self.reason.clear()
            self.message.clear()
            self.reject()

    def _saved(self, _result: Amendment) -> None:
        self.accept()
        self.done_amending.emit()
