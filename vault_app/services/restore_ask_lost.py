"""What the vault a restore replaces has lost already: the records its own ledger recorded that
its records.db (or psychotherapy.db) no longer holds, because an older copy of that file was put
back (the unlock refuses such a file: services/vault_binding.py). Their text is in no file any
more, the safety copy included; only the ledger entry of each is left.

Found by a walker: after an older records.db was put back, the restore's question said a signed
note's text "is in the files being replaced; the safety copy keeps them", and the therapist would
have trusted a safety copy that does not hold it. Each ledger entry records the commit counter of
the files at that moment (storage/integrity_stamp.py); a file whose counter is below an entry's
never saw that change. A signed note, amendment or decision so lost is named by its chart number
and the day it was signed (never its text nor the client's name), so it can be written again.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vault_app.domain.errors import VaultError, VaultTampered
from vault_app.services import backup_keys, restore_carried
from vault_app.services.ledger import LedgerEntry
from vault_app.services.restore_destructions import LaterKeys
from vault_app.storage import chart_numbers_peek, integrity_stamp
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.ledger_store import LedgerStore

# A signed record's ledger kind -> what the words call it.
SIGNED = {"note.signed": "note", "note.amended": "amendment", "decision.signed": "decision",
          "decision.addendum": "decision_addendum"}
# The compartment's key in each entry's recorded state (storage/integrity_stamp.py).
_STATE_KEY = {"records": "r", "psychotherapy": "p"}


@dataclass(frozen=True)
class LostNote:
    """A signed record whose text is in no file: what it was, its chart, when it was signed."""

    what: str  # a value of SIGNED
    chart: str | None  # its chart number; None when no file kept names the chart either
    time: str  # the ledger's UTC stamp of the entry


@dataclass
class Lost:
    files: list[str] = field(default_factory=list)  # the files older than their own ledger
    by_category: dict[str, int] = field(default_factory=dict)  # record entries beyond the backup lost
    notes: list[LostNote] = field(default_factory=list)  # the signed ones among them, oldest first


def _compartment_of(e: LedgerEntry) -> str:
    apart = e.payload.get("kind") == "psychotherapy" or e.payload.get("mac_key") == "psychotherapy"
    return "psychotherapy" if apart else "records"


def _keys(to_dir: Path, master: bytes, later: LaterKeys | None) -> dict[str, bytes] | None:
    header = header_io.read(to_dir)
    try:
        return backup_keys.unwrap_header(header, master)
    except VaultTampered:  # every key replaced since the backup: as restore_destructions reads it
        newer = later.master_after_rekey(to_dir, header, master) if later is not None else None
        return backup_keys.unwrap_header(header, newer) if newer is not None else None


def _states(to_dir: Path, key: bytes, entries: Sequence[LedgerEntry]) -> dict[int, dict[str, int]]:
    """Each entry's recorded state, from the row whose MAC is the verified entry's."""
    comp = Compartment.open("ledger", to_dir / COMPARTMENT_FILES["ledger"], key)
    try:
        store, out = LedgerStore(comp), {}
        for e in entries:
            row = store.get(e.seq)
            if row is not None and row.mac.hex() == e.mac_hex and row.state:
                data = json.loads(row.state)
                if isinstance(data, dict):
                    out[e.seq] = {str(k): int(v) for k, v in data.items()}
        return out
    finally:
        comp.close()


def lost(to_dir: Path, master: bytes, later: LaterKeys | None, beyond: Sequence[LedgerEntry]) -> Lost:
    """Of `beyond` (the replaced ledger's verified entries the backup lacks), the records no file
    of `to_dir` holds. Nothing when its files cannot be read (the question then says what it can)."""
    out = Lost()
    records = [e for e in beyond if restore_carried.category(e.kind) not in restore_carried.NOT_RECORDS]
    if not records:
        return out
    try:
        keys = _keys(to_dir, master, later)
        if keys is None:
            return out
        counters = {name: integrity_stamp.read_file(to_dir / COMPARTMENT_FILES[name], keys[name], name).counter
                    for name in _STATE_KEY if name in keys and (to_dir / COMPARTMENT_FILES[name]).is_file()}
        states = _states(to_dir, keys["ledger"], records)
    except VaultError:
        return out
    gone: list[LedgerEntry] = []
    for e in records:
        name = _compartment_of(e)
        seen = states.get(e.seq, {}).get(_STATE_KEY[name])
        if name in counters and seen is not None and seen > counters[name]:
            gone.append(e)
            if COMPARTMENT_FILES[name] not in out.files:
                out.files.append(COMPARTMENT_FILES[name])
    out.by_category = restore_carried.counts(gone)
    signed = [e for e in gone if e.kind in SIGNED]
    charts: dict[str, str] = {}
    with contextlib.suppress(VaultError):  # a chart the file cannot name is said as such
        charts = chart_numbers_peek.chart_numbers(to_dir / COMPARTMENT_FILES["records"], keys["records"],
                                                  [str(e.payload["client_id"]) for e in signed
                                                   if e.payload.get("client_id")])
    out.notes = [LostNote(SIGNED[e.kind], charts.get(str(e.payload.get("client_id"))), e.time) for e in signed]
    return out
