"""The folder the therapist last saved something into for a client (a request's letter as PDF,
an access copy), offered by the next such save instead of the home folder: a letter saved
just after the copy it goes with started in HOME (found walking the real app).

Kept in memory for the session only, never in a settings file: a folder the therapist made for
a client may be named after them (no client names in settings, the team's guide).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

_NAME = "outputFolder"


class _Remembered(QObject):
    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.folder: Path | None = None


def _remembered() -> _Remembered:
    app = QCoreApplication.instance()
    found = app.findChild(_Remembered, _NAME) if app is not None else None
    if found is None:
        found = _Remembered(app)
    return found


def remember(folder: Path) -> None:
    """`folder` is where the last letter or copy was saved."""
    _remembered().folder = folder


def last_folder() -> Path:
    """Where the last letter or copy was saved while it is still a folder; else the home folder."""
    folder = _remembered().folder
    return folder if folder is not None and folder.is_dir() else Path.home()


__all__ = ["last_folder", "remember"]
