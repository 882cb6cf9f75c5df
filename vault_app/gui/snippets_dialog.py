"""Vault > Snippets…: the therapist's own phrases and session templates, made, changed and removed
in the app (services/faster_notes; typed in a note, gui/snippet_expander.py expands them).

Found by a walker (a solo therapist setting up a session template, keyboard first): snippets could
only be made with `vault-app snippet add` in a terminal, and that command refuses while the app has
the vault open, so a therapist working in the app had to lock it, learn a shell's quoting and a
passphrase file, and unlock again. Saved here, a snippet reaches every open note at once (the
change notice the expander listens to)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import error_label
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import add_row, give_form_mnemonics, leaves_by_tab, make_tree
from vault_app.gui.window_once import brought_forward
from vault_app.services import faster_notes
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.faster_notes import Snippet
    from vault_app.gui.held import HeldEntry
    from vault_app.gui.seam import App

HELD_KIND = "snippets"  # its held entry's dialog (gui/held_restore.py reopens it)
# A long template shows its first line in the list, shortened: the whole text is in the form below.
_SHOWN = 80


def _first_line(body: str) -> str:
    lines = body.strip().splitlines()
    line = lines[0] if lines else ""
    return line if len(line) <= _SHOWN and len(lines) < 2 else line[:_SHOWN].rstrip() + "…"


class SnippetsDialog(GuardedDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Snippets"))
        note = QLabel(self.tr(
            "Type a snippet's trigger in a note, then Space or Tab: the trigger becomes its text. A trigger is ;, / "
            "or \\ and up to 20 letters or digits (;ms). Several lines make a session template."))
        note.setObjectName("calmNote")
        note.setWordWrap(True)
        self.tree = make_tree([self.tr("Trigger"), self.tr("Text")], self.tr("Snippets"))
        self.tree.currentItemChanged.connect(self._chosen)
        self.trigger = QLineEdit()
        self.trigger.setAccessibleName(self.tr("Trigger"))
        self.trigger.setPlaceholderText(self.tr("e.g. ;ms"))
        self.text = leaves_by_tab(QPlainTextEdit())  # Tab goes on to Save, as in every form here
        self.text.setAccessibleName(self.tr("Snippet text"))
        self.text.setPlaceholderText(self.tr("e.g. Mental status: alert, oriented x4, mood euthymic."))
        self.trigger.returnPressed.connect(self.text.setFocus)  # Enter in the trigger: on to its text
        self.save_button = QPushButton(self.tr("Save snippet"))
        self.save_button.setAutoDefault(False)  # Enter in the text is a new line of the template
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Remove the chosen snippet"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)
        self.message = error_label()
        self.said = QLabel("")
        self.said.setObjectName("calmNote")
        self.said.setAccessibleName(self.tr("Snippet saved or removed"))
        form = QFormLayout()
        form.addRow(self.tr("Trigger:"), self.trigger)
        form.addRow(self.tr("Text:"), self.text)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if close_button is not None:
            close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.said)
        layout.addWidget(close)
        self.resize(720, 520)
        give_form_mnemonics(self, [self.save_button, self.remove_button])
        self.busy = False
        controller.changed.connect(self._on_changes)
        self.load()
        self.trigger.setFocus()

    def typed(self) -> bool:
        """A snippet typed and not yet saved: Escape or the title bar's × asks first."""
        return self.trigger.isModified() or self.text.document().isModified()

    def held_entry(self) -> HeldEntry | None:
        """What was typed, held over a lock or a quit and back at the unlock, as every form's (found by a
        walker: this window's trigger and text went with the lock, the other forms' came back)."""
        if not self.typed():
            return None
        return {"where": "records", "dialog": HELD_KIND, "context": {},
                "fields": {"trigger": self.trigger.text(), "text": self.text.toPlainText()}}

    def restore_fields(self, fields: dict[str, Any]) -> None:
        self.trigger.setText(str(fields.get("trigger") or ""))
        self.text.setPlainText(str(fields.get("text") or ""))
        # Typed, not filled: Escape asks about it, and a second lock holds it again.
        self.trigger.setModified(True)
        self.text.document().setModified(True)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.SETTINGS):  # saved or removed here, or by `vault-app snippet`
            self.load()

    def load(self) -> None:
        self.controller.query(self, faster_notes.list_snippets).success(self._show).run()

    def _show(self, snippets: list[Snippet]) -> None:
        current = self.tree.currentItem()
        keep = str(current.data(0, Qt.ItemDataRole.UserRole)) if current is not None else ""
        self.tree.blockSignals(True)
        self.tree.clear()
        for s in snippets:
            item = add_row(self.tree, [s.trigger, _first_line(s.body)], s.trigger)
            item.setData(1, Qt.ItemDataRole.UserRole, s.body)
            if s.trigger == keep:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.remove_button.setEnabled(self.tree.currentItem() is not None)

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        self.remove_button.setEnabled(item is not None)
        if item is None:
            return
        # Filled, not typed: Escape does not ask about a snippet only looked at.
        self.trigger.setText(str(item.data(0, Qt.ItemDataRole.UserRole)))
        self.trigger.setModified(False)
        self.text.setPlainText(str(item.data(1, Qt.ItemDataRole.UserRole)))
        self.text.document().setModified(False)
        self.message.setText("")

    def save(self) -> None:
        if self.busy:
            return
        trigger, body = self.trigger.text(), self.text.toPlainText()
        self.busy = True
        self.message.setText("")
        self.said.setText("")  # a refusal now is not followed by the last save's "Saved ;ms."
        self.controller.op(self, lambda v: faster_notes.save_snippet(v, trigger, body),
                           label=self.tr("Saving…")).success(self._saved).failure(
            show_inline_at(self.message, {"trigger": self.trigger, "snippet_text": self.text})).finally_(
            self._idle).run()

    def _saved(self, snippet: Snippet) -> None:
        self.said.setText(self.tr("Saved {trigger}.").format(trigger=snippet.trigger))
        self.tree.setCurrentIndex(QModelIndex())  # none chosen: the form is for the next one
        self.trigger.clear()
        self.trigger.setModified(False)
        self.text.clear()
        self.text.document().setModified(False)
        self.trigger.setFocus()

    def _idle(self) -> None:
        self.busy = False

    def remove(self) -> None:
        item = self.tree.currentItem()
        if item is None or self.busy:
            return
        trigger = str(item.data(0, Qt.ItemDataRole.UserRole))
        self.busy = True
        self.controller.op(self, lambda v: faster_notes.delete_snippet(v, trigger),
                           label=self.tr("Removing…")).success(lambda _r: self._removed(trigger)).failure(
            show_inline_at(self.message, {"trigger": self.trigger})).finally_(self._idle).run()

    def _removed(self, trigger: str) -> None:
        self.said.setText(self.tr("Removed {trigger}.").format(trigger=trigger))
        self.trigger.clear()
        self.trigger.setModified(False)
        self.text.clear()
        self.text.document().setModified(False)
        self.tree.setFocus()


def open_snippets(controller: App, parent: QWidget) -> SnippetsDialog:
    """The Snippets window of `parent` (the main window), brought forward when it is open already."""
    if (found := brought_forward(parent, SnippetsDialog)) is not None:
        return found
    dialog = SnippetsDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


__all__ = ["HELD_KIND", "SnippetsDialog", "open_snippets"]
