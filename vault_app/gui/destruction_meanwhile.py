"""What the therapist is refused while a destruction's long part runs beside the worker.

The destruction wizard is not modal once its long part runs (the deletion in slices, the
search, the purge of the registered backups: minutes at a large practice), so the app's other
windows stay open to work. What would be wrong meanwhile is refused here with a sentence
that says why and when it can be done, in the screen's language (context DestructionMeanwhile):

- opening the chart being destroyed (from the client list, search, a dashboard or agenda link):
  it is half deleted, and no window of it may come back;
- opening a psychotherapy note being destroyed (Destroy notes…): the tab no longer lists it;
- a second destruction: one destruction at a time (a lock waits for the one running);
- an import: it could write into the chart being destroyed (a folder of PDFs into a chosen
  chart, a CSV with charts imported before);
- the Backups window: a backup or a restore would write the backup folders the purge is
  rewriting (and a restore would replace the vault under it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DestructionMeanwhile"

_SAYS = {
    "open": QT_TRANSLATE_NOOP(
        "DestructionMeanwhile", "This chart is being destroyed: it cannot be opened any more. Nothing else changes; "
                                "the destruction wizard shows how far it is."),
    "open_note": QT_TRANSLATE_NOOP(
        "DestructionMeanwhile", "This psychotherapy note is being destroyed: it cannot be opened any more."),
    "again": QT_TRANSLATE_NOOP(
        "DestructionMeanwhile", "A chart is being destroyed. Another destruction can start once it has finished."),
    "import": QT_TRANSLATE_NOOP(
        "DestructionMeanwhile", "A chart is being destroyed. Import once it has finished."),
    "backups": QT_TRANSLATE_NOOP(
        "DestructionMeanwhile", "A chart is being destroyed and removed from the backups. Backups (making, checking "
                                "or restoring one) can be opened once it has finished."),
}


def refusal(what: str) -> str:
    return QCoreApplication.translate(CONTEXT, _SAYS[what])


def refuse(parent: QWidget, what: str) -> QMessageBox:
    """Say it in a box over `parent`'s window, without waiting for its answer (the progress of
    the destruction goes on meanwhile)."""
    box = AnsweredByAlt(parent.window())
    box.setObjectName("destructionMeanwhile")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("DestructionMeanwhile", "A chart is being destroyed"))
    box.setText(refusal(what))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


__all__ = ["CONTEXT", "refusal", "refuse"]
