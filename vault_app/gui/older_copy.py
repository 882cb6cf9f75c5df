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
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.dates import show_date
from vault_app.gui.history_words import describe_event
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.worklist import count_words

if TYPE_CHECKING:
    from vault_app.gui.dashboard import DashboardPage
    from vault_app.gui.seam import App
    from vault_app.services.backup_superseded import OnlyHere, Superseded
    from vault_app.services.vault import Vault

CONTEXT = "OlderCopy"  # written out in each QT_TRANSLATE_NOOP: pyside6-lupdate reads no variable


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # each text marked where it is written


def title() -> str:
    return _tr(TITLE)


def _day(iso: str) -> str:
    try:
        return show_date(datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().date())
    except ValueError:
        return ""


# The platform adds " — Therapy Vault" (the application's display name), as to every window's
# title: "Therapy Vault — older copy" read "Therapy Vault — older copy — Therapy Vault".
TITLE = QT_TRANSLATE_NOOP("OlderCopy", "Older copy")
HEADING = QT_TRANSLATE_NOOP("OlderCopy", "This is the older copy of this vault")
OTHER_ON = QT_TRANSLATE_NOOP("OlderCopy", "Another copy of this vault made a newer backup in {folder} on {day}: it "
                                          "has gone on from this copy's last backup there.")
OTHER = QT_TRANSLATE_NOOP("OlderCopy", "Another copy of this vault has made newer backups in {folder}: it has gone "
                                       "on from this copy's last backup there.")
USE_IT = QT_TRANSLATE_NOOP("OlderCopy", "Use that copy (the vault on the other computer) from now on.")
SINCE = QT_TRANSLATE_NOOP("OlderCopy", "Anything entered here since {day} is not in it and must be entered there "
                                       "too.")
ANY = QT_TRANSLATE_NOOP("OlderCopy", "Anything entered in this copy may be missing there and must be entered there "
                                     "too.")
REFUSED = QT_TRANSLATE_NOOP("OlderCopy", "Backups of this copy into that folder are refused, so that neither copy's "
                                         "backups are lost.")
ENTERED = QT_TRANSLATE_NOOP("OlderCopy", "Entered here since then: {what}.")
KIND = QT_TRANSLATE_NOOP("OlderCopy", "{kind}: {count} (chart {charts})")
# A chart destroyed since has no number left to name (a walker read "(chart ?)"): counted.
KIND_DESTROYED = QT_TRANSLATE_NOOP("OlderCopy", "{kind}: {count} (charts destroyed since: {destroyed})")
KIND_BOTH = QT_TRANSLATE_NOOP("OlderCopy", "{kind}: {count} (chart {charts}; charts destroyed since: {destroyed})")
CARD_VALUE = QT_TRANSLATE_NOOP("OlderCopy", "Older copy")
CARD_ON = QT_TRANSLATE_NOOP("OlderCopy", "Another copy of this vault made a newer backup on {day}: use that copy; "
                                         "what was entered here since must be entered there too.")
CARD = QT_TRANSLATE_NOOP("OlderCopy", "Another copy of this vault made newer backups: use that copy; what was "
                                      "entered here since must be entered there too.")


def words(found: Superseded) -> str:
    """The message: which copy this is, when the other's newest backup was made, what to do."""
    other, parted = _day(found.other_created), _day(found.parted)
    said = [_tr(OTHER_ON).format(folder=found.folder, day=other) if other else _tr(OTHER).format(folder=found.folder),
            _tr(USE_IT), _tr(SINCE).format(day=parted) if parted else _tr(ANY), _tr(REFUSED)]
    if found.only_here:
        said.append(_tr(ENTERED).format(what="; ".join(_kind(o) for o in found.only_here)))
    return "\n\n".join(said)


def _kind(o: OnlyHere) -> str:
    text = KIND_BOTH if o.charts and o.destroyed else KIND_DESTROYED if o.destroyed else KIND
    return _tr(text).format(kind=describe_event(o.kind, {}), count=count_words(o.count), charts=", ".join(o.charts),
                            destroyed=count_words(o.destroyed))


def card_words(found: Superseded) -> str:
    """The Today screen's backup card: the other copy's backup, not this copy's, is the newest."""
    other = _day(found.other_created)
    return _tr(CARD_ON).format(day=other) if other else _tr(CARD)


def _superseded(vault: Vault) -> Superseded | None:
    # Lazy (memory): the backup services (the lineage check, snapshot repositories' chunk store)
    # load on the worker after the unlock's KDF, as the dashboard's (~3 MB) do.
    from vault_app.services import backup_superseded

    return backup_superseded.superseded(vault)


def check(window: QWidget, controller: App, dashboard: DashboardPage) -> None:
    """After the unlock, on the worker: the folder's newest backups read, the ledger since."""
    controller.query(window, _superseded).success(lambda f: _say(window, dashboard, f)).run()


def _say(window: QWidget, dashboard: DashboardPage, found: Superseded | None) -> None:
    if found is None:
        return
    window.setWindowTitle(title())
    dashboard.mark_older_copy(_tr(CARD_VALUE), card_words(found))
    box = AnsweredByAlt(QMessageBox.Icon.Warning, _tr(HEADING), words(found),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("olderCopyMessage")
    box.open()  # window-modal, not blocking: the unlock's other news go on behind it


__all__ = ["card_words", "check", "title", "words"]
