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

The copies, the naming of the -wal's pages and each swap are services/rekey_beside.py's
(shared with Vault > Replace every key…). A copy that cannot be written (a full disk, a
file not of whole pages, any error) is scrubbed and that compartment is rekeyed in place at the
swap, as before. Until its rename a file stays whole
and current under its old key (the copy is a separate file), so a kill anywhere before it
loses nothing and the next unlock scrubs the copy (storage/rekey_copy.scrub_strays); after
it, the file opens with the staged key (the interrupted rekey's promotion at unlock).
Either way the destruction has "started" without "completed" and is finished at the next
unlock, in place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault_app.services.destruction_steps import (
    StepLog,
    compartment_for,
    crash_point,
    key_problems,
    maintenance_psychotherapy,
)
from vault_app.services.rekey_beside import BESIDE, Pending, discard, forget, name_changes, swap_one, write_copies
from vault_app.services.vault import Vault
from vault_app.storage import destruction_delete as deletion

IN_PLACE = "in place"


def prepare(vault: Vault, fresh: dict[str, bytes], sizes: dict[Path, int]) -> Pending:
    """On the worker, the image just fixed: the keys in use and the files' sizes then."""
    pending = Pending(vault.folder, dict(fresh))
    for name in fresh:
        pending.old[name] = vault.compartment_key(name)
        pending.sizes[name] = sizes[pending.path(name)]
    return pending


def swap(vault: Vault, pending: Pending, release_image: Callable[[], None], steps: StepLog) -> None:
    """On the worker: each copy brought up to date and put in place, or the compartment
    rekeyed in place; each staged key made the key. `release_image` lets go of the image's
    reads (rekey_beside.name_changes)."""
    changed = name_changes(pending, release_image)
    with maintenance_psychotherapy(vault) as psy:
        for name, key in pending.fresh.items():
            comp = compartment_for(vault, name, psy)
            how = swap_one(comp, pending, changed.get(name))
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


__all__ = ["BESIDE", "IN_PLACE", "NOT_REKEYED", "Pending", "discard", "forget", "prepare", "swap", "swap_and_check",
           "write_copies"]
