"""Spell checking for clinical text, offline: pure computation on word lists in memory, so the
highlighter may ask it on the GUI thread (a dictionary lookup per word). The personal
dictionary's storage is services/spelling.py.

The word lists are pyspellchecker's (frequency lists built from OpenSubtitles, shipped in
the wheel) plus the clinical terms in spelling_terms.py (spelling_terms_es.py for Spanish),
so a fresh install needs no system dictionary on Linux, macOS or Windows. The therapist's own
words (client names, medication names, local places) go in the personal dictionary, which is stored only in
the records compartment's encrypted settings: it fills with client names, so never in a
plaintext file.

Suggestions use edit distance 1: distance 2 costs seconds for a long word (measured 17 s
for a 20-letter word), distance 1 a millisecond, and a right-click must answer at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spellchecker import SpellChecker

from vault_app.domain.errors import InvalidInput
from vault_app.domain.spelling_terms import CLINICAL_EN
from vault_app.domain.spelling_terms_es import CLINICAL_ES

LANGUAGES = {"en": "English (US)", "es": "Español"}
# Each language's clinical words beside its general list ("ideación" was red in Spanish notes).
_CLINICAL = {"en": CLINICAL_EN, "es": CLINICAL_ES}
MAX_PERSONAL_WORD = 64

# Letters with inner apostrophes or hyphens ("don't", "self-harm" is two words to the checker).
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Misspelling:
    start: int
    length: int
    word: str


class Speller:
    """One language's word list plus the personal words, and the lists of `also` (a bilingual
    practice's second language: a word known in any of them is right, suggestions come from the
    first). Loading a list takes about a second (run it off the GUI thread); checking a word is
    a dictionary lookup."""

    def __init__(self, language: str = "en", personal: Iterable[str] = (), *, also: Iterable[str] = ()) -> None:
        languages = [language, *(other for other in also if other != language)]
        for name in languages:
            if name not in LANGUAGES:
                raise InvalidInput(f"Spell checking is not available in '{name}'.",
                                   hint="Choose English (US) or Español.")
        self.language = language
        self._checkers = [SpellChecker(language=name, distance=1) for name in languages]
        for name, checker in zip(languages, self._checkers, strict=True):
            checker.word_frequency.load_words(_CLINICAL[name])
        self._checker = self._checkers[0]
        self._personal: set[str] = {w.casefold() for w in personal}
        self._cache: dict[str, bool] = {}

    # --- checking -------------------------------------------------------------------
    def is_known(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is None:
            known = self._check(word)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[word] = known
        return known

    def _check(self, word: str) -> bool:
        folded = word.casefold().replace("’", "'")
        if folded in self._personal:
            return True
        if _is_abbreviation(word):
            return True
        if any(folded in checker for checker in self._checkers):
            return True
        # Possessives: "client's" is right when "client" is.
        return folded.endswith("'s") and any(folded[:-2] in checker for checker in self._checkers)

    def misspellings(self, text: str) -> list[Misspelling]:
        return [Misspelling(m.start(), m.end() - m.start(), m.group()) for m in self._words(text)
                if not self.is_known(m.group())]

    @staticmethod
    def _words(text: str) -> Iterator[re.Match[str]]:
        return _WORD.finditer(text)

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """The likeliest corrections, most frequent first, in the word's own capitalisation: the
        first language's, then those of the others it does not have."""
        ranked: list[str] = []
        for checker in self._checkers:
            found = checker.candidates(word.casefold()) or set()
            ranked += [w for w in sorted(found, key=lambda w: (-checker[w], w)) if w not in ranked]
        return [_match_case(word, w) for w in ranked[:limit]]

    # --- personal dictionary ----------------------------------------------------------
    @property
    def personal_words(self) -> frozenset[str]:
        return frozenset(self._personal)

    def add_personal(self, word: str) -> None:
        self._personal.add(check_personal_word(word).casefold())
        self._cache.clear()

    def forget_personal(self) -> None:
        """At lock: the personal words (client names) leave memory with the vault."""
        self._personal.clear()
        self._cache.clear()

    def set_personal(self, words: Iterable[str]) -> None:
        self._personal = {w.casefold() for w in words}
        self._cache.clear()


def _is_abbreviation(word: str) -> bool:
    """PHQ, CBT, SOAP, DSM: clinical abbreviations in capitals are not misspellings."""
    return len(word) <= 6 and word.isupper()


def _match_case(original: str, suggestion: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def check_personal_word(word: str) -> str:
    """One word, letters only (with an inner apostrophe), no control characters."""
    cleaned = unicodedata.normalize("NFC", (word or "").strip())
    if not cleaned or len(cleaned) > MAX_PERSONAL_WORD or not _WORD.fullmatch(cleaned):
        raise InvalidInput("Only a single word can be added to the dictionary.",
                           hint="Letters only, without spaces or digits.", code="spelling.not_a_word")
    return cleaned


__all__ = ["LANGUAGES", "MAX_PERSONAL_WORD", "Misspelling", "Speller", "check_personal_word"]
