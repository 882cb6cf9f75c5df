"""Names as a person types them: what is refused at entry, and how any stored text is
made harmless wherever it is printed (terminal, PDF, certificate).

Why these characters:

- Control characters (Unicode category Cc: NUL, ESC, the C1 controls...) in a terminal
  can rewrite the screen or its title: terminal escape injection, CWE-150 ("Improper
  Neutralization of Escape, Meta, or Control Sequences").
- Line and paragraph breaks (LF, CR, U+2028, U+2029) let one name print as two lines
  of a certificate, a letter or a log, i.e. forge a line (CWE-117, "Improper Output
  Neutralization for Logs", applied to every printed record).
- Bidirectional overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069, and
  the marks U+200E, U+200F, U+061C) reorder what is displayed, so "C-12" can read as
  "21-C" or a name can hide a second one: "Trojan Source", CVE-2021-42574; Unicode
  Technical Report #36 (Unicode Security Considerations), section 2.

A name is one line of ordinary text; everything above is refused at entry with a clear
message that names the field and the kind of character, never the text itself (it may
be a client's name). Names stored before this check existed are escaped as \\uXXXX
when printed: the record stays as it was, the output cannot be hijacked.
"""

from __future__ import annotations

import unicodedata

from vault_app.domain.errors import InvalidInput

MAX_NAME_LEN = 200

# U+061C ARABIC LETTER MARK, U+200E/U+200F LRM/RLM, U+202A-U+202E embeddings and
# overrides (LRE, RLE, PDF, LRO, RLO), U+2066-U+2069 isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset({0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)})
LINE_BREAKS = frozenset({0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029})

# What each kind of unsafe character is called in a message (the user never sees the code).
_KIND_TEXT = {
    "line break": "a line break (a name is a single line)",
    "control": "an invisible control character",
    "bidi": "a text-direction override character (it can make the text display in a different order)",
}

_KIND_CODE = {"line break": "name.line_break", "control": "name.control", "bidi": "name.bidi"}


def character_kind(ch: str) -> str | None:
    """'line break', 'control' or 'bidi' for an unsafe character, None for an ordinary one."""
    code = ord(ch)
    if code in LINE_BREAKS or unicodedata.category(ch) in ("Zl", "Zp"):
        return "line break"
    if code in BIDI_CONTROLS:
        return "bidi"
    if unicodedata.category(ch) == "Cc":
        return "control"
    return None


def unsafe_kinds(text: str) -> list[str]:
    """The kinds of unsafe character in `text`, each once, in order of appearance."""
    found: list[str] = []
    for ch in text:
        kind = character_kind(ch)
        if kind is not None and kind not in found:
            found.append(kind)
    return found


def check_name(value: str | None, what: str, *, required: bool = False, max_len: int = MAX_NAME_LEN,
               field: str = "") -> str:
    """A name-like field as entered: stripped of surrounding spaces; InvalidInput when it
    is missing (if required), too long, or holds a line break, a control character or a
    bidirectional override."""
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text.", code="text.not_text", field=field)
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"The {what} must not be empty.", code="text.required", field=field)
    if len(text) > max_len:
        raise InvalidInput(f"The {what} is too long (at most {max_len} characters).", code="text.too_long",
                           field=field, params={"max": max_len})
    kinds = unsafe_kinds(text)
    if kinds:
        raise InvalidInput(
            f"The {what} contains {_KIND_TEXT[kinds[0]]}.",
            hint="Type the text again without that character; if it was pasted, paste it as plain text.",
            code=_KIND_CODE[kinds[0]], field=field,
        )
    return text


def neutralise(text: str, *, keep_line_breaks: bool = True) -> str:
    """`text` safe to print: every control character (newline and tab kept, unless
    `keep_line_breaks` is False), line separator and bidirectional control shown as a
    visible \\uXXXX escape. Ordinary text, any script, is unchanged."""
    out = []
    for ch in text:
        kind = character_kind(ch)
        if kind is None or (keep_line_breaks and ch in "\n\t"):
            out.append(ch)
        elif ch == "\t" and not keep_line_breaks:
            out.append(" ")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def printable_name(text: str) -> str:
    """A stored name for one line of output (a certificate, a letter's address line)."""
    return neutralise(text, keep_line_breaks=False)
