"""Said at the unlock of the older of two copies of a vault (services/backup_superseded.py):
a message at once, the window's title, and the Today screen's backup card.

Found in the real app: the old laptop, back from repair after a new computer was restored from
the newest backup, said only "Unlocked."; the refusal came at the first lock, its advice
("choose another folder") left two vaults going their own ways, both windows were titled
"Therapy Vault", and the Today screen's "Last verified backup: today" stayed calm. Chart numbers
only, never a name: the message can be read over a shoulder, and the title is seen in task
switchers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from vault_app.gui.dates import show_date
from vault_app.gui.history_words import describe_event
from vault_app.gui.worklist import count_words

if TYPE_CHECKING:
    from vault_app.gui.main_window import MainWindow
    from vault_app.services.backup_superseded import Superseded
    from vault_app.services.vault import Vault

CONTEXT = "OlderCopy"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def title() -> str:
    return _tr("Therapy Vault — older copy")


def _day(iso: str) -> str:
    try:
        return show_date(datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().date())
    except ValueError:
        return ""


def words(found: Superseded) -> str:
    """The message: which copy this is, when the other's newest backup was made, what to do."""
    other, parted = _day(found.other_created), _day(found.parted)
    said = [_tr("Another copy of this vault made a newer backup in {folder} on {day}: it has gone on from this "
                "copy's last backup there.").format(folder=found.folder, day=other) if other else
            _tr("Another copy of this vault has made newer backups in {folder}: it has gone on from this "
                "copy's last backup there.").format(folder=found.folder),
            _tr("Use that copy (the vault on the other computer) from now on."),
            _tr("Anything entered here since {day} is not in it and must be entered there too.").format(day=parted)
            if parted else _tr("Anything entered in this copy may be missing there and must be entered there too."),
            _tr("Backups of this copy into that folder are refused, so that neither copy's backups are lost.")]
    if found.only_here:
        said.append(_tr("Entered here since then: {what}.").format(what="; ".join(
            _tr("{kind}: {count} (chart {charts})").format(
                kind=describe_event(o.kind, {}), count=count_words(o.count), charts=", ".join(o.charts))
            for o in found.only_here)))
    return "\n\n".join(said)


def card_words(found: Superseded) -> str:
    """The Today screen's backup card: the other copy's backup, not this copy's, is the newest."""
    other = _day(found.other_created)
    return (_tr("Another copy of this vault made a newer backup on {day}: use that copy; what was entered here "
                "since must be entered there too.").format(day=other) if other else
            _tr("Another copy of this vault made newer backups: use that copy; what was entered here since must "
                "be entered there too."))


def _superseded(vault: Vault) -> Superseded | None:
    # Lazy (memory, start-up): the backup services load on the worker after the unlock's KDF.
    from vault_app.services import backup_superseded

    return backup_superseded.superseded(vault)


def check(window: MainWindow) -> None:
    """After the unlock, on the worker: the folder's newest backups read, the ledger since."""
    window.controller.query(window, _superseded).success(lambda f: _say(window, f)).run()


def _say(window: MainWindow, found: Superseded | None) -> None:
    if found is None:
        return
    window.setWindowTitle(title())
    window.dashboard.mark_older_copy(_tr("Older copy"), card_words(found))
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("This is the older copy of this vault"), words(found),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("olderCopyMessage")
    box.open()  # window-modal, not blocking: the unlock's other news go on behind it


__all__ = ["card_words", "check", "title", "words"]
