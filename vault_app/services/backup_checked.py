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
from vault_app.domain.errors import Problem, VaultCorrupt, VaultTampered, said
from vault_app.storage import backup_snapshot
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
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


# The compartments whose every page a later verify checked (`backup verify`, the app's verify),
# in its backup.verified ledger entry: a backup made with the psychotherapy notes locked and
# verified with them unlocked covers every compartment for the rotation
# (backup_rotation_covered). In the ledger, authenticated with it: no file beside the backups
# can claim it, and an older copy of the ledger put back is refused at the unlock.
VERIFIED_PAGES = "pages_checked"


def verified_pages(summary: Mapping[str, Any]) -> list[str]:
    """What a verify's result (`summary`) says it checked of every compartment's pages: records.db
    and ledger.db always (a record at creation covers them, else they are checked now), and
    psychotherapy.db when its key was at hand or its record covered it."""
    pages = ["ledger", "records"]
    return sorted([*pages, "psychotherapy"]) if summary.get("psychotherapy_pages_checked") is True else pages


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
        raise VaultTampered(f"The {what}'s check record does not match its table of contents.",
                            code="backup.check_record_mismatch")
    found = backup_snapshot.ledger_head_closed(folder / COMPARTMENT_FILES["ledger"], keys["ledger"])
    copy_head = LedgerAnchor(found[0], found[1].hex()) if found else LedgerAnchor(0, "")
    if copy_head != head:
        raise VaultTampered(f"The ledger inside the {what} does not end where its table of contents says.",
                            code="backup.ledger_end")
    check_binding(folder, keys)
    rest = [(name, folder / COMPARTMENT_FILES[name], keys[name])
            for name in COMPARTMENTS if name in keys and name not in value["pages"]]
    damaged_one = backup_snapshot.first_damaged(rest) if rest else None
    if damaged_one:
        raise VaultCorrupt(f"The {what}'s copy of the {damaged_one} compartment is damaged.",
                           hint="Use another backup.", code="backup.compartment_damaged",
                           params={"compartment": damaged_one})


def check_psychotherapy_binding(folder: Path, keys: Mapping[str, bytes]) -> None:
    """The copy's psychotherapy.db against the copy's ledger, as a restore checks it when it opens
    those notes (services/vault_binding.py): LedgerRollback, in the restore's words, for an older
    copy of that file packed with a later ledger (found: such a backup was called OK and verified,
    and its restore refused). Only when the psychotherapy key is at hand, as for its pages."""
    psy = folder / COMPARTMENT_FILES["psychotherapy"]
    if "psychotherapy" not in keys or not psy.is_file():
        return
    # Not at the top: the ledger service imports more than a backup's reader needs.
    from vault_app.services import vault_binding
    from vault_app.services.ledger import Ledger

    comp = Compartment.open("ledger", folder / COMPARTMENT_FILES["ledger"], keys["ledger"])
    try:
        vault_binding.check_psychotherapy_file(Ledger(comp, keys["ledger_mac"]), psy, (keys["psychotherapy"],))
    finally:
        comp.close()


def check_binding(folder: Path, keys: Mapping[str, bytes]) -> None:
    """The copy's records.db, then its psychotherapy.db (`check_psychotherapy_binding`), against
    the copy's ledger, as the unlock checks the vault's: LedgerRollback for an older records.db
    packed beside a ledger that recorded later changes to it. Found: a backup made while another
    program had put an older records.db back under the open vault (storage/compartment_own_file.py)
    was checked, restored, and unlocked, its ledger naming a new client its records did not hold
    (the restore's own commits moved the file's counter past the ledger's before any unlock)."""
    from vault_app.services import vault_binding  # as check_psychotherapy_binding
    from vault_app.services.ledger import Ledger
    from vault_app.storage import integrity_stamp

    stamp = integrity_stamp.read_file(folder / COMPARTMENT_FILES["records"], keys["records"], "records")
    comp = Compartment.open("ledger", folder / COMPARTMENT_FILES["ledger"], keys["ledger"])
    try:
        vault_binding.check_stamp(Ledger(comp, keys["ledger_mac"]), "records", stamp)
    finally:
        comp.close()
    check_psychotherapy_binding(folder, keys)


# What a verify reports it checked, line by line, by code (the screens say each in their
# language by it: gui/backup_check_words.py; they matched the English by pattern before). The
# English is the command line's, unchanged: each line is that English (a str), carrying its code
# and params (domain/errors.said). {what} is "backup" or "snapshot"; {pages} and {names} list
# compartments by their names (COMPARTMENTS), joined by ", ".
CHECKSUM = "backup_checked.checksum"
AUTHENTICATION = "backup_checked.authentication"
PART_HASHES = "backup_checked.part_hashes"
PART_HASHES_READ_BACK = "backup_checked.part_hashes_read_back"
HEADER_MAC = "backup_checked.header_mac"
SNAPSHOT_AUTHENTICATION = "backup_checked.snapshot_authentication"
CHUNKS = "backup_checked.chunks"
PART_SIZES = "backup_checked.part_sizes"
EVERY_PAGE = "backup_checked.every_page"
LEDGER_CHAIN = "backup_checked.ledger_chain"
PAGES_PSYCHOTHERAPY_LOCKED = "backup_checked.pages_psychotherapy_locked"
RECORDED_MADE = "backup_checked.recorded_made"
RECORDED_REWRITTEN = "backup_checked.recorded_rewritten"
LEDGER_ENDS = "backup_checked.ledger_ends"
CHAIN_WALKED_FROM = "backup_checked.chain_walked_from"
PURGED_SINCE = "backup_checked.purged_since"
PAGES_NOW = "backup_checked.pages_now"
PSYCHOTHERAPY_LOCKED = "backup_checked.psychotherapy_locked"
ENGLISH: dict[str, str] = {
    CHECKSUM: "checksum",
    AUTHENTICATION: "authentication",
    PART_HASHES: "part hashes",
    PART_HASHES_READ_BACK: "part hashes (when the file was read back after it was written)",
    HEADER_MAC: "header MAC",
    SNAPSHOT_AUTHENTICATION: "snapshot authentication",
    CHUNKS: "every chunk's authentication and keyed hash",
    PART_SIZES: "part sizes",
    EVERY_PAGE: "every compartment page",
    LEDGER_CHAIN: "ledger chain",
    PAGES_PSYCHOTHERAPY_LOCKED: "every page of records.db and ledger.db (psychotherapy.db is locked: its bytes are "
                                "checked by the {what}'s authentication; unlock it, or give the passphrase, to check "
                                "its pages)",
    RECORDED_MADE: "every page, the ledger chain and the attachments were checked when the {what} was made (app "
                   "{app}; pages of {pages}); the {what}'s authentication proves it holds those bytes",
    RECORDED_REWRITTEN: "every page, the ledger chain and the attachments were checked when a destruction's purge "
                        "rewrote the {what} (app {app}; pages of {pages}); the {what}'s authentication proves it "
                        "holds those bytes",
    LEDGER_ENDS: "ledger ends at the recorded entry",
    CHAIN_WALKED_FROM: "the ledger chain was walked from entry {entry} then; the entries before it when the {what}'s "
                       "previous record was made",
    PURGED_SINCE: "the {what} was purged since (app {app}): every page it rewrote and the rewritten compartments' "
                  "structure were checked then; the rest is as checked at creation",
    PAGES_NOW: "every page of {names} checked now",
    PSYCHOTHERAPY_LOCKED: "psychotherapy.db is locked: its bytes are checked by the authentication only",
}


# What a check means, said for a clinician (the Backups window's result; the technical lines above are
# the support detail and the command line's). Found by a walker: the window said "snapshot
# authentication, every chunk's authentication and keyed hash, header MAC, … psychotherapy.db is
# locked". Each line its English, with its code (the screens say it by the code: gui/backup_check_words.py).
PLAIN_WHOLE = "backup_checked.plain.whole"
PLAIN_CHECKED_WHEN_MADE = "backup_checked.plain.checked_when_made"
PLAIN_CHECKED_NOW = "backup_checked.plain.checked_now"
PLAIN_NOTES_CHECKED = "backup_checked.plain.notes_checked"
PLAIN_NOTES_LOCKED = "backup_checked.plain.notes_locked"
PLAIN_ENGLISH: dict[str, str] = {
    PLAIN_WHOLE: "Every part of the backup was read and is whole: nothing in it is missing or altered.",
    PLAIN_CHECKED_WHEN_MADE: "The records in it were checked in full when it was made, and it still holds exactly "
                             "what was checked.",
    PLAIN_CHECKED_NOW: "The records in it were checked in full now.",
    PLAIN_NOTES_CHECKED: "The psychotherapy notes in it were checked too.",
    PLAIN_NOTES_LOCKED: "The psychotherapy notes in it could not be checked because they are locked: unlock them, "
                        "then check again to include them.",
}


def plainly(summary: Mapping[str, Any]) -> list[str]:
    """What a verify's result (`summary`: backup.verify_backup's, backup_repo.verify_snapshot's) means,
    for a clinician: whole, when its contents were checked, and whether the psychotherapy notes were
    (their pages checked now, or by the record made at creation). Each a str with its code."""
    when = PLAIN_CHECKED_WHEN_MADE if summary.get("check") == RECORDED else PLAIN_CHECKED_NOW
    notes = PLAIN_NOTES_CHECKED if summary.get("psychotherapy_pages_checked") is True else PLAIN_NOTES_LOCKED
    return [said(code, PLAIN_ENGLISH[code]) for code in (PLAIN_WHOLE, when, notes)]


def checked_line(code: str, **params: str | int) -> Problem:
    """One "checked" line: its English (what the CLI prints), with its code and params."""
    return said(code, ENGLISH[code].format(**params), **params)


def described(check: str, value: Mapping[str, Any] | None, keys: Mapping[str, bytes], what: str) -> list[str]:
    """The "checked" lines of a verify's result: which checks ran now, which were recorded
    (each a str with its code: checked_line)."""
    if check == FULL or value is None:
        return [checked_line(EVERY_PAGE) if "psychotherapy" in keys else checked_line(PAGES_PSYCHOTHERAPY_LOCKED,
                                                                                       what=what),
                checked_line(LEDGER_CHAIN)]
    pages = set(value["pages"])
    now = [name for name in COMPARTMENTS if name in keys and name not in pages]
    rewritten = value.get(REWRITTEN_BY_PURGE)
    lines: list[str] = [checked_line(RECORDED_REWRITTEN if rewritten else RECORDED_MADE, what=what,
                                     app=str(value["app_version"]), pages=", ".join(sorted(pages))),
                        checked_line(LEDGER_ENDS)]
    if isinstance(rewritten, dict) and isinstance(rewritten.get("chain_walked_from"), int) \
            and rewritten["chain_walked_from"] > 1:
        lines.append(checked_line(CHAIN_WALKED_FROM, what=what, entry=int(rewritten["chain_walked_from"])))
    purged = value.get("purged")
    if isinstance(purged, dict):
        lines.append(checked_line(PURGED_SINCE, what=what, app=str(purged.get("app_version"))))
    if now:
        lines.append(checked_line(PAGES_NOW, names=", ".join(now)))
    if "psychotherapy" not in keys and "psychotherapy" not in pages:
        lines.append(checked_line(PSYCHOTHERAPY_LOCKED))
    return lines


__all__ = ["ENGLISH", "FULL", "KEY", "PLAIN_ENGLISH", "RECORDED", "REWRITTEN_BY_PURGE", "VERIFIED_PAGES",
           "after_purge", "check_recorded", "checked_line", "described", "parse", "plainly", "record", "recorded_head",
           "rewritten_by_purge", "verified_pages"]
