"""SQL errors sorted by SQLite's result code (issue 16 item 4): the environment (disk
full, I/O, read-only, permissions, busy) and a damaged file become clear VaultErrors;
anything else is a bug and stays the driver's exception. Message text plays no part."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from vault_app.domain.errors import DiskFull, EnvironmentProblem, VaultCorrupt
from vault_app.storage.compartment import Compartment
from vault_app.storage.sql_errors import classify


def _driver_error(code: int, message: str) -> sqlcipher.Error:
    exc = sqlcipher.OperationalError(message)
    exc.sqlite_errorcode = code  # as the driver sets it (primary or extended result code)
    return exc


# (extended code, message the driver might carry, expected type, words in the message)
TABLE = [
    (13, "database or disk is full", DiskFull, "disk is full"),
    (5, "database is locked", EnvironmentProblem, "busy"),
    (6, "database table is locked", EnvironmentProblem, "busy"),
    (517, "database is locked", EnvironmentProblem, "busy"),  # SQLITE_BUSY_SNAPSHOT
    (8, "attempt to write a readonly database", EnvironmentProblem, "read-only"),
    (1032, "attempt to write a readonly database", EnvironmentProblem, "read-only"),  # READONLY_DBMOVED
    (3, "access permission denied", EnvironmentProblem, "read-only"),
    (10, "disk I/O error", EnvironmentProblem, "I/O error"),
    (778, "disk I/O error", EnvironmentProblem, "I/O error"),  # SQLITE_IOERR_WRITE
    (14, "unable to open database file", EnvironmentProblem, "I/O error"),
    (7, "out of memory", EnvironmentProblem, "I/O error"),
    (11, "database disk image is malformed", VaultCorrupt, "damaged"),
    (26, "file is not a database", VaultCorrupt, "damaged"),
    # The code decides, whatever the text says.
    (13, "something else entirely", DiskFull, "disk is full"),
    (778, "", EnvironmentProblem, "I/O error"),
]

# Our own mistakes: the caller must see them as bugs (exit code 1), never as a user's problem.
BUGS = [
    (1, "no such table: nope"),
    (1, "database or disk is full"),  # a message that once fooled the text matching
    (19, "constraint failed"),
    (2067, "UNIQUE constraint failed: t.x"),  # SQLITE_CONSTRAINT_UNIQUE
    (21, "bad parameter or other API misuse"),
    (20, "datatype mismatch"),
]


@pytest.mark.parametrize(("code", "message", "expected", "words"), TABLE)
def test_environment_and_damage_by_code(code: int, message: str, expected: type, words: str) -> None:
    sorted_exc = classify(_driver_error(code, message), "records", "saving")
    assert type(sorted_exc) is expected
    assert words in str(sorted_exc)


@pytest.mark.parametrize(("code", "message"), BUGS)
def test_everything_else_is_a_bug(code: int, message: str) -> None:
    exc = _driver_error(code, message)
    assert classify(exc, "records", "saving") is exc


def test_an_error_without_a_code_is_a_bug() -> None:
    exc = sqlcipher.ProgrammingError("Cannot operate on a closed database.")
    assert classify(exc, "records", "reading") is exc


# sqlcipher3's backup API raises without a code, with SQLite's fixed name of the code as
# the whole message: that exact name counts, a message that merely contains it does not.
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", DiskFull),
        ("disk I/O error", EnvironmentProblem),
        ("database is locked", EnvironmentProblem),
        ("attempt to write a readonly database", EnvironmentProblem),
        ("database disk image is malformed", VaultCorrupt),
        ("near 'database or disk is full': syntax error", None),
        ("Database or disk is full", None),
        ("no such table: meta", None),
    ],
)
def test_errors_without_a_code_from_the_backup_api(message: str, expected: type | None) -> None:
    exc = sqlcipher.OperationalError(message)
    sorted_exc = classify(exc, "records", "copying")
    if expected is None:
        assert sorted_exc is exc
    else:
        assert type(sorted_exc) is expected


# --- the same sorting on real SQLCipher files -------------------------------------------
def _compartment(path: Path, key: bytes) -> Compartment:
    return Compartment.open("records", path, key, create=not path.exists())


def test_real_wrong_key_and_garbage_are_damage(tmp_path: Path) -> None:
    path = tmp_path / "records.db"
    _compartment(path, os.urandom(32)).close()
    with pytest.raises(VaultCorrupt):
        _compartment(path, os.urandom(32))
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    with pytest.raises(VaultCorrupt):
        Compartment.open("records", garbage, os.urandom(32))


def test_real_altered_page_is_damage(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "records.db"
    comp = _compartment(path, key)
    with comp.transaction():
        comp.execute("CREATE TABLE filler (x TEXT)")
        comp.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(400).hex(),) for _ in range(300)])
    comp.close()
    data = bytearray(path.read_bytes())
    last_page = len(data) - 4096
    data[last_page + 100] ^= 0x01
    path.write_bytes(bytes(data))
    comp = Compartment.open("records", path, key)
    try:
        with pytest.raises(VaultCorrupt):
            comp.query("SELECT x FROM filler")
    finally:
        comp.close()


def test_real_constraint_violation_is_a_bug(tmp_path: Path) -> None:
    comp = _compartment(tmp_path / "records.db", os.urandom(32))
    try:
        comp.execute("CREATE TABLE t (x TEXT PRIMARY KEY)")
        comp.execute("INSERT INTO t VALUES ('a')")
        with pytest.raises(sqlcipher.IntegrityError) as caught:
            comp.execute("INSERT INTO t VALUES ('a')")
        assert caught.value.sqlite_errorcode & 0xFF == 19  # SQLITE_CONSTRAINT (sqlcipher3 may give the extended 2067)
    finally:
        comp.close()


def test_real_busy_file_is_the_environment(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "records.db"
    first = _compartment(path, key)
    second = Compartment.open("records", path, key)
    second.raw_connection.execute("PRAGMA busy_timeout = 0")  # fail at once instead of waiting
    try:
        with first.transaction(), pytest.raises(EnvironmentProblem, match="busy"), second.transaction():
            pass
    finally:
        second.close()
        first.close()
