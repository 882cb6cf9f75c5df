"""This computer's time zone set for a test (TZ, and its C library's clock too: tzset), and put
back after; with a practice whose own zone (Settings, `practice update --time-zone`) is another.
The zones are named by the test, never the machine's."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from vault_app.services import practice
from vault_app.services.vault import Vault


@contextmanager
def computer_in(zone: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer in `zone` while inside; then every patch of `monkeypatch` undone and the clock read again."""
    monkeypatch.setenv("TZ", zone)
    clock.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        clock.tzset()


def practice_away(vault: Vault, monkeypatch: pytest.MonkeyPatch, *, computer: str, practice_zone: str
                  ) -> Iterator[Vault]:
    """For a fixture (`yield from`): the computer in `computer`, the practice in `practice_zone`."""
    with computer_in(computer, monkeypatch):
        practice.update(vault, time_zone=practice_zone)
        yield vault
