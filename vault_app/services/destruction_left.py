"""What still holds a chart after its destruction was finished: the places its certificate names
(a registered backup not reachable, an interrupted backup's or purge's unpacked copy on a drive
that was away, a copy of the vault the app made itself before a restore), said where the finish
is said: `destruction resume`, and the notice of the unlock that finished it.

Found by a walker: `destroy` killed while it purged a backup, the backup drive taken away, then
`destruction resume` said only "completed"; the purge's unpacked copy on that drive (the chart in
it) and five restore safety copies were in the certificate's JSON alone."""

from __future__ import annotations

from typing import Any

BACKUP_AWAY, COPY_AWAY, APP_COPY = "backup_not_reachable", "unfinished_copy_beyond_reach", "app_copy_not_purged"
# Each kind as the command line says it (the app says the count: gui/status_words.py).
WORDS = {
    BACKUP_AWAY: "a registered backup that was not reachable (connect its drive, then 'vault-app destruction "
                 "purge-backups CERT')",
    COPY_AWAY: "an interrupted backup's or purge's unpacked copy on a drive that was away (connect it and start the "
               "app, or 'vault-app destruction purge-backups CERT', which removes it)",
    APP_COPY: "a copy of the vault the app made itself before a restore (delete it once the restored vault is known "
              "to be right)",
}
# The certificate's lists, by the kind each holds.
_LISTS = (("backups_not_reachable", BACKUP_AWAY), ("unfinished_copies_beyond_reach", COPY_AWAY),
          ("app_copies_not_purged", APP_COPY))


def still_holding(verification: dict[str, Any]) -> list[dict[str, str]]:
    """Each place the certificate's verification names as possibly still holding the chart."""
    return [{"kind": kind, "path": str(item.get("path", ""))}
            for key, kind in _LISTS for item in verification.get(key) or [] if isinstance(item, dict)]


def lines(held: list[dict[str, str]], certificate_id: str) -> list[str]:
    """The command line's words for them, one place a line."""
    return [f"  may still hold the chart: {h['path']}: {WORDS[h['kind']].replace('CERT', certificate_id)}"
            for h in held]


__all__ = ["APP_COPY", "BACKUP_AWAY", "COPY_AWAY", "WORDS", "lines", "still_holding"]
