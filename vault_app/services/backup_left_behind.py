"""The backups a restore over the vault knowingly left behind, so the automatic backups go on
in the folder they were going to.

A backup folder holds one line of one vault's history (services/backup_lineage.py). When the
therapist restores an older backup over the vault in place (to undo a mistake), the folder's
newest backup was made by the vault the restore replaced: of a line the restored vault does not
continue, so every later backup there was refused, and the therapist had to choose another
folder. The restore knows better: the vault it replaces goes away (into the safety copy), and
the backups of that vault's own history that the restored vault's history lacks are the ones it
goes back from. It records them in the restored vault's backup.restored entry ("left_behind":
path, ledger seq and MAC of each, as a backup's table of contents names them), written in the
restored copy's ledger before its files are put in place, so the record and the restore are one
step (restore_rollforward finishes both or neither).

The lineage check accepts a folder whose newest backup is one of them, and only those: a backup
a second copy writes there later (the safety copy opened by mistake, a copy restored elsewhere)
names a ledger entry of its own (its unlock alone adds one), which no restore left behind, and
is refused as before. Only the replaced vault's own history is left behind, not what its register
merely carried from an earlier restore: a copy restored over a copy does not take the original's
folder. The rotation leaves these backups alone for GRACE_DAYS after the restore, so a restore
made by mistake can be undone from them (the restore's safety copy holds the replaced vault too);
after that the next backup into their folder rotates them out, each deletion recorded as the
rotation records any (backup_rotation). Kept for good, they stayed on disk and registered (every
destruction purged them) until the therapist deleted them by hand, which nothing in the app did.
`backup list` and the Backups window say they are from before the restore, and until when they
are kept.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from vault_app.services.backup_registry import RESTORED, RegisteredBackup, of_this_vault
from vault_app.services.ledger import Ledger, LedgerEntry
from vault_app.services.vault import Vault

PAYLOAD_KEY = "left_behind"
# Long enough to notice a restore made by mistake (a month of sessions), short enough that the
# old line's charts do not stay in the backup folder for good.
GRACE_DAYS = 30
# The records read just before a restore's entry (the restored ledger's last ones).
_BEFORE = 20


def now() -> datetime:
    """The clock the grace period is read on (one place: a test's process sets it)."""
    return datetime.now(UTC)


def own_backups(register: list[RegisteredBackup], ledger: Ledger) -> list[RegisteredBackup]:
    """The registered backups (not rotated out) of the history `ledger` holds: a vault's own,
    by the ledger entry each was made at. One registered without that entry's MAC (an older
    version's) cannot be told from another copy's and is left out."""
    return [b for b in register if not b.gone and b.ledger_mac and ledger.holds(b.ledger_seq, b.ledger_mac)]


def left_by(copy: Vault, replaced_own: list[RegisteredBackup]) -> list[dict[str, Any]]:
    """What the restored copy records in its backup.restored entry: the replaced vault's own
    backups its own history does not hold (those newer than the backup restored from)."""
    seen: set[tuple[int, str]] = set()
    left = []
    for b in sorted(replaced_own, key=lambda b: b.ledger_seq):
        mark = (b.ledger_seq, b.ledger_mac)
        if mark in seen or copy.ledger.holds(*mark):
            continue
        seen.add(mark)
        left.append({"path": b.path, "ledger_seq": b.ledger_seq, "ledger_mac": b.ledger_mac})
    return left


def kept_until(vault: Vault) -> dict[tuple[int, str], datetime]:
    """(ledger seq, MAC) of every backup this vault's restores left behind, with the moment the
    rotation stops keeping it: GRACE_DAYS after the restore that left it (the latest such)."""
    found: dict[tuple[int, str], datetime] = {}
    for entry in vault.ledger.entries(kinds=(RESTORED,)):
        items = entry.payload.get(PAYLOAD_KEY)
        if not isinstance(items, list):
            continue
        until = _restored_at(vault, entry) + timedelta(days=GRACE_DAYS)
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("ledger_seq"), int) and item.get("ledger_mac"):
                mark = (item["ledger_seq"], str(item["ledger_mac"]))
                found[mark] = max(until, found.get(mark, until))
    return found


def _restored_at(vault: Vault, entry: LedgerEntry) -> datetime:
    """When the restore was made: its entry's time, or the newest of the records just before it when
    that is later. A restore made while the clock was years behind dated the grace in the past, and
    once the clock was set right its backups were rotated out at the next backup (found by a walker)."""
    before = [e for e in vault.ledger.entries(since_seq=max(1, entry.seq - _BEFORE)) if e.seq < entry.seq]
    return max([datetime.fromisoformat(e.time) for e in before] + [datetime.fromisoformat(entry.time)])


def marks(vault: Vault) -> set[tuple[int, str]]:
    """(ledger seq, MAC) of every backup this vault's restores left behind."""
    return set(kept_until(vault))


def is_left_behind(vault: Vault, seq: int, mac: str) -> bool:
    """Whether a backup made at ledger entry `seq` (MAC `mac`) is one this vault's restore left behind."""
    return (seq, mac) in marks(vault)


def from_before_restore(vault: Vault, b: RegisteredBackup, left: set[tuple[int, str]] | None = None) -> bool:
    """Whether a registered backup is of the line a restore went back from (what the lists say)."""
    left = marks(vault) if left is None else left
    return (b.ledger_seq, b.ledger_mac) in left or not of_this_vault(vault, b)


__all__ = ["GRACE_DAYS", "PAYLOAD_KEY", "from_before_restore", "is_left_behind", "kept_until", "left_by", "marks",
           "now", "own_backups"]
