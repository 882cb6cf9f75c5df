"""What an SQL error of a compartment means to the user.

Every SQL error is sorted here into the environment (disk full, I/O, locked),
the vault (damaged file, wrong key) or a bug, the way qutebrowser's misc/sql.py
does, so callers above never see a raw driver exception for a user's problem.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.domain.errors import (
    EnvironmentProblem,
    RefusedByPolicy,
    VaultCorrupt,
    VaultError,
)
from vault_app.storage.disk_full import disk_full
from vault_app.storage.layout import COMPARTMENT_FILES

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code
# carries its primary one in the low byte (SQLITE_IOERR_WRITE = 778 -> SQLITE_IOERR = 10).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOLFS = 22
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

# The user's machine, not our code: the user can act on these (free space, close the
# other copy, fix permissions). Everything not listed here or below is a bug.
_BUSY = frozenset({SQLITE_BUSY, SQLITE_LOCKED})
_READ_ONLY = frozenset({SQLITE_READONLY, SQLITE_PERM})
_IO = frozenset({SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_NOMEM, SQLITE_PROTOCOL, SQLITE_NOLFS})
# The file itself: a wrong key and a failed page HMAC read as NOTADB or CORRUPT under
# SQLCipher. AUTH ("not authorized") was sorted here by the older message matching too.
_DAMAGED = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_AUTH})


# sqlcipher3's Connection.backup raises with sqlite3_errstr(rc) as the whole message and
# no sqlite_errorcode. These texts are SQLite's fixed names of the codes (sqlite3ErrStr),
# so an exact match recovers the code; nothing else is read from a message.
_ERRSTR_CODES = {
    "access permission denied": SQLITE_PERM,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "out of memory": SQLITE_NOMEM,
    "attempt to write a readonly database": SQLITE_READONLY,
    "disk I/O error": SQLITE_IOERR,
    "database disk image is malformed": SQLITE_CORRUPT,
    "database or disk is full": SQLITE_FULL,
    "unable to open database file": SQLITE_CANTOPEN,
    "file is not a database": SQLITE_NOTADB,
}


# The message of the temp triggers that close a chart being destroyed (destruction_delete.
# close_chart): our own text, matched exactly, as the codes above are.
CHART_CLOSED = "vault-app: chart being destroyed"


def chart_closed() -> RefusedByPolicy:
    return RefusedByPolicy(
        "This chart is being destroyed: nothing more can be saved to it.",
        hint="What was typed in it after the destruction began is not kept, as the rest of the chart.",
        code="chart.closed_for_destruction",
    )


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a driver error, None for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    if isinstance(exc, sqlcipher.OperationalError) and len(exc.args) == 1:
        return _ERRSTR_CODES.get(str(exc.args[0]))
    return None


def classify(exc: Exception, compartment: str, what: str, *, path: Path | None = None) -> Exception:
    """Turn a driver error into the VaultError a user understands, or return it (a bug).
    `path`: the compartment's file, whose folder a full disk is said by.

    Sorted by SQLite's result code, never by message text (which differs between
    SQLite versions and says nothing stable)."""
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, sqlcipher.IntegrityError) and exc.args == (CHART_CLOSED,):
        return chart_closed()
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return disk_full(what, path)
    if code in _BUSY:
        return compartment_busy(compartment)
    if code in _READ_ONLY:
        return EnvironmentProblem(
            f"The {compartment} compartment is read-only.",
            hint="Check the permissions of the vault folder.", code="compartment.read_only",
            params={"compartment": compartment},
        )
    if code in _IO:
        return EnvironmentProblem(f"The system reported an I/O error while {what}.", code="disk.io_error")
    if code in _DAMAGED:
        return compartment_damaged(compartment)
    return exc


def reads_as_damaged(exc: BaseException) -> bool:
    """Whether a driver error says the file itself is damaged (or under another key)."""
    return primary_code(exc) in _DAMAGED


def compartment_busy(compartment: str) -> EnvironmentProblem:
    return EnvironmentProblem(
        f"The {compartment} compartment is busy (another copy of the app may have it open).",
        hint="Close other copies of the app and try again.", code="compartment.busy",
        params={"compartment": compartment},
    )


def compartment_damaged(compartment: str) -> VaultCorrupt:
    return VaultCorrupt(
        f"The {compartment} compartment ({COMPARTMENT_FILES.get(compartment, compartment)}) is damaged or was altered.",
        hint="Restore the vault from your latest verified backup.", code="compartment.damaged",
        params={"compartment": compartment},
    )
