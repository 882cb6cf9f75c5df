"""Where a request command writes its letter (`--letter-out FILE`), checked before the request is
touched: the folder there and open to this user, not a vault's own or a backup's, no file of that
name. Found: `request review-decide --letter-out FILE` recorded the reviewer's decision, then
failed on the file's password; run again it was "already decided", the letter never written."""

from __future__ import annotations

import os
from pathlib import Path

from vault_app.domain.errors import InvalidInput
from vault_app.services import output_file


def letter_file(out: Path) -> Path:
    """`out` made absolute, or the sentence saying why no letter can be written there."""
    path = output_file.checked(Path(out), "letter", overwrite=None)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise InvalidInput("You may not write into the letter's folder.", hint="Choose a folder you can write "
                           "into, for example your Documents folder. Nothing was recorded.",
                           code="file.folder_not_writable", params={"folder": str(path.parent)})
    return path


__all__ = ["letter_file"]
