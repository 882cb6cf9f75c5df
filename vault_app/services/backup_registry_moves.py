"""A backup folder now at another path: the register's `backup.moved` {from, to} entry.

A vault restored on a new computer from its backup drive mounted elsewhere goes on backing up
into the folder restored from (backup_registry_moved.follow_restored_folder), and records the
move. Without it the older backups' entries held the old computer's paths: the Backups list
said them "missing", and a destruction listed them beyond its reach instead of purging them.
The register's fold (backup_registry.fold_register) puts every backup registered under `from`
before the move under `to`; what is recorded after it names the new path already.

Pure functions on paths and ledger entries: no file is read or moved here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vault_app.services.ledger import LedgerEntry

MOVED = "backup.moved"

Move = tuple[str, str]


def move_of(entry: LedgerEntry) -> Move | None:
    """The (from, to) folders of a `backup.moved` entry naming both; None for any other entry."""
    if entry.kind != MOVED or not entry.payload.get("from") or not entry.payload.get("to"):
        return None
    return str(entry.payload["from"]), str(entry.payload["to"])


def moves_in(entries: Iterable[LedgerEntry]) -> list[Move]:
    """The (from, to) folders of the `backup.moved` entries among `entries`, in their order."""
    return [move for move in map(move_of, entries) if move is not None]


def rebased(path: str, move: Move) -> str:
    """`path` under the move's new folder when it lies in (or is) its old one; else `path`. The
    backup folder itself moves: a single file directly in it, a snapshot in its 'snapshots'."""
    old, new = Path(move[0]), Path(move[1])
    here = Path(path)
    if here != old and old not in here.parents:
        return path
    return str(new / here.relative_to(old)) if here != old else str(new)


def followed(path: str, moves: Iterable[Move]) -> str:
    """`path` after every move in `moves`, in their order (one back to where it was included)."""
    for move in moves:
        path = rebased(path, move)
    return path


__all__ = ["MOVED", "Move", "followed", "move_of", "moves_in", "rebased"]
