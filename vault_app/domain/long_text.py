"""A long text a client or the practice gives for a request (the statement of disagreement, the
rebuttal, the amendment's text, a reason): its length limited, and the limit said.

45 CFR 164.526(d)(2) lets the practice "reasonably limit the length of a statement of
disagreement"; a client refused must be told the limit to shorten it. The refusal said "too long
or contains a NUL character", neither which nor the limit (found by a walker with a statement of
43,201 characters): now each its own words, the length and the most allowed in the first.
"""

from __future__ import annotations

from vault_app.domain.errors import InvalidInput

MAX_TEXT = 20_000
STATEMENT_LIMIT_CITATION = "45 CFR 164.526(d)(2)"


def count_text(n: int) -> str:
    """A count of characters as an English reader writes it: 43,201."""
    return f"{n:,}"


def checked_long_text(value: str | None, what: str, *, required: bool = False, field: str = "",
                      max_len: int = MAX_TEXT) -> str:
    """The text stripped, or a refusal: empty when required, longer than `max_len` (saying its
    length and the most), or holding a NUL character."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"The {what} must not be empty.", code="text.required", field=field)
    if len(text) > max_len:
        length, most = count_text(len(text)), count_text(max_len)
        raise InvalidInput(f"The {what} is {length} characters; the most is {most}. Shorten it and try again.",
                           code="text.too_long_by", field=field, params={"length": length, "max": most})
    if "\x00" in text:
        raise InvalidInput(f"The {what} contains a NUL character.", code="text.nul", field=field)
    return text


__all__ = ["MAX_TEXT", "STATEMENT_LIMIT_CITATION", "checked_long_text", "count_text"]
