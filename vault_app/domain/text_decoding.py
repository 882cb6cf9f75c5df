"""Text a user handed us as bytes (a file, standard input, a spreadsheet's export).

UTF-8 with or without the mark Windows Notepad writes, UTF-16 with its mark in either byte
order (Word's and Excel's "Unicode text"), and, only where the caller says so, a legacy
codepage (Excel on Windows saves "CSV" in cp1252). Anything else is a sentence, not garbage
and not an internal error.
"""

from __future__ import annotations

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
