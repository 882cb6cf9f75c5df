"""Schema migrations per compartment, versioned with PRAGMA user_version.

Each migration is a file `<compartment>/NNNN_name.sql`, applied in number order
inside one transaction with the user_version bump. The numbers are spaced by
area (0001-0009 vault core, 0010-0019 clinical record, 0020-0029 disclosure,
0030-0039 retention, 0040-0049 confidentiality decisions, 0050+ backups) so
features can grow their own tables without renumbering each other. A vault applies
only the numbers above its user_version, so a change to an existing area's table
still takes a number above every shipped one (0060+: legal corrections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from vault_app.domain.errors import VaultCorrupt

if TYPE_CHECKING:
    from vault_app.storage.compartment import Compartment

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations_for(compartment: str) -> list[Migration]:
    return list(_read(compartment))


# The files are part of the installed package: they cannot change under a running process, and
# every compartment open asks for them twice (apply, then the check for a newer version), the
# unlock's upgrade check once more: read once per process, not ~100 files per unlock.
@cache
def _read(compartment: str) -> tuple[Migration, ...]:
    folder = resources.files(__package__).joinpath(compartment)
    found: list[Migration] = []
    if not folder.is_dir():
        return ()
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration numbers for {compartment}: {versions}")
    return tuple(found)


def latest_version(compartment: str) -> int:
    found = _read(compartment)
    return found[-1].version if found else 0


def apply(compartment: Compartment) -> None:
    current = compartment.user_version()
    pending = [m for m in _read(compartment.name) if m.version > current]
    if current > latest_version(compartment.name):
        raise VaultCorrupt(
            f"The {compartment.name} compartment was written by a newer version of the app.",
            hint="Install the newest version to open it.",
            code="compartment.newer_version", params={"compartment": compartment.name},
        )
    if not pending:
        return
    raw = compartment.raw_connection
    raw.execute("BEGIN IMMEDIATE")
    try:
        for migration in pending:
            for statement in _split(migration.sql):
                raw.execute(statement)
        raw.execute(f"PRAGMA user_version = {pending[-1].version}")
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise


def _split(sql: str) -> list[str]:
    """Split a migration file on lines holding only ';;' (triggers contain ';')."""
    return [part.strip() for part in re.split(r"^;;\s*$", sql, flags=re.M) if part.strip()]
