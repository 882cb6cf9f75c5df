"""Whether this vault is the older of two copies: another copy has written backups into the
backup folder after this one's last (backup_lineage refuses this copy there), and what this
copy holds that the other does not.

Found in the real app: after a new computer was restored from the newest backup, the old laptop
came back from repair with the old vault on it. Its unlock said only "Unlocked."; the Today
screen's "Last verified backup: today" stayed as it was; a client added there existed only
there, and the refusal's advice ("choose another folder") left two vaults going their own ways.
The window now says at the unlock which copy this is, when the other copy's newest backup was
made, and what was entered here since this copy's last backup there (by kind and chart number,
never a name), so that it can be entered in the other copy.

What exists only here is read from this vault's ledger: the entries after this copy's last
backup into that folder (the point the other copy most likely went on from; one restored from
an older backup parted earlier, and the words say "since" that backup's day, no more). Only the
entries that change a chart are counted: an opened chart or a viewed note is not work to carry.

The folders read: the one the settings name, then those this vault's newest registered backups
lie in (at most MAX_FOLDERS). Found by a walker: backups made only with `backup create --to bk`
(no folder in the settings), a `cp -a` copy's backup there rotated the original's out; the
original's next backup there was refused, yet its unlock said nothing, for it read only the
settings' folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import RefusedByPolicy, VaultError
from vault_app.services import backup_lineage, backup_registry, clients_page

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# A chart's entries that record no change: reading, printing, exporting, searching.
# (A chart destroyed in a newer copy, written into this one: older_copy_destroyed.KNOWN.)
_READ_ONLY = ("chart.opened", "destruction.known_from_newer_copy", "destruction.notes_known_from_newer_copy",
              "chart.exported", "note.viewed",
              "note.original_viewed", "note.printed", "attachment.viewed", "attachment.copied", "attachment.exported",
              "search.psychotherapy")
# The mark of an entry a restore copied from another copy's ledger (destruction_journal).
CARRIED = "carried_from"
# At most this many chart numbers named per kind (the rest counted).
MAX_CHARTS = 6
# At most this many folders of registered backups read besides the settings' one (each check
# reads the folder's newest backup only; the unlock waits for none of them to be many).
MAX_FOLDERS = 3


@dataclass(frozen=True)
class OnlyHere:
    """Entries of one kind made here since the parting point: how many, and in which charts."""

    kind: str  # the ledger's kind ("client.created")
    count: int
    charts: tuple[str, ...]  # chart numbers, at most MAX_CHARTS, oldest first
    # Charts no longer in this vault (destroyed since): no number to name. The walker read
    # "(chart ?)"; the words now say how many charts were destroyed since.
    destroyed: int = 0


@dataclass(frozen=True)
class DestroyedThere:
    """A chart the newest backup's ledger says was destroyed, still in this copy (older_copy_destroyed)."""

    client_id: str
    chart_number: str
    destroyed_at: str  # ISO, when the destruction was decided there ("" unknown)


@dataclass(frozen=True)
class NotesDestroyedThere:
    """Psychotherapy notes a destruction in the newest backup's ledger destroyed (the chart kept),
    still in this copy (older_copy_destroyed)."""

    client_id: str
    chart_number: str
    note_ids: tuple[str, ...]
    destroyed_at: str  # ISO, when the destruction was decided there ("" unknown)


@dataclass(frozen=True)
class Superseded:
    folder: str  # the backup folder both copies write into
    other_created: str  # when the other copy made its newest backup there (ISO; "" unknown)
    parted: str  # when this copy made its last backup there (ISO; "" none there)
    only_here: tuple[OnlyHere, ...]
    # The folder's newest backup (the other line's): what restoring "the newest backup here" restores.
    newest: str = ""
    # Charts that backup's ledger says were destroyed, still in this copy (older_copy_destroyed).
    destroyed_there: tuple[DestroyedThere, ...] = ()
    # Psychotherapy notes destroyed there (the chart kept), still in this copy.
    notes_destroyed_there: tuple[NotesDestroyedThere, ...] = ()


def superseded(vault: Vault) -> Superseded | None:
    """This copy is the older one when the folder's newest backup is another copy's and newer
    than this copy's last backup there; None otherwise (nothing to say)."""
    refused = _refused(vault)
    if refused is None:
        return None
    folder = Path(str(refused.params.get("folder", "")))
    other = str(refused.params.get("created", ""))
    last = backup_registry.last_created(vault, folder)
    parted = str(last.payload.get("time", "") or last.time) if last is not None else ""
    theirs, ours = _when(other), _when(parted)
    if theirs is not None and ours is not None and theirs < ours:
        # Made before this copy's last there (times to the second): this copy is not the older,
        # unless its last came from an older version of the app, which wrote past the other copy's.
        return _beside_another_line(vault, folder)
    since = int(last.payload.get("ledger_seq", 0)) + 1 if last is not None else 1
    return Superseded(str(folder), other, parted, only_here(vault, since), str(refused.params.get("path", "")))


def _beside_another_line(vault: Vault, folder: Path) -> Superseded | None:
    """The folder's newest backup is this copy's own, yet another copy's lies there with records
    this copy does not have: the other copy made it, then this copy's own came after it from an
    older version of the app, which writes with no lineage check (found by a walker: release 0.1.0
    on an old laptop put back, its backup on lock; today's version then opened a chart the other
    copy had destroyed). What the other copy did since the parting point (a destruction, a
    revocation) holds here as it does for an older copy."""
    try:
        other = backup_lineage.newest_of_another_line(vault, folder) if folder.is_dir() else None
    except (VaultError, OSError):
        return None
    if other is None:
        return None
    path, created = other
    theirs = _when(created)
    # The parting point: this copy's last backup there made before the other copy's.
    before = [b for b in backup_registry.registered(vault) if b.file.parent == folder
              and (theirs is None or ((made := _when(b.created)) is not None and made <= theirs))]
    last = max(before, key=lambda b: b.made_order) if before else None
    since = last.ledger_seq + 1 if last is not None else 1
    return Superseded(str(folder), created, last.created if last is not None else "", only_here(vault, since),
                      str(path))


def _refused(vault: Vault) -> RefusedByPolicy | None:
    """The lineage check's refusal "another copy's" in the settings' folder, else in the folder of
    one of this vault's newest registered backups, or None."""
    refused = backup_lineage.refusal(vault)
    if refused is not None:
        return refused if refused.code == backup_lineage.ANOTHER_COPY else None
    for folder, repo in _registered_folders(vault):
        try:
            if repo:
                from vault_app.storage.chunk_store import Repository  # ctypes: not at the unlock's import

                backup_lineage.refuse_snapshot_into(vault, Repository(folder))
            else:
                backup_lineage.refuse_file_into(vault, folder)
        except RefusedByPolicy as said:
            if said.code == backup_lineage.ANOTHER_COPY:
                return said
        except (VaultError, OSError):
            continue  # the backup itself reports what else is wrong with a folder
    return None


def _registered_folders(vault: Vault) -> list[tuple[Path, bool]]:
    """The folders (and whether each is a repository) of this vault's newest registered backups,
    there now, the settings' folder left out (read already), newest first."""
    target = backup_registry.settings(vault)["target"]
    skip = Path(target).expanduser().resolve() if target else None
    found: dict[Path, bool] = {}
    for b in sorted(backup_registry.registered(vault), key=lambda b: (b.created, b.backup_id), reverse=True):
        folder = backup_registry.backup_folder(b)
        if folder == skip or folder in found or not folder.is_dir():
            continue
        found[folder] = b.file.parent.name == "snapshots"
        if len(found) == MAX_FOLDERS:
            break
    return list(found.items())


def _when(iso: str) -> datetime | None:
    try:
        found = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


def _carried_before(payload: dict[str, object], since_seq: int) -> bool:
    origin = payload.get(CARRIED)
    if not isinstance(origin, dict):
        return False
    seq = origin.get("seq")
    return isinstance(seq, int) and seq < since_seq


def only_here(vault: Vault, since_seq: int) -> tuple[OnlyHere, ...]:
    """The chart changes in this vault's ledger from `since_seq` on, by kind, first made first.
    An entry a restore carried in (a destruction's, `carried_from`: where it stood in the vault
    the restore replaced) counts only when it was made there after the parting point: one from
    before it is in the other copy already. One made after is said, though the other copy may
    have it too (a copy of this vault made after the restore): a destruction missing there
    would leave the chart in it, so saying it once too often is the lesser harm."""
    kinds: dict[str, list[str]] = {}
    for entry in vault.ledger.entries(since_seq=since_seq):
        client = entry.payload.get("client_id")
        if not isinstance(client, str) or entry.kind in _READ_ONLY or _carried_before(entry.payload, since_seq):
            continue
        kinds.setdefault(entry.kind, []).append(client)
    numbers = clients_page.chart_numbers(vault, {c for ids in kinds.values() for c in ids})
    found = []
    for kind, ids in kinds.items():
        charts = tuple(dict.fromkeys(numbers[c] for c in ids if c in numbers))
        gone = len({c for c in ids if c not in numbers})
        found.append(OnlyHere(kind, len(ids), charts[:MAX_CHARTS], gone))
    return tuple(found)


__all__ = ["MAX_CHARTS", "MAX_FOLDERS", "DestroyedThere", "OnlyHere", "Superseded", "only_here", "superseded"]
