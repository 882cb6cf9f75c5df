"""The mark of an import under way, kept in the vault (records.db `meta`), so that the next
unlock after a kill or a crash mid-import can say the import was cut short and how to go on.

A lock mid-import is said by the app itself (gui/import_running.py keeps what came in while
the vault is locked); a kill leaves nothing in memory, and the walker found the next start
silent (the charts that came in are whole and running the import again continues, but the
therapist was not told). The mark holds the source's kind only ("simplepractice"...): no
path, name or count of the practice's records.

Deliberately tiny (storage only): the unlock reads it on the worker, and the unlock's imports
are kept few (tests/gui/test_unlock_memory_imports.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from vault_app.storage import settings_store

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

MARK_KEY = "import_under_way"


def mark_started(vault: Vault, source: str) -> None:
    """At an import's start (joins the caller's transaction when there is one)."""
    settings_store.write(vault.records, MARK_KEY, {
        "source": source, "started_at": datetime.now(UTC).isoformat(timespec="seconds")})


def mark_ended(vault: Vault) -> None:
    """At an import's end: it finished, was cancelled or stopped on its own terms."""
    if under_way(vault) is not None:
        settings_store.write(vault.records, MARK_KEY, {})


def under_way(vault: Vault) -> str | None:
    """The source of an import marked under way (and never ended), or None."""
    found = settings_store.read(vault.records, MARK_KEY)
    source = found.get("source") if found else None
    return str(source) if source else None


def take_cut_short(vault: Vault) -> str | None:
    """At an unlock (no import of this vault runs then): the source of an import that was cut
    short, once; the mark is cleared so the next unlock does not say it again."""
    source = under_way(vault)
    if source is not None:
        mark_ended(vault)
    return source


__all__ = ["MARK_KEY", "mark_ended", "mark_started", "take_cut_short", "under_way"]
