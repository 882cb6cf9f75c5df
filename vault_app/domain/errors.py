"""Errors a user can see, each with a plain message and a distinct CLI exit code.

Messages never include note text, client names or key material: they are shown
in dialogs, printed by the CLI and may end up in bug reports.

A refusal can also say what it is in words a program reads: `code` (a stable dotted name,
"date.future", "session.stop_before_start"), `field` (which input it is about, the key a
form gives its widget: "date_of_birth") and `params` (the numbers and other non-identifying
values its words need). The GUI says a coded refusal in the therapist's language and takes the
keyboard to its field (gui/refusal_words.py, gui/refusal_focus.py); the English `message`
stays what the CLI prints and what the GUI falls back on for a code it has no words for.
Params obey the rule above: never a client's name, a note's text or a secret. One exception,
as its message: who may sign or receive a copy for a minor names the representatives the
therapist must choose between (domain/who_acts.py); params never reach a log, a file or the
ledger (the GUI fills its words with them, a held form keeps them inside the vault).

A refusal that lists several problems (a decision not ready to sign, a destruction refused)
joins their English into its message and keeps each one's code and params in `parts`, so the
GUI can say the list part by part. Each problem is a `Problem`: a str (its English, which every
caller that joins or compares problems keeps using) that also carries its code and params.

The disclosure gate says its reasons, warnings and hint the same way (`said`): a Verdict holds
Problems, so its English is what the CLI prints and the ledger and a signed decision keep, and a
screen says each by its code (gui/gate_words.py). A list of stored keys (what a court order
lacks) is one param, its keys joined by LIST_MARK.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import IntEnum

Params = dict[str, str | int]
LIST_MARK = ","


class Problem(str):
    """One problem of a list: its English words, with the code and params it is said by."""

    code: str
    params: Params

    def __new__(cls, text: str, *, code: str = "", params: Mapping[str, str | int] | None = None) -> Problem:
        problem = super().__new__(cls, text)
        problem.code = code
        problem.params = dict(params or {})
        return problem


def said(code: str, text: str, **params: str | int) -> Problem:
    """A sentence of the core: its English with the code and params it is said by."""
    return Problem(text, code=code, params=params)


def keys(values: Iterable[str]) -> str:
    """A list of stored keys as one param."""
    return LIST_MARK.join(values)


def parts_of(problems: Iterable[str]) -> tuple[tuple[str, Params], ...]:
    """(code, params) of each problem; a plain str has no code, and so no words but its English."""
    return tuple((p.code, dict(p.params)) if isinstance(p, Problem) else ("", {}) for p in problems)


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    WRONG_SECRET = 3
    CORRUPT = 4
    TAMPERED = 5
    REFUSED = 6
    ENVIRONMENT = 7
    NOT_FOUND = 8
    KEYRING = 9
    # `backup verify`: the file is whole, but still holds a chart destroyed since (not a failure
    # of the file: a script must still not take it for a clean backup).
    NOT_CLEAN = 10
    # `unlock-check`: every page authenticated, but a "Replace every key" started and never
    # finished (a security gap to close by replacing them again). It exited 0, with no code to
    # tell a script; an older copy (5) is said first when both hold.
    REKEY_UNFINISHED = 11


class VaultError(Exception):
    """Base of every error the app explains to the user instead of crashing."""

    exit_code: ExitCode = ExitCode.INTERNAL
    kind: str = "error"
    # Sentences the message ends with that its own code's words do not say, each with its code:
    # added to an error rebuilt with more English (Replace every key's "Nothing was changed"), so
    # a screen in another language says them too.
    also: tuple[Problem, ...] = ()

    def __init__(self, message: str, *, hint: str = "", code: str = "", field: str = "",
                 params: Mapping[str, str | int] | None = None, parts: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code
        self.field = field
        self.params: dict[str, str | int] = dict(params or {})
        # The listed problems the message joins, each as (code, params): see Problem.
        self.parts: tuple[tuple[str, Params], ...] = parts_of(parts)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class InvalidInput(VaultError):
    exit_code = ExitCode.USAGE
    kind = "invalid-input"


class WrongPassphrase(VaultError):
    exit_code = ExitCode.WRONG_SECRET
    kind = "wrong-passphrase"


class WrongRecoveryKey(VaultError):
    exit_code = ExitCode.WRONG_SECRET
    kind = "wrong-recovery-key"


class VaultCorrupt(VaultError):
    """A file is damaged (torn write, flipped bits, truncated, missing)."""

    exit_code = ExitCode.CORRUPT
    kind = "corrupt"


class VaultTampered(VaultError):
    """Authenticated data failed its check: edited header, broken ledger chain."""

    exit_code = ExitCode.TAMPERED
    kind = "tampered"


class LedgerRollback(VaultTampered):
    kind = "ledger-rollback"


class RefusedByPolicy(VaultError):
    exit_code = ExitCode.REFUSED
    kind = "refused"


class EnvironmentProblem(VaultError):
    """Disk full, permission denied, I/O error: the machine, not the vault."""

    exit_code = ExitCode.ENVIRONMENT
    kind = "environment"
    # The file or folder the system refused, when it said which: for a caller to tell whose
    # folder it was (services/backup_folder_denied.py). Never said: a file's name may be a client's.
    path = ""


class DiskFull(EnvironmentProblem):
    kind = "disk-full"


class VaultBusy(EnvironmentProblem):
    """Another process (the app's window or a command) has the vault open for writing."""

    kind = "vault-busy"


class NotFound(VaultError):
    exit_code = ExitCode.NOT_FOUND
    kind = "not-found"


class VaultNotFound(NotFound):
    kind = "vault-not-found"


class KeyringProblem(VaultError):
    """The device secret in the OS keyring is missing or the keyring is unusable."""

    exit_code = ExitCode.KEYRING
    kind = "keyring"


class CompartmentLocked(RefusedByPolicy):
    kind = "locked"
