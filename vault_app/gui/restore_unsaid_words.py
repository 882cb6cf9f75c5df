"""What the first unlock after a restore the app never got to report says (services/restore_unsaid.py):
the vault is now the backup of that date, and the vault as it was, with anything typed since that
backup, is kept in the safety copy beside it, and how to get something back from it. Found by a
walker: the app killed half a second after "Yes" on "Replace this vault?", the restore finished,
and the next unlock said only "Unlocked."."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import notice
from vault_app.gui.practice_clock import moment_here

if TYPE_CHECKING:
    from vault_app.services.restore_unsaid import Unsaid

def title() -> str:
    return QCoreApplication.translate("RestoreUnsaid", "This vault was replaced by a backup")


def text(unsaid: Unsaid) -> str:
    return QCoreApplication.translate(
        "RestoreUnsaid",
        "On {0} this vault was replaced by the backup made {1}. The app closed before it could tell you. "
        "Anything written after {1} is not in this vault.",
    ).format(moment_here(unsaid.restored_at), moment_here(unsaid.backup_created))


def informative(unsaid: Unsaid) -> str:
    if not unsaid.safety_copy:
        return QCoreApplication.translate("RestoreUnsaid", "No vault was replaced: the folder held none before.")
    return QCoreApplication.translate(
        "RestoreUnsaid",
        "The vault as it was before, with anything written since that backup (a note typed since, for "
        "example), is kept unchanged in the safety copy {0}.\n\n"
        "To get something back from it: choose Vault > Open another vault…, open that folder with the "
        "passphrase the vault had then, copy what you need, then come back to this vault and enter it "
        "here. This is said only once.",
    ).format(unsaid.safety_copy)


def tell(parent: QWidget, unsaid: Unsaid) -> QMessageBox:
    return notice(parent, "restoreUnsaidNotice", title(), text(unsaid), informative(unsaid), warning=True)


def said_in(folder: Path | str) -> None:
    """A restore's summary shown: the next unlock does not say it again."""
    from vault_app.services import restore_unsaid  # Lazy (start-up): after a restore only

    restore_unsaid.said(Path(folder))


__all__ = ["informative", "said_in", "tell", "text", "title"]
