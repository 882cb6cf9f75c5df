"""A snapshot's compartment part purged once per group for the same input.

In a group purge (snapshot_purge_repositories._purge_group) the snapshots of one repository often hold
the very same psychotherapy.db (a day's work rarely writes a psychotherapy note; records.db
differs more often, since every unlock stamps it): the same chunk list in the same
repository. Chunk ids name content (a keyed hash; the repository stores one chunk per id,
AES-GCM-authenticated on every read), so the same list is the same bytes. The purge of
those bytes, once written to the repository, read back (check_purged: each new chunk
decrypted and compared with the copy, every page of it HMAC-checked) and checked whole by
SQLite (start_structure_check), is a purged and checked output of that input, and so a
valid purged output for every snapshot holding that input. No determinism of SQLite's
deletion is needed: the output's bytes themselves are taken, not a second deletion.

What a part carries of its snapshot is in its bytes, and they are the same: the
integrity stamp (services/vault_binding.py) names the last ledger entry the file had seen
and its own counter; purge_snapshot keeps the entry and moves the counter on from the
file's own (snapshot_purge._stamp_in_copy), so the output is bound to every snapshot the
input was bound to, exactly as the input was. What a snapshot carries of its part outside
it is made per snapshot as before: the manifest naming the part's chunks, its check record
(backup_checked.after_purge: the part is "written and checked", by the first purge), the
rows-remaining check and the content search of its own copy (the reused bytes are brought
into its working folder, so both read what its manifest will name).

When not: the first purge's read-back or structure check failed (then each snapshot
holding that input is purged and checked on its own), another compartment key (never for
the same bytes, but the key is part of what is looked up), another repository, or the
output brought in did not come out of the deletion byte for byte (the deletion wrote to
it: then it is read back and checked as any purged part).
"""

from __future__ import annotations

import hashlib
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The benchmark clears it to measure the group purge with every part purged on its own.
REUSE_PURGED = True


@dataclass
class Purged:
    """A part's purged output: its manifest entry (name, size, chunks), the snapshot it was
    made for, and its SQLite check (None once known to have passed)."""

    part: dict[str, Any]
    source: str
    check: Future[list[str]] | None

    def passed(self) -> bool:
        """Waits for the structure check if it still runs; a check that raised did not pass."""
        if self.check is not None:
            try:
                if self.check.result():
                    return False
            except Exception:  # any failure of the check means: not checked
                return False
            self.check = None
        return True


class PurgedParts:
    """The parts purged and checked in one group, by (repository, file, key, input)."""

    def __init__(self) -> None:
        self._done: dict[tuple[str, str, bytes, int, tuple[str, ...]], Purged] = {}

    @staticmethod
    def _key(root: Path, old: dict[str, Any], key: bytes) -> tuple[str, str, bytes, int, tuple[str, ...]]:
        # A digest of the compartment key, not the key: this lives as long as the group.
        return (str(root), str(old["name"]), hashlib.sha256(key).digest(), int(old["size"]), tuple(old["chunks"]))

    def offer(self, root: Path, old: dict[str, Any], key: bytes) -> Purged | None:
        """The purged output of this input, once its check passed; None if there is none,
        or if its check failed (then it is forgotten: that input is purged anew)."""
        if not REUSE_PURGED:
            return None
        k = self._key(root, old, key)
        done = self._done.get(k)
        if done is None:
            return None
        if not done.passed():
            del self._done[k]
            return None
        return done

    def record(self, root: Path, old: dict[str, Any], key: bytes, new: dict[str, Any], source: str,
               check: Future[list[str]]) -> None:
        """`new`, the output of `old` read back by check_purged, its SQLite check running."""
        self._done[self._key(root, old, key)] = Purged(
            {"name": new["name"], "size": new["size"], "chunks": list(new["chunks"])}, source, check)
