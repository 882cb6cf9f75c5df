"""What Restore from a backup (gui/restore_dialog.py) says once the restore is done: what was
restored and from when, what was destroyed again, what the vault replaced held, which copy was
not read (its keys replaced since), where backups go on, and which secret opens it now. Apart
from the dialog, which asks for the backup, the folder and the keys; its words keep the
dialog's translation context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from vault_app.domain.errors import VaultError
from vault_app.gui import restore_carried_words, restore_held_words, restore_signing_words
from vault_app.gui.practice_clock import moment_here
from vault_app.gui.refusal_words import refusal_words
from vault_app.services.backup_checked import FULL
from vault_app.services.backup_restore import RestoreReport
from vault_app.services.restore_ask import Ahead


def keys_replaced_lines(report: RestoreReport, *, typed_current: bool) -> list[str]:
    """A copy read for destructions that the backup's keys did not open (restore_destructions.
    KeysReplacedSince), said with the way to give its passphrase here: the core's warning names
    the command line's options (VAULT_APP_PASSPHRASE, --passphrase-file)."""
    out = []
    for place in report.keys_replaced:
        why = (
            QCoreApplication.translate("RestoreFromBackupDialog", "nor with the current passphrase typed")
            if typed_current
            else QCoreApplication.translate("RestoreFromBackupDialog", "and no current passphrase of it was typed")
        )
        said = QCoreApplication.translate(
            "RestoreFromBackupDialog",
            "The vault in {0} does not open with this backup's keys (its passphrase or Emergency Kit of "
            "then), {1}: its keys were replaced since (Replace every key). Its destructions were not "
            "re-applied, so a chart destroyed there since this backup may be back in the restored vault.",
        )
        if place == report.folder and report.safety_copy:
            # Replaced: restoring again would read the restored vault, not the one it replaced.
            fix = QCoreApplication.translate(
                "RestoreFromBackupDialog",
                "The vault it replaced is kept in {0}: open it with its current passphrase (Vault > Open "
                "another vault…), find the charts destroyed since the backup (Records > Destructions and "
                "certificates) and destroy them again here.",
            ).format(report.safety_copy)
        else:
            fix = QCoreApplication.translate(
                "RestoreFromBackupDialog",
                "Restore again with your Emergency Kit, typing that vault's current passphrase in “Current "
                "passphrase”, so its destructions are re-applied.",
            )
        out.append(f"{said.format(place, why)} {fix}")
    return out


def lines(report: RestoreReport, said: Ahead | None, *, typed_current: bool = False) -> tuple[list[str], str]:
    """The summary's sentences, and the one the unlock window says after it (which secret opens the
    vault). `said`: what the question said of the vault replaced; `typed_current`: a current
    passphrase was typed beside the kit."""
    check = (
        QCoreApplication.translate("RestoreFromBackupDialog", "every page and the ledger chain were checked now")
        if report.check == FULL
        else QCoreApplication.translate("RestoreFromBackupDialog", "its check was recorded when it was made")
    )
    out = [
        QCoreApplication.translate(
            "RestoreFromBackupDialog", "Restored into {0} from the backup made {1} ({2})."
        ).format(report.folder, moment_here(report.backup_created), check),
        # Found by a walker: nothing said what the backup could not hold.
        QCoreApplication.translate(
            "RestoreFromBackupDialog", "Anything written after {0} is not in this backup."
        ).format(moment_here(report.backup_created)),
    ]
    if report.safety_copy:
        out.append(
            QCoreApplication.translate(
                "RestoreFromBackupDialog", "The vault it replaced is kept as a safety copy in {0}."
            ).format(report.safety_copy)
        )
    again = sum(1 for r in report.reapplied if r.get("reapplied"))
    out.append(
        QCoreApplication.translate(
            "RestoreFromBackupDialog", "Charts destroyed since the backup was made, destroyed again: {0}."
        ).format(again)
        if again
        else QCoreApplication.translate("RestoreFromBackupDialog", "No destroyed chart had to be destroyed again.")
    )
    if not report.destruction_sources:  # only the backup's own ledger was read (found by a walker)
        out.append(
            QCoreApplication.translate(
                "RestoreFromBackupDialog",
                "Destructions made after this backup are unknown here: only the backup's own "
                "record was read, so a chart destroyed since {0} may be back. If you destroyed "
                "any since, find their destruction certificates (each names its chart) and "
                "destroy those charts again, or restore over a newer copy of this vault, whose "
                "record is then read.",
            ).format(moment_here(report.backup_created))
        )
    out += keys_replaced_lines(report, typed_current=typed_current)
    out += restore_signing_words.lines(report)  # never a retired key in use again, or the key to compare
    # What the replaced vault's ledger held beyond the backup, and the disclosures carried
    # (found by a walker: a court-order disclosure vanished without a word).
    out += restore_carried_words.lines(report, said)
    if report.source_holds_destroyed:
        # Found in the real app: nothing said so, and `backup list` called that file verified.
        out.append(
            restore_held_words.beside(report)
            if report.copy_beside
            # its own purge: not here
            else QCoreApplication.translate(
                "RestoreFromBackupDialog",
                "The backup restored from, {0}, still holds a chart destroyed since it was made "
                "(destroyed again in the vault, not in that file): purge it in Records > "
                "Destructions and certificates (Purge the backups now), or delete that file.",
            ).format(report.source)
        )
    if report.copy_beside_not_told:
        # Its destructions will not name this copy (services/restore_beside_record.py).
        folder, why = report.copy_beside_not_told
        out.append((QCoreApplication.translate(
            "RestoreFromBackupDialog",
            "The vault in {0} could not be told of this copy: it is open in another window. A chart destroyed "
            "there later is not destroyed in this copy, nor named on its certificate: destroy it here too, or "
            "delete this copy.") if why == "busy" else QCoreApplication.translate(
            "RestoreFromBackupDialog",
            "The vault in {0} was not told of this copy: its record is not the one this computer last opened (an "
            "older copy may have been put back there), so nothing was written into it. Open it to see why. A chart "
            "destroyed there later is not destroyed in this copy, nor named on its certificate: destroy it here too, "
            "or delete this copy.") if why == "rolled_back" else QCoreApplication.translate(
            "RestoreFromBackupDialog",
            "The vault in {0} could not be told of this copy: its keys were replaced since the backup. A chart "
            "destroyed there later is not destroyed in this copy, nor named on its certificate: destroy it here "
            "too, or delete this copy.")).format(folder))
    if report.backup_folder_followed:
        # Found in the real app: the settings still named the old computer's path of the drive.
        out.append(
            QCoreApplication.translate(
                "RestoreFromBackupDialog",
                "Backups go on into {0}, the folder this backup was restored from: the backup "
                "folder set before, {1}, is not on this computer.",
            ).format(report.backup_folder_followed, report.backup_folder_before)
        )
    if report.backups_go_to:
        out.append(
            QCoreApplication.translate(
                "RestoreFromBackupDialog",
                "Automatic backups go on into {0}, where this vault's backups were kept. If the vault restored "
                "from is still used on another computer and backs up there too, choose a folder of your own now "
                "(Vault > Backups…): two vaults backing up into one folder thin each other's backups.",
            ).format(report.backups_go_to)
        )
    if report.recovered:
        next_step = QCoreApplication.translate(
            "RestoreFromBackupDialog", "Restored from a backup: unlock it with the new passphrase you chose."
        )
    elif report.needs_recover:
        next_step = QCoreApplication.translate(
            "RestoreFromBackupDialog",
            "Restored from a backup. It was also protected by a secret in the keyring of the computer it was "
            "made on, which is not here: open it once with Recover with Emergency Kit…",
        )
    else:
        next_step = QCoreApplication.translate(
            "RestoreFromBackupDialog",
            "Restored from a backup: unlock it with the passphrase the vault had when the backup was made.",
        )
    out.append(next_step)
    # The core's warnings, but those said in this screen's words: a copy not read (its keys replaced
    # since, above; any other reason, here).
    places = [*report.keys_replaced, *(str(c.get("place", "")) for c in report.copies_unread)]
    unread = tuple(f"The vault copy in {place} could not be read" for place in places)
    out += [w for w in report.warnings if not w.startswith(unread)] if unread else report.warnings
    out += [unread_copy_line(c) for c in report.copies_unread if c.get("place") not in report.keys_replaced]
    return out, next_step


def unread_copy_line(copy: Mapping[str, Any]) -> str:
    """A copy of the vault the restore could not read for destructions (restore_destructions.Told), its
    reason by its code (found: this line ended the summary in English on a screen in Spanish)."""
    params = copy.get("params")
    coded = VaultError("", code=str(copy.get("code") or ""), params=params if isinstance(params, dict) else {})
    why = refusal_words(coded)[0] or QCoreApplication.translate(
        "RestoreFromBackupDialog", "its files did not open (a damaged file, or another vault's).")
    return QCoreApplication.translate(
        "RestoreFromBackupDialog",
        "The vault copy in {0} could not be read, so a chart destroyed there since this backup may be back in "
        "the restored vault (check it, and destroy it again if so). Why: {1}").format(copy.get("place", ""), why)
