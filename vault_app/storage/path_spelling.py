"""A path spelled as the disk stores it, on a disk that ignores the case of letters.

Found (forty-sixth round, on real FAT32 and exFAT drives read through FUSE, as Linux reads a
USB stick without the kernel's own driver): the system gives `USB/Vault/vault.lock` and
`USB/VAULT/vault.lock` two different file ids, and an OS file lock taken through one spelling
does not stop one taken through the other; a window opened on `.../Vault` and a command given
`--vault .../VAULT` both held the vault's writer lock. Whatever is locked is locked under the
spelling the folder above lists, so every spelling meets the same lock.
"""

from __future__ import annotations

import os
from pathlib import Path


def as_stored(path: Path) -> Path:
    """`path` made absolute, each part that exists spelled as its folder lists it. A part is
    looked up only where another case of its letters also answers (one stat each otherwise: a
    disk that keeps case answers nothing to it); a part not there, and all after it, stay as given."""
    path = Path(os.path.abspath(os.path.expanduser(path)))
    out = Path(path.anchor)
    parts = path.parts[1:]
    for i, name in enumerate(parts):
        other = name.swapcase()
        if other != name and os.path.lexists(out / other):
            try:
                listed = os.listdir(out)
            except OSError:
                return out.joinpath(*parts[i:])
            if name not in listed:
                matching = [n for n in listed if n.casefold() == name.casefold()]
                if len(matching) == 1:
                    name = matching[0]
        out = out / name
    return out


__all__ = ["as_stored"]
