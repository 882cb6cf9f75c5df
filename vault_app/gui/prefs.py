"""Non-sensitive UI preferences in QSettings: window geometry, theme, privacy-mode default.

Only keys in ALLOWED can be written, so nothing about clients can end up in the
settings file by accident (no recent clients, no search history, no titles).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from vault_app import portable as portable_mode

ALLOWED = frozenset({"theme", "privacy_mode", "geometry/main", "geometry/unlock", "splitter/main"})


def settings() -> QSettings:
    portable = portable_mode.settings_file()  # a portable copy keeps its settings beside it
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings("vault-app", "vault-app")


def get(key: str, default: Any = None) -> Any:
    return settings().value(key, default)


def put(key: str, value: Any) -> None:
    if key not in ALLOWED:
        raise KeyError(f"{key} is not an allowed UI preference")
    settings().setValue(key, value)


def get_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None
