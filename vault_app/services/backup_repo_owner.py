"""One vault per backup repository, enforced by a marker at its root.

A repository's sweep removes every chunk no manifest names. Two vaults writing into one
folder would take each other's chunks in progress for orphans, so the repository says
which vault it belongs to (REPO/vault-app-repository.json) and every write, purge and
sweep of a vault first checks it (`claim`).

The marker holds the vault id in the clear. That adds nothing to what the folder already
shows: every manifest's key-slot block carries the same id in the clear (storage/
backup_format.Slots), and the id is a random 16 bytes naming nothing about the
practice. A keyed tag would need the master key to check, where a sweep must run first.

What the marker does and does not prove: it is not authenticated, so it only guards
against mistakes (a second vault, a new vault pointed at an old vault's folder), never
against someone who can write to the drive (they can delete the manifests anyway). So:

- marker names this vault: proceed;
- marker names another vault: refused (RepositoryOfAnotherVault); nothing is written;
- no marker (a repository made before the marker, or the marker deleted): adopted only
  if every manifest there opens with this vault's keys (a marker put back from, or
  deleted by, another vault's repository cannot make this vault sweep that vault's
  chunks: its manifests do not open); otherwise refused;
- a marker put back from another repository of the same vault names the same id: correct.

Claimed under the folder's lock (`claim`); written atomically (temporary name created 0600,
fsync, rename, fsync of the folder): a kill leaves either no marker (the next claim adopts
again) or the whole one, plus at most a temporary file of a dead process, which the claim
removes. On a read-only drive the write fails as any backup write does (os_errors),
before any chunk is written; reading (verify, restore) never needs the marker.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.services import backup_keys
from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import backup_folder_lock
from vault_app.storage.backup_format import repo_damaged
from vault_app.storage.chunk_store import Repository
from vault_app.storage.files import atomic_write, os_errors, process_alive, read_regular

MARKER = "vault-app-repository.json"
FORMAT = "vault-app-repository"
VERSION = 1
_ID = re.compile(r"^[0-9a-f]{32}$")
_TEMP = re.compile(r"^\.tmp-owner-(\d+)-[0-9a-f]+$")
_MAX_MARKER = 64 * 1024  # the marker is a few dozen bytes of JSON


class RepositoryOfAnotherVault(InvalidInput):
    kind = "repository-of-another-vault"


def another_vault() -> RepositoryOfAnotherVault:
    return RepositoryOfAnotherVault(
        "This backup folder belongs to another vault; choose another folder.",
        hint="Each vault needs a backup folder of its own: its clean-up would otherwise remove the other "
             "vault's backups in progress. The other vault's backups there stay as they are.",
        code="backup.repo_of_another_vault")


def read_owner(root: Path) -> str | None:
    """The vault id the marker names, or None when there is no marker. A marker that is
    not one (damaged, or a newer format) is refused, never taken as absent."""
    path = root / MARKER
    try:
        with os_errors("reading the backup repository"):
            # Bounded (a planted file of gigabytes is never read whole), never waiting on a pipe.
            raw = read_regular(path, _MAX_MARKER)
    except VaultError:
        if not path.exists() and not path.is_symlink():
            return None
        raise
    if raw is None or len(raw) > _MAX_MARKER:
        raise repo_damaged("its vault marker is malformed")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise repo_damaged("its vault marker is malformed") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or type(data.get("version")) is not int:
        raise repo_damaged("its vault marker is malformed")
    if data["version"] > VERSION:
        raise InvalidInput("This backup folder was set up by a newer version of the app.",
                           hint="Install the newest version, or choose another folder.",
                           code="backup.folder_newer_version")
    owner = data.get("vault_id")
    if not isinstance(owner, str) or not _ID.match(owner):
        raise repo_damaged("its vault marker is malformed")
    return owner


def write_owner(root: Path, vault_id: str) -> None:
    """The marker, atomically: a reader sees no marker or the whole one, never a part. The
    temporary name carries the pid (the claim sweeps a dead process's) and a random part
    (two threads of one process may claim at once)."""
    data = json.dumps({"format": FORMAT, "version": VERSION, "vault_id": vault_id}, sort_keys=True).encode()
    atomic_write(root / MARKER, data, what="writing the backup repository",
                 tmp=root / f".tmp-owner-{os.getpid()}-{secrets.token_hex(6)}",
                 before_replace=lambda: crash_point("repo_owner_written"))


def _sweep_temporary(root: Path) -> None:
    with contextlib.suppress(OSError), os.scandir(root) as entries:
        for entry in entries:
            found = _TEMP.match(entry.name)
            if found and not process_alive(int(found.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def claim(repo: Repository, vault_id: str, opens: Callable[[Path], None], *,
          wait_seconds: float | None = None) -> None:
    """Before a vault writes, purges or sweeps `repo` (made by `ensure` or found): proceed
    if the marker names `vault_id`; refuse if it names another; without one, adopt the
    repository if `opens` (which raises a VaultError for a manifest this vault's keys do not
    open) accepts every manifest there, else refuse.

    Read, decided and written under the folder's lock (storage/backup_folder_lock.py): two
    vaults backing up into one new folder at once (the backup on lock claimed it outside the
    lock) each read "no marker" and each wrote its own, the second over the first, and both
    went on writing there. The marker already naming this vault needs no lock (another vault
    never replaces it), so a lock's backup does not wait on another copy's long snapshot."""
    if read_owner(repo.root) == vault_id:
        return
    # Re-entrant: create_incremental already holds it. `wait_seconds` 0: the backup on lock's first
    # claim, on the app's worker, is refused at once and made beside (backup_beside_repo.take).
    with backup_folder_lock.held(repo.root, wait_seconds=wait_seconds):
        _claim_held(repo, vault_id, opens)


def _claim_held(repo: Repository, vault_id: str, opens: Callable[[Path], None]) -> None:
    owner = read_owner(repo.root)
    if owner == vault_id:
        return
    if owner is not None:
        raise another_vault()
    for path in repo.snapshot_paths():
        try:
            opens(path)
        except VaultError:
            raise RepositoryOfAnotherVault(
                f"This backup folder holds a snapshot ({path.name}) this vault's keys do not open: it belongs to "
                "another vault, or is damaged; choose another folder.",
                hint="Each vault needs a backup folder of its own. Nothing in the folder was changed.",
                code="backup.repo_snapshot_not_ours") from None
    _sweep_temporary(repo.root)
    write_owner(repo.root, vault_id)


def claim_for(vault: Vault, repo: Repository, *, wait_seconds: float | None = None) -> None:
    """`claim` for an open vault: a manifest is this vault's when its key slots name this
    vault's id and open with this vault's keys (its body authenticated)."""
    claim_with(repo, vault.vault_id, backup_keys.vault_source(vault), wait_seconds=wait_seconds)


def claim_with(repo: Repository, vault_id: str, source: backup_keys.KeySource, *,
               wait_seconds: float | None = None) -> None:
    """`claim` for the vault `vault_id` whose keys `source` gives (a backup built beside the
    work, with its own copy of the master key)."""
    def opens(path: Path) -> None:
        slots, _master, _body = open_snapshot(read_manifest_file(path), source)
        if slots.vault_id.hex() != vault_id:
            raise another_vault()

    claim(repo, vault_id, opens, wait_seconds=wait_seconds)


def refuse_taken(target: Path, vault_id: str | None) -> None:
    """For the screens that pick a folder: raise when `target` cannot take this vault's
    snapshots (`vault_id` None: a vault not made yet, so any repository already there is
    another vault's). Reads only, never writes: a repository without a marker that may be
    this vault's is left to `claim` at the first backup, which opens its manifests."""
    target = Path(target).expanduser()
    owner = read_owner(target) if target.is_dir() else None
    if owner is not None and owner != vault_id:
        raise another_vault()
    if owner is None and vault_id is None and Repository(target).snapshot_paths():
        raise another_vault()


def owner_problem(target: Path, vault_id: str | None) -> VaultError | None:
    """`refuse_taken`'s refusal, or None (backup_registry.target_warnings says its message; the
    first-run wizard says it by its code, in the screen's language)."""
    try:
        refuse_taken(target, vault_id)
    except VaultError as err:
        return err
    return None


__all__ = ["MARKER", "RepositoryOfAnotherVault", "another_vault", "claim", "claim_for", "claim_with", "owner_problem",
           "read_owner", "refuse_taken", "write_owner"]
