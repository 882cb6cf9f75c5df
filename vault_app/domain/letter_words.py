"""The shape of the words of the request letters (domain/letters.py): one set per language a
client's letters are written in (domain/letter_language.py; letter_words_en.py, letter_words_es.py).

A letter's logic (which paragraphs, which elements, which citations) is written once, in
letters.py; its words are read from the set letters.words_for chooses, never by a branch in each letter.
The citations ("45 CFR 164.524(d)(2)") are the same in every language: they name the rule, and a
reader, a reviewer or the Office for Civil Rights finds it by them. What the therapist typed (what
is denied, the explanation, the rebuttal), the practice's names, address and phone go as written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from vault_app.domain.denial_ground import Ground


@dataclass(frozen=True)
class LetterWords:
    language: str
    # "{to}": whom the letter is to; `unknown_to` when no one is named ("" said by `dear_unknown`).
    dear: str
    dear_unknown: str
    unknown_to: str
    closing: str
    date_line: Callable[[date, str], str]  # (day, the practice's locale) -> the day in words
    records_of: str  # "{who}": the client, to their personal representative
    your_records: str
    privacy_officer: str  # the contact when the practice names no one
    # The practice's contact as the settings keep it by default (practice.DEFAULT_PRIVACY_CONTACT),
    # in this language; a contact the therapist named goes as written.
    default_contact: str
    telephone: str  # "{phone}", the signature's line
    # The signature's license line ("{state}", "{number}"; with no state the second): the one English
    # line of a Spanish letter once ("TX license LMFT-12345", found by the Spanish day's walker).
    license_in_state: str
    license_alone: str
    hhs: str
    complaint: str  # "{who}", "{at}" (" (address)" or ""), "{phone}", "{hhs}"
    ground: Callable[[Ground], str]  # a ground's words (its citation goes as it is)
    state_review: Callable[[str, str], str]  # (license state, its English paragraph) -> the paragraph
    basis: Callable[[str], str]  # a refused requester's basis (refused_requester.BASES), its English given
    # access denial (164.524(d)(2))
    access_title: str
    access_received: str  # "{day}", "{records}"
    access_granted: str  # "{granted}"
    access_denied_default: str
    access_denied: str  # "{denied}"
    access_review: str  # "{who}", "{phone}"
    access_state_ground: str  # "{cited}"
    access_unreviewable: str  # "{names}"
    access_summary: str
    access_held_elsewhere: str  # "{holder}"
    # reply to one not the client's personal representative
    refused_title: str
    refused_asked: Mapping[str, str]  # the request's kind -> what was asked
    refused_received: str  # "{day}", "{asked}"
    refused_release: str
    refused_no_documents: str  # "{who}", "{phone}"
    refused_right: str  # "{right}"
    refused_basis: str  # "{basis}", "{citation}", "{who}", "{phone}"
    # amendment denial (164.526(d)(1))
    denial_title: str
    denial_received: str  # "{day}", "{records}"
    denial_disagree: str  # "{who}", "{phone}"
    denial_include: str
    # amendment accepted (164.526(c))
    accepted_title: str
    amended: Callable[[str, list[str]], str]  # (note kind, its days said) -> "the progress note of …"
    amended_join: str  # between kinds
    accepted_received: str  # "{day}", "{records}", "{which}"
    records_concerned: str
    accepted_linked: Callable[[int], str]  # how many notes -> the paragraph
    accepted_notify: str
    # rebuttal (164.526(d)(3))
    rebuttal_title: str
    rebuttal_received_on: str  # "{day}"
    rebuttal_received: str
    rebuttal_copy: str  # "{received}", "{records}", "{asked_on}"
    rebuttal_linked: str
    questions: str  # "{who}", "{phone}"
    # extension notice
    extension_title: str
    extension_what: Mapping[str, str]  # the request's kind -> "{records}"
    extension_received: str  # "{day}", "{what}", "{reason}"
    extension_by: str  # "{day}", "{citation}"
    # review decision (164.524(d)(4))
    review_title: str
    review_outcome: Mapping[str, str]
    review_asked: str  # "{records}", "{day}", "{reviewer}"
    page: str  # the PDF's footer: "{n}", "{nb}"

    def salutation(self, to: str) -> str:
        return self.dear.format(to=to) if to.strip() else self.dear_unknown

    def addressee(self, to: str) -> str:
        """The `to` a letter keeps for one who named no one."""
        return to.strip() or self.unknown_to


__all__ = ["LetterWords"]
