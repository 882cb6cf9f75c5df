"""What the ledger of the vault a restore replaces holds beyond the backup, and the disclosures
carried over from it into the restored vault.

Apart from services/restore_destructions.py (which reads every copy for destructions) because
this reads one copy only, the one replaced, and all of its entries. Found by a walker: a
disclosure recorded after the last backup (a court order) vanished from the accounting when
that backup was restored over the vault, with nothing said; the accounting of disclosures is
kept six years (45 CFR 164.528, 164.530(j)), and the disclosure entry is its record
(services/export.py). A disclosure entry carries all of the accounting's facts, so it can be
carried; a signed note's entry names the note, whose text was in the records.db the restore
replaces: it is only counted, and the summary says the safety copy holds it. An accounting
suspension (45 CFR 164.528(a)(2): an agency's request to hold disclosures back from the
accounting) bears on the accounting as much as a disclosure: carried the same way, and put back
in the restored records.db, where the accounting reads it. So is a "not delivered" follow-up made
after the backup of a disclosure the backup holds (found by a reader: the restored accounting said
the copy was given when the vault replaced knew its file was never written).

Taken only from a ledger whose whole chain verifies under this vault's key (the backup's
master key opened it, restore_destructions._ledger_entries); another vault's files are never
read (their id differs), so neither a tampered ledger nor another vault's adds a record. A
follow-up is carried only for a disclosure both ledgers hold as the same entry (by MAC), logged
before it in the replaced ledger: one naming a disclosure the restored vault does not hold, or
another entry of that id, marks nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from vault_app.services.destruction_state import COMPLETED, STARTED
from vault_app.services.export_delivery import DISCLOSURE, NOT_DELIVERED
from vault_app.services.ledger import Ledger, LedgerEntry
from vault_app.storage import disclosure_records

if TYPE_CHECKING:
    from vault_app.storage.compartment import Compartment

# The payload key marking an entry carried from the replaced vault's ledger.
CARRIED = "carried_over"

# What a summary counts, by kind of entry: (category, kinds or kind prefixes ending in ".").
# Ordered as said; what matches none is counted as "other".
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("disclosures", (DISCLOSURE,)),
    ("not_delivered", (NOT_DELIVERED,)),
    ("signed_notes", ("note.signed", "note.amended", "decision.signed", "decision.addendum")),
    ("authorizations", ("authorization.",)),
    ("requests", ("request.", "amendment.", "restriction.")),
    ("accounting", ("accounting.",)),
    ("destructions", (STARTED, COMPLETED)),
    # Replace every key (vault_rekey.REKEYED): no record, and not upkeep either: a backup from before
    # it, restored, keeps the signing key it made (restore_signing). Said as what it is: the question
    # before the restore called it a "housekeeping entry (backups, unlocks, checks)".
    ("rekeyed", ("vault.rekeyed",)),
    # No record: the vault's own upkeep (backups made, checked, rotated; unlocks, locks, checks of
    # the ledger, settings). Counted apart, so that a restore after a day with only a backup since
    # does not say records were left in the files it replaced (found by a walker: "signed notes and
    # other records were in the files the backup replaced" for 4 such entries).
    ("housekeeping", ("backup.", "vault.", "ledger.", "audit.", "settings.", "passphrase.", "demo.",
                      "psychotherapy.locked", "psychotherapy.unlocked", "psychotherapy.maintenance")),
)
# Categories that are no record a therapist wrote, and need no word of what was left behind.
NOT_RECORDS = ("disclosures", "not_delivered", "destructions", "rekeyed", "housekeeping")
OTHER = "other"

# Accounting suspensions (services/accounting.py add_suspension, end_suspension).
SUSPENDED, SUSPENSION_ENDED = "accounting.suspended", "accounting.suspension_ended"
# Before the agency was in the entry: the restored row names where the rest of it is.
AGENCY_UNKNOWN = "(named in the vault a restore replaced: see its safety copy)"


def category(kind: str) -> str:
    for name, kinds in CATEGORIES:
        if any(kind == k or (k.endswith(".") and kind.startswith(k)) for k in kinds):
            return name
    return OTHER


@dataclass
class Replaced:
    """The replaced vault's ledger as read (filled by restore_destructions.collect)."""

    entries: list[LedgerEntry] = field(default_factory=list)
    verified: bool = False  # read, and its chain verified under this vault's key
    problem: str = ""  # why it was not (a chain that does not verify), in the core's English


def _lacked(replaced: Sequence[LedgerEntry], restored: Sequence[LedgerEntry]) -> list[LedgerEntry]:
    """The replaced ledger's entries the restored one lacks. By MAC, not by number: each MAC
    chains every entry before it, so a replaced vault that was itself restored from another
    backup (its numbers go on from an older entry) is compared as rightly as one that grew
    from the backup."""
    have = {e.mac_hex for e in restored}
    return [e for e in replaced if e.mac_hex not in have]


def beyond(replaced: Sequence[LedgerEntry], restored: Sequence[LedgerEntry]) -> list[LedgerEntry]:
    """The replaced ledger's entries the restored one lacks, as they are counted: a disclosure not
    delivered is a disclosure still (counted with its disclosure), but the follow-up of one the
    backup holds is counted on its own (follow_ups_to_carry), and one that marks nothing not at all."""
    carried = {e.mac_hex for e in follow_ups_to_carry(replaced, restored)}
    return [e for e in _lacked(replaced, restored) if e.kind != NOT_DELIVERED or e.mac_hex in carried]


def counts(entries: Sequence[LedgerEntry]) -> dict[str, int]:
    """Entries by category (never their content), only categories that have some."""
    found = Counter(category(e.kind) for e in entries)
    order = [name for name, _ in CATEGORIES] + [OTHER]
    return {name: found[name] for name in order if found[name]}


def disclosures_to_carry(replaced: Sequence[LedgerEntry], restored: Sequence[LedgerEntry]) -> list[LedgerEntry]:
    """The replaced ledger's disclosures (and their "not delivered" follow-ups) whose
    disclosure id the restored ledger does not hold, oldest first."""
    have = {str(e.payload.get("disclosure_id")) for e in restored if e.kind in (DISCLOSURE, NOT_DELIVERED)}
    new = {str(e.payload.get("disclosure_id")) for e in beyond(replaced, restored) if e.kind == DISCLOSURE}
    new -= have
    return [e for e in replaced if e.kind in (DISCLOSURE, NOT_DELIVERED) and str(e.payload.get("disclosure_id")) in new]


def follow_ups_to_carry(replaced: Sequence[LedgerEntry], restored: Sequence[LedgerEntry]) -> list[LedgerEntry]:
    """The replaced ledger's "not delivered" follow-ups, beyond the restored one, of disclosures the
    restored ledger holds (45 CFR 164.528: the accounting must say the copy was not delivered), each
    once, oldest first. Only of a disclosure that is the same entry in both ledgers (by MAC, which
    chains all before it) and logged before the follow-up in the replaced one; not when the
    restored ledger says it was not delivered already."""
    held = {str(e.payload.get("disclosure_id")): e.mac_hex for e in restored if e.kind == DISCLOSURE}
    settled = {str(e.payload.get("disclosure_id")) for e in restored if e.kind == NOT_DELIVERED}
    lacked = {e.mac_hex for e in _lacked(replaced, restored)}
    seen: dict[str, int] = {}  # disclosure id -> its seq in the replaced ledger
    out: list[LedgerEntry] = []
    for e in replaced:
        named = str(e.payload.get("disclosure_id"))
        if e.kind == DISCLOSURE and held.get(named) == e.mac_hex:
            seen.setdefault(named, e.seq)
        elif (e.kind == NOT_DELIVERED and e.mac_hex in lacked and named in seen and named not in settled
              and seen[named] < e.seq):
            out.append(e)
            settled.add(named)  # once
    return out


def _put_back_not_delivered(records: Compartment, e: LedgerEntry, seq: int) -> None:
    """The delivery row as the vault replaced left it (a "pending" row the backup held would be
    settled again by its file at the next unlock, and a file found whole said delivered)."""
    from vault_app.services.clinical_common import now_iso

    disclosure_id = str(e.payload.get("disclosure_id"))
    if disclosure_records.get_delivery(records, disclosure_id) is None:
        return
    with records.transaction():
        disclosure_records.update_delivery(records, disclosure_id, status="not_delivered", updated_at=now_iso(),
                                           ledger_seq=seq, reason=str(e.payload.get("reason") or ""))


def _suspension_key(e: LedgerEntry) -> tuple[str, str, str]:
    return e.kind, str(e.payload.get("suspension_id")), str(e.payload.get("ends_on"))


def suspensions_to_carry(replaced: Sequence[LedgerEntry], restored: Sequence[LedgerEntry]) -> list[LedgerEntry]:
    """The replaced ledger's suspensions and suspension ends beyond the restored one that it
    does not hold already (a second restore over a restored vault carries each once), oldest first."""
    have = {_suspension_key(e) for e in restored if e.kind in (SUSPENDED, SUSPENSION_ENDED)}
    return [e for e in beyond(replaced, restored)
            if e.kind in (SUSPENDED, SUSPENSION_ENDED) and _suspension_key(e) not in have]


def _put_back_suspension(records: Compartment, e: LedgerEntry) -> None:
    """The row the accounting reads, rebuilt from the carried entry."""
    p = e.payload
    client_id, sid = str(p.get("client_id")), str(p.get("suspension_id"))
    held = {s.id for s in disclosure_records.suspensions_for(records, client_id)}
    with records.transaction():
        if e.kind == SUSPENSION_ENDED:
            if sid in held:
                disclosure_records.end_suspension(records, sid, date.fromisoformat(str(p["ends_on"])))
            return
        if sid in held:
            return
        from vault_app.domain.accounting import Suspension

        disclosure_records.insert_suspension(records, Suspension(
            sid, client_id, str(p.get("agency") or AGENCY_UNKNOWN), date.fromisoformat(str(p["starts_on"])),
            date.fromisoformat(str(p["ends_on"])), bool(p.get("written", True)), str(p.get("reference") or "")),
            e.time)


@dataclass
class Carried:
    """What a restore said of the replaced vault's ledger (RestoreReport.replaced_ledger)."""

    read: bool = False
    problem: str = ""
    beyond: dict[str, int] = field(default_factory=dict)  # by category
    disclosures_carried: int = 0
    suspensions_carried: int = 0
    not_delivered_carried: int = 0  # follow-ups of disclosures the backup holds
    safety_copy: str | None = None


def carry(copy_ledger: Ledger, replaced: Replaced, safety_copy: str | None,
          records: Compartment | None = None) -> Carried:
    """Append to the restored vault's ledger the disclosures and accounting suspensions the
    replaced one holds beyond it, each marked with where it came from (its number, MAC and time
    there, the safety copy); a suspension's row goes back into `records` (the restored records.db)."""
    said = Carried(read=replaced.verified, problem=replaced.problem, safety_copy=safety_copy)
    if not replaced.verified:
        return said
    restored = copy_ledger.entries()
    said.beyond = counts(beyond(replaced.entries, restored))
    moved = disclosures_to_carry(replaced.entries, restored)
    held_back = suspensions_to_carry(replaced.entries, restored) if records is not None else []
    follow_ups = follow_ups_to_carry(replaced.entries, restored)
    for e in [*moved, *held_back, *follow_ups]:
        copy_ledger.append(e.kind, e.payload | {CARRIED: {"seq": e.seq, "mac": e.mac_hex, "time": e.time,
                                                          "safety_copy": safety_copy}})
    if records is not None:
        for e in held_back:
            _put_back_suspension(records, e)
        seqs = {str(e.payload.get("disclosure_id")): e.seq for e in restored if e.kind == DISCLOSURE}
        for e in follow_ups:
            _put_back_not_delivered(records, e, seqs[str(e.payload.get("disclosure_id"))])
    said.disclosures_carried = sum(1 for e in moved if e.kind == DISCLOSURE)
    said.suspensions_carried = sum(1 for e in held_back if e.kind == SUSPENDED)
    said.not_delivered_carried = len(follow_ups)
    return said
