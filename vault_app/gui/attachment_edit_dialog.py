"""Rename an attached document or set its own date (services/attachment_edits.py): the title
the chart shows, and the day the document itself bears (an outside evaluation's), which is
not the day it was attached. The earlier values stay in the chart and History says a change
was made, as for every correction of a chart."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from vault_app.domain.attachment_edits import MAX_TITLE, title_of
from vault_app.gui.background import show_inline
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import action_buttons, error_label, line_edit
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.outside_names import shown_name
from vault_app.gui.widgets import iso, wrapped_label
from vault_app.services import attachment_edits

if TYPE_CHECKING:
    from vault_app.domain.clinical_documents import Attachment
    from vault_app.gui.seam import App


class AttachmentEditDialog(GuardedDialog):
    saved = Signal(object)  # the Attachment as saved

    def __init__(self, controller: App, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.attachment = attachment
        self.setWindowTitle(self.tr("Rename or date a document"))
        self.title = line_edit(title_of(attachment), self.tr("Title of the document"))
        self.title.setMaxLength(MAX_TITLE)
        # Typing replaces the title shown (found on Xvfb: it was appended to "scan0003.pdf").
        self.title.selectAll()
        self.day = OptionalDateField(self.tr("Date of the document"), iso(attachment.document_date))
        self.day.setToolTip(self.tr("The date the document itself bears (e.g. of an outside evaluation), "
                                    "not the day it was attached"))
        origin = wrapped_label(self.tr("File: {name}, attached {day}").format(
            name=shown_name(attachment.filename) or "—", day=show_date(attachment.created_at)), "calmNote")
        note = wrapped_label(self.tr("The earlier title and date are kept with the document, and the chart's "
                                     "History records the change."), "calmNote")
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Document date:"), self.day)
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(origin)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Wide enough for the title bar's «Renombrar o fechar un documento · chart» (cut at 520).
        self.resize(600, self.sizeHint().height())

    def typed(self) -> bool:
        """A document's new title or date typed: Escape or the title bar's × asks before losing it
        (gui/escape_guard.py)."""
        return typed_into(self)

    def typed_day(self) -> date | None:
        text = self.day.text()
        return date.fromisoformat(text) if text else None

    def save(self) -> None:
        """Only what differs is sent; nothing changed closes the form as Cancel would."""
        if unfinished_date(self.day):
            return
        a = self.attachment
        title = self.title.text().strip()
        day = self.typed_day()
        new_title = title if title != title_of(a) else None
        if new_title is None and day == a.document_date:
            self.reject()
            return
        attachment_id, clear = a.attachment_id, day is None and a.document_date is not None
        self.save_button.setEnabled(False)
        self.controller.op(
            self, lambda v: attachment_edits.amend_attachment(v, attachment_id, title=new_title, document_date=day,
                                                              clear_date=clear),
            label=self.tr("Saving…")).success(self._saved).failure(show_inline(self.message)) \
            .finally_(lambda: self.save_button.setEnabled(True)).run()

    def _saved(self, attachment: Attachment) -> None:
        self.saved.emit(attachment)
        self.accept()


__all__ = ["AttachmentEditDialog"]
