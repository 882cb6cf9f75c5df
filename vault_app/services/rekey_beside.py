"""Compartments re-encrypted beside the vault's worker, then swapped in on it (issue 21,
item 1; docs/scaling.md, "Tenth round: the rekey beside the worker" and "Thirteenth round:
Replace every key beside the worker"). Shared by the destruction (destruction_rekey.py)
and Vault > Replace every key… (vault_rekey_beside.py).

1. On the worker, the files fixed (reads held on each, every -wal checkpointed first:
   destruction_image), their sizes and keys noted in a `Pending`.
2. Beside, `write_copies`: each file as the image holds it re-encrypted page by page into
   `<name>.db.rekeyed` (storage/rekey_copy.write_copy), side by side.
3. On the worker, short: `name_changes` (the pages the autosaves wrote to each -wal since
   the image, named while the image is still held, then the image let go), then per
   compartment `swap_one` (its -wal checkpointed, those pages re-encrypted into the copy,
   the copy renamed over the file, the connection reopened under the fresh key:
   Compartment.swap_in). Nothing may write to a compartment between `name_changes` and its
   swap (a frame written then would not be named): callers run both in one operation.

Until its rename a file stays whole and current under its old key (the copy is a separate
file), so a kill before it loses nothing and the next unlock scrubs the copy
(storage/rekey_copy.scrub_strays). A copy that cannot be brought up to date is scrubbed
and the caller rekeys that compartment in place.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from vault_app.domain.errors import VaultError
from vault_app.services.fault_injection import crash_point
from vault_app.storage import rekey_copy
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import os_errors

log = logging.getLogger(__name__)

BESIDE = "into a copy beside the file, swapped in"


@dataclass
class Pending:
    """The fresh keys of the compartments being re-encrypted, until the swap makes them the keys."""

    folder: Path
    fresh: dict[str, bytes]
    old: dict[str, bytes] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)
    # Why the copies are not used (each compartment then rekeyed in place at the swap).
    trouble: str = ""
    # The error that stopped the copies (a full disk: a caller may stop rather than rekey in place).
    error: VaultError | None = None
    done: bool = False

    def path(self, name: str) -> Path:
        return self.folder / COMPARTMENT_FILES[name]


def write_copies(pending: Pending, stop: Callable[[], bool] | None = None,
                 written: Callable[[int], None] | None = None) -> None:
    """Beside the worker, while the image is held: every copy written, side by side. Any
    failure scrubs them all and leaves `trouble` said (the swap then rekeys in place).
    `stop()` true between blocks ends the copies early (rekey_copy.Stopped raised);
    `written(bytes)` follows each block of any copy, from the copies' threads."""
    names = [n for n in pending.fresh if rekey_copy.fits(pending.sizes[n])]
    if len(names) < len(pending.fresh):
        pending.trouble = "a compartment file that does not end on a page boundary"
        return

    def write(name: str) -> Path:
        copy = rekey_copy.write_copy(pending.path(name), pending.sizes[name], pending.old[name],
                                     pending.fresh[name], name, stop, written)
        crash_point(f"copied:{name}")
        return copy

    with ThreadPoolExecutor(max_workers=len(names), thread_name_prefix="rekey-copy") as pool:
        futures = {name: pool.submit(write, name) for name in names}
    errors = [err for f in futures.values() if (err := f.exception()) is not None]
    if errors:
        discard(pending)
        err = next((e for e in errors if not isinstance(e, rekey_copy.Stopped)), errors[0])
        if not isinstance(err, VaultError):
            raise err  # a bug, or the stop: not hidden behind the fallback
        pending.trouble, pending.error = err.message, err
        log.warning("A re-encrypted copy could not be written (%s); rekeyed in place instead",
                    type(err).__name__)
        return
    pending.copies = {name: f.result() for name, f in futures.items()}


def discard(pending: Pending) -> None:
    """Scrub every copy not put in place (a job that stopped, a failed copy)."""
    for name in pending.fresh:
        with contextlib.suppress(VaultError):
            rekey_copy.scrub_strays_of(pending.path(name))
    pending.copies = {}


def forget(pending: Pending) -> None:
    """Drop the keys held for the swap (done, or never to come)."""
    pending.old.clear()
    pending.fresh.clear()


def name_changes(pending: Pending, release_image: Callable[[], None]) -> dict[str, set[int]]:
    """On the worker, first in the swap's operation: the pages each copied compartment's -wal
    holds, named while the image is still held (until then no checkpoint can start over
    the -wal and write over a frame not yet named); then the image let go."""
    try:
        with os_errors("reading a compartment's journal"):
            changed = {name: rekey_copy.wal_pages(pending.path(name)) for name in pending.copies}
    finally:
        release_image()
    crash_point("released")
    return changed


def swap_one(comp: Compartment, pending: Pending, pages: set[int] | None) -> str | None:
    """The copy of `comp` up to date and in its place (BESIDE), or None: there is none, or it
    could not be used; it is scrubbed, and the file is as it was (the caller rekeys it in
    place)."""
    name = comp.name
    copy = pending.copies.get(name)
    if copy is None:
        return None
    try:
        if pages is None or not comp.checkpoint("re-encrypting"):
            raise rekey_copy.NotUsable("the journal could not be folded into the file")
        rekey_copy.apply_changes(comp.path, copy, pages, pending.old[name], pending.fresh[name], name,
                                 pending.sizes[name])
        crash_point(f"spliced:{name}")
        comp.swap_in(copy, pending.fresh[name], lambda: crash_point(f"unjournaled:{name}"))
    except (VaultError, rekey_copy.NotUsable) as err:
        if not copy.exists():  # renamed: the file is the copy, only the folder's flush failed
            raise
        pending.trouble = err.message if isinstance(err, VaultError) else str(err)
        log.warning("A re-encrypted copy was not put in place (%s); rekeyed in place instead",
                    type(err).__name__)
        with contextlib.suppress(VaultError):
            rekey_copy.scrub_strays_of(comp.path)
        return None
    crash_point(f"swapped:{name}")
    return BESIDE


__all__ = ["BESIDE", "Pending", "discard", "forget", "name_changes", "swap_one", "write_copies"]
