"""Portable mode: is this copy of the program running from a folder that keeps its own data?

A release build finds an empty file named `vault-app-portable` beside its executable or
beside the launcher one folder up, and then keeps everything in `vault-app-data/` next to
that marker: `vault/`, `settings.ini`, `logs/` (services/paths.py resolves those). A source
install is never portable (it has no folder of its own to be beside).

Standard library only, and outside the layers: services/paths.py and gui/prefs.py both ask,
and the GUI may ask on its own thread (a stat of one file name, cached per program path).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

MARKER = "vault-app-portable"
DATA = "vault-app-data"


def root(executable: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder holding the marker, or None when this copy is installed.

    `executable` is the program's path; by default the running frozen build's (sys.executable
    of a PyInstaller build), and None for a source install."""
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        return _root_of(sys.executable)
    return _root_of.__wrapped__(str(executable))


@functools.lru_cache(maxsize=4)
def _root_of(executable: str) -> Path | None:
    here = Path(executable).resolve().parent
    # The release tarball has the launcher at its top and the program in app/: either may hold it.
    for folder in (here, here.parent):
        if (folder / MARKER).is_file():
            return folder
    return None


def data(executable: str | os.PathLike[str] | None = None) -> Path | None:
    found = root(executable)
    return found / DATA if found else None


def settings_file(executable: str | os.PathLike[str] | None = None) -> Path | None:
    """The settings file of a portable copy; None: the platform's usual place (Qt decides)."""
    found = data(executable)
    return found / "settings.ini" if found else None
