"""With --json, stderr is JSON Lines: every line one JSON object with a `kind`, "notice" for what a
command tells beside its output (common.notice) and "error" for its error, the last line
(common.say_error). Found: a notice (the ledger's sealing, a restore never said) and then the error
were two JSON documents, the error's over several lines, and a script reading stderr as one
document broke. The commands say their notices as JSON themselves; this writer, put over stderr for
the run, makes any other line (a warning, a progress line, a service's words) a notice too, so that
no line of a command can break the rule: {"kind": "notice", "notice": "said", "message": LINE}.
Blank lines are left out."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Iterator
from typing import TextIO

# The `notice` of a line a command printed as words: what a script can tell apart from the named ones.
SAID = "said"


def as_line(line: str) -> str | None:
    """One line of stderr as a JSON Lines line: itself when it is a JSON object with a kind, else
    a notice holding it; None for a blank line."""
    text = line.strip()
    if not text:
        return None
    if text.startswith("{"):
        with contextlib.suppress(ValueError):
            found = json.loads(text)
            if isinstance(found, dict) and "kind" in found:
                return text
    return json.dumps({"kind": "notice", "notice": SAID, "message": text})


class JsonLinesStderr(io.TextIOBase):
    """stderr for one run with --json: whole lines are written on as as_line makes them."""

    def __init__(self, under: TextIO) -> None:
        super().__init__()
        self._under = under
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            made = as_line(line)
            if made is not None:
                self._under.write(made + "\n")
        return len(text)

    def flush(self) -> None:
        self._under.flush()

    def end(self) -> None:
        """What was left without its newline (a prompt), said as a line of its own."""
        pending, self._pending = self._pending, ""
        made = as_line(pending)
        if made is not None:
            self._under.write(made + "\n")
        self._under.flush()

    def fileno(self) -> int:
        return self._under.fileno()

    def isatty(self) -> bool:
        return self._under.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._under, "encoding", None) or "utf-8"


@contextlib.contextmanager
def json_lines(as_json: bool) -> Iterator[None]:
    """sys.stderr as JsonLinesStderr while a --json run lasts; as it was otherwise."""
    if not as_json:
        yield
        return
    before = sys.stderr
    writer = JsonLinesStderr(before)
    sys.stderr = writer
    try:
        yield
    finally:
        sys.stderr = before
        with contextlib.suppress(OSError, ValueError):
            writer.end()


__all__ = ["SAID", "JsonLinesStderr", "as_line", "json_lines"]
