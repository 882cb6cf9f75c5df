"""The question Discard draft… asks of an imported psychotherapy draft that keeps the original
PDF it was imported from (the only copy of what the previous system held): what becomes of
that PDF. Out of psychotherapy_tab.py, which asks it, to keep that file to what the tab holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import AnsweredByAlt
from vault_app.services import psychotherapy_originals as originals

if TYPE_CHECKING:
    from vault_app.gui.note_form import NoteForm
    from vault_app.services.psychotherapy_originals import OriginalChoice


class PsychotherapyTab(Protocol):
    """What the question uses of the tab (psychotherapy_tab.py, which imports this module)."""

    @property
    def form(self) -> NoteForm[Any, Any]: ...
    @property
    def signed(self) -> bool: ...
    def window(self) -> QWidget: ...
    def choose_original(self, choice: OriginalChoice) -> None: ...


def discard_question(tab: PsychotherapyTab) -> QMessageBox:
    """Keep the PDF, discard both, or cancel; the answer discards through the tab's form."""
    box = AnsweredByAlt(tab.window())
    box.setObjectName("discardOriginalBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PsychotherapyTab", "Discard draft"))
    box.setText(QCoreApplication.translate(
        "PsychotherapyTab", "Discard this imported draft? It keeps the original PDF it was imported from."))
    box.setInformativeText("\n".join("• " + line for line in [
        QCoreApplication.translate("PsychotherapyTab", "The draft's text is deleted and cannot be brought back."),
        QCoreApplication.translate(
            "PsychotherapyTab", "The original PDF is the only copy of what the previous system held for this note, "
            "which you may have to keep. Unless you keep it, it is deleted with the draft."),
        QCoreApplication.translate(
            "PsychotherapyTab", "Kept, it stays here among the psychotherapy notes as a record of its own: opened "
            "only while they are unlocked, each opening logged."),
        QCoreApplication.translate("PsychotherapyTab", "The audit ledger keeps which you chose, not the text.")]))
    keep = box.addButton(QCoreApplication.translate("PsychotherapyTab", "Keep the PDF, discard the draft"),
                         QMessageBox.ButtonRole.AcceptRole)
    both = box.addButton(QCoreApplication.translate("PsychotherapyTab", "Discard both"),
                         QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("PsychotherapyTab", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # a deletion is never the answer Enter gives
    box.setEscapeButton(cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        if (clicked is keep or clicked is both) and tab.form.autosave is not None and not tab.signed:
            tab.choose_original(originals.KEEP if clicked is keep else originals.DISCARD)

    box.finished.connect(lambda _r: answered())
    box.open()
    return box


__all__ = ["discard_question"]
