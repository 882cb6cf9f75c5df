"""What the Backups window's result line says of a backup checked (Check the selected backup, and a
backup found again with Locate…): the words, whether they are a problem's, and the check's own terms
for a support person (the line's tooltip and screen-reader description). The words keep the
BackupsDialog context: held apart from gui/backups.py, whose window passed one file's worth."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from vault_app.gui.backup_check_words import checked_words, plain_words


@dataclass(frozen=True)
class Checked:
    text: str  # the result line
    problem: bool  # said in a problem's style
    detail: str = ""  # the check's own terms ("" for none)


def checked_result(summary: dict[str, Any]) -> Checked:
    """What a check's `summary` (services/backup_repo_restore.verify_copy) says on the result line."""
    if summary.get("older_than_purge"):
        # It opens, so every check passes: "intact" alone would hide that it is the copy a
        # destruction's purge replaced, put back (services/backup_changed.py).
        return Checked(QCoreApplication.translate(
            "BackupsDialog",
            "{0} opens, but it is an older copy from before a destruction purged it, put back: it still "
            "holds what was destroyed. Delete it and make a new backup.").format(summary["file"]), True)
    if summary.get("between_purges"):
        # Purged twice, its copy from between the purges put back: the first purge's record
        # is in it, and the later destruction's chart too (services/backup_changed.py).
        return Checked(QCoreApplication.translate(
            "BackupsDialog",
            "{0} opens, but it is an older copy from between two destructions' purges, put back: it still "
            "holds the chart the later destruction destroyed. Delete it and make a new backup.")
            .format(summary["file"]), True)
    if summary.get("holds_destroyed"):
        # Whole, but the purge never reached it (a copy restored from): "intact" hid that (found in the app).
        return Checked(QCoreApplication.translate(
            "BackupsDialog",
            "{0} opens, but it still holds a chart destroyed since it was made. Purge it in Records > "
            "Destructions and certificates (Purge the backups now), or delete it and make a new backup.")
            .format(summary["file"]), True)
    # In a therapist's words: what was checked and what it means (backup_checked.plainly). The check's
    # own terms are for a support person: the line's tooltip and screen-reader description (found:
    # "snapshot authentication, every chunk's authentication and keyed hash, header MAC, …" was the result).
    return Checked("\n".join((
        QCoreApplication.translate("BackupsDialog", "{0} is intact: it can be restored.").format(summary["file"]),
        plain_words(summary))), False,
        QCoreApplication.translate("BackupsDialog", "For support, what was checked: {0}.")
        .format(checked_words(summary["checked"])))


__all__ = ["Checked", "checked_result"]
