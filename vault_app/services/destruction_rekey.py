"""The destruction's rekey beside the vault's worker (issue 21, item 1; docs/scaling.md,
"Tenth round: the rekey beside the worker").

Before, the live part rewrote both compartments in place (`PRAGMA rekey`) on the worker:
2.5-3.2 s at 4x during which no autosave could run. Now, in the app (the search beside,
services/destruction_beside.py):

1. on the worker, after the deletion: a fresh key per compartment is staged in the header
   (destruction_steps.stage_keys, as the in-place rekey does first), then the image is fixed
   (destruction_image.take: each -wal checkpointed, reads held so no checkpoint can change
   the files) and its sizes noted here (`prepare`);
2. on the job's thread, beside: each file as the image holds it is re-encrypted page by page
   into `<name>.db.rekeyed` (storage/rekey_copy.write_copy), the two side by side;
3. on the worker, short (`swap`): the pages the autosaves wrote to each -wal since the image
   are named (the image still held), the image let go, each -wal checkpointed, those pages
   re-encrypted into the copy, the copy flushed; the vault's connection closed, -wal and
   -shm removed, the copy renamed over the file, the folder flushed, the connection reopened
   under the staged key (Compartment.swap_in); the staged key made the key.

A copy that cannot be written (a full disk, a file too large, any error) is scrubbed and that
compartment is rekeyed in place at the swap, as before. Until its rename a file stays whole
and current under its old key (the copy is a separate file), so a kill anywhere before it
loses nothing and the next unlock scrubs the copy (storage/rekey_copy.scrub_strays); after
it, the file opens with the staged key (the interrupted rekey's promotion at unlock).
Either way the destruction has "started" without "completed" and is finished at the next
unlock, in place.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultError
from vault_app.services.destruction_steps import (
    StepLog,
    compartment_for,
    crash_point,
    key_problems,
    maintenance_psychotherapy,
)
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete as deletion
from vault_app.storage import rekey_copy
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment
from vault_app.storage.files import os_errors

log = logging.getLogger(__name__)

IN_PLACE = "in place"
BESIDE = "into a copy beside the file, swapped in"


@dataclass
class Pending:
    """The staged keys of a destruction's compartments, until the swap makes them the keys."""

    folder: Path
    fresh: dict[str, bytes]
    old: dict[str, bytes] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)
    # Why the copies are not used (each compartment then rekeyed in place at the swap).
    trouble: str = ""
    done: bool = False

    def path(self, name: str) -> Path:
        return self.folder / COMPARTMENT_FILES[name]


def prepare(vault: Vault, fresh: dict[str, bytes], sizes: dict[Path, int]) -> Pending:
    """On the worker, the image just fixed: the keys in use and the files' sizes then."""
    pending = Pending(vault.folder, dict(fresh))
    for name in fresh:
        pending.old[name] = vault.compartment_key(name)
        pending.sizes[name] = sizes[pending.path(name)]
    return pending


def write_copies(pending: Pending) -> None:
    """Beside the worker, while the image is held: every copy written, side by side. Any
    failure scrubs them all and leaves `trouble` said (the swap then rekeys in place)."""
    names = [n for n in pending.fresh if rekey_copy.fits(pending.sizes[n])]
    if len(names) < len(pending.fresh):
        pending.trouble = "a compartment file too large to re-encrypt page by page"
        return

    def write(name: str) -> Path:
        copy = rekey_copy.write_copy(pending.path(name), pending.sizes[name], pending.old[name],
                                     pending.fresh[name], name)
        crash_point(f"copied:{name}")
        return copy

    with ThreadPoolExecutor(max_workers=len(names), thread_name_prefix="destruction-rekey") as pool:
        futures = {name: pool.submit(write, name) for name in names}
    errors = [err for f in futures.values() if (err := f.exception()) is not None]
    if errors:
        discard(pending)
        err = errors[0]
        if not isinstance(err, VaultError):
            raise err  # a bug: not hidden behind the fallback
        pending.trouble = err.message
        log.warning("A destruction's re-encrypted copy could not be written (%s); rekeyed in place instead",
                    type(err).__name__)
        return
    pending.copies = {name: f.result() for name, f in futures.items()}


def discard(pending: Pending) -> None:
    """Scrub every copy not put in place (a job that stopped, a failed copy)."""
    for name in pending.fresh:
        with contextlib.suppress(VaultError):
            rekey_copy.scrub_strays_of(pending.path(name))
    pending.copies = {}


def swap(vault: Vault, pending: Pending, release_image: Callable[[], None], steps: StepLog) -> None:
    """On the worker: each copy brought up to date and put in place, or the compartment
    rekeyed in place; each staged key made the key. `release_image` lets go of the image's
    reads (after the -wal's pages are named: until then no checkpoint can start over the
    -wal and write over a frame not yet named)."""
    try:
        with os_errors("reading a compartment's journal"):
            changed = {name: rekey_copy.wal_pages(pending.path(name)) for name in pending.copies}
    finally:
        release_image()
    crash_point("released")
    with maintenance_psychotherapy(vault) as psy:
        for name, key in pending.fresh.items():
            comp = compartment_for(vault, name, psy)
            how = _swap_one(comp, pending, changed.get(name)) if name in pending.copies else None
            if how is None:
                deletion.rekey(comp, key)
                crash_point(f"rekeyed:{name}")
            vault.replace_compartment_key(name, key)
            crash_point(f"replaced:{name}")
            how = how or (f"{IN_PLACE}: {pending.trouble}" if pending.trouble else IN_PLACE)
            steps.add("rekey", f"{name}: every page, free pages included, re-encrypted under a fresh random key "
                      f"({how}); old key removed from the header", compartment=name, beside=True)
    pending.done = True
    discard(pending)
    forget(pending)


def forget(pending: Pending) -> None:
    """Drop the keys held for the swap (done, or never to come: the next unlock rekeys in place)."""
    pending.old.clear()
    pending.fresh.clear()


NOT_REKEYED = "the compartments were not re-encrypted under fresh keys"


def swap_and_check(vault: Vault, pending: Pending, release_image: Callable[[], None], steps: StepLog,
                   struct: dict[str, Any], destroyed_keys: dict[str, str]) -> None:
    """`swap`, then the structural checks' key problems (NOT_REKEYED until now) found anew:
    no staged key left, none of the retired keys in use."""
    if pending.done:
        release_image()
        return
    swap(vault, pending, release_image, steps)
    struct["key_problems"] = [p for p in struct["key_problems"] if p != NOT_REKEYED] \
        + key_problems(vault, destroyed_keys)


def _swap_one(comp: Compartment, pending: Pending, pages: set[int] | None) -> str | None:
    """The copy of `comp` up to date and in its place (BESIDE), or None: it could not be,
    it is scrubbed, and the file is as it was (the caller rekeys it in place)."""
    name, copy = comp.name, pending.copies[comp.name]
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
        log.warning("A destruction's re-encrypted copy was not put in place (%s); rekeyed in place instead",
                    type(err).__name__)
        with contextlib.suppress(VaultError):
            rekey_copy.scrub_strays_of(comp.path)
        return None
    crash_point(f"swapped:{name}")
    return BESIDE


__all__ = ["BESIDE", "IN_PLACE", "NOT_REKEYED", "Pending", "discard", "forget", "prepare", "swap", "swap_and_check",
           "write_copies"]
