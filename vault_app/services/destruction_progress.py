"""What a running destruction tells whoever watches it: the step it is on, and how far.

A destruction takes seconds to minutes (each registered backup is purged, searched and
rewritten), and once its "started" entry is in the ledger it cannot be stopped. The
therapist (the wizard's bar) and the CLI (stderr) see each step as it begins. Core code:
no Qt; the reporter is a plain callable, called on the thread doing the work.

Steps carry a phase name, never client data: the GUI words them through tr(), the CLI
through `describe` (English). The count of steps is known once the destruction starts
(the compartments it touches, the registered backups present), so the bar is determinate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from vault_app.services.destruction_steps import STAGED_STEP, StepLog, Target

log = logging.getLogger(__name__)

RETAIN = "retain"
DELETE = "delete"
COMPACT = "compact"
REKEY = "rekey"
CRYPTO_ERASE = "crypto_erase"
BACKUP = "backup"
SEARCH = "search"
STRUCTURAL = "structural"
SIGN = "sign"
# Once the certificate is signed, one new backup when the purge rewrote any (destruction_new_backup).
NEW_BACKUP = "new_backup"

_WORDS = {
    RETAIN: "Keeping the compliance records",
    DELETE: "Deleting the records",
    COMPACT: "Compacting the vault files",
    REKEY: "Re-encrypting under fresh keys",
    CRYPTO_ERASE: "Crypto-erasing the attachments",
    BACKUP: "Purging backup {0} of {1}",
    SEARCH: "Searching the vault for any trace",
    STRUCTURAL: "Structural checks",
    SIGN: "Signing the certificate",
    NEW_BACKUP: "Making a new backup, so that an older copy of the vault put back knows of this destruction",
}


_PER_COMPARTMENT = (DELETE, COMPACT, REKEY)


@dataclass(frozen=True)
class Step:
    """Now doing `phase`; `done` of `total` steps are behind. For BACKUP, `backup` of `backups`."""

    phase: str
    done: int
    total: int
    backup: int = 0
    backups: int = 0
    # For a step done once per compartment (delete, compact, rekey): which, of how many. Said, so
    # the CLI's lines are told apart (found: "[2/13] Deleting the records…", "[3/13] Deleting the records…").
    part: int = 0
    parts: int = 0

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0


class DestructionProgress(Protocol):
    def __call__(self, step: Step) -> None: ...


def describe(step: Step) -> str:
    """The step in English (the CLI; the GUI has its own translated words)."""
    said = _WORDS.get(step.phase, step.phase).format(step.backup, step.backups)
    return f"{said} (part {step.part} of {step.parts})" if step.parts > 1 else said


def silent(_step: Step) -> None:
    """The reporter when nobody watches."""


class Reporter:
    """Counts the steps of one destruction and hands each to `report` as it begins.

    A reporter that raises would leave a started destruction half done for a display:
    its errors are swallowed (the work matters, the bar does not)."""

    def __init__(self, report: DestructionProgress | None, target: Target, backups: int) -> None:
        self._report = report or silent
        self.chart = target.note_ids is None
        self.compartments = len(target.compartments)
        self.backups = backups
        # retain + crypto-erase (a whole chart), delete/compact/rekey per compartment, each
        # backup, search, structural, sign; and the new backup once any backup was purged (found:
        # the bar stood on "Signing the certificate" while that backup was written).
        self.total = 2 * int(self.chart) + 3 * self.compartments + backups + 3 + int(backups > 0)
        self.done = 0
        self.seen: dict[str, int] = {}
        self._before_backups = 0

    def begin(self, phase: str, *, backup: int = 0, part: int = 0) -> None:
        """`part`: which compartment a step done once per compartment is on (0: the step is one)."""
        step = Step(phase, min(self.done, self.total), self.total, backup, self.backups, part,
                    self.compartments if part else 0)
        try:
            self._report(step)
        except Exception as exc:  # see the class docstring
            log.warning("A destruction's progress display failed: %s", type(exc).__name__)

    def finished(self, phase: str) -> None:
        self.done += 1
        self.seen[phase] = self.seen.get(phase, 0) + 1

    def backups_begin(self) -> None:
        self._before_backups = self.done

    def backup(self, i: int) -> None:
        """The purge starts on the i-th backup."""
        if i > self.backups:  # one registered or plugged in since the count: grow, not overflow
            self.total += i - self.backups + int(self.backups == 0)  # the new backup's step with the first
            self.backups = i
        self.done = self._before_backups + i - 1
        self.begin(BACKUP, backup=i)

    def backups_end(self) -> None:
        # Backups counted but not purged (failed before their copy opened) are behind too.
        self.done = self._before_backups + self.backups

    def new_backup(self) -> None:
        """The certificate is signed; the new backup begins (destruction_new_backup.after_purge)."""
        self.finished(SIGN)
        if self.backups == 0:  # not counted (no backup was present at the start): the bar grows
            self.total += 1
        self.begin(NEW_BACKUP)

    def log(self) -> StepLog:
        """A step log that moves the bar on as the erase (destruction_steps.erase) logs each
        of its steps, so the erase needs no knowledge of the reporter."""
        return _ReportingLog(self)


# The erase logs each step when it is over; the next one begins at once.
_AFTER = {
    "retain compliance records": (RETAIN, DELETE),
    "delete": (DELETE, COMPACT),
    "compact": (COMPACT, REKEY),
    "rekey": (REKEY, CRYPTO_ERASE),
    "crypto-erase attachments": (CRYPTO_ERASE, ""),
}


class _ReportingLog(StepLog):
    def __init__(self, reporter: Reporter) -> None:
        super().__init__()
        self.reporter = reporter

    def add(self, step: str, detail: str = "", **extra: Any) -> None:
        super().add(step, detail, **extra)
        r = self.reporter
        if step == STAGED_STEP:  # the rekey follows beside the worker: the crypto-erase comes first
            if r.chart:
                r.begin(CRYPTO_ERASE)
            return
        if step not in _AFTER:
            return
        if extra.get("beside"):
            # The rekey beside the worker (destruction_rekey): its step began on the job's
            # thread, after the crypto-erase; the search follows it there.
            r.finished(REKEY)
            return
        phase, following = _AFTER[step]
        r.finished(phase)
        if phase in _PER_COMPARTMENT and r.seen[phase] < r.compartments:
            r.begin(phase, part=r.seen[phase] + 1)  # the next compartment
        elif following and (following != CRYPTO_ERASE or r.chart):
            r.begin(following, part=1 if following in _PER_COMPARTMENT else 0)


__all__ = ["DestructionProgress", "Reporter", "Step", "describe", "silent"]
