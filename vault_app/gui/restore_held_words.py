"""What the two restore dialogs say of a backup restored BESIDE the vault that still holds a
chart destroyed since it was made. That file is registered in neither vault, so Purge the
backups now reaches it from neither: the original vault's Records > Destructions and
certificates > Purge a backup file… does (or the CLI's `destruction purge-backups CERT --file`,
which the CLI's own restore line names). Found: both dialogs sent the therapist to Purge the
backups now, which left the file NOT CLEAN."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.services.backup_restore import RestoreReport

BESIDE = QT_TRANSLATE_NOOP(
    "RestoreHeldWords",
    "The backup restored from, {0}, still holds a chart destroyed since it was made (destroyed again here, not in "
    "that file). Purge the backups now does not reach it: open the vault this is a copy of, {1}, and choose "
    "Records > Destructions and certificates > Purge a backup file… (or run: {2}), or delete that file.")


def beside(report: RestoreReport) -> str:
    """The sentence for a restore beside the vault (`report.copy_beside` set) whose source still
    holds a destroyed chart: one command per destruction it holds, as the CLI prints them."""
    original = report.copy_beside or ""
    commands = "; ".join(f"vault-app --vault {shlex.quote(original)} destruction purge-backups {cert} "
                         f"--file {shlex.quote(str(report.source))}" for cert in report.source_holds_destroyed)
    return QCoreApplication.translate("RestoreHeldWords", BESIDE).format(report.source, original, commands)


__all__ = ["BESIDE", "beside"]
