"""Shared helpers for the clinical-record tests (not a test module itself)."""

from __future__ import annotations

from typing import Any

from vault_app.services.vault import Vault
from vault_app.storage.compartment import Compartment

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def snapshot(db: Compartment) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), to prove nothing changed."""
    tables = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    result = {}
    for name in tables:
        if name.endswith("_fts"):  # the virtual table itself; its shadow tables are listed separately
            continue
        result[name] = [tuple(r) for r in db.query(f'SELECT * FROM "{name}"')]
    return result


def state(vault: Vault) -> dict[str, Any]:
    data: dict[str, Any] = {"records": snapshot(vault.records), "ledger_head": vault.ledger.head().seq}
    if vault.psychotherapy_open:
        data["psychotherapy"] = snapshot(vault.psychotherapy)
    return data


def all_text(db: Compartment) -> str:
    """Every text/blob value in a compartment, decrypted, as one string (for canary scans)."""
    parts: list[str] = []
    for rows in snapshot(db).values():
        for row in rows:
            for value in row:
                if isinstance(value, bytes):
                    parts.append(value.decode("utf-8", "replace"))
                elif value is not None:
                    parts.append(str(value))
    return "\n".join(parts)
