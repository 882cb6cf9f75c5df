"""Whether a name typed one way names the party written another way, for the rules that must not
be escaped by a spelling: a recipient the client restricted (45 CFR 164.522(a)(1)(iii)), an agency
that suspended the client's accounting (164.528(a)(2)), the professional who denied access and may
not review the denial (164.524(a)(4)).

Each of those rules errs one way when unsure (a restriction refuses, a suspension withholds, a
reviewer is refused), and each was escaped by a second spelling found by a walker: "Dr. Maria
Rivera" and "Rivera, MD" for a restriction on "Dr. Rivera"; "State Board of Behavioral Sciences,
Enforcement Unit" for the Board's suspension; "Wren Puddlefoot" for "Dr. Wren Puddlefoot". So:
case, accents, look-alike letters and punctuation aside (restrictions.name_words), titles and
credentials dropped, and words in parentheses too; then one name's words found in the other's in
their order, other words allowed between them."""

from __future__ import annotations

import re
import unicodedata

# Latin look-alikes a name pasted from an e-mail or a form may carry (Cyrillic, Greek):
# "Dr. Rivera" with a Cyrillic "е" is the same doctor to the reader and was not to the gate.
_LOOK_ALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q",
    "ԝ": "w", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ı": "i",
})

# Words around a name that do not make another party: forms of address, degrees and licenses,
# generational suffixes, a company's legal form. Written without their dots ("Ph.D." is "phd").
TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "rev", "hon", "the"})
CREDENTIALS = frozenset({
    "md", "do", "phd", "psyd", "edd", "dsw", "lcsw", "licsw", "lisw", "lmsw", "msw", "lmft", "mft", "lpc",
    "lpcc", "lmhc", "lcpc", "lcmhc", "lpcmh", "np", "pmhnp", "aprn", "rn", "pa", "ma", "msc", "med", "mba",
    "jr", "sr", "ii", "iii", "esq", "inc", "llc", "pc", "pllc", "ltd", "co", "corp",
})
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def name_words(text: str) -> tuple[str, ...]:
    """A name as words for comparing: compatibility forms (full-width letters), accents, case and
    look-alike letters folded; punctuation is a word break."""
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_LOOK_ALIKES)
    kept = "".join(ch if ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch))
    return tuple(kept.split())


def core_words(text: str) -> tuple[str, ...]:
    """The words that say who: name_words without titles, credentials, initials and what is in
    parentheses ("Dr. Maria Rivera (psychiatrist)" is maria rivera). A name made only of such
    words is kept whole, so "Dr. Ph.D." still compares as written."""
    plain = _PARENTHESES.sub(" ", text).replace(".", "")
    core = tuple(w for w in name_words(plain) if w not in TITLES and w not in CREDENTIALS and len(w) > 1)
    return core or name_words(text.replace(".", ""))


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Every word of `part`, in its order, among the words of `whole` (others allowed between)."""
    found = iter(whole)
    return bool(part) and all(word in found for word in part)


def same_party(one: str, other: str) -> bool:
    """Whether the two names name the same party as far as a refusing rule must assume: the core
    words of either found in the other's, in order. Two empty names name nobody."""
    a, b = core_words(one), core_words(other)
    return _in_order(a, b) or _in_order(b, a)


__all__ = ["CREDENTIALS", "TITLES", "core_words", "name_words", "same_party"]
