"""A restore that put its files in place but was never said: the app or the command killed (or
the power cut) after the files were in place and before its summary was shown. Found by a
walker: `kill -9` half a second after "Yes" on "Replace this vault?"; the restore had finished,
and the next unlock said only "Unlocked.", nothing of the vault now being the backup's, nor that
what was typed since that backup was only in the safety copy beside it.

The restore writes a mark in the vault folder (storage/layout.RESTORE_UNSAID_NAME) before it
moves its files in; whoever shows its summary (the app's windows, `backup restore`) removes it
(`said`). The next unlock that tells the therapist (the app's, `unlock-check`) takes it
(`take`): said once. The mark holds the restored ledger's last position and MAC only (no
record, no path): a restore killed before its files were in place leaves a mark the vault's
ledger does not hold, dropped without a word. What is said comes from the vault's own ledger
(its restore entry: the backup's date, the safety copy's folder).

Deliberately small: the app's unlock looks for it on the worker (take: None at once without a mark)."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.storage.files import atomic_write
from vault_app.storage.layout import RESTORE_UNSAID_NAME

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# services/backup_registry.RESTORED, read here without the registry (the unlock's imports stay few).
RESTORED = "backup.restored"


@dataclass(frozen=True)
class Unsaid:
    """A restore the therapist was never told of, from the vault's own record of it."""

    restored_at: str  # when the restore was made (its ledger entry's time, UTC ISO)
    backup_created: str  # when the backup restored from was made
    safety_copy: str | None  # the folder keeping the vault it replaced (None: no vault was replaced)


def mark(folder: Path, ledger_seq: int, ledger_mac: str) -> None:
    """Before the restored files move in (the restored ledger's last entry)."""
    atomic_write(folder / RESTORE_UNSAID_NAME,
                 json.dumps({"ledger_seq": ledger_seq, "ledger_mac": ledger_mac}).encode(),
                 what="marking the restore")


def said(folder: Path) -> None:
    """The restore's summary was shown: nothing left for the next unlock to say."""
    with contextlib.suppress(OSError):
        os.unlink(Path(folder) / RESTORE_UNSAID_NAME)


def take(vault: Vault) -> Unsaid | None:
    """At an unlock that tells the therapist: the restore never said, once (the mark is removed
    whatever it held); None when there is none, or when the mark is of a restore whose files
    never came in (the vault's ledger does not hold its position)."""
    path = vault.folder / RESTORE_UNSAID_NAME
    try:
        found = json.loads(path.read_bytes())
        seq, mac = int(found["ledger_seq"]), str(found["ledger_mac"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        said(vault.folder)  # unreadable: nothing it could say
        return None
    said(vault.folder)
    if not vault.ledger.holds(seq, mac):
        return None
    restores = [e for e in vault.ledger.entries((RESTORED,)) if e.seq <= seq]
    if not restores:
        return None
    entry = restores[-1]
    safety = entry.payload.get("safety_copy")
    return Unsaid(entry.time, str(entry.payload.get("backup_created") or ""),
                  str(safety) if safety else None)


__all__ = ["RESTORED", "Unsaid", "mark", "said", "take"]
