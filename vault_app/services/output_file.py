"""Where a command or a dialog writes a new file (an export, a superbill, an accounting, a
letter, a copy of a document): one check for all of them, made before anything is produced, and
never into a vault's own folder. Found at the command
line: `superbill --out <a folder>` said "A file with that name already exists", of a folder,
and no word of `--overwrite`; four services each had their own copy of the check."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from vault_app.domain.errors import InvalidInput
from vault_app.services import backup_folder_mark, kept_places

BACKUP_SUFFIX = ".vaultbackup"  # services/backup_registry.FILE_SUFFIX (a light module: imported at start)
REPOSITORY_MARKER = kept_places.REPOSITORY_MARKER

# POSIX's NAME_MAX and PATH_MAX as Linux has them (in bytes); Windows and macOS allow less.
_NAME_MAX, _PATH_MAX = 255, 4096


def _usable(out: Path, what: str) -> Path:
    """`out` with "~" expanded, or a sentence for a path no disk takes. Found typing hostile
    paths into the export's Save to: a NUL, a name over 255 bytes, a path over the limit and
    "~someone" naming no user each came back as a bug ("Something went wrong"), not a sentence."""
    text = str(out)
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text):
        raise InvalidInput(f"The {what}'s path contains an invisible control character (a line break, a tab or a "
                           "NUL).", hint="Type the path again; if it was pasted, paste it as plain text.",
                           code="file.control")
    try:
        out = Path(out).expanduser()
    except RuntimeError:  # "~someone": no such user
        raise InvalidInput(f"The path of the {what} starts with ~ and a name, but no user of that name exists on "
                           "this computer.", hint="Give the whole path of the file.",
                           code="file.no_such_user") from None
    try:
        too_long = (max((len(os.fsencode(part)) for part in out.parts), default=0) > _NAME_MAX
                    or len(os.fsencode(str(out.absolute()))) >= _PATH_MAX)
    except UnicodeEncodeError:  # a lone surrogate, pasted: no file name holds it
        raise InvalidInput(f"The {what}'s path contains a character no file name can hold.",
                           hint="Type the path again; if it was pasted, paste it as plain text.",
                           code="file.control") from None
    if too_long:
        raise InvalidInput(f"The {what}'s path is too long for this computer (at most 255 characters a name, about "
                           "4,000 the whole path).", hint="Choose a shorter name or folder.", code="file.too_long")
    return out


def refuse_inside_a_vault(out: Path, what: str) -> None:
    """A sentence when `out` would be written into a vault's own folder (this vault's or another's,
    at any depth: blobs/ too; by any path to it: kept_places). Found by the attacker's walk: a
    statement saved as `<vault>/vault.header` with --overwrite replaced the header and every
    wrapped key with it, so neither the passphrase nor the Emergency Kit opened the vault again;
    a copy of a document replaced records.db the same way."""
    folder = kept_places.vault_folder_of(out)
    if folder is not None:
        raise InvalidInput(f"The {what} cannot be saved in a vault's own folder ({folder}): it could replace a "
                           "file the vault needs.", hint="Choose a folder outside the vault, for example "
                           "your Documents folder.", code="file.inside_vault", params={"folder": str(folder)})


def _backup_name(name: str) -> bool:
    """A name backups and their folders use (case-blind: on a disk that ignores case, a name in
    other letters is the backup itself)."""
    name = name.casefold()
    mark = backup_folder_mark.PREFIX.casefold()
    return (name.endswith(BACKUP_SUFFIX) or name == REPOSITORY_MARKER
            or (name.startswith(mark) and name.endswith(backup_folder_mark.SUFFIX)))


def refuse_over_a_backup(out: Path, what: str) -> None:
    """A sentence when `out` would replace a backup or a backup folder's own file, or go into a
    backup repository's own folders. Found by the attacker's walk: a statement saved with
    --overwrite over `vault-backup-....vaultbackup` replaced that backup with a PDF. A new file
    beside the backups, or one of the therapist's own there, is no backup's business: a backup
    drive holds other files too."""
    if _backup_name(out.name):
        raise InvalidInput(f"The {what} cannot be saved as {out.name}: that name is kept for backups and their "
                           "folders, and the file could replace a backup.", hint="Choose another name.",
                           code="file.backup_name", params={"name": out.name})
    part = kept_places.repository_part_of(out)
    if part is not None:
        raise InvalidInput(f"The {what} cannot be saved in {part}: that folder holds the backups of a backup "
                           "folder, and the file could damage them.", hint="Choose a folder outside the backup "
                           "folder.", code="file.inside_backups", params={"folder": str(part)})


def refuse_kept_places(out: Path, what: str) -> None:
    """The places no file the user saves may go: a vault's folder, over a backup."""
    refuse_inside_a_vault(out, what)
    refuse_over_a_backup(out, what)


def refuse_kit_places(out: Path, *, new_vault: Path | None = None) -> None:
    """A sentence when the Emergency Kit would lie beside what its key opens: in a vault's folder
    (`new_vault`: the folder a vault is about to be made in, holding none yet) or in a backup
    folder (a stolen backup is useless without the passphrase or the kit: docs/SECURITY.md).
    Found by the attacker's walk: every other file was refused in the vault's folder, the kit
    was saved there."""
    hint = ("Save it outside the vault and its backups: on a USB stick you keep apart from the computer, or "
            "print it and then delete the file.")
    folder = kept_places.vault_folder_of(out)
    if folder is None and new_vault is not None and kept_places.lies_in(out, new_vault):
        folder = new_vault
    if folder is not None:
        raise InvalidInput(f"The Emergency Kit cannot be saved in a vault's folder ({folder}): the key that opens "
                           "the vault would lie beside it, for anyone who gets a copy of the folder.", hint=hint,
                           code="kit.inside_vault", params={"folder": str(folder)})
    backups = kept_places.backup_folder_of(out)
    if backups is not None:
        raise InvalidInput(f"The Emergency Kit cannot be saved in a backup folder ({backups}): the key that opens "
                           "the backups would lie beside them, for anyone who gets the drive.", hint=hint,
                           code="kit.inside_backups", params={"folder": str(backups)})
    refuse_over_a_backup(out, "Emergency Kit")


def checked(out: Path, what: str, *, overwrite: bool | None = False, beside: tuple[str, ...] = ()) -> Path:
    """`out` made absolute, or a sentence: its folder missing, `out` a folder, or a file there
    already (`out` or a companion named `out` + each of `beside`, e.g. ".sig"). `overwrite`
    None: this kind of file is never replaced (no --overwrite to offer)."""
    out = _usable(out, what)
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder for the {what} does not exist.", hint="Create it first or choose another.",
                           code="file.folder_missing")
    if out.is_dir():
        raise InvalidInput(f"{out.name} is a folder: give the name of the {what}'s file inside it.",
                           code="file.is_folder")
    refuse_kept_places(out.absolute(), what)
    taken = [p for p in (out, *(out.with_name(out.name + suffix) for suffix in beside)) if p.exists()]
    if taken and not overwrite:
        hint = "" if overwrite is None else "Or replace it: add --overwrite (command line)."
        raise InvalidInput(f"A file named {taken[0].name} already exists; choose another name.", hint=hint,
                           code="file.exists")
    return out.absolute()
