"""Which charts this copy knows a newer copy of the vault destroyed: the ledger entries
services/older_copy_destroyed.py writes. Apart from it so that the client list
(clients_page) can mark their rows without loading the backup readers (nor making an
import circle through backup_superseded, which names charts through clients_page).

Asked at every client list page, search, chart opened, note list and export, the entries are
read once per unlocked session and kept with what the ledger was when they were read:
- this session's own appends of either kind (Ledger.appended, counted in memory);
- its ledger connection, and that connection's `PRAGMA data_version`, which moves when
  another connection (another process, a file written in place) committed to ledger.db, and
  the connection itself, which a re-encryption's swap opens anew (Compartment.seen_version).
Any of them moved, the entries are read again. A locked session's connection is closed, so
the check fails as the read did; the next unlock is another session (a Vault, a Ledger of its
own), which reads afresh, as what a restore or another process did while the window was locked
is only in the files. Inside an open write transaction on the ledger nothing is kept: an entry
seen there may still be rolled back.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.ledger import Ledger
    from vault_app.services.vault import Vault

KNOWN = "destruction.known_from_newer_copy"  # the ledger entry: a chart destroyed in the newer copy
# The ledger entry: psychotherapy notes destroyed there (a destruction that kept the chart), one per
# destruction. Its own kind: an app reading KNOWN before it took every entry for a whole chart.
KNOWN_NOTES = "destruction.notes_known_from_newer_copy"


@dataclass(frozen=True)
class _Read:
    stamp: tuple[int, int, int]
    charts: dict[str, str]
    notes: dict[str, str]


_READ: weakref.WeakKeyDictionary[Ledger, _Read] = weakref.WeakKeyDictionary()


def _stamp(ledger: Ledger) -> tuple[int, int, int]:
    opening, version = ledger.db.seen_version()
    return opening, version, ledger.appended[KNOWN] + ledger.appended[KNOWN_NOTES]


def _entries(vault: Vault) -> _Read:
    ledger = vault.ledger
    # Taken before the read: whatever is committed after it moves it, and the next ask reads again.
    stamp = _stamp(ledger)
    kept = _READ.get(ledger)
    if kept is not None and kept.stamp == stamp:
        return kept
    charts: dict[str, str] = {}
    notes: dict[str, str] = {}
    for e in ledger.entries(kinds=(KNOWN, KNOWN_NOTES)):
        when = str(e.payload.get("destroyed_at", ""))
        if e.kind == KNOWN:
            charts[str(e.payload.get("client_id"))] = when
        else:
            notes.update((str(n), when) for n in e.payload.get("note_ids") or ())
    read = _Read(stamp, charts, notes)
    if not ledger.db.in_transaction:
        _READ[ledger] = read
    return read


def known(vault: Vault) -> dict[str, str]:
    """{client id: when destroyed there} of the charts this copy knows were destroyed in a newer copy."""
    return dict(_entries(vault).charts)


def known_notes(vault: Vault) -> dict[str, str]:
    """{note id: when destroyed there} of the psychotherapy notes this copy knows a newer copy destroyed."""
    return dict(_entries(vault).notes)


__all__ = ["KNOWN", "KNOWN_NOTES", "known", "known_notes"]
