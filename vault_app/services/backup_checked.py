"""The "checked at creation" record of a backup file or a snapshot (issue 21, item 5).

A backup made with verification runs the full checks (every page of every compartment
whose key is at hand, the whole ledger chain against the header's anchor, every
attachment blob) on the copy it packs, BEFORE packing, and records that in its
authenticated table of contents:

    "checked": {"version": 1, "app_version": "...", "pages": ["ledger", "records"],
                "ledger_chain": true, "blobs": true, "ledger_head": {"seq": N, "mac": "..."}}

The container (or each chunk) is then read back and authenticated, which proves it holds
exactly the checked bytes. A later restore or verify relies on that authentication
instead of repeating SQLite's integrity_check and the chain walk. It still checks the key
slots, every byte's AES-GCM and hash, the embedded header's MAC, that the ledger in the
copy ends at the recorded head (one read), and the pages of any compartment the record
does not cover (the locked psychotherapy notes, when their key is given now).

Who can forge the record can forge the container: both are under the master key. So
the record adds no trust the container's authentication does not already carry; a
paranoid check (`full=True`, the CLI's --full) ignores it and runs every check again.

Older versions ignore the key (their readers look only at the keys they know): the
format versions are unchanged, and an older app restores such a backup with its full check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vault_app import __version__
from vault_app.domain.errors import VaultCorrupt, VaultTampered
from vault_app.storage import backup_snapshot
from vault_app.storage.compartment import COMPARTMENT_FILES
from vault_app.storage.header import LedgerAnchor

KEY = "checked"
VERSION = 1
COMPARTMENTS = tuple(COMPARTMENT_FILES)  # records, psychotherapy, ledger

# What a verify or restore reports it ran ("check" of its result).
FULL = "full"
RECORDED = "recorded at creation"

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def record(pages: list[str], head: LedgerAnchor) -> dict[str, Any]:
    """The record for a copy whose `pages` (compartment names), ledger chain and blobs were
    all found intact, with its ledger ending at `head`."""
    return {"version": VERSION, "app_version": __version__, "pages": sorted(pages), "ledger_chain": True,
            "blobs": True, "ledger_head": {"seq": head.seq, "mac": head.mac_hex}}


# Marks the record of a backup file a destruction's purge rewrote (backup_copies): every
# check ran on the purged copy before it was packed, the chain walked from
# "chain_walked_from" (1: whole; later: the old record's head, walked when that was made).
REWRITTEN_BY_PURGE = "rewritten_by_purge"


def rewritten_by_purge(value: dict[str, Any], chain_from: LedgerAnchor | None) -> dict[str, Any]:
    return {**value, REWRITTEN_BY_PURGE: {"app_version": __version__,
                                          "chain_walked_from": chain_from.seq if chain_from else 1}}


def after_purge(value: Mapping[str, Any] | None, head: LedgerAnchor, written: tuple[str, ...]) -> dict[str, Any] | None:
    """The record of a snapshot purged part by part (snapshot_purge.purge_snapshot), or None.

    Kept only from the old snapshot's own record (`value`), for the same pages: the purge
    leaves the header, the ledger part and every remaining blob part with the old chunk
    lists (AES-GCM-authenticated bytes, so what was checked at creation still is); of the
    compartments it rewrote (`written`) every page in a new chunk passed its HMAC and the
    whole file SQLite's integrity check (check_purged), and every other page is an old
    chunk's, covered by the old record. The ledger is not touched, so its chain and head
    stand as recorded; the blobs are the old ones minus those the purged records.db no
    longer names. A compartment written now that the old record did not cover stays out
    (its old pages were never checked): a restore checks it. Without an old record, or
    with a head that moved, there is nothing to carry: None (the restore checks all)."""
    if value is None or recorded_head(value) != head:
        return None
    kept = dict(value)
    kept["purged"] = {"app_version": __version__, "written_checked": sorted(written)}
    return kept


def parse(data: Mapping[str, Any], bad: VaultCorrupt) -> dict[str, Any] | None:
    """The record of an authenticated table of contents, or None when it has none (made by
    an older version, or without verification). Only reachable with authenticated
    content, yet checked as if hostile: `bad` when malformed. A record of a newer version
    is ignored (the full check runs), never trusted."""
    value = data.get(KEY)
    if value is None:
        return None
    if not isinstance(value, dict) or type(value.get("version")) is not int:
        raise bad
    if value["version"] != VERSION:
        return None
    pages = value.get("pages")
    head = value.get("ledger_head")
    if (not isinstance(pages, list) or not all(p in COMPARTMENTS for p in pages) or len(set(pages)) != len(pages)
            or "ledger" not in pages or "records" not in pages
            or value.get("ledger_chain") is not True or value.get("blobs") is not True
            or not isinstance(value.get("app_version"), str)
            or not isinstance(head, dict) or type(head.get("seq")) is not int or head["seq"] < 0
            or not isinstance(head.get("mac"), str) or not _HEX64.match(head["mac"])):
        raise bad
    return value


def recorded_head(value: Mapping[str, Any]) -> LedgerAnchor:
    head = value["ledger_head"]
    return LedgerAnchor(int(head["seq"]), str(head["mac"]))


def check_recorded(folder: Path, keys: Mapping[str, bytes], value: Mapping[str, Any], head: LedgerAnchor,
                   what: str) -> None:
    """What a restore of a backup checked at creation still checks, after the container's
    authentication and the embedded header's MAC: the record and the table of contents
    name the same head, the ledger copy ends there (one read, through SQLCipher's page
    HMACs), and every compartment whose key is at hand but that the record does not cover
    has every page checked now. `what`: "backup" or "snapshot", for the messages."""
    if recorded_head(value) != head:
        raise VaultTampered(f"The {what}'s check record does not match its table of contents.")
    found = backup_snapshot.ledger_head_closed(folder / COMPARTMENT_FILES["ledger"], keys["ledger"])
    copy_head = LedgerAnchor(found[0], found[1].hex()) if found else LedgerAnchor(0, "")
    if copy_head != head:
        raise VaultTampered(f"The ledger inside the {what} does not end where its table of contents says.")
    rest = [(name, folder / COMPARTMENT_FILES[name], keys[name])
            for name in COMPARTMENTS if name in keys and name not in value["pages"]]
    damaged_one = backup_snapshot.first_damaged(rest) if rest else None
    if damaged_one:
        raise VaultCorrupt(f"The {what}'s copy of the {damaged_one} compartment is damaged.",
                           hint="Use another backup.")


def described(check: str, value: Mapping[str, Any] | None, keys: Mapping[str, bytes], what: str) -> list[str]:
    """The "checked" lines of a verify's result: which checks ran now, which were recorded."""
    locked = ("every page of records.db and ledger.db (psychotherapy.db is locked: its bytes are checked by the "
              f"{what}'s authentication; unlock it, or give the passphrase, to check its pages)")
    if check == FULL or value is None:
        return ["every compartment page" if "psychotherapy" in keys else locked, "ledger chain"]
    pages = set(value["pages"])
    now = [name for name in COMPARTMENTS if name in keys and name not in pages]
    rewritten = value.get(REWRITTEN_BY_PURGE)
    when = f"when a destruction's purge rewrote the {what}" if rewritten else f"when the {what} was made"
    lines = [f"every page, the ledger chain and the attachments were checked {when} "
             f"(app {value['app_version']}; pages of {', '.join(sorted(pages))}); the {what}'s authentication "
             "proves it holds those bytes",
             "ledger ends at the recorded entry"]
    if isinstance(rewritten, dict) and isinstance(rewritten.get("chain_walked_from"), int) \
            and rewritten["chain_walked_from"] > 1:
        lines.append(f"the ledger chain was walked from entry {rewritten['chain_walked_from']} then; the entries "
                     f"before it when the {what}'s previous record was made")
    purged = value.get("purged")
    if isinstance(purged, dict):
        lines.append(f"the {what} was purged since (app {purged.get('app_version')}): every page it rewrote and "
                     "the rewritten compartments' structure were checked then; the rest is as checked at creation")
    if now:
        lines.append(f"every page of {', '.join(now)} checked now")
    if "psychotherapy" not in keys and "psychotherapy" not in pages:
        lines.append("psychotherapy.db is locked: its bytes are checked by the authentication only")
    return lines


__all__ = ["FULL", "KEY", "RECORDED", "REWRITTEN_BY_PURGE", "after_purge", "check_recorded", "described", "parse",
           "record", "recorded_head", "rewritten_by_purge"]
