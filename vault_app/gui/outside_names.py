"""A file's name from outside the app (an attached scan's, or a title an import made of one), as a
clinician reads it: a character that can disguise it (a text-direction override such as U+202E,
which makes "invoice<U+202E>fdp.exe" read "invoiceexe.pdf", or another control character) shown as
one visible mark, never able to reorder the text around it; a line break or tab as a space.

Found by a walker (round 46): the Attachments list showed "evil\\u202egnp", an engineer's escape
(a title an import had made, domain/attachment_edits.title_from_file_name, kept as stored); a name
attached from the file chooser kept the override itself. Both read the same here. What is stored
stays as it is (signed history); only the words on screen change. No Qt: plain text for any widget.
"""

from __future__ import annotations

import re

from vault_app.domain.names import character_kind

MARK = "\ufffd"  # the replacement character: a character was here that is not shown
# A character an import wrote as a visible \uXXXX (domain/names.neutralise): read back only when it
# is one of the unsafe kinds, so a name that really holds a backslash and four digits stays as it is.
_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")


def _unescaped(found: re.Match[str]) -> str:
    ch = chr(int(found.group(1), 16))
    return ch if character_kind(ch) is not None else found.group(0)


def shown_name(name: str) -> str:
    """`name` safe to show: each disguising character one MARK, line breaks and tabs a space."""
    out = []
    for ch in _ESCAPED.sub(_unescaped, name):
        kind = character_kind(ch)
        out.append(ch if kind is None else " " if kind == "line break" or ch == "\t" else MARK)
    return "".join(out)


def disguised(name: str) -> bool:
    """True when `name` held a character shown as MARK."""
    return MARK in shown_name(name) and MARK not in name


__all__ = ["MARK", "disguised", "shown_name"]
