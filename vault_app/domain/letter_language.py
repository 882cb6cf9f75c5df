"""The language a client's letters are written in (records migration 0120): English unless set.

The screens speak the therapist's language; the letters the Privacy Rule requires speak the
client's. 45 CFR 164.524(d)(2) and 164.526(d)(1) ask for "plain language", and a letter a client
cannot read is not one (found: every letter was English for a Spanish-speaking client). Stored, and
kept in the ledger, as its code only ("es"), never as a name.
"""

from __future__ import annotations

from vault_app.domain.errors import InvalidInput

DEFAULT_LETTERS_IN = "en"
# The code -> the language's name in English (the command line's words; a screen has its own).
LETTER_LANGUAGES: dict[str, str] = {"en": "English", "es": "Spanish"}


def checked_letters_in(value: str | None) -> str:
    """A letter language typed or stored: its code, lower case; None or "" is English."""
    code = (value or DEFAULT_LETTERS_IN).strip().lower()
    if code not in LETTER_LANGUAGES:
        raise InvalidInput(
            "Letters can be written in English (en) or Spanish (es) only.",
            hint="Choose en or es.", code="client.letters_in_unknown", field="letters_in")
    return code


__all__ = ["DEFAULT_LETTERS_IN", "LETTER_LANGUAGES", "checked_letters_in"]
