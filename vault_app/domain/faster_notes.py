"""Faster notes as rules: carrying the last note's plan and goals forward, and personal text
snippets typed with a short trigger and expanded in place. Pure functions, no storage.

Carry forward (issue #19): a new progress note may start from the last note's plan and
goals. The carried text is marked as carried, and a note whose carried text is still
unchanged is not ready to sign: the therapist edits (or removes) it first, so a signed
note never repeats last week's plan without anyone reading it. Program-integrity guidance
warns against exactly that: "copy-pasting" / cloned documentation in electronic records
(HHS OIG, OEI-01-11-00571, January 2014).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from vault_app.domain.clinical_notes import NoteSummary
from vault_app.domain.errors import InvalidInput, Problem, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

# The note sections that carry forward when the new note's template has them.
CARRY_SECTIONS: tuple[str, ...] = ("plan", "goals")
# Each carried section named in a refusal's words, by its key (the table test reads *_CODE).
CARRIED_SECTION_CODE: dict[str, str] = {"plan": "carry.section.plan", "goals": "carry.section.goals"}
CARRY_CITATION = "HHS OIG, OEI-01-11-00571 (2014): copy-pasted (cloned) documentation in electronic records"

# A mark, then a letter or digit, then up to 19 letters, digits, "-" or "_". Letters of any alphabet
# (\w): ";niño" and ";sesión" were refused as not "letters" (walker wspanish, round 39).
TRIGGER = re.compile(r"^[;/\\][^\W_][\w-]{0,19}$")
MAX_SNIPPET = 5_000
MAX_SNIPPETS = 500


# The mark in the language of the screen the note is started on (any other gets English). It is
# stored with the carried text (services/faster_notes.insert_carried) and found again from there,
# so a mark in either language keeps the note from being signed until it is edited.
CARRY_MARKS: Mapping[str, str] = {
    "en": "[Carried forward from the note of {day}: edit before signing]",
    "es": "[Traído de la nota del {day}: edítelo antes de firmar]",
}


def carry_mark(from_day: date, language: str = "en", locale: str = DEFAULT_LOCALE) -> str:
    """The line over carried text, in the screen's language, its day as the practice writes it
    (found: it said 2026-03-02 in a note whose every other date reads 03/02/2026). Notes carried
    before keep their ISO line: `unedited` compares with the mark stored at the carry."""
    return CARRY_MARKS.get(language, CARRY_MARKS["en"]).format(day=date_text(from_day, locale))


def carried_sections(source: Mapping[str, str], target_keys: tuple[str, ...], from_day: date,
                     language: str = "en", locale: str = DEFAULT_LOCALE) -> dict[str, str]:
    """The sections a new note starts with: the carried ones, marked; the rest empty."""
    out = {key: "" for key in target_keys}
    for key in CARRY_SECTIONS:
        text = (source.get(key) or "").strip()
        if key in out and text:
            out[key] = f"{carry_mark(from_day, language, locale)}\n{text}"
    return out


@dataclass(frozen=True)
class CarrySource:
    """The note a carry starts from, and the newer draft passed over to reach it."""

    source: NoteSummary | None  # the newest SIGNED note; None: none is signed, nothing to carry
    passed_draft: NoteSummary | None  # the newest note when it is an unsigned draft


def carry_source(newest_first: Sequence[NoteSummary]) -> CarrySource:
    """Which of a chart's notes (newest first) a new note carries from: the newest signed one.
    A draft is not the record: carrying from it would copy words nobody signed (found: the
    newest note was last week's half-written draft, and its plan came forward as if it stood).
    The signed note's own text only; its addenda and amendments were signed apart and later,
    and are not folded into a plan nobody wrote as one (the editor names the note to read)."""
    source = next((n for n in newest_first if n.signed), None)
    newest = newest_first[0] if newest_first else None
    return CarrySource(source, newest if newest is not None and not newest.signed else None)


def unedited(carried: Mapping[str, str], current: Mapping[str, str]) -> list[str]:
    """Carried sections still as carried (mark and all): the note is not ready to sign."""
    return [key for key, text in carried.items() if text and text.split("\n", 1)[0] in (current.get(key) or "")]


def carried_refusal(carried: Mapping[str, str], current: Mapping[str, str]) -> RefusedByPolicy | None:
    """Why a carried note may not be signed yet, or None."""
    left = unedited(carried, current)
    if not left:
        return None
    return RefusedByPolicy(
        "This note still holds text carried from the last note, unedited: " + ", ".join(left) + ".",
        code="carry.unedited", parts=[Problem(key, code=CARRIED_SECTION_CODE.get(key, "")) for key in left],
        # The mark named by its shape: it may be in another language than this message.
        hint="Read and edit the carried text (and remove the line in brackets it starts with) before signing. "
             f"({CARRY_CITATION})",
    )


@dataclass(frozen=True)
class Snippet:
    snippet_id: str
    trigger: str
    body: str


def check_trigger(trigger: str) -> str:
    # One form of each letter: an ñ pasted as n + U+0303 is the ñ typed (NFC), as expand_at compares.
    value = unicodedata.normalize("NFC", (trigger or "").strip()).lower()
    if not TRIGGER.match(value):
        raise InvalidInput(
            "A snippet trigger is ';', '/' or '\\' followed by up to 20 letters, digits, '-' or '_' (e.g. ';ms').",
            hint="The mark in front keeps ordinary words from expanding by accident.",
            code="snippet.trigger_shape", field="trigger",
        )
    return value


def check_body(body: str) -> str:
    text = (body or "").strip("\n")
    if not text.strip():
        raise InvalidInput("A snippet's text must not be empty.", code="snippet.empty", field="snippet_text")
    if len(text) > MAX_SNIPPET:
        raise InvalidInput(f"A snippet is at most {MAX_SNIPPET} characters.", code="snippet.too_long",
                           field="snippet_text", params={"max": MAX_SNIPPET})
    return text


def expand_at(text: str, cursor: int, snippets: Mapping[str, str]) -> tuple[str, int] | None:
    """Expand the trigger that ends at `cursor` (just typed, then a space or Tab in the editor);
    None when the word before the cursor is no trigger. Returns the text and the new cursor."""
    start = cursor
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = unicodedata.normalize("NFC", text[start:cursor]).lower()
    body = snippets.get(word)
    if body is None:
        return None
    return text[:start] + body + text[cursor:], start + len(body)


def expand_all(text: str, snippets: Mapping[str, str]) -> str:
    """Expand every trigger that stands as a word of its own (the command line's --expand)."""
    if not snippets:
        return text
    pattern = re.compile(r"(?<!\S)(" + "|".join(re.escape(t) for t in sorted(snippets, key=len, reverse=True))
                         + r")(?!\S)", re.IGNORECASE)
    return pattern.sub(lambda m: snippets[m.group(1).lower()], text)
