"""One piece of news said after an unlock (the status bar, the dashboard): services/reminders.py
gathers them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class News:
    kind: str  # one of the kinds above, or "" for a sentence said only as written
    english: str
    value: str = ""
    # DESTRUCTION_NOT_FINISHED: why it stopped (destruction_state.STOP_REASONS), "" unknown;
    # FAILED_BACKUP: the error's code, or kind (backup_beside_control.failed)
    code: str = ""
    # FAILED_BACKUP: the error's params (a folder's path), for the window's words
    params: tuple[tuple[str, str], ...] = ()


__all__ = ["News"]
