"""Test doubles for the OS keyring: a working in-memory one, one that always raises, and a
file one that processes share."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


class RaisingKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("keyring locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("keyring locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("keyring locked")


class FileKeyring(KeyringBackend):
    """A keyring the CLI processes of one test share (PYTHON_KEYRING_BACKEND names it): a JSON
    file at $VAULT_TEST_KEYRING_FILE, so the anchor a killed process wrote, or did not, is
    what the next process reads."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["VAULT_TEST_KEYRING_FILE"])

    def _items(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text()))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}/{username}"] = password
        tmp = self._path().with_suffix(".tmp")
        tmp.write_text(json.dumps(items))
        os.replace(tmp, self._path())

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        if items.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        tmp = self._path().with_suffix(".tmp")
        tmp.write_text(json.dumps(items))
        os.replace(tmp, self._path())
