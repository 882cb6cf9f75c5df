"""Where things live on disk. Only non-sensitive locations; no client data in names."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "vault-app"


def default_vault_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def vault_folder(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("VAULT_APP_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_vault_folder()
