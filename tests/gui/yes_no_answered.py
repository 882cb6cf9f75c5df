"""The app's Yes/No question (gui/confirm.ask_yes_no) answered at once, for tests about what
follows the answer: it calls back as the real box does once answered (tests/gui/test_yes_no_boxes.py
and test_yes_no_over_lock.py drive the real box)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox


def answering(yes: bool | Callable[[], bool], asked: list[tuple[object, ...]] | None = None) -> Callable[..., None]:
    """An ask_yes_no that records (parent, title, words) in `asked` and answers `yes` (or what
    `yes()` says when asked)."""

    def ask(parent: Any, title: str, words: str, on_yes: Callable[[], None],
            on_no: Callable[[], None] | None = None) -> QMessageBox:
        if asked is not None:
            asked.append((parent, title, words))
        if yes() if callable(yes) else yes:
            on_yes()
        elif on_no is not None:
            on_no()
        return QMessageBox()  # answered: never shown

    return ask


__all__ = ["answering"]
