"""The full check of a closed vault copy (a backup's staging or purged copy, an unpacked
backup, a rebuilt snapshot): every page, the whole ledger chain, the head, every blob.

Apart from backup_archive.py (which re-exports these) so that the container's packing
and reading stay one file and the checks another.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from vault_app.domain.errors import VaultCorrupt, VaultError, VaultTampered
from vault_app.services import backup_checked
from vault_app.services.ledger import Ledger, VerifyReport
from vault_app.storage import backup_snapshot
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.header import LedgerAnchor

PART_COMPARTMENT = {filename: name for name, filename in COMPARTMENT_FILES.items()}


class CheckWords(NamedTuple):
    """What a full check says when it fails, in the words of the copy it checks."""
    page: str  # "{0}": the damaged compartment's name
    page_hint: str
    chain: str  # followed by the chain's first problems
    head: str
    blob: str
    blob_hint: str
    codes: Mapping[str, str]  # the refusals' codes: "page", "chain", "head", "blob" -> code


PACKING_CHECK_CODE = {"page": "backup.before_packing.page", "chain": "backup.before_packing.chain",
                      "head": "backup.before_packing.head", "blob": "backup.before_packing.blob"}
BEFORE_PACKING = CheckWords(
    page="The copy of the {0} compartment made for the backup is damaged.",
    page_hint="Run 'vault-app audit verify'; restore from your latest verified backup if it fails.",
    chain="The ledger copied for the backup failed verification: ",
    head="The ledger copied for the backup does not end at the vault's last entry.",
    blob="An attachment copied for the backup is missing or damaged.",
    blob_hint="Run 'vault-app audit verify'.",
    codes=PACKING_CHECK_CODE,
)


def check_fully(folder: Path, keys: dict[str, bytes], anchor: LedgerAnchor, head: LedgerAnchor,
                words: CheckWords, *, chain_from: LedgerAnchor | None = None) -> None:
    """Every page of every compartment copy in `folder` whose key is in `keys`, the whole
    ledger chain against `anchor`, its head against `head`, every blob: what a verified
    restore checks, for a copy before packing and for a rebuilt snapshot alike. Raises
    (VaultCorrupt / VaultTampered, in `words`) on the first problem, a damaged page first.
    `chain_from`: see pages_beside_chain."""
    damaged_one, chain = pages_beside_chain(folder, keys, anchor, chain_from=chain_from)
    if damaged_one:
        raise VaultCorrupt(words.page.format(damaged_one), hint=words.page_hint, code=words.codes["page"],
                           params={"compartment": damaged_one})
    if isinstance(chain, VaultError):
        raise chain
    report, copy_head = chain
    if not report.ok:
        raise VaultTampered(words.chain + "; ".join(report.problems[:3]) + ".", code=words.codes["chain"])
    if copy_head != head:
        raise VaultTampered(words.head, code=words.codes["head"])
    if check_blob_parts(folder, keys["records"]):
        raise VaultCorrupt(words.blob, hint=words.blob_hint, code=words.codes["blob"])
    backup_checked.check_binding(folder, keys)


def check_before_packing(folder: Path, keys: dict[str, bytes], anchor: LedgerAnchor, head: LedgerAnchor,
                         *, chain_from: LedgerAnchor | None = None) -> dict[str, Any]:
    """`check_fully` on the closed copy in `folder` before it is packed. Returns the
    "checked" record for its table of contents; raises the restore's errors when something
    is damaged (the caller then packs nothing checked: see services/backup_checked.py)."""
    check_fully(folder, keys, anchor, head, BEFORE_PACKING, chain_from=chain_from)
    return backup_checked.record([n for n in PART_COMPARTMENT.values() if n in keys], head)


def pages_beside_chain(folder: Path, keys: dict[str, bytes], anchor: LedgerAnchor, *,
                       chain_from: LedgerAnchor | None = None,
                       ) -> tuple[str | None, tuple[VerifyReport, LedgerAnchor] | VaultError]:
    """Every page of every compartment copy in `folder` whose key is in `keys` (the locked
    psychotherapy notes are left out: see Unpacked.psychotherapy_wraps), checked on
    threads beside the full ledger chain of the copy. Returns the first damaged
    compartment (callers report it before the chain) and the chain's report and head, or
    the error that stopped it. Backup files and snapshots alike.

    The ledger is opened before the page checks start: opening it switches the copy to
    WAL, which needs the file to itself, and a page check reading it meanwhile made that
    "busy" on a large copy.

    `chain_from` (a purged backup file's copy, services/backup_copies.py): the entries up to
    that one were walked when the old file's record was made, and the purge only appended
    after them; the chain is walked from it (its MAC compared) and from `anchor`, not whole."""
    copies = [(name, folder / filename, keys[name]) for filename, name in PART_COMPARTMENT.items() if name in keys]
    chain: tuple[VerifyReport, LedgerAnchor] | VaultError
    comp: Compartment | None = None
    try:
        comp = Compartment.open("ledger", folder / COMPARTMENT_FILES["ledger"], keys["ledger"])
    except VaultError as err:
        chain = err
    try:
        with backup_snapshot.copies_checked_beside(copies) as results:
            if comp is not None:
                try:
                    ledger = Ledger(comp, keys["ledger_mac"])
                    if chain_from is None:
                        chain = ledger.verify_full(anchor), ledger.head()
                    else:
                        ledger.verify_from(chain_from)  # raises on a break
                        chain = ledger.verify_from(anchor), ledger.head()
                except VaultError as err:
                    chain = err
            damaged_one = next((name for name, problems in results().items() if problems), None)
    finally:
        if comp is not None:
            comp.close()
    return damaged_one, chain


def check_blob_parts(folder: Path, records_key: bytes) -> list[str]:
    """Problems of the blobs of a closed vault copy in `folder` (none: all whole)."""
    from vault_app.services import attachment_blobs  # it imports the Vault, which the archive does not need

    # Read without opening it as a compartment: that would migrate the copy's tables.
    refs = backup_snapshot.blob_refs_closed(folder / COMPARTMENT_FILES["records"], records_key)
    return attachment_blobs.check_refs(folder, refs)
