"""A restore held to the file its question read (asked_sha256: restore_ask.Copy.sha256): another
file found in its place is refused, before anything of the target changes, with one sentence
whichever question was asked ("Replace this vault?" or "Replace this vault with another vault?")
and however the swap shows (another id in the key block, a key that no longer opens it, another
hash once unpacked). Split from services/backup_restore.py, which calls these."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import RefusedByPolicy, VaultError


def backup_changed_since_asked() -> RefusedByPolicy:
    """The copy unpacked is not the file the question read (another backup of the same vault,
    same salt and key, or another vault's, put in its place in between): its words would be
    another file's. Checked on what was unpacked, so nothing of the target has changed yet."""
    return RefusedByPolicy("The backup file changed after you were asked; nothing was restored.",
                           hint="Choose it again.", code="restore.backup_changed_since_asked")


def changed_since_asked(path: Path, asked_sha256: str | None) -> bool:
    """Whether the file at `path` is no longer the one asked about (one that cannot be read is
    not it either). Read whole: only on a failure's way, which it then explains."""
    if asked_sha256 is None:
        return False
    from vault_app.services import restore_ask

    try:
        return restore_ask.identity(path) != asked_sha256
    except (VaultError, OSError):
        return True


__all__ = ["backup_changed_since_asked", "changed_since_asked"]
