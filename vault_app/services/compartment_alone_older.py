"""An older psychotherapy.db or records.db put back alone: the other files beside it are newer and whole.

Found in round 45: with psychotherapy.db copied aside, a note written, then the copy put back, the unlock said
"psychotherapy.db is older than the audit ledger" and advised only "Restore from your latest verified
backup": a restore replaces records.db and ledger.db too, and whatever was written since that backup would
then be only in the restore's safety copy. The same of an older records.db put back while the notes were
written since. As for an older ledger.db alone (services/ledger_alone_older.py), the refusal says which file
is old, that the others are newer and whole and nothing was changed, and what to do first: put back the newer
file kept beside the vault (`<file>.replaced-*`, storage/compartment_kept_beside.py) when one has the changes
the ledger recorded; else a newer copy the therapist has, and only then a restore, with what it would
replace said plainly.

Told apart from the other rollbacks by the files themselves: the ledger's chain holds from the header's
anchor, the header and the other compartment pass their checks against it, and the other compartment was
written after the old one (its stamp saw a later ledger entry: records.db put back while the notes were
not written since keeps the restore, which loses no newer notes). Anything else keeps the refusal it had.
"""

from __future__ import annotations

from vault_app.crypto import keys
from vault_app.domain.errors import LedgerRollback, VaultError
from vault_app.services import vault_binding
from vault_app.services.unlocking_vault import UnlockingVault as Vault
from vault_app.storage import compartment_kept_beside, integrity_stamp
from vault_app.storage.compartment import COMPARTMENT_FILES

FILE_ROLLED_BACK = "ledger.file_rolled_back"  # services/vault_binding.check_stamp
NOTES_ALONE = "ledger.notes_rolled_back_alone"
NOTES_ALONE_NEWER_BESIDE = "ledger.notes_rolled_back_alone.newer_beside"
RECORDS_ALONE = "ledger.records_rolled_back_alone"
RECORDS_ALONE_NEWER_BESIDE = "ledger.records_rolled_back_alone.newer_beside"

_NOTES_ALONE = ("Someone may have put back an older copy of psychotherapy.db, the file of the psychotherapy notes. "
                "Only this one file is old: records.db and ledger.db beside it are newer and whole, and nothing was "
                "changed.")
_RECORDS_ALONE = ("Someone may have put back an older copy of records.db. Only this one file is old: the "
                  "psychotherapy notes and ledger.db beside it are newer and whole, and nothing was changed.")
_NO_NEWER = (" If you have a newer copy of {file} (in a copy of the vault folder made since, or your computer's own "
             "backup of it), close the app and put it in the vault folder in place of this one. Only if you have "
             "none, restore from your latest verified backup: it replaces {others} too, and anything written since "
             "that backup ({what}) is then only in the safety copy the restore keeps. If you are not sure, ask "
             "whoever looks after your computer first.")
_NEWER_BESIDE = (" {kept}, in the vault folder, is a newer {file} of this vault: close the app, move {file} out of "
                 "the vault folder, rename {kept} to {file}, and open the app again. Do not restore a backup for "
                 "this: it would replace the newer files beside it too.")
_OTHER = {"psychotherapy": "records", "records": "psychotherapy"}


def refuse_if_alone(vault: Vault, refused: LedgerRollback) -> None:
    """Raise the refusal of an older psychotherapy.db or records.db put back alone, when `refused` (the
    compartment's check against the ledger) is one (the module docstring)."""
    named = alone(vault, refused)
    if named is not None:
        raise named from None


def _key(vault: Vault, name: str) -> bytes | None:
    try:
        return vault.compartment_key(name)
    except VaultError:
        return None  # the notes' key not reached: not told apart


def _stamp(vault: Vault, name: str, key: bytes) -> integrity_stamp.Stamp:
    if name == "records":
        return integrity_stamp.read(vault.records)
    return integrity_stamp.read_file(vault.folder / COMPARTMENT_FILES[name], key, name)


def alone(vault: Vault, refused: LedgerRollback) -> LedgerRollback | None:
    """The refusal of an older psychotherapy.db or records.db put back alone, or None when `refused` is
    another one, or the other files are not all newer and whole."""
    filename = str(refused.params.get("file", ""))
    name = next((n for n in _OTHER if COMPARTMENT_FILES[n] == filename), None)
    if refused.code != FILE_ROLLED_BACK or name is None:
        return None
    other = _OTHER[name]
    key, other_key = _key(vault, name), _key(vault, other)
    if key is None or other_key is None:
        return None
    ledger = vault.ledger
    try:
        ledger.verify_from(vault.header.ledger_anchor)
        vault_binding.check_header(ledger, vault.header)
        old = _stamp(vault, name, key)
        newer = _stamp(vault, other, other_key)
        vault_binding.check_stamp(ledger, other, newer)
    except VaultError:
        return None
    if newer.ledger_seq <= old.ledger_seq:
        return None  # the other file not written since this copy: a restore replaces no newer work of it
    letter = "p" if name == "psychotherapy" else "r"
    recorded = ledger.last_state(letter).get(letter, 0)

    def fits(stamp: integrity_stamp.Stamp) -> bool:
        if stamp.counter < recorded:
            return False
        seen = ledger.store.get(stamp.ledger_seq) if stamp.ledger_seq else None
        return not stamp.ledger_seq or (seen is not None and keys.macs_equal(seen.mac, stamp.ledger_mac))

    kept = compartment_kept_beside.newer_kept_beside(vault.folder, filename, name, key, fits)
    message = f"{filename} is older than the audit ledger, which recorded later changes to it."
    # The codes literal (the coded refusals checks scan for them): NOTES_ALONE, RECORDS_ALONE, ".newer_beside".
    if kept is None and name == "psychotherapy":
        return LedgerRollback(message, hint=_NOTES_ALONE + _NO_NEWER.format(
            file=filename, others="records.db and ledger.db", what="clients, sessions, notes"),
            code="ledger.notes_rolled_back_alone", params={"file": filename})
    if kept is None:
        return LedgerRollback(message, hint=_RECORDS_ALONE + _NO_NEWER.format(
            file=filename, others="the psychotherapy notes and ledger.db", what="psychotherapy notes too"),
            code="ledger.records_rolled_back_alone", params={"file": filename})
    if name == "psychotherapy":
        return LedgerRollback(message, hint=_NOTES_ALONE + _NEWER_BESIDE.format(kept=kept, file=filename),
                              code="ledger.notes_rolled_back_alone.newer_beside",
                              params={"file": filename, "kept": kept})
    return LedgerRollback(message, hint=_RECORDS_ALONE + _NEWER_BESIDE.format(kept=kept, file=filename),
                          code="ledger.records_rolled_back_alone.newer_beside",
                          params={"file": filename, "kept": kept})

__all__ = ["NOTES_ALONE", "NOTES_ALONE_NEWER_BESIDE", "RECORDS_ALONE", "RECORDS_ALONE_NEWER_BESIDE", "alone",
           "refuse_if_alone"]
