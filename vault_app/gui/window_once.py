"""A records window opened once per main window: a second ask brings the open one forward."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def brought_forward(parent: QWidget, kind: type[W]) -> W | None:
    """The open window of `kind` under `parent`, raised and given the keyboard; None if none is shown."""
    found = parent.findChild(kind)
    if found is None or not found.isVisible():
        return None
    found.raise_()
    found.activateWindow()
    return found
