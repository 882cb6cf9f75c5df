"""Text a user handed us as bytes (a file, standard input, a spreadsheet's export).

UTF-8 with or without the mark Windows Notepad writes, UTF-16 with its mark in either byte
order (Word's and Excel's "Unicode text"), and, only where the caller says so, a legacy
codepage (Excel on Windows saves "CSV" in cp1252). Anything else is a sentence, not garbage
and not an internal error.
"""

from __future__ import annotations

import re
import unicodedata

from vault_app.domain.errors import InvalidInput

_MARKS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
DEFAULT_HINT = "Save it as UTF-8 text (in Word: Save As, Plain Text, Unicode (UTF-8)) and try again."


def decode_text(data: bytes, what: str, *, fallback: str | None = None, hint: str = DEFAULT_HINT) -> str:
    marked = next((codec for mark, codec in _MARKS if data.startswith(mark)), None)
    codecs = (marked,) if marked else ("utf-8", *((fallback,) if fallback else ()))
    for codec in codecs:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # NULs between the letters: UTF-16 that lost its mark, which a codepage "reads" as garbage.
        if "\x00" not in text:
            return text
    raise InvalidInput(f"The {what} is not text in UTF-8 (or UTF-16 with its byte-order mark).", hint=hint,
                       code="text.not_utf8")


# Not text: surrogates (and unassigned letters, checked apart, once per letter). Control
# characters are text a row may hold: the caller refuses such a row on its own (hostile names).
_NOT_TEXT = re.compile("[\ud800-\udfff]")


def exported_text(data: bytes) -> str | None:
    """A file a practice system or a spreadsheet exported, as Windows saves it: UTF-8, cp1252 (Excel's
    "CSV", Notepad's "ANSI") or UTF-16 with its mark ("Unicode text"); None for bytes that are not
    text. Bytes that decode but are not text (unassigned letters; junk behind a UTF-16 mark, read
    as a few CJK letters on one line) are None too, not read as a first line. Shared by the CSV
    import and SimplePractice's contact cards, so both read the same files."""
    try:
        text = decode_text(data, "file", fallback="cp1252")
    except InvalidInput:
        return None
    if _NOT_TEXT.search(text):
        return None
    # Any bytes behind a UTF-16 mark decode: such an export ends every line with a line break
    # and writes no unassigned letter (checked there only: a name may hold an emoji newer than
    # this Python's Unicode tables).
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and (
            "\n" not in text or any(unicodedata.category(ch) == "Cn" for ch in set(text) if ch > "\x7f")):
        return None
    return text
