"""Said at the unlock of the older of two copies of a vault (services/backup_superseded.py):
a message at once, the window's title, and the Today screen's backup card.

Found in the real app: the old laptop, back from repair after a new computer was restored from
the newest backup, said only "Unlocked."; the refusal came at the first lock, its advice
("choose another folder") left two vaults going their own ways, both windows were titled
"Therapy Vault", and the Today screen's "Last verified backup: today" stayed calm. Chart numbers
only, never a name: the message can be read over a shoulder, and the title is seen in task
switchers.

The message says both ways this happens (another computer, or this folder replaced by an older
copy of itself) and the next step, with a button that opens the restore of the folder's newest
backup over this vault, and that exports and disclosures are refused until then. Once the copy is
kept (another backup folder chosen for it: services/older_copy_refusal.kept) nothing is said: it
is the vault she goes on with, and its exports are allowed again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui.confirm import AnsweredByAlt
from vault_app.gui.dates import show_date
from vault_app.gui.history_words import describe_event
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.worklist import count_words
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.dashboard import DashboardPage
    from vault_app.gui.seam import App
    from vault_app.services.backup_superseded import OnlyHere, Superseded
    from vault_app.services.older_copy_replaced import OlderSeen
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
# Found by a walker (one laptop): her folder swapped back for a copy she made of it was told to
# "use that copy (the vault on the other computer)"; there was no other computer. The words say
# both ways it happens, and the next step: restore the newest backup here (a button opens the
# restore with it chosen), or keep this copy by choosing another backup folder for it.
NEWER_ON = QT_TRANSLATE_NOOP("OlderCopy", "A newer backup of this vault, made on {day}, is in {folder}: it holds "
                                          "records this copy does not have.")
NEWER = QT_TRANSLATE_NOOP("OlderCopy", "Newer backups of this vault are in {folder}: they hold records this copy "
                                       "does not have.")
EITHER = QT_TRANSLATE_NOOP("OlderCopy", "Either another computer went on with this vault, or this vault's folder was "
                                        "replaced by an older copy of itself (put back from a copy, or by a sync "
                                        "tool).")
NEXT = QT_TRANSLATE_NOOP("OlderCopy", "What to do: restore the newest backup here (Restore the newest backup…, "
                                      "below); this vault then goes on from it. If another computer holds the vault "
                                      "you use, use that one instead. If you know this older copy is the one to "
                                      "keep, choose another backup folder for it (Vault > Backups…).")
SINCE = QT_TRANSLATE_NOOP("OlderCopy", "Anything entered here since {day} is not in that backup: enter it again in "
                                       "the vault you go on with.")
ANY = QT_TRANSLATE_NOOP("OlderCopy", "Anything entered in this copy may be missing from that backup: enter it again "
                                     "in the vault you go on with.")
REFUSED = QT_TRANSLATE_NOOP("OlderCopy", "Backups of this copy into that folder are refused, so that neither copy's "
                                         "backups are lost.")
# services/older_copy_refusal.py: said only while it holds (not once another folder was chosen).
NO_DISCLOSURE = QT_TRANSLATE_NOOP("OlderCopy", "Until then, exports and disclosures from this copy are refused (an "
                                               "authorization revoked since is not revoked here); reading and "
                                               "writing notes stays allowed.")
RESTORE = QT_TRANSLATE_NOOP("OlderCopy", "&Restore the newest backup…")
# Its own button, with a letter: Qt's standard Close has none (walk M: Alt+C did nothing).
CLOSE = QT_TRANSLATE_NOOP("OlderCopy", "&Close")
ENTERED = QT_TRANSLATE_NOOP("OlderCopy", "Entered here since then: {what}.")
KIND = QT_TRANSLATE_NOOP("OlderCopy", "{kind}: {count} (chart {charts})")
# A chart destroyed since has no number left to name (a walker read "(chart ?)"): counted.
KIND_DESTROYED = QT_TRANSLATE_NOOP("OlderCopy", "{kind}: {count} (charts destroyed since: {destroyed})")
KIND_BOTH = QT_TRANSLATE_NOOP("OlderCopy", "{kind}: {count} (chart {charts}; charts destroyed since: {destroyed})")
CARD_VALUE = QT_TRANSLATE_NOOP("OlderCopy", "Older copy")
# Found by a walker: a chart destroyed since was back in this copy, listed and opening, unnamed
# (services/older_copy_destroyed.py reads the newest backup's ledger).
DESTROYED_THERE = QT_TRANSLATE_NOOP("OlderCopy", "Charts destroyed in the newer copy are back in this one: {charts}. "
                                                 "They are not opened or disclosed here; restoring the newest backup "
                                                 "destroys them again.")
DESTROYED_ONE = QT_TRANSLATE_NOOP("OlderCopy", "{chart} (destroyed on {day})")
# A destruction of selected psychotherapy notes (the chart kept): its notes were back, readable, unnamed.
NOTES_DESTROYED_THERE = QT_TRANSLATE_NOOP(
    "OlderCopy", "Psychotherapy notes destroyed in the newer copy are back in this one: {notes}. They are not "
                 "opened, searched or disclosed here; restoring the newest backup destroys them again.")
NOTES_ONE = QT_TRANSLATE_NOOP("OlderCopy", "{count} of chart {chart} (destroyed on {day})")
CARD_ON = QT_TRANSLATE_NOOP("OlderCopy", "A newer backup of this vault was made on {day}: restore it here, or use "
                                         "the computer that made it; what was entered here since must be entered "
                                         "again.")
CARD = QT_TRANSLATE_NOOP("OlderCopy", "Newer backups of this vault were made: restore the newest here, or use the "
                                      "computer that made it; what was entered here since must be entered again.")

# A vault a copy replaced (restore --replaces-original), that copy's backups the newer ones
# (services/older_copy_replaced.py): the way on is that copy, as the status line and unlock-check say;
# never a restore over this vault or another backup folder to keep it (round 45).
REPLACED_WORK = QT_TRANSLATE_NOOP("OlderCopy", "This vault was replaced on {day} by the copy in {folder} (restored "
                                               "from a backup), and that copy made the newer backup: work in that "
                                               "copy. Do not restore a backup over this vault, and do not choose "
                                               "another backup folder for it.")
REPLACED_NO_DISCLOSURE = QT_TRANSLATE_NOOP("OlderCopy", "Exports and disclosures from this vault are refused (an "
                                                        "authorization revoked since is not revoked here).")
REPLACED_SINCE = QT_TRANSLATE_NOOP("OlderCopy", "Anything entered here since {day} is not in that copy: enter it "
                                                "again there.")
# The status bar's part: its news already says the copy replaced this vault and to work in it (reminders.
# REPLACED_BY_COPY_TEXT); the card's words beside them said it twice (seen in the real app, round 45).
STATUS_REPLACED = QT_TRANSLATE_NOOP("OlderCopy", "That copy has backed up since; exports and disclosures are refused "
                                                 "here.")
CARD_REPLACED = QT_TRANSLATE_NOOP("OlderCopy", "This vault was replaced by the copy in {folder}, which has backed up "
                                               "since: work in that copy; what was entered here since must be "
                                               "entered again there.")


def _dated(day: str, on: str, undated: str, **more: str) -> str:
    """The sentence `on` with its {day} when the day is known, else `undated` (the same news without it):
    the one piece behind each dated-or-not sentence (the newer backup, what was entered since, the card)."""
    return _tr(on).format(day=day, **more) if day else _tr(undated).format(**more)


def words(found: Superseded, refused: bool = True, replaced_by: str = "", replaced_on: str = "") -> str:
    """The message: which copy this is, when the newest backup was made, what to do.
    `refused`: disclosures from this copy are refused (services/older_copy_refusal.py).
    `replaced_by`, `replaced_on`: the copy that replaced this vault, and when (the way on is that copy)."""
    said = [_dated(_day(found.other_created), NEWER_ON, NEWER, folder=found.folder)]
    if replaced_by:
        since = _day(replaced_on)
        said.append(_tr(REPLACED_WORK).format(day=since, folder=replaced_by))
        _destroyed(said, found)
        steps = [_tr(REPLACED_NO_DISCLOSURE)] if refused else []
        said += [*steps, _dated(since, REPLACED_SINCE, ANY)]
    else:
        said.append(_tr(EITHER))
        _destroyed(said, found)
        # "Until then" (NO_DISCLOSURE): right after the step it waits for.
        steps = [_tr(NEXT), _tr(NO_DISCLOSURE)] if refused else [_tr(NEXT)]
        said += [*steps, _dated(_day(found.parted), SINCE, ANY)]
    said.append(_tr(REFUSED))
    if found.only_here:
        said.append(_tr(ENTERED).format(what="; ".join(_kind(o) for o in found.only_here)))
    return "\n\n".join(said)


def _destroyed(said: list[str], found: Superseded) -> None:
    if found.destroyed_there:  # before the steps: the most urgent news
        said.append(_tr(DESTROYED_THERE).format(charts=", ".join(
            _tr(DESTROYED_ONE).format(chart=d.chart_number, day=_day(d.destroyed_at)) for d in found.destroyed_there)))
    if found.notes_destroyed_there:
        said.append(_tr(NOTES_DESTROYED_THERE).format(notes=", ".join(
            _tr(NOTES_ONE).format(count=count_words(len(n.note_ids)), chart=n.chart_number, day=_day(n.destroyed_at))
            for n in found.notes_destroyed_there)))


def _kind(o: OnlyHere) -> str:
    text = KIND_BOTH if o.charts and o.destroyed else KIND_DESTROYED if o.destroyed else KIND
    return _tr(text).format(kind=describe_event(o.kind, {}), count=count_words(o.count), charts=", ".join(o.charts),
                            destroyed=count_words(o.destroyed))


def card_words(found: Superseded, replaced_by: str = "") -> str:
    """The Today screen's backup card: the other copy's backup, not this copy's, is the newest.
    `replaced_by`: the copy that replaced this vault (the way on is that copy)."""
    if replaced_by:
        return _tr(CARD_REPLACED).format(folder=replaced_by)
    return _dated(_day(found.other_created), CARD_ON, CARD)


# The window's property while it is the older copy: the status bar's line says the Today card's
# words, not "This vault has no verified backup yet" (found by a walker, beside the message that
# a newer backup exists).
SAID = "olderCopySaid"


def status_words_of(window: QWidget) -> str | None:
    """The status bar's backup line while this window's vault is said to be the older copy."""
    said = window.property(SAID)
    return said if isinstance(said, str) and said else None


def _superseded(vault: Vault) -> OlderSeen | None:
    # Lazy (memory): the backup services (the lineage check, snapshot repositories' chunk store)
    # load on the worker after the unlock's KDF, as the dashboard's (~3 MB) do.
    from vault_app.services import older_copy_replaced

    # A copy kept (another backup folder chosen for it, as the message's next step says) is the
    # vault she goes on with, its exports allowed again: nothing is said of it. Found: its unlock
    # went on saying "This is the older copy" (and the title, the Today card) at every unlock.
    # A vault a copy replaced says to work in that copy (older_copy_replaced).
    return older_copy_replaced.older_copy_seen(vault)


def check(window: QWidget, controller: App, dashboard: DashboardPage) -> None:
    """After the unlock, on the worker: the folder's newest backups read, the ledger since."""
    controller.query(window, _superseded).success(lambda f: _say(window, controller, dashboard, f)).run()


class _Follower(QObject):
    """While the older copy is said: a backup folder chosen for it since (Vault > Backups…, `backup
    settings --target`) reads the check again, and a copy kept now is no longer called the older
    one (found: the title and the Today card said so until the next unlock, its exports allowed
    already). A child of the window: its connection ends with it."""

    def __init__(self, window: QWidget, controller: App, dashboard: DashboardPage, box: QMessageBox,
                 before: str) -> None:
        super().__init__(window)
        self._window, self._controller, self._dashboard, self._box, self._before = (
            window, controller, dashboard, box, before)
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.BACKUPS):
            self._controller.query(self._window, _superseded).success(self._now).run()

    def _now(self, found: OlderSeen | None) -> None:
        if found is not None:
            return
        self._window.setWindowTitle(self._before)
        self._window.setProperty(SAID, "")
        self._dashboard.unmark_older_copy()
        self._box.close()
        self._controller.changed.disconnect(self._on_changes)
        self.deleteLater()


def _say(window: QWidget, controller: App, dashboard: DashboardPage, seen: OlderSeen | None) -> None:
    if seen is None:
        return
    found, by = seen.found, seen.replaced_by
    before = window.windowTitle()
    window.setWindowTitle(title())
    dashboard.mark_older_copy(_tr(CARD_VALUE), card_words(found, by))
    window.setProperty(SAID, _tr(STATUS_REPLACED) if by else card_words(found))
    backups_said = getattr(window, "backups_changed", None)  # the status bar's line read again, with it
    if callable(backups_said):
        backups_said()
    box = AnsweredByAlt(QMessageBox.Icon.Warning, _tr(HEADING), words(found, True, by, seen.replaced_on),
                        QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("olderCopyMessage")
    box.setEscapeButton(box.addButton(_tr(CLOSE), QMessageBox.ButtonRole.RejectRole))
    # No restore over a vault a copy replaced: the way on is that copy.
    newest = Path(found.newest) if found.newest and not by else None
    if newest is not None and newest.is_file():
        restore = box.addButton(_tr(RESTORE), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("olderCopyRestore")
        box.setDefaultButton(restore)
        restore.clicked.connect(lambda: restore_newest(window, controller, newest))
    box.open()  # window-modal, not blocking: the unlock's other news go on behind it
    if found.destroyed_there:  # now written into this copy's ledger: the list marks their rows
        refresh = getattr(window, "client_list", None)
        if refresh is not None:
            refresh.refresh()
    _Follower(window, controller, dashboard, box, before)


def restore_newest(window: QWidget, controller: App, newest: Path) -> None:
    """The restore of the folder's newest backup over this vault, that backup chosen: its own
    dialog asks the passphrase and says what the restore replaces (a safety copy is kept)."""
    from vault_app.gui.backup_restore_dialog import RestoreDialog  # Lazy (start-up)

    dialog = RestoreDialog(controller, newest, parent=window)
    dialog.setObjectName("olderCopyRestoreDialog")
    dialog.replace.setChecked(True)  # "here": over this vault, not beside it
    dialog.open()


__all__ = ["card_words", "check", "restore_newest", "status_words_of", "title", "words"]
