"""Where things live on disk. Only non-sensitive locations; no client data in names.

Installed (the usual case): the vault in the platform's user data folder, settings where Qt
keeps them, the support log in the platform's log folder.

Portable (a USB stick): a release build finds an empty file named `vault-app-portable` beside
its executable or beside the launcher one folder up, and then keeps everything in
`vault-app-data/` next to that marker: `vault/`, `settings.ini`, `logs/`. A source install is
never portable (it has no folder of its own to be beside). --vault and $VAULT_APP_DIR still win.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from vault_app import portable

APP_NAME = "vault-app"
PORTABLE_MARKER = portable.MARKER
PORTABLE_DATA = portable.DATA


def portable_root(executable: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder holding the portable marker, or None when this copy is installed."""
    return portable.root(executable)


def portable_data(executable: str | os.PathLike[str] | None = None) -> Path | None:
    return portable.data(executable)


def default_vault_folder(executable: str | os.PathLike[str] | None = None) -> Path:
    data = portable_data(executable)
    if data:
        return data / "vault"
    # Imported here: with --vault or $VAULT_APP_DIR (and on the way to the first window) it is not needed.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def vault_folder(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("VAULT_APP_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_vault_folder()


def settings_file(executable: str | os.PathLike[str] | None = None) -> Path | None:
    """The settings file of a portable copy; None: the platform's usual place (Qt decides)."""
    return portable.settings_file(executable)


def log_folder(executable: str | os.PathLike[str] | None = None) -> Path:
    """The support log's folder: the platform's log folder, or beside a portable copy."""
    data = portable_data(executable)
    if data:
        return data / "logs"
    try:
        import platformdirs
    except ImportError:  # platformdirs is a dependency; this keeps the log working without it
        state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
        return Path(state) / APP_NAME / "log"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


# A vault id as a header holds it (hex); anything else names no file.
_VAULT_ID = re.compile(r"[0-9a-f]{32,128}")


def state_folder(executable: str | os.PathLike[str] | None = None) -> Path:
    """Per-user state kept outside every vault folder: the platform's state folder, or beside a
    portable copy."""
    data = portable_data(executable)
    if data:
        return data / "state"
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def counter_outside(vault_id: str, counter: str) -> Path | None:
    """The second copy of one of a vault's plaintext counters (`counter`: its file name in the
    vault folder, vault.failures or vault.reasked; services/vault_passphrase.py), named by the
    vault's id (never by a name a therapist gave), or None for an id that is not one."""
    if not _VAULT_ID.fullmatch(vault_id):
        return None
    return state_folder() / _OUTSIDE_FOLDERS[counter] / f"{vault_id}.json"


# The folder of each counter's copies; failed unlocks' kept its first name (copies already written).
_OUTSIDE_FOLDERS = {"vault.failures": "failed-unlocks", "vault.reasked": "refused-reasks"}


def failures_outside(vault_id: str) -> Path | None:
    """The second copy of a vault's failed-unlock count."""
    return counter_outside(vault_id, "vault.failures")
