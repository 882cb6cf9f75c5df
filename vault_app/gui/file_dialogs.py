"""File dialogs that remember nothing.

Qt's own file dialog writes the last folder and a folder history to its plaintext
"QtProject" settings file, and desktop file choosers add picked files to the desktop's
recent-files list. Folders are often named after clients, so: Qt's own dialog (not the
desktop's chooser, whose recent-files list the app cannot clear), its history emptied, and
Qt's FileDialog settings put back as they were before the dialog opened (the file is
shared by every Qt program of this user: theirs stay, ours never get in). The caller's
starting folder is passed each time, so nothing is lost by forgetting.

A folder typed in the name box is the folder chosen: Qt's list keeps a folder selected that
its completion picked on the way (typing "/home/me/x/vault" from /home/me/x's parent selects
"x"), and its Directory mode then answers that folder, the one above the typed one (or "/" when
the path is typed or pasted before Qt's listing thread has caught up).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileInfo, QMimeDatabase, QMimeType, QSettings
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QLineEdit, QMessageBox, QWidget
from shiboken6 import Shiboken

from vault_app.gui.backup_folder_problems import expanded

OPTIONS = QFileDialog.Option.DontUseNativeDialog

# Qt's own Spanish is Spain's: the side list's "Equipo", "El fichero %1 ya existe" before a save
# replaces a file. es.ts says them in the app's US Spanish and, installed after Qt's translator,
# is asked first; listed here so that the translation check (lupdate) knows them as the app's.
QT_WORDS_OVERRIDDEN = (
    (QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"), QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer")),
    (QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
     QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
     QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")),
)


def qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _snapshot() -> dict[str, object]:
    settings = qt_settings()
    settings.beginGroup("FileDialog")
    try:
        return {key: settings.value(key) for key in settings.allKeys()}
    finally:
        settings.endGroup()


def forget_history(before: dict[str, object] | None = None) -> None:
    """Put Qt's FileDialog settings back to `before` (none at all when not given)."""
    settings = qt_settings()
    settings.remove("FileDialog")
    for key, value in (before or {}).items():
        settings.setValue(f"FileDialog/{key}", value)
    settings.sync()


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name, never from its content. Qt's own provider
    reads a file's first bytes to tell its type: a file whose read never ends froze the
    whole app (found in the real app: "/proc" typed into Save the Emergency Kit, and the
    window hung on /proc/kmsg; a network share that stalls does the same)."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def _by_name(self, info: QFileInfo) -> QMimeType:
        return self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isDir():
            return super().icon(QAbstractFileIconProvider.IconType.Folder)
        return QIcon.fromTheme(self._by_name(what).iconName(), super().icon(QAbstractFileIconProvider.IconType.File))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        return self._by_name(info).comment()


# Qt does not own a dialog's icon provider, and its file model asks it from a thread of its
# own: each provider lives until its dialog's C++ object is gone (its `destroyed`, after the
# model and that thread), not until the Python wrapper is collected, which can come first (a
# worker of the suite crashed in the garbage collector on a provider freed under its dialog).
_PROVIDERS: dict[int, NameOnlyIcons] = {}


def prepared(dialog: QFileDialog) -> QFileDialog:
    """Qt's own dialog (not the desktop's), no history, icons by name only."""
    dialog.setOptions(dialog.options() | OPTIONS)
    provider = NameOnlyIcons()
    key = id(provider)
    _PROVIDERS[key] = provider
    dialog.destroyed.connect(lambda *_: _PROVIDERS.pop(key, None))
    dialog.setIconProvider(provider)
    dialog.setHistory([])
    # Qt's Spanish leaves these two in English and says "fichero": ours, in the screen's language.
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "&Look in:"))
    if dialog.fileMode() != QFileDialog.FileMode.Directory:  # a folder's chooser keeps Qt's "Directory:"
        dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialogs", "File &name:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialogs", "Files of &type:"))
    return dialog


def _run(dialog: QFileDialog) -> str:
    prepared(dialog)
    before = _snapshot()
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        if accepted and isinstance(dialog, _FolderDialog) and dialog.typed:
            files = [dialog.typed]
    finally:
        # Qt writes its settings in the dialog's destructor: destroy it now, then remove them.
        Shiboken.delete(dialog)
        forget_history(before)
    return files[0] if files else ""


def open_file(parent: QWidget | None, caption: str, directory: str, filters: str = "") -> str:
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file(parent: QWidget | None, caption: str, path: str, filters: str = "") -> str:
    dialog = QFileDialog(parent, caption, path, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


class _FolderDialog(QFileDialog):
    """Directory mode whose answer is the folder typed in the name box when there is one."""

    typed = ""

    def accept(self) -> None:
        edit = self.findChild(QLineEdit, "fileNameEdit")
        text = edit.text().strip() if edit is not None else ""
        if text in ("", ".."):  # nothing typed, or Qt's own "go up": Qt's answer is right
            super().accept()
            return
        path = expanded(text)  # "~someone" naming no user raised here: kept as typed, no such folder
        if not path.is_absolute():
            path = Path(self.directory().absolutePath()) / path
        try:
            is_folder = path.is_dir()
        except OSError:  # a name over the system's limit (ENAMETOOLONG) raised here: no such folder
            is_folder = False
        if not is_folder:
            # Never the folder above instead: say so and let the therapist correct it.
            QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate(
                "FileDialogs", "There is no folder {folder}. Check the name, or choose the folder in the list."
            ).format(folder=path))
            return
        self.typed = os.path.normpath(path)
        QDialog.accept(self)


def existing_directory(parent: QWidget | None, caption: str, directory: str) -> str:
    dialog = _FolderDialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


__all__ = ["existing_directory", "forget_history", "open_file", "qt_settings", "save_file"]
