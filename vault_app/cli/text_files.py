"""Files a user names on the command line: read within what such a file can hold.

Found by the attacker's walk (thirty-eighth round): `--passphrase-file /dev/zero` was read without
end, the command silent while its memory grew until the machine gave out; any huge file named by
mistake did the same. A pipe ('-', `<(pass show vault)`) is still read to its end, within the limit.
"""

from __future__ import annotations

import os
import shlex
import stat
import sys

from vault_app.domain import text_decoding
from vault_app.domain.errors import InvalidInput

# What a file named on the command line may hold (found by the attacker's walk: /dev/zero as a
# passphrase file was read without end, its memory growing until the machine gave out). Far above
# any note (200,000 characters), evidence or decision file; a secret is a line.
MAX_TEXT_FILE_BYTES = 16 << 20
MAX_SECRET_FILE_BYTES = 64 << 10


def read_text_file(path: str, what: str, limit: int = MAX_TEXT_FILE_BYTES) -> str:
    """A text file a user named ("-": standard input), decoded as `decode_text` says; refused in
    words past `limit` bytes, having read no more than one byte beyond it (a pipe is read to its
    end within that too)."""
    try:
        if path == "-":
            raw = getattr(sys.stdin, "buffer", None)  # None: a text stream stands in (an embedding caller)
            data = raw.read(limit + 1) if raw is not None else sys.stdin.read(limit + 1).encode("utf-8")
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as err:
        raise InvalidInput(f"Could not read the {what} '{path}'.", hint=_why_not_read(err)) from None
    if len(data) > limit:
        size = f"{limit >> 20} MB" if limit >= 1 << 20 else f"{limit >> 10} KB"
        raise InvalidInput(f"The {what} is too large (more than {size}): it cannot be the file meant.",
                           hint="Check the file's name and give the one meant.")
    return text_decoding.decode_text(data, what)


def _why_not_read(err: OSError) -> str:
    """Why a named file could not be read, in words (found by the round-46 walk: a folder given as
    `--passphrase-file` was "Could not read the passphrase file" and nothing more)."""
    if isinstance(err, IsADirectoryError):
        return "That is a folder: give the file inside it."
    if isinstance(err, FileNotFoundError):
        return "There is no such file: check the path."
    if isinstance(err, PermissionError):
        return "Your account may not read it: check the file's permissions."
    return "Check the path and that the file can be read."


def read_secret_file(path: str, what: str) -> str:
    text = read_text_file(path, f"{what} file", MAX_SECRET_FILE_BYTES)
    _say_if_others_can_read(path, what)
    # Only the trailing newline an editor adds is dropped; inner spaces are significant.
    return text.rstrip("\r\n")


def _say_if_others_can_read(path: str, what: str) -> None:
    """On stderr, as ssh says it of a key: a secret's file others on this computer can read (found
    by a walker: a 0644 passphrase file taken without a word). Still read, not refused: it is the
    user's file, and scripts that worked keep working. A pipe or '-' has no such mode."""
    if path == "-" or os.name != "posix":
        return
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode) or not mode & 0o077:
        return
    print(f"warning: the {what} file {path} can be read by other users of this computer (permissions "
          f"{stat.S_IMODE(mode):04o}). Let only yourself read it: chmod 600 {shlex.quote(path)}", file=sys.stderr)


__all__ = ["MAX_SECRET_FILE_BYTES", "MAX_TEXT_FILE_BYTES", "read_secret_file", "read_text_file"]
