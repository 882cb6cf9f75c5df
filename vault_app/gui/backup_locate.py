"""Locate… in the Backups window: a backup whose file is not there, pointed at where it is now.

Found: a backup file moved by hand stayed "missing" for good, its row saying "the file is not
there" with nothing to do about it. A single file is chosen as a file; a snapshot by the backup
folder it moved to (its small file alone is nothing without the folder's parts). The core takes it
only when it is that very backup, by size and SHA-256 (services/backup_locate.py); anything else is
refused in its own words and nothing changes. Apart from gui/backups.py, which is at its size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vault_app.gui import file_dialogs
from vault_app.services import backup_locate

if TYPE_CHECKING:
    from vault_app.gui.seam import App


def _start_folder(registered: Path) -> str:
    """Where the chooser opens: the nearest folder of the old path still there, else home."""
    for folder in registered.parents:
        try:
            if folder.is_dir() and folder != Path(folder.anchor):
                return str(folder)
        except OSError:
            continue
    return str(Path.home())


def choose(parent: QWidget, registered: Path) -> str:
    """The file (a single file) or the backup folder (a snapshot) the therapist points at; "" if none."""
    start = _start_folder(registered)
    if backup_locate.chosen_as_folder(registered):
        return file_dialogs.existing_directory(parent, QCoreApplication.translate(
            "BackupLocate", "The backup folder {0} was moved to").format(registered.name), start)
    return file_dialogs.open_file(
        parent, QCoreApplication.translate("BackupLocate", "Where {0} is now").format(registered.name), start,
        QCoreApplication.translate("BackupLocate", "Backup files (*.vaultbackup);;All files (*)"))


def choose_and_locate(parent: QWidget, controller: App, registered: Path,
                      said: Callable[[str, dict[str, Any]], None]) -> None:
    """Ask the core to take the file chosen for the backup registered at `registered` and check it
    again; `said` gets the window's words and the check's summary when it is taken (a refusal, or
    a check that fails, shows in the error dialog, as every operation's)."""
    chosen = choose(parent, registered)
    if not chosen:
        return

    def found(result: tuple[Path, dict[str, Any]]) -> None:
        path, summary = result
        said(QCoreApplication.translate(
            "BackupLocate", "{0} found at {1}: the very backup registered (the same size and SHA-256). Its row "
                            "names its new place.").format(registered.name, path), summary)

    # Checked again there (services/backup_locate.locate_and_check): a failed Check made while
    # the file was not there left its row "failed" after the very file was found.
    controller.op(parent, lambda v: backup_locate.locate_and_check(v, registered, Path(chosen)),
                  label=QCoreApplication.translate("BackupLocate", "Checking the file…")).success(found).run()


__all__ = ["choose", "choose_and_locate"]
