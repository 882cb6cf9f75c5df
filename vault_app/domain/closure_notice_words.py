"""The shape of the words of the notice of closure (domain/closure_notice.py): one set per language a
client's letters are written in (letter_words_en.CLOSURE_EN, letter_words_es.CLOSURE_ES).

Kept apart from domain/letter_words.LetterWords, which the request letters fill: a notice of
closure answers no request. Its salutation, closing, dates and page numbers are the request
letters' own (a Letter in the client's language); these are its paragraphs. The citations go as
they are in every language; what the therapist typed (the custodian, the referrals) goes as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.spanish_titles import with_preposition


@dataclass(frozen=True)
class ClosureWords:
    title: str
    closing: str  # "{practice}", "{day}": the practice closes
    last_session_past: str  # "{day}"
    last_session_future: str  # "{day}"
    # The custodian as typed ("{custodian}"), or after a preposition with the article its title asks for in
    # Spanish ("{of_custodian}": "de la Dra. Elena Ruiz", "{to_custodian}": "al Dr. Sam Rivera";
    # custodian_said below, domain/spanish_titles).
    kept_by: str  # "{records}", "{day}", "{custodian}" or "{of_custodian}", "{contact}", "{until}"
    kept_by_no_date: str  # "{records}", "{day}", "{custodian}" or "{of_custodian}", "{contact}"
    access: str  # "{records}", "{custodian}" or "{to_custodian}", "{contact}", "{citation}"
    new_clinician: str  # "{custodian}" or "{to_custodian}", "{citation}"
    referrals: str  # the line before the therapist's referrals
    questions: str  # "{who}", "{phone}", "{day}"
    estate_of: str  # "{name}": to whom, when the client died and no executor is recorded
    # The letter's file, in its language and in ASCII letters as the app's other files are named
    # ("certificado-de-destruccion-…"): "{chart}", then "{how}" (not_by_mail_file, copy_file or nothing).
    file_name: str
    not_by_mail_file: str  # "-not-by-mail": a letter not put in an envelope with the others
    copy_file: str  # "-copy": a letter sent, printed again


def custodian_said(name: str) -> dict[str, str]:
    """The custodian's forms the words above may use: as typed, and after "de"/"a" with the article a
    Spanish title asks for (an English template uses "{custodian}" only)."""
    return {"custodian": name, "of_custodian": with_preposition("de", name),
            "to_custodian": with_preposition("a", name)}


__all__ = ["ClosureWords", "custodian_said"]
