"""What still holds a chart after its destruction was finished: the places its certificate names
(a registered backup not reachable, an interrupted backup's or purge's unpacked copy on a drive
that was away, a copy of the vault the app made itself before a restore), said where the finish
is said: `destruction resume`, and the notice of the unlock that finished it.

Found by a walker: `destroy` killed while it purged a backup, the backup drive taken away, then
`destruction resume` said only "completed"; the purge's unpacked copy on that drive (the chart in
it) and five restore safety copies were in the certificate's JSON alone."""

from __future__ import annotations

import shlex
from typing import Any

COPY_BESIDE = "copy restored beside"  # destruction_app_copies.COPY_BESIDE, without its imports
RESTORED_FROM = "backup restored from"  # destruction_app_copies.RESTORED_FROM

BACKUP_AWAY, COPY_AWAY, APP_COPY = "backup_not_reachable", "unfinished_copy_beyond_reach", "app_copy_not_purged"
APP_COPY_BESIDE = "app_copy_beside_not_reached"  # destruction_app_copies.COPY_BESIDE on the certificate
APP_BACKUP_FROM = "app_backup_restored_from_not_purged"  # destruction_app_copies.RESTORED_FROM
_KIND_OF = {COPY_BESIDE: APP_COPY_BESIDE, RESTORED_FROM: APP_BACKUP_FROM}
APP_KINDS = (APP_COPY, APP_COPY_BESIDE, APP_BACKUP_FROM)  # the app's own copies, said after a destruction
# Each kind as the command line says it (the app says the count: gui/status_words.py).
WORDS = {
    BACKUP_AWAY: "a registered backup that was not reachable (connect its drive, then 'vault-app destruction "
                 "purge-backups CERT')",
    COPY_AWAY: "an interrupted backup's or purge's unpacked copy on a drive that was away (connect it and start the "
               "app, or 'vault-app destruction purge-backups CERT', which removes it)",
    APP_COPY: "a copy of the vault the app made itself before a restore (delete it once the restored vault is known "
              "to be right)",
    APP_COPY_BESIDE: "a copy of the vault a restore made beside it, in another folder, or the vault such a restore "
                     "was made beside, not reached (destroy the chart there too with 'vault-app --vault FOLDER "
                     "destroy', or delete that folder)",
    APP_BACKUP_FROM: "the backup this vault was restored from, not one of its registered backups, so not purged: it "
                     "holds the chart if it is still there (delete that file, or purge it from the vault that "
                     "registered it)",
}
# The certificate's lists, by the kind each holds.
_LISTS = (("backups_not_reachable", BACKUP_AWAY), ("unfinished_copies_beyond_reach", COPY_AWAY),
          ("app_copies_not_purged", APP_COPY))


def still_holding(verification: dict[str, Any]) -> list[dict[str, str]]:
    """Each place the certificate's verification names as possibly still holding the chart."""
    return [{"kind": _KIND_OF.get(str(item.get("kind")), kind) if kind == APP_COPY else kind,
             "path": str(item.get("path", ""))}
            for key, kind in _LISTS for item in verification.get(key) or [] if isinstance(item, dict)]


def lines(held: list[dict[str, str]], certificate_id: str) -> list[str]:
    """The command line's words for them, one place a line."""
    return [f"  may still hold the chart: {h['path']}: "
            f"{WORDS[h['kind']].replace('CERT', certificate_id).replace('FOLDER', shlex.quote(h['path']))}"
            for h in held]


def gone_lines(verification: dict[str, Any]) -> list[str]:
    """The copies restored beside the vault that were no longer in their folder (moved or deleted)."""
    return [f"  a copy restored beside the vault was not found in {p} (moved or deleted since): if it was moved, "
            "destroy the chart there too" for p in verification.get("app_copies_not_found") or []]


__all__ = ["APP_BACKUP_FROM", "APP_COPY", "APP_COPY_BESIDE", "APP_KINDS", "BACKUP_AWAY", "COPY_AWAY", "WORDS",
           "gone_lines", "lines", "still_holding"]
