"""Where things live on disk. Only non-sensitive locations; no client data in names."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "vault-app"


def default_vault_folder() -> Path:
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
