"""The checks that refuse an older copy of one vault file: each compartment and the
header against the ledger, and the ledger against what the compartments have seen
(storage/integrity_stamp.py records both sides; docs/SECURITY.md explains the binding)."""

from __future__ import annotations

import re
from pathlib import Path

from vault_app.crypto import keys
from vault_app.domain.errors import LedgerRollback, VaultCorrupt
from vault_app.services.ledger import Ledger
from vault_app.storage import integrity_stamp
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.header import Header
from vault_app.storage.header_kept_beside import newer_kept_beside

# The ledger entries after which a compartment opens under a key its older copies never knew:
# every key at Replace every key; records.db and psychotherapy.db again at each destruction
# (the ledger keeps its key then).
_KEYS_REPLACED = {"ledger": ("vault.rekeyed",)}
_KEYS_REPLACED_DEFAULT = ("vault.rekeyed", "destruction.completed")
# The header's setting with the day every key was last replaced: a ledger.db that refuses its key
# leaves no ledger to ask when that was, and the header (authenticated, current once records.db
# opens with it) is the one file left that can say.
KEYS_REPLACED_SETTING = "keys_replaced_on"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_compartment(ledger: Ledger, comp: Compartment) -> None:
    """`comp` against the ledger: neither may be older than what the other has seen."""
    check_stamp(ledger, comp.name, integrity_stamp.read(comp))


def check_stamp(ledger: Ledger, name: str, stamp: integrity_stamp.Stamp) -> None:
    """The stamp of compartment `name` (open, or read from its file) against the ledger."""
    filename = COMPARTMENT_FILES[name]
    recorded = ledger.last_state("p" if name == "psychotherapy" else "r")
    if recorded.get("p" if name == "psychotherapy" else "r", 0) > stamp.counter:
        raise LedgerRollback(
            f"{filename} is older than the audit ledger, which recorded later changes to it.",
            hint="Someone may have put back an older copy of that file. Restore from your latest verified "
            "backup; nothing was changed.", code="ledger.file_rolled_back", params={"file": filename},
        )
    if stamp.ledger_seq:
        seen = ledger.store.get(stamp.ledger_seq)
        if seen is None or not keys.macs_equal(seen.mac, stamp.ledger_mac):
            raise LedgerRollback(
                f"ledger.db was rolled back: {filename} has seen ledger entry {stamp.ledger_seq}, "
                "which the ledger does not hold (or holds differently).",
                hint="Someone may have put back an older copy of ledger.db. Restore from your latest "
                "verified backup; nothing was changed.", code="ledger.file_saw_later",
                params={"file": filename, "entry": stamp.ledger_seq},
            )


def check_psychotherapy_file(ledger: Ledger, path: Path, candidate_keys: tuple[bytes, ...]) -> bool:
    """psychotherapy.db at `path`, not open, against `ledger` (the same check its unlock and a
    restore apply): LedgerRollback for an older copy put back. The main unlock and the backups
    run it without opening that compartment (found: an older copy went unnoticed until its own
    unlock, was packed into the backups on lock, and rotation removed the good one). False when
    none of `candidate_keys` opens the file (damaged, or older than its key: its own unlock says
    which), True when it was checked."""
    for key in candidate_keys:
        try:
            stamp = integrity_stamp.read_file(path, key, "psychotherapy")
        except VaultCorrupt:
            continue
        check_stamp(ledger, "psychotherapy", stamp)
        return True
    return False


# Only the header is older than the files beside it: said before any restore, which would replace the
# newer records and ledger too (found by a walker: the only advice was to restore the latest backup).
_HEADER_ALONE = ("Someone may have put back an older copy of vault.header. Only this one file is old: the records "
                 "and the audit record beside it are newer and whole, and nothing was changed.")
_NO_NEWER_HEADER = (" If you have a newer copy of vault.header (in a copy of the vault folder made since), close the "
                    "app and put it in the vault folder in place of this one. Only if you have none, restore from "
                    "your latest verified backup: it replaces the newer records too, and anything written since "
                    "that backup is then only in the safety copy the restore keeps.")
_NEWER_BESIDE = (" {kept}, in the vault folder, is a newer vault.header of this vault: close the app, move "
                 "vault.header out of the vault folder, rename {kept} to vault.header, and open the app again. Do "
                 "not restore a backup for this: it would replace the newer records too.")


def _newer_beside(folder: Path | None, header: Header | None) -> str | None:
    return newer_kept_beside(folder, header) if folder is not None and header is not None else None


def check_header(ledger: Ledger, header: Header, folder: Path | None = None) -> None:
    """The header against the ledger: not older than the generation the ledger recorded.
    `folder`: the vault's, where a newer header kept beside is looked for (the refusal names it)."""
    recorded = ledger.last_state().get("h", 0)
    if recorded <= header.generation:
        return
    kept = _newer_beside(folder, header)
    if kept is None:
        raise LedgerRollback(
            "vault.header, the file that holds the vault's keys, is an older copy than the records beside it, which "
            f"were written after it (in detail: it was rolled back to version {header.generation}; the records saw "
            f"version {recorded}).", hint=_HEADER_ALONE + _NO_NEWER_HEADER, code="ledger.header_rolled_back",
            params={"generation": header.generation, "recorded": recorded},
        )
    raise LedgerRollback(
        "vault.header, the file that holds the vault's keys, is an older copy than the records beside it, which "
        f"were written after it (in detail: it was rolled back to version {header.generation}; the records saw "
        f"version {recorded}).", hint=_HEADER_ALONE + _NEWER_BESIDE.format(kept=kept),
        code="ledger.header_rolled_back.newer_beside",
        params={"generation": header.generation, "recorded": recorded, "kept": kept},
    )


def header_without_files(folder: Path | None = None, header: Header | None = None) -> LedgerRollback:
    """The header's keys open neither records.db nor ledger.db. Only Replace every key changes
    the ledger's key, so this is a header from before one put back (found: it was said as a
    damaged records.db, and the therapist would have restored the wrong file). `folder` and
    `header`: where a newer header kept beside is looked for (the refusal names it)."""
    kept = _newer_beside(folder, header)
    if kept is None:
        return LedgerRollback(
            "vault.header, the file that holds the vault's keys, is an older copy: the records beside it are newer "
            "and do not open with it (in detail: it was rolled back to before every key was replaced).",
            hint=_HEADER_ALONE + _NO_NEWER_HEADER, code="ledger.header_before_new_keys",
        )
    return LedgerRollback(
        "vault.header, the file that holds the vault's keys, is an older copy: the records beside it are newer "
        "and do not open with it (in detail: it was rolled back to before every key was replaced).",
        hint=_HEADER_ALONE + _NEWER_BESIDE.format(kept=kept), code="ledger.header_before_new_keys.newer_beside",
        params={"kept": kept},
    )


def key_refused(ledger: Ledger, name: str, refused: VaultCorrupt) -> VaultCorrupt:
    """`name` refuses the key the (current) header holds for it. Its older copy from before the
    key was last replaced cannot be told from a damaged file (the older key is gone), but the
    ledger says when that was, so the words name both (found: a records.db from before a
    destruction was said only as damaged)."""
    replaced = ledger.entries(kinds=_KEYS_REPLACED.get(name, _KEYS_REPLACED_DEFAULT))
    if not replaced:
        return refused
    filename = COMPARTMENT_FILES[name]
    day = replaced[-1].time[:10]
    return VaultCorrupt(
        f"{filename} does not open with its current key: it is an older copy from before its key was "
        f"replaced on {day} (by a destruction or by Replace every key), put back, or it is damaged.",
        hint="Someone may have put back an older copy of that file. Restore from your latest verified backup; "
        "nothing was changed.", code="compartment.older_than_its_key", params={"file": filename, "day": day},
    )


def ledger_key_refused(header: Header, refused: VaultCorrupt) -> VaultCorrupt:
    """ledger.db refuses the ledger key of a header records.db opened with. Only Replace every key
    gives the ledger a new key, so when the header says it did, the ledger is an older copy from
    before that, put back, or damaged (found: such a copy was said only as a damaged ledger, and the
    therapist was not told that nothing had been changed). A header of a vault never rekeyed (or
    rekeyed by a version that kept no day) leaves the words of damage."""
    day = header.settings.get(KEYS_REPLACED_SETTING)
    if refused.code != "compartment.damaged" or not isinstance(day, str) or not _DAY.fullmatch(day):
        return refused
    return VaultCorrupt(
        "ledger.db does not open with its current key: it is an older copy from before every key was replaced "
        f"on {day} (by Replace every key), put back, or it is damaged.",
        hint="Someone may have put back an older copy of ledger.db. Restore from your latest verified backup; "
        "nothing was changed.", code="ledger.older_than_its_key", params={"day": day},
    )
