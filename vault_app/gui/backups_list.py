"""What the Backups window (gui/backups.py) shows of the backups: the summary above the list,
the reminder under it, and the list's rows with their tooltips; and the read of all that on the
worker (overview). Apart from the window's fields and buttons, which were at 500 lines with it.

The words keep the window's context ("BackupsDialog"): they are its words, and es.ts has them there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from vault_app.gui.backup_changed_words import changed_words
from vault_app.gui.backup_warnings import REFUSALS, warning_words
from vault_app.gui.dates import one_stop, show_deadline
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.practice_clock import moment_here
from vault_app.gui.status_words import backup_reminder
from vault_app.gui.widgets import add_row
from vault_app.services import backup, backup_folder_lost
from vault_app.services.backup_last_verified import LastVerified, from_status

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# A backup's state as the register names it (backup_registry.state, backup_changed.CHANGED),
# said in the screen's language; one of no known name is shown as it is.
STATES = {
    "verified": QT_TRANSLATE_NOOP("BackupsDialog", "verified"),
    "present": QT_TRANSLATE_NOOP("BackupsDialog", "present"),
    "failed": QT_TRANSLATE_NOOP("BackupsDialog", "failed"),
    "missing": QT_TRANSLATE_NOOP("BackupsDialog", "missing"),
    "changed": QT_TRANSLATE_NOOP("BackupsDialog", "changed"),
    # Deleted by another copy of this vault's rotation (backup_changed.REMOVED): not "missing".
    "removed": QT_TRANSLATE_NOOP("BackupsDialog", "removed by another copy"),
    # Removed by this vault's own rotation, on the computer it was restored from (backup_changed.ROTATED).
    "rotated": QT_TRANSLATE_NOOP("BackupsDialog", "removed by the rotation"),
    # Its backup folder deleted (or its drive wiped) and made again (services/backup_folder_lost.py).
    "lost": QT_TRANSLATE_NOOP("BackupsDialog", "lost with its folder"),
}
# What this vault's own past explains, said calmly in its row: not counted as changed outside the
# vault (found: "1 backup below changed outside this vault" at every visit after a restore).
# Nor is a missing one, whose row says where it was looked for.
_OWN_PAST = frozenset({"rotated", "missing", "lost"})


def _tr(text: str, n: int = -1) -> str:
    """A text already marked where it is written (QT_TRANSLATE_NOOP), in the window's context."""
    return QCoreApplication.translate("BackupsDialog", text, "", n)


def state_words(state: str) -> str:
    return _tr(STATES[state]) if state in STATES else state


def short_folder(path: str, snapshot: bool) -> str:
    """The folder a backup is in, short: a snapshot's backup folder (not its 'snapshots'), the
    home folder as ~, and of a long path its last two folders."""
    folder = Path(path).parent
    if snapshot and folder.name == "snapshots":
        folder = folder.parent
    home = Path.home()
    shown = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) and folder != home else str(folder)
    if len(shown) > 40 and len(folder.parts) > 3:
        shown = str(Path("…", *folder.parts[-2:]))
    return shown


def overview(vault: Vault) -> dict[str, Any]:
    status = backup.status_of_folder(vault)
    target = status["settings"].get("target")
    # Found in the real app: the window showed a folder that was not there without saying so.
    missing = bool(target) and not Path(str(target)).expanduser().is_dir()
    return {"status": status, "backups": backup.list_backups(vault), "target_missing": missing,
            "lost_unread": backup_folder_lost.unread(vault), "replaced_by": _replaced_by(vault),
            "last_verified": from_status(status),
            "target_resolved": str(Path(str(target)).expanduser().resolve()) if target else None}


def _replaced_by(vault: Vault) -> str | None:
    """The copy that replaced this vault and has backed up into its backup folder since (round 46)."""
    # Lazy (memory): the lineage check's modules, only when the Backups window reads its folder
    from vault_app.services import older_copy_replaced

    return older_copy_replaced.replaced_by_copy(vault)


# A vault a copy replaced (restore --replaces-original), that copy's backups now in this folder: the way on
# is that copy, as the unlock's message, the Today card and the status line say (gui/older_copy.py
# REPLACED_WORK); not another backup folder to keep this vault, nor a restore over it.
REPLACED = QT_TRANSLATE_NOOP("BackupsDialog", "This vault was replaced by the copy in {0} (restored from a backup), "
                                              "and this backup folder now holds that copy's backups: work in that "
                                              "copy. Do not restore a backup over this vault, and do not choose "
                                              "another backup folder for it.")
RESTORE_REPLACED = QT_TRANSLATE_NOOP("BackupsDialog", "This vault was replaced by the copy in {0}: work in that copy. "
                                                      "A restore here would put that copy's backup, with its keys, "
                                                      "over this vault.")

# Back up now there (round 46): refused by the rule against mixing two copies' backups in one folder
# (services/backup_lineage), whose words then said to restore here or choose another folder, what the
# summary says not to do. Not offered: its tooltip and description say why, and where to back up.
BACKUP_REPLACED = QT_TRANSLATE_NOOP("BackupsDialog", "This vault was replaced by the copy in {0}: work in that "
                                                     "copy, and back it up from there. A backup of this vault "
                                                     "into this folder would mix it with that copy's backups, "
                                                     "and is refused.")


def summary_words(data: dict[str, Any]) -> str:
    """The lines above the list: how many, the last made and checked, what is wrong."""
    status, conf = data["status"], data["status"]["settings"]
    # Said as `backup list` and the Today screen say it (services/backup_last_verified.py).
    said: LastVerified = data["last_verified"]
    age = said.age_days
    last = status["last_backup"]
    made = int(status["registered"])
    parts = [QCoreApplication.translate("BackupsDialog", "%n backup made by this app.", "", 1) if made == 1
             else QCoreApplication.translate("BackupsDialog", "%n backups made by this app.", "", made)]
    if last:
        parts.append(one_stop(QCoreApplication.translate("BackupsDialog", "Last backup: {0}.")
                              .format(moment_here(last["created"]))))
    parts.append(_checked_words(age))
    # Said once: the settings' own folder not there is said below, with what to do.
    if said.where == "away" and not (data.get("target_missing") and said.folder == data.get("target_resolved")):
        parts.append(QCoreApplication.translate(
            "BackupsDialog", "It is in {0}, which is not reachable now: connect its drive, or make a new "
                             "backup.").format(said.folder))
    elif said.where == "gone":
        parts.append(QCoreApplication.translate(
            "BackupsDialog", "Its file is no longer in {0}, which is reachable: deleted or moved. Make a new "
                             "backup.").format(said.folder))
    if status["changed_since_last_backup"]:
        parts.append(QCoreApplication.translate("BackupsDialog", "The vault changed since the last backup."))
    changed = sum(1 for b in data["backups"] if b.get("changed") and b["state"] not in _OWN_PAST)
    if changed:
        parts.append(QCoreApplication.translate(
            "BackupsDialog", "%n backup below changed outside this vault: select it to read what happened.",
            "", 1) if changed == 1 else QCoreApplication.translate(
            "BackupsDialog", "%n backups below changed outside this vault: select one to read what happened.",
            "", changed))
    replaced_by = data.get("replaced_by")
    if replaced_by:  # said instead of the next backup's refusal ("Choose another folder…")
        parts.append(QCoreApplication.translate("BackupsDialog", REPLACED).format(replaced_by))
    parts.extend(warning_words(w) for w in status["warnings"]
                 if not (replaced_by and any(refusal.fullmatch(w) for refusal, _words in REFUSALS)))
    if data.get("target_missing"):
        parts.append(QCoreApplication.translate(
            "BackupsDialog", "The backup folder {0} is not there now: if it is on an external drive, connect the "
                             "drive; or choose another folder.").format(conf.get("target")))
    return " ".join(parts)


def _checked_words(age: float | None) -> str:
    if age is None:
        return QCoreApplication.translate("BackupsDialog", "Last checked backup: none yet.")
    days = round(age)
    if days < 0:  # this computer's clock is behind; Qt leaves %n unfilled below zero (found by a walker)
        return QCoreApplication.translate("BackupsDialog",
                                          "Last checked backup: dated after today (check this computer's clock).")
    if days == 0:
        return QCoreApplication.translate("BackupsDialog", "Last checked backup: today.")
    if days == 1:
        return QCoreApplication.translate("BackupsDialog", "Last checked backup: %n day old.", "", 1)
    return QCoreApplication.translate("BackupsDialog", "Last checked backup: %n days old.", "", days)


def reminder_words(data: dict[str, Any]) -> str:
    """The reminder under the summary, "" when none is due. It names this screen's own button by
    its menu path; here it is one row below. The services' reminder is English: the status bar's
    words say the same in the screen's language. Backups listed but none checked (a restored
    vault's): the status bar's words sent the therapist to this very window (Vault > Backups… >
    Back up now)."""
    said: LastVerified = data["last_verified"]
    if not said.reminder_due or data.get("replaced_by"):  # replaced: the summary says where the work goes
        return ""
    if int(data["status"]["registered"]) == 0:
        return QCoreApplication.translate("BackupsDialog", "No verified backup yet: choose a folder, then Back up now.")
    if said.age_days is None:
        return QCoreApplication.translate("BackupsDialog", "No checked backup yet: select one below and choose Check "
                                                           "the selected backup, or Back up now.")
    return backup_reminder(int(said.age_days))


def fill_rows(tree: QTreeWidget, backups: list[dict[str, Any]]) -> None:
    """The list's rows, the newest first. The row selected stays selected (found: after Check the
    selected backup the selection jumped back to the newest checked one, the first row); else the
    newest checked backup is: Restore the selected backup proposes it first."""
    current = tree.currentItem()
    was_selected = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
    tree.clear()
    newest_checked: QTreeWidgetItem | None = None
    selected: QTreeWidgetItem | None = None
    for b in reversed(backups):
        item = _row(tree, b)
        if b["path"] == was_selected:
            selected = item
        if newest_checked is None and b["state"] == "verified":
            newest_checked = item
    chosen = selected or newest_checked
    if chosen is not None:
        tree.setCurrentItem(chosen)


# A row's whole kind when the Kind column says it short (gui/backups.py says it under the list).
KIND_WHOLE_ROLE = Qt.ItemDataRole.UserRole + 1


def _kind_words(b: dict[str, Any], snapshot: bool) -> tuple[str, str]:
    """(what the Kind column says, the whole kind). Found by a walker: "dated backup, from before the
    restore, kept unt…" ran past the list's right edge at the window's own size, and at 150 %."""
    kind = QCoreApplication.translate("BackupsDialog", "dated backup") if snapshot \
        else QCoreApplication.translate("BackupsDialog", "single file")
    if b.get("kept_until"):  # left behind by a restore: until when the rotation keeps it
        whole = QCoreApplication.translate("BackupsDialog", "{0}, from before the restore, kept until {1}") \
            .format(kind, show_deadline(b["kept_until"]))
    elif b.get("before_restore"):
        whole = QCoreApplication.translate("BackupsDialog", "{0}, from before the restore").format(kind)
    else:
        return kind, kind
    return QCoreApplication.translate("BackupsDialog", "{0}, before the restore").format(kind), whole


def _row(tree: QTreeWidget, b: dict[str, Any]) -> QTreeWidgetItem:
    snapshot = b.get("kind") == "snapshot"
    # A snapshot's own bytes are its small manifest; what it shares with the others is not
    # its own: its size is what it added to the folder when made (its new chunks).
    written = b.get("bytes_written")
    # One registered without it (by a restore: the snapshot restored from) says so, not empty.
    size = ((QCoreApplication.translate("BackupsDialog", "{0} KiB added").format(written // 1024)
             if isinstance(written, int) else QCoreApplication.translate("BackupsDialog", "not recorded"))
            if snapshot else QCoreApplication.translate("BackupsDialog", "{0} KiB").format(b["bytes"] // 1024))
    kind, whole_kind = _kind_words(b, snapshot)
    item = add_row(tree, [moment_here(b["created"]), b["file"], size, state_words(b["state"]), kind,
                          short_folder(b["path"], snapshot)], b["path"])
    for column in range(item.columnCount()):
        item.setToolTip(column, changed_words(b.get("changed") or ""))
    if whole_kind != kind:  # the whole kind a hover away, read whole by a screen reader, and said under the list
        item.setData(4, Qt.ItemDataRole.AccessibleTextRole, whole_kind)
        item.setData(4, KIND_WHOLE_ROLE, whole_kind)
        item.setToolTip(4, "\n".join(filter(None, (whole_kind, item.toolTip(4)))))
    # Where it is: two folders' backups of a day have the same name (found on Xvfb), told
    # apart by the Folder column, the whole path in its tooltip and the file's.
    for column in (1, 5):
        item.setToolTip(column, "\n".join(filter(None, (b["path"], item.toolTip(column)))))
    if snapshot:  # the technical word a hover away (the Kind column says "dated backup")
        item.setToolTip(4, "\n".join(filter(None, (QCoreApplication.translate(
            "BackupsDialog", "A snapshot in the backup folder: its file in 'snapshots', its pieces in 'chunks'."),
            item.toolTip(4)))))
    if snapshot and isinstance(written, int):
        item.setToolTip(2, QCoreApplication.translate(
            "BackupsDialog", "What this dated backup added to the backup folder when it was made; what it "
                             "shares with the other dated backups is not counted."))
    elif snapshot:
        item.setToolTip(2, QCoreApplication.translate(
            "BackupsDialog", "What this dated backup added to the backup folder was not recorded in this "
                             "vault (it was registered by a restore)."))
    return item


def restore_refused_words(data: dict[str, Any]) -> str:
    """Why Restore the selected backup is not offered ("" while it is): a vault a copy replaced."""
    replaced_by = data.get("replaced_by")
    return QCoreApplication.translate("BackupsDialog", RESTORE_REPLACED).format(replaced_by) if replaced_by else ""


def backup_refused_words(data: dict[str, Any]) -> str:
    """Why Back up now is not offered ("" while it is): a vault a copy replaced."""
    replaced_by = data.get("replaced_by")
    return QCoreApplication.translate("BackupsDialog", BACKUP_REPLACED).format(replaced_by) if replaced_by else ""


__all__ = ["BACKUP_REPLACED", "KIND_WHOLE_ROLE", "REPLACED", "RESTORE_REPLACED", "STATES", "backup_refused_words",
           "fill_rows", "overview", "reminder_words", "restore_refused_words", "short_folder", "state_words",
           "summary_words"]
