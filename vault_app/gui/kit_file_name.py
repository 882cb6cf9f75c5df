"""The Emergency Kit's suggested file, one for the first-run wizard and Replace every key: it is
read in the save dialog too, so it is in the screen's language («Kit de emergencia.pdf»).

In the Documents folder, where a therapist looks for a saved document (it opened in the home
folder); the home folder when there is none. The dialog remembers no folder (gui/file_dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths


def kit_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder: Qt names a Documents
    folder (~/Documents) that may never have been made, and a dialog opened on a missing folder
    shows the current directory instead."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def suggested_kit_file() -> str:
    """The kit's file in kit_folder(), named in the screen's language."""
    # The context the Emergency Kit dialog has always translated it in (es.ts).
    return str(kit_folder() / QCoreApplication.translate("EmergencyKitDialog", "Emergency Kit.pdf"))


__all__ = ["kit_folder", "suggested_kit_file"]
