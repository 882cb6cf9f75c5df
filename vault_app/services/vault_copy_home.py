"""A copy of the vault opened from another folder, whose backups would land in the vault's own.

Found by a walker: she copied her vault folder (to try a later date), opened the copy once with
`vault-app --vault vault-future`, and its backup on lock went into the backup folder the copy
shares with the real vault (same id, same settings: a copied folder holds them). The folder's
newest backup was then the copy's, and the real vault's next backups there were refused ("is of
another copy of this vault"). A copy made by a restore beside the vault starts with its backups
off (backup_registry_copy.py); a folder copied by hand cannot be told from the vault by its files,
only by where it is: here, the vault's default folder holds a vault with the same id, which
backs up into the same folder.

So a vault opened from a folder other than the default, while the default holds the same vault
backing up into the same folder, makes no automatic backup (lock, quit), and its unlock says so
(reminders.COPY_HOME). Choosing another backup folder for the copy (Vault > Backups…) ends it.
Only headers are read (the id and the backup settings are in the clear): nothing is written.

Back up now in such a copy (Vault > Backups…, `backup create`) is refused too when it would write
into that shared folder, whether or not the automatic backups are on (refuse_backup_into): it made
the copy's backup the folder's newest all the same. A single file elsewhere (`--to DIR`) is allowed.
The refusal is made by the functions that write into a backup folder (backup.create_backup,
backup_repo.create_incremental, backup_beside.take_snapshot), so that every caller meets it: found,
Backups > Save a single-file copy… into the shared folder itself had no check of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.errors import RefusedByPolicy, VaultError
from vault_app.services import paths
from vault_app.services.backup_kinds import SETTINGS_KEY
from vault_app.storage import header as header_io

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

COPY_HOME_TEXT = ("This copy's automatic backups are off: it shares its backup folder with the vault in {folder}, "
                  "whose backups stay untouched. To back it up, open Vault > Backups… and choose another folder.")

SHARED_FOLDER = "backup.copy_shares_folder"  # the code of Back up now's refusal in such a copy

_also_default: list[Path] = []

# The headers of the folders compared, as last read: by folder, the header file's identity (device,
# inode, size, mtime) and what was read from it (vault id, backup settings; None when none opens).
# The lock, the quit, the news and the dashboard each read it again; a header is replaced whole (a
# new file) whenever it is written, so it is read again only when it changed, and at each unlock.
_headers: dict[Path, tuple[tuple[int, int, int, int], tuple[str, object] | None]] = {}


def also_default(folder: Path | None) -> None:
    """The folder a plain start of the desktop app opens when it is not the platform's default
    (chosen in Open another vault…, gui/app_settings.py): compared too. Called at every unlock,
    which reads the headers afresh."""
    _also_default[:] = [folder] if folder is not None else []
    _headers.clear()


def _home_header(where: Path) -> tuple[str, object] | None:
    """The vault id and backup settings of the vault in `where`; None when none opens there."""
    try:
        st = (where / header_io.HEADER_NAME).stat()
    except OSError:
        st = None  # not there, or not to be looked at: read() decides, each time (nothing to compare)
    seen = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) if st is not None else None
    cached = _headers.get(where)
    if seen is not None and cached is not None and cached[0] == seen:
        return cached[1]
    try:
        other = header_io.read(where)
        found: tuple[str, object] | None = (other.vault_id, other.settings.get(SETTINGS_KEY))
    except (VaultError, OSError):
        found = None
    if seen is not None:
        _headers[where] = (seen, found)
    return found


def _target(settings: object, manual: bool = False) -> Path | None:
    """The backup folder `settings` name; None when none, or (unless `manual`) when the automatic
    backups are off."""
    if not isinstance(settings, dict) or not settings.get("target") or not (manual or settings.get("auto", True)):
        return None
    return Path(str(settings["target"])).expanduser().resolve()


@dataclass(frozen=True)
class Sharing:
    """Whether this vault is a copy elsewhere sharing its backup folder with the default vault:
    the default folder found, for each of the two questions, from one read of the headers (a
    `backup auto` run asked it three times: its own question, the automatic backup's, and the
    writer's refusal, found by a code review)."""

    automatic: Path | None  # both back up automatically into that folder (no automatic backup here)
    any: Path | None  # whether or not either backs up automatically (no backup here into that folder)


def sharing(vault: Vault) -> Sharing:
    """Both questions of original_sharing_backups, asked once."""
    conf = vault.header.settings.get(SETTINGS_KEY)
    mine_auto, mine = _target(conf), _target(conf, True)
    automatic: Path | None = None
    found: Path | None = None
    if mine is None:
        return Sharing(None, None)
    here = vault.folder.resolve()
    for home in [*_also_default, paths.vault_folder(None)]:
        where = home.expanduser().resolve()
        if where == here:
            break  # this is the default vault: it backs up as ever
        other = _home_header(where)
        if other is None or other[0] != vault.header.vault_id:
            continue
        if found is None and _target(other[1], True) == mine:
            found = where
        if automatic is None and mine_auto is not None and _target(other[1]) == mine_auto:
            automatic = where
        if found is not None and (automatic is not None or mine_auto is None):
            break
    return Sharing(automatic, found)


def original_sharing_backups(vault: Vault, *, manual: bool = False) -> Path | None:
    """The default folder of this vault's id when this vault is a copy elsewhere that backs up
    automatically into the same backup folder; None otherwise (the vault itself, another target).
    `manual`: whether or not either backs up automatically (a Back up now writes there all the same)."""
    found = sharing(vault)
    return found.any if manual else found.automatic


def refuse_backup_into(vault: Vault, target: Path, shared: Sharing | None = None) -> None:
    """Refuse a backup (Back up now, Save a single-file copy…, `backup create`) into `target` when this vault is
    a copy sharing that backup folder with the default vault: its backup would become the folder's
    newest, and the default vault's next backups there would be refused ("another copy").
    `shared`: sharing(vault) asked already in this run (an automatic backup's), else asked here."""
    home = (shared if shared is not None else sharing(vault)).any
    if home is None or target.expanduser().resolve() != _target(vault.header.settings.get(SETTINGS_KEY), True):
        return
    raise shared_folder_refusal(home)


def shared_folder_refusal(home: Path) -> RefusedByPolicy:
    """The refusal of a backup into the folder this copy shares with the vault in `home`."""
    return RefusedByPolicy(
        f"No backup made: this vault is taken for a copy of the vault in {home}, which backs up into the same "
        "folder. A backup of this copy there would be that folder's newest, and the vault's own next backups "
        "there would be refused. Nothing was written.",
        hint="To back up this copy, choose another backup folder for it (vault-app backup settings --target DIR), "
        f"or write a single file elsewhere with vault-app backup create --to DIR. If this folder is your vault, "
        f"move the older copy out of {home}.",
        code="backup.copy_shares_folder", params={"home": str(home)},  # SHARED_FOLDER (a literal: the words scan)
    )


__all__ = ["COPY_HOME_TEXT", "SHARED_FOLDER", "Sharing", "also_default", "original_sharing_backups",
           "refuse_backup_into", "shared_folder_refusal", "sharing"]
