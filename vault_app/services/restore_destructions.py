"""Which destructions a restore must re-apply, read from every copy of the vault it can reach.

Apart from services/backup_restore.py because it is a question of its own, asked of other
copies before anything changes: the open vault, the vault being replaced, a newer copy and
the known folders are each read (with the backup's master key, or the passphrase when their
keys were replaced since) for their destruction and backup-register entries; the
destructions are re-applied in the unpacked copy and the registered backups carried over,
so a restored backup never brings back a destroyed chart nor forgets a backup to purge.
backup_restore.py keeps the restore's order and its files.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from vault_app.domain.compliance import ComplianceRecord
from vault_app.domain.errors import InvalidInput, VaultError, VaultTampered, WrongPassphrase
from vault_app.services import (
    backup_keys,
    backup_left_behind,
    backup_rotation,
    compliance,
    destruction_journal,
    restore_signing_files,
)
from vault_app.services.backup_registry import (
    CHANGES,
    CREATED,
    REGISTER_KINDS,
    RegisteredBackup,
    fold_register,
    registered,
)
from vault_app.services.backup_registry_moves import MOVED, moves_in
from vault_app.services.clinical_common import now_iso
from vault_app.services.destruction_state import COMPLETED, STARTED
from vault_app.services.device_secret import SecretStore
from vault_app.services.ledger import Ledger, LedgerEntry
from vault_app.services.restore_carried import Replaced
from vault_app.services.restore_other_vault import vault_files_in
from vault_app.services.restore_signing import RECORD_KINDS, Seen
from vault_app.services.vault import Vault
from vault_app.storage import compliance_store
from vault_app.storage import header as header_io
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.header import Header

# In a restored-from backup's registration: the destructions that file still holds.
HOLDS_DESTROYED = "holds_destroyed"

# The entries a destruction is re-applied from: the decision and its certificate.
DESTRUCTION_KINDS = (STARTED, COMPLETED)


class Told(Protocol):
    """Where `collect` says which copies it read and which it could not (a RestoreReport)."""

    destruction_sources: list[str]
    warnings: list[str]
    # The copies the backup's keys (and the passphrase given, if any) did not open: keys replaced
    # since. A screen says how to give that vault's passphrase in its own words (KeysReplacedSince).
    keys_replaced: list[str]
    # Every copy not read, as {"place", "code", "params"} (its warning's reason by its code): a screen says
    # it in its own language (found: the unlock window's summary ended with this warning in English).
    copies_unread: list[dict[str, object]]


def _destroyed_charts(entries: Sequence[LedgerEntry]) -> set[str]:
    """The client ids of the charts (not note sets) these entries say were destroyed."""
    return {str(e.payload["client_id"]) for e in entries
            if e.kind in DESTRUCTION_KINDS and "client_id" in e.payload
            and (e.payload.get("scope") or "chart") != "psychotherapy_notes"}


def _kept_in(folder: Path, records_key: bytes, subjects: set[str]) -> list[ComplianceRecord]:
    """What another copy's compliance store keeps of the destroyed charts `subjects`."""
    if not subjects:
        return []
    comp = Compartment.open("records", folder / COMPARTMENT_FILES["records"], records_key)
    try:
        return [r for r in compliance_store.all_records(comp) if r.subject_id in subjects]
    finally:
        comp.close()


def _ledger_entries(
    folder: Path, master: bytes, vault_id: str, later: LaterKeys | None = None,
    own: list[RegisteredBackup] | None = None, kept: list[ComplianceRecord] | None = None,
    replaced: Replaced | None = None, signing: list[Seen] | None = None,
) -> list[LedgerEntry] | None:
    """Destruction and backup-register entries of another copy of the same vault, read
    with the backup's master key, or, for a copy whose keys were all replaced since the
    backup, with the master key its passphrase opens; None if the folder holds a different vault.
    `own` gets the backups of that copy's own history (backup_left_behind.own_backups);
    `replaced` (the vault the restore replaces) all its entries, once its whole chain verifies;
    `signing` its signing keys (restore_signing), its header being authenticated by then."""
    header = header_io.read(folder)
    if header.vault_id != vault_id:
        return None
    try:
        keys = backup_keys.unwrap_header(header, master)
    except VaultTampered:
        newer = later.master_after_rekey(folder, header, master) if later is not None else None
        if newer is None:
            # The same vault whose keys are not the backup's: replaced since (Replace every key), its
            # header authentic under its own. Not "altered" (found by a walker restoring a 2019 backup
            # with the 2019 kit: a healthy vault was called altered, its destructions not re-applied).
            raise KeysReplacedSince(folder, given=later is not None) from None
        keys = backup_keys.unwrap_header(header, newer)
    try:
        comp = restore_signing_files.open_ledger(folder, keys)
    except VaultError:
        if signing is not None:  # a header older than its files (restore_signing): its key in use not believed
            signing.append(Seen.of(str(folder), header, keys["signing"], stale=True))
        raise
    try:
        ledger = Ledger(comp, keys["ledger_mac"])
        entries = ledger.entries(kinds=(*DESTRUCTION_KINDS, *REGISTER_KINDS))
        if signing is not None:
            signing.append(Seen.of(str(folder), header, keys["signing"], stale=restore_signing_files.older_than_files(
                folder, header, keys, ledger), entries=ledger.entries(kinds=RECORD_KINDS)))
        if own is not None:
            own += backup_left_behind.own_backups(list(fold_register(entries).values()), ledger)
        if replaced is not None:
            # Carried from only when every entry's MAC checks under this vault's key, to the
            # anchor its header records: a tampered or rolled-back ledger adds nothing.
            checked = ledger.verify_full(header.ledger_anchor, seal=False)
            if checked.ok:
                replaced.entries, replaced.verified = ledger.entries(), True
            else:
                replaced.problem = "; ".join(checked.problems)
    finally:
        comp.close()
    if kept is not None:
        # A records.db that cannot be read keeps none to carry; its ledger's destructions are
        # still re-applied (they are what keeps a destroyed chart from coming back).
        with contextlib.suppress(VaultError):
            kept += _kept_in(folder, keys["records"], _destroyed_charts(entries))
    return entries


class KeysReplacedSince(VaultError):
    """A copy of the vault that the backup's keys (its passphrase of then, or the Emergency Kit of
    then) do not open: its keys were replaced since. Said with the way to give its passphrase."""

    def __init__(self, folder: Path, *, given: bool) -> None:
        why = ("nor with the passphrase given" if given else "and no passphrase of it was given")
        self.folder, self.given = folder, given
        super().__init__(
            f"it does not open with this backup's keys (its passphrase or Emergency Kit of then), {why}: its keys "
            "were replaced since (Replace every key). Its destructions were not re-applied, so a chart destroyed "
            "there since this backup may be back in the restored vault. Restore again giving that vault's current "
            "passphrase (VAULT_APP_PASSPHRASE or --passphrase-file, with the recovery key file), so its "
            "destructions are re-applied.")


@dataclass(frozen=True)
class LaterKeys:
    """The passphrase a restore was given, to read a copy of the vault whose keys were all
    replaced after the backup was made (Replace every key): without it a pre-rekey backup put
    back over the rekeyed vault brought back the charts destroyed since (found probing)."""

    passphrase: str = field(repr=False)
    store: SecretStore = field(repr=False)

    @classmethod
    def given(cls, passphrase: str | None, store: SecretStore) -> LaterKeys | None:
        """The restore's passphrase (or, with the kit, the current vault's: current_passphrase), if any."""
        return cls(passphrase, store) if passphrase is not None else None

    def master_after_rekey(self, folder: Path, header: Header, backup_master: bytes) -> bytes | None:
        """The copy's master key, only if it keeps the backup's among its retired ones (the same
        vault, rekeyed since). A passphrase that does not open it is no failed unlock of that
        copy (reasked): it opened the backup, and the copy may have a newer passphrase."""
        from vault_app.services.vault_keys import VaultKeys
        from vault_app.services.vault_master_key import unwrap_master_and_unlock_key

        try:
            master, _unlock = unwrap_master_and_unlock_key(folder, header, self.passphrase, self.store, reasked=0)
        except WrongPassphrase:
            return None  # said as a copy this passphrase does not open (KeysReplacedSince)
        retired = VaultKeys.from_master(header, master, self.store).retired_masters(header)
        return master if backup_master in retired else None


def collect(
    vid: str, master: bytes, to_dir: Path, current: Vault | None, newer: Path | None, known: Sequence[Path],
    report: Told, later: LaterKeys | None = None, replaced_own: list[RegisteredBackup] | None = None,
    kept: list[ComplianceRecord] | None = None, replaced: Replaced | None = None, signing: list[Seen] | None = None,
) -> list[LedgerEntry]:
    """The destruction and register entries of every copy of the vault the restore can read.
    `replaced_own` (when given) gets the backups of the own history of the vault in `to_dir`,
    the one this restore replaces (backup_left_behind); `kept` (when given), what each copy's
    compliance store keeps of a destroyed chart (carry_kept); `replaced` (when given), the whole
    ledger of the vault in `to_dir` (restore_carried); `signing` (when given), each copy's signing
    keys (restore_signing)."""
    found: list[LedgerEntry] = []
    if current is not None and current.is_open and current.vault_id == vid:
        if signing is not None:
            held = backup_keys.unwrap_header(current.header, current.master_key())
            signing.append(Seen.of(f"open vault ({current.folder})", current.header, held["signing"],
                                   entries=current.ledger.entries(kinds=RECORD_KINDS)))
        mine = current.ledger.entries(kinds=(*DESTRUCTION_KINDS, *REGISTER_KINDS))
        found += mine
        if kept is not None:
            subjects = _destroyed_charts(mine)
            kept += [r for r in compliance_store.all_records(current.records) if r.subject_id in subjects]
        report.destruction_sources.append(f"open vault ({current.folder})")
        if replaced_own is not None and current.folder.resolve() == to_dir:
            replaced_own += backup_left_behind.own_backups(registered(current), current.ledger)
        if replaced is not None and current.folder.resolve() == to_dir:
            # Verified when it was unlocked, and every entry since was appended by this process.
            replaced.entries, replaced.verified = current.ledger.entries(), True
    # (folder, strict): an explicitly named newer ledger must be readable and of this vault.
    places = [(to_dir, False)] if vault_files_in(to_dir) else []
    places += [(p.expanduser().resolve(), False) for p in known if vault_files_in(p.expanduser().resolve())]
    if newer is not None:
        newer = newer.expanduser().resolve()
        places.append((newer.parent if newer.is_file() else newer, True))
    seen: set[Path] = {current.folder.resolve()} if current is not None else set()
    for place, strict in places:
        if place in seen:
            continue
        seen.add(place)
        own = replaced_own if replaced_own is not None and place == to_dir else None
        try:
            entries = _ledger_entries(place, master, vid, later, own, kept, replaced if place == to_dir else None,
                                      signing)
        except VaultError as err:
            if strict:
                raise InvalidInput(f"The newer ledger in {place} could not be read: {err.message}",
                                   code="restore.newer_ledger_unreadable") from None
            report.warnings.append(f"The vault copy in {place} could not be read for destructions: {err.message}")
            report.copies_unread.append({"place": str(place), "code": err.code, "params": dict(err.params)})
            if isinstance(err, KeysReplacedSince):
                report.keys_replaced.append(str(place))
            continue
        if entries is None:
            if strict:
                raise InvalidInput("The newer ledger belongs to a different vault than this backup.",
                                   code="restore.newer_ledger_other_vault")
            continue
        found += entries
        report.destruction_sources.append(str(place))
    return found


def carry_register(copy: Vault, entries: list[LedgerEntry], restored_from: dict[str, Any],
                   holds_destroyed: Sequence[str] = ()) -> int:
    """Backups the newer ledger knows (and the one restored from) join the restored
    register, so a later destruction still purges them."""
    backup_rotation.carry_rotations(copy, entries)
    known = {b.path for b in registered(copy)}
    # Entries read from several copies: one read after another that recorded a move of the
    # backup folder (backup.moved) still names the old path; every move known is followed.
    moves = moves_in(copy.ledger.entries(kinds=(MOVED,))) + moves_in(entries)
    carried = [b for b in fold_register(entries, then=moves).values() if not b.gone and b.path not in known]
    for b in carried:
        # With the MAC of the entry it ended at, when known: the restored vault tells the
        # backups of its own history from those of the line it left (backup_registry.of_this_history).
        copy.ledger.append(CREATED, {"path": b.path, "time": b.created, "sha256": b.sha256, "bytes": b.bytes,
                                     "ledger_seq": b.ledger_seq, "carried_over": True}
                           | ({"ledger_mac": b.ledger_mac} if b.ledger_mac else {})
                           # A snapshot's size in the Backups window (found: empty for carried ones).
                           | ({"bytes_written": b.bytes_written} if b.bytes_written is not None else {})
                           # The backup restored from: the count of writes it holds, read from the copy.
                           | ({CHANGES: restored_from[CHANGES]} if b.path == restored_from["path"]
                              and CHANGES in restored_from else {}))
        known.add(b.path)
    if restored_from["path"] not in known:
        # Which destructions the file still holds (re-applied here, not in it): Records >
        # Destructions offers to purge it (destruction_journal.list_destructions).
        copy.ledger.append(CREATED, restored_from | {"carried_over": True}
                           | ({HOLDS_DESTROYED: list(holds_destroyed)} if holds_destroyed else {}))
        return len(carried) + 1
    return len(carried)


def reapply(copy: Vault, entries: list[LedgerEntry]) -> list[dict[str, Any]]:
    entries = [e for e in entries if e.kind in DESTRUCTION_KINDS] + copy.ledger.entries(kinds=DESTRUCTION_KINDS)
    if not entries:
        return []
    # From where it lives, not destruction (which re-exports it): a destruction makes a backup once it
    # purged the backups (destruction_new_backup), and backup -> restore -> destruction closed a circle.
    return destruction_journal.reapply_destructions(copy, entries)


def carry_kept(copy: Vault, kept: Sequence[ComplianceRecord], entries: Sequence[LedgerEntry]) -> int:
    """Put into the restored copy what the copies read keep of a chart destroyed (45 CFR
    164.530(j)(2)) that the copy lacks: a backup made before the destruction and purged by it
    (or re-applied here) held the chart, never what its destruction kept (found: restoring one
    left `compliance list` empty and the accounting of the destroyed chart impossible). Only of
    charts whose destruction is known here; records a later purge of the store destroyed are
    in no copy's store, so none comes back. The number carried."""
    subjects = _destroyed_charts([*entries, *copy.ledger.entries(kinds=DESTRUCTION_KINDS)])
    have = {r.record_id for r in compliance_store.all_records(copy.records)}
    new = {r.record_id: r for r in kept if r.subject_id in subjects and r.record_id not in have}
    if not new:
        return 0
    with copy.records.transaction():
        for rec in new.values():
            compliance_store.insert(copy.records, rec, now_iso())
    copy.ledger.append(compliance.RETAINED, {"carried_over": True, "records": sorted(new),
                                             "counts": dict(sorted(Counter(r.kind for r in new.values()).items()))})
    return len(new)
