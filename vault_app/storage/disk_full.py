"""A full disk, said as the disk of the folder being written to when the writer knows it.

Found by a walker with a vault on a small, full drive: opening a client said only "The disk is
full." (in Spanish without even the English "while ..."), neither which disk nor what to do.
"""

from __future__ import annotations

import os
from pathlib import Path

from vault_app.domain.errors import DiskFull


def disk_full(what: str, path: Path | str | None = None) -> DiskFull:
    """The disk is full: with `path` (the file being written), said as the disk of its folder
    (found by a walker: "The disk is full." on a vault's small drive said neither which disk nor
    where to free room). `what` is what was being done, in English: the screens of other languages
    leave it out (gui/refusal_words_unlock.py)."""
    if not path:
        return DiskFull(f"The disk is full while {what}.",
                        hint="Nothing already saved was lost. Free some space and try again.", code="disk.full")
    folder = os.path.dirname(os.path.abspath(os.fsdecode(path)))
    full = DiskFull(f"The disk that holds the folder {folder} is full while {what}.",
                    hint="Nothing already saved was lost. Free some space on that disk (empty its trash, or move "
                         "files off it), then try again.", code="disk.full", params={"folder": folder})
    full.path = os.fsdecode(path)
    return full


__all__ = ["disk_full"]
