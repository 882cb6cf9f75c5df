"""The shape of the words of the notice of closure (domain/closure_notice.py): one set per language a
client's letters are written in (letter_words_en.CLOSURE_EN, letter_words_es.CLOSURE_ES).

Kept apart from domain/letter_words.LetterWords, which the request letters fill: a notice of
closure answers no request. Its salutation, closing, dates and page numbers are the request
letters' own (a Letter in the client's language); these are its paragraphs. The citations go as
they are in every language; what the therapist typed (the custodian, the referrals) goes as typed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClosureWords:
    title: str
    closing: str  # "{practice}", "{day}": the practice closes
    last_session_past: str  # "{day}"
    last_session_future: str  # "{day}"
    kept_by: str  # "{records}", "{day}", "{custodian}", "{contact}", "{until}"
    kept_by_no_date: str  # "{records}", "{day}", "{custodian}", "{contact}"
    access: str  # "{records}", "{custodian}", "{contact}", "{citation}"
    new_clinician: str  # "{custodian}", "{citation}"
    referrals: str  # the line before the therapist's referrals
    questions: str  # "{who}", "{phone}", "{day}"
    estate_of: str  # "{name}": to whom, when the client died and no executor is recorded


__all__ = ["ClosureWords"]
