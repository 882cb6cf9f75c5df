"""The destructions' state as the ledger records it: the journal's entry kinds, the entries by
destruction, and which were started and never finished.

Apart from services/destruction_journal.py (which re-exports these) so that the check after
every unlock, "was a destruction interrupted?", loads the ledger's reader only: carrying a
destruction out (services/destruction.py) loads about a hundred modules, which every unlock
of the command line and the app paid for a question whose answer is nearly always no."""

from __future__ import annotations

from typing import Protocol

from vault_app.domain.errors import (
    CompartmentLocked,
    DiskFull,
    EnvironmentProblem,
    VaultBusy,
    VaultCorrupt,
    VaultError,
    VaultTampered,
)
from vault_app.services.ledger import Ledger, LedgerEntry


class Vault(Protocol):
    """What is read here of an unlocked vault (not services/vault.py's class: the unlock,
    which imports this module, is that class's own)."""

    ledger: Ledger

STARTED = "destruction.started"
COMPLETED = "destruction.completed"
FAILED = "destruction.verification_failed"
RESUME_FAILED = "destruction.resume_failed"
VERIFIED = "destruction.verified"
REAPPLIED = "destruction.reapplied"
BACKUPS_PURGED = "destruction.backups_purged"
TERMINAL = (COMPLETED, FAILED)


def by_id(vault: Vault) -> dict[str, dict[str, LedgerEntry]]:
    out: dict[str, dict[str, LedgerEntry]] = {}
    for entry in vault.ledger.entries(kinds=(STARTED, COMPLETED, FAILED, RESUME_FAILED, VERIFIED, BACKUPS_PURGED)):
        key = str(entry.payload.get("destruction_id") or entry.payload.get("certificate_id"))
        out.setdefault(key, {})[entry.kind] = entry
    return out


def interrupted(vault: Vault) -> list[LedgerEntry]:
    """Started destructions with neither a completion nor a recorded failure."""
    return [
        kinds[STARTED]
        for kinds in by_id(vault).values()
        if STARTED in kinds and not any(k in kinds for k in TERMINAL)
    ]


def any_interrupted(vault: Vault) -> bool:
    return bool(interrupted(vault))


# Why the last resume of a vault's interrupted destruction (the unlock's, `destruction resume`)
# did not finish it, by vault id, for the status bar after the unlock (services/reminders.py):
# the unlock's resume said nothing, and the destruction stayed interrupted at every unlock
# without a word (found with a backup folder on a read-only drive). The refusal's code and
# params only: its sentences are the screens' (a folder's path is the one param).
_NOT_FINISHED: dict[str, tuple[str, dict[str, str | int]]] = {}
# services/destruction_backups.py's refusal of a backup folder it cannot write ({folder}).
NOT_WRITABLE_CODE = "destruction.backup_folder_not_writable"

# Every reason a stop is recorded by (`stop_reason`), with the core's English for it (the
# status bar's source; the screens say each by its code: gui/destruction_stop_words.py). A
# closed list: a stop's own code would reach the screens as a code they may have no words for,
# and the status bar then said only "'vault-app destruction resume' says why" (a command
# a therapist never types).
DISK_FULL = "destruction.stopped.disk_full"
DRIVE = "destruction.stopped.drive"
BUSY = "destruction.stopped.busy"
DAMAGED = "destruction.stopped.damaged"
TAMPERED = "destruction.stopped.tampered"
LOCKED = "destruction.stopped.locked"
REFUSED = "destruction.stopped.refused"
INTERNAL = "destruction.stopped.internal"
STOP_REASONS: dict[str, str] = {
    NOT_WRITABLE_CODE: "the backups in {folder} are on a drive that cannot be written",
    DISK_FULL: "a disk is full (the vault's or a backup drive's)",
    DRIVE: "a drive or the system refused to read or write a file (a drive disconnected, a permission, "
           "an input/output error)",
    BUSY: "another window of the app, or a command, was writing into the vault or a backup folder",
    DAMAGED: "a file did not check (a backup's purged copy, or a vault file); the old copy was kept",
    TAMPERED: "the audit log (ledger) failed its check",
    LOCKED: "the psychotherapy notes were locked",
    REFUSED: "a step was refused",
    INTERNAL: "an unexpected error in the app",
}


# What a stop's hint says past the point of no return (destruction.past_no_return), for the
# command line; the screens say the app's way instead (gui/destruction_stop_words.py).
WHAT_HAPPENS_NEXT = ("The destruction was recorded as started and will be finished at the next unlock "
                     "(or now with 'vault-app destruction resume').")


def stop_reason(err: BaseException) -> tuple[str, dict[str, str | int]]:
    """(code, params) a destruction's stop is recorded by: one of STOP_REASONS."""
    if isinstance(err, VaultError) and err.code == NOT_WRITABLE_CODE and "folder" in err.params:
        return NOT_WRITABLE_CODE, {"folder": str(err.params["folder"])}
    for kind, code in ((DiskFull, DISK_FULL), (VaultBusy, BUSY), (EnvironmentProblem, DRIVE),
                       (VaultTampered, TAMPERED), (VaultCorrupt, DAMAGED), (CompartmentLocked, LOCKED),
                       (VaultError, REFUSED)):
        if isinstance(err, kind):
            return code, {}
    return INTERNAL, {}


def remember_not_finished(vault_id: str, code: str, params: dict[str, str | int]) -> None:
    _NOT_FINISHED[vault_id] = (code, dict(params))


def forget_not_finished(vault_id: str) -> None:
    _NOT_FINISHED.pop(vault_id, None)


# The unlock's resume finishing an interrupted destruction is said in the status bar after that
# unlock (services/reminders.py). Found: a destruction killed during its purge of the backups (the
# app killed, the machine died) was finished by the next unlock without a word, and the therapist
# who had seen it stop half-way was left to wonder whether the chart was gone and its backups clean.
FINISHED_AT_UNLOCK = "destructions_finished"
# How many places their certificates name as still holding the chart (services/destruction_left.py).
HELD_AT_UNLOCK = "destructions_finished_still_held"


def not_finished(vault_id: str) -> tuple[str, dict[str, str | int]] | None:
    """(code, params) of why the last resume stopped, or None (none stopped, or it finished)."""
    return _NOT_FINISHED.get(vault_id)
