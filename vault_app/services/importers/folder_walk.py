"""What a folder given to an import holds, listed without recursion and within a depth.

Path.rglob recurses one Python frame per folder level (Python 3.11): an export holding a folder
nested about a thousand deep made the dry run an internal error, "Something went wrong inside the
app" over an empty review, and nothing of the export could be imported (found by the attacker's
walk, thirty-eighth round). Here the folders are walked with a list of their own, and a folder
more than MAX_DEPTH below the folder given is not entered: it is listed, as links and pipes are.
No export or folder of scans comes near that depth (SimplePractice's is three deep).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MAX_DEPTH = 32


@dataclass
class Listing:
    files: list[Path] = field(default_factory=list)  # regular files (a link is never one)
    links: list[Path] = field(default_factory=list)  # to a file or a folder: never followed
    others: list[Path] = field(default_factory=list)  # pipes, devices, sockets: never read
    too_deep: list[Path] = field(default_factory=list)  # folders MAX_DEPTH down: not entered


def listing(root: Path, max_depth: int = MAX_DEPTH) -> Listing:
    """Everything under `root`, each list sorted; a folder `max_depth` levels down is listed as
    too deep, not entered. A folder that cannot be read lists nothing, as with rglob (a file in
    it that matters is said missing by the import's own checks)."""
    found = Listing()
    folders: list[tuple[Path, int]] = [(root, 0)]
    while folders:
        folder, depth = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            continue
        for entry in listed:
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    found.links.append(path)
                elif entry.is_dir(follow_symlinks=False):
                    if depth + 1 > max_depth:
                        found.too_deep.append(path)
                    else:
                        folders.append((path, depth + 1))
                elif entry.is_file(follow_symlinks=False):
                    found.files.append(path)
                else:
                    found.others.append(path)
            except OSError:
                continue
    for paths in (found.files, found.links, found.others, found.too_deep):
        paths.sort()
    return found


__all__ = ["MAX_DEPTH", "Listing", "listing"]
