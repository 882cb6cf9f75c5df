"""The written notices the Privacy Rule requires, in plain language.

- access denial (164.524(d)(2)): the basis; review rights where they apply and how
  to use them; how to complain to the practice (name or title, phone) and to the
  Secretary of HHS; access to whatever else can be released.
- reply to one not the client's personal representative (the "not_representative" ground): to the
  requester, neither confirming nor denying a treatment relationship; what a release needs
  (164.502(g), 164.514(h), 164.508); none of 164.524(d)'s paragraphs, which are the individual's.
- amendment accepted (164.526(c)(1), (c)(2)): the records amended, by kind and day (never their
  text), and that the amendment is appended and linked to them; whom to notify (c)(3).
- amendment denial (164.526(d)(1)): the basis; the right to file a statement of
  disagreement and how; that without one the client may ask that the request and
  the denial go with future disclosures; how to complain.
- rebuttal (164.526(d)(3)): a copy of the practice's rebuttal of the client's statement of
  disagreement, to the one who filed the statement; with what it answers and that it goes with
  the records concerned (164.526(d)(4)).
- extension notice (164.524(b)(2)(ii), 164.526(b)(2)(ii), 164.528(c)(1)(ii)): the reason
  for the delay and the date by which the practice will act.

Each letter lists the element ids it contains so tests and reviewers can check them. Each is written
in the client's letter language (domain/letter_language.py): its words come from the set
domain/letter_words.words_for chooses, the letter's logic and its elements are the same in each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vault_app.domain.cited import cited
from vault_app.domain.errors import InvalidInput
from vault_app.domain.letter_language import DEFAULT_LETTERS_IN, checked_letters_in
from vault_app.domain.letter_words import LetterWords
from vault_app.domain.letter_words_en import ENGLISH, HHS_COMPLAINT
from vault_app.domain.letter_words_es import SPANISH
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.practice import DEFAULT_PRIVACY_CONTACT, PracticeProfile
from vault_app.domain.refused_requester import RIGHTS
from vault_app.domain.requests import ClientRequest, grounds_for
from vault_app.domain.spanish_titles import with_preposition
from vault_app.domain.state_denial_review import review_for

# A letter language's code -> the words its letters are written in.
_WORDS: dict[str, LetterWords] = {"en": ENGLISH, "es": SPANISH}


def words_for(language: str | None) -> LetterWords:
    """The words a letter in `language` is written in: the one place a letter's language is chosen.
    None or "": English (a letter kept before letters had a language was English)."""
    return _WORDS[checked_letters_in(language)]


def as_sentence(text: str) -> str:
    """Typed words as the end of a sentence in a letter: a full stop unless they end with one, a
    question or an exclamation mark (found: "The reason for the delay: records archived")."""
    said = text.strip()
    return said if not said or said.endswith((".", "?", "!")) else f"{said}."


# The one extension each right allows, with the written notice of its reason and new date.
EXTENSION_CITATION = {"access": "45 CFR 164.524(b)(2)(ii)", "amendment": "45 CFR 164.526(b)(2)(ii)",
                      "accounting": "45 CFR 164.528(c)(1)(ii)"}


@dataclass(frozen=True)
class Letter:
    kind: str
    title: str
    day: date
    to: str
    paragraphs: tuple[str, ...]
    signature: tuple[str, ...]
    elements: tuple[str, ...]
    locale: str = DEFAULT_LOCALE  # the practice's: the order of day and month in words, in every date
    # The practice's name, to tell its line in the signature from the address: the CLI's PDF,
    # made without it, led with the signer where the window's led with the practice.
    practice_name: str = ""
    # The client's letter language (domain/letter_language), kept with the letter so it prints the
    # same way years later; a letter kept before letters had one is English.
    language: str = DEFAULT_LETTERS_IN

    @property
    def words(self) -> LetterWords:
        return words_for(self.language)

    @property
    def letterhead(self) -> tuple[str, ...]:
        return letterhead(self.signature, self.practice_name)

    @property
    def date_line(self) -> str:
        # In English the month in English words in the practice's order; in Spanish "1 de diciembre de 2026".
        return self.words.date_line(self.day, self.locale)

    @property
    def salutation(self) -> str:
        return self.words.salutation(self.to)

    @property
    def closing(self) -> str:
        return self.words.closing

    def text(self) -> str:
        parts = [self.title, "", self.date_line, "", self.salutation, ""]
        for paragraph in self.paragraphs:
            parts += [paragraph, ""]
        parts += [self.closing, "", *self.signature]
        return "\n".join(parts)


def kept(body: str, *, kind: str, day: date, language: str | None, locale: str, practice_name: str) -> Letter:
    """A letter as kept (its body is Letter.text()), read back into its parts by the words of the
    language it was written in (None: kept before letters had one, so English)."""
    words = words_for(language)
    lines = body.split("\n")
    before, after = words.dear.split("{to}")
    dear = next(i for i, line in enumerate(lines)
                if (line.startswith(before) and line.endswith(after)) or line == words.dear_unknown)
    said = lines[dear]
    to = "" if said == words.dear_unknown and not said.startswith(before) else said[len(before):len(said) - len(after)]
    end = max(i for i, line in enumerate(lines) if line == words.closing)
    paragraphs = tuple(p.strip() for p in "\n".join(lines[dear + 1:end]).split("\n\n") if p.strip())
    return Letter(kind=kind, title=lines[0], day=day, to=to, paragraphs=paragraphs,
                  signature=tuple(line for line in lines[end + 1:] if line), elements=(), locale=locale,
                  practice_name=practice_name, language=words.language)


def _letter(profile: PracticeProfile, words: LetterWords, *parts: Any) -> Letter:
    """A letter in the practice's conventions (its dates follow profile.locale) and the client's language."""
    return replace(Letter(*parts), locale=profile.locale, practice_name=profile.practice_name,
                   language=words.language)


# A signature's license and NPI line (_license_line): who signs, not where from. The state is
# optional and two letters; the number is as typed, spaces and all ("LMFT 123456", as California
# writes it, printed the line until round 39). In English or in Spanish (LetterWords.license_*).
_LICENSE = r"(?:(?:[A-Z]{2} )?license|Licencia(?: de [A-Z]{2})? n\.º) \S.*"
_LICENSE_LINE = re.compile(rf"(?:{_LICENSE}, )?NPI \d+|{_LICENSE}")


def letterhead(signature: tuple[str, ...], practice_name: str = "") -> tuple[str, ...]:
    """The lines at the top of a letter, made from its signature (a kept letter's as sent):
    the practice's name, its address and telephone, then the signer; never the license and NPI
    line, which were the whole letterhead once ("NPI 1234567893", found walking the real app).
    With no clinician's name the signed name is the practice's, said once; with no practice
    name, the signer's name heads the letter."""
    if not signature:
        return ()
    signer, rest = signature[0], [line for line in signature[1:] if not _LICENSE_LINE.fullmatch(line)]
    name = practice_name.strip()
    if name and name in rest and name != signer:
        rest.remove(name)
        return (name, *rest, signer)
    return (signer, *rest)


def _day(profile: PracticeProfile, value: date, words: LetterWords) -> str:
    # In words, as the date line (document_dates "long"): 03/02/2027 reads two ways in English.
    return words.date_line(value, profile.locale)


def _records(regarding: str, words: LetterWords) -> str:
    """Whose records: the addressee's own, or, to the personal representative who made the
    request (164.502(g)), the client's by name."""
    return words.records_of.format(who=regarding) if regarding.strip() else words.your_records


def _contact(profile: PracticeProfile, words: LetterWords | None = None) -> tuple[str, str]:
    """(who, phone) for complaints: a name or title and a phone number are both required."""
    practice = profile.practice_name.strip() or profile.clinician_name.strip()
    if not practice or not profile.phone.strip():
        raise InvalidInput(
            "Letters must say how to reach the practice: set the practice or clinician name and a phone number first.",
            hint="Fill them in under Vault > Settings… > About you and the practice (or: vault-app practice update "
                 "--practice-name … --phone …).",
            code="letter.practice_contact_missing",
        )
    words = words or words_for(DEFAULT_LETTERS_IN)
    contact = profile.privacy_contact.strip()
    # The title the settings keep by default is said in the letter's language; a name typed goes as typed.
    contact = words.default_contact if contact == DEFAULT_PRIVACY_CONTACT else contact
    who = contact or profile.clinician_name.strip() or words.privacy_officer
    return f"{who}, {practice}", profile.phone.strip()


def _who_said(who: str) -> dict[str, str]:
    """The contact as typed ("{who}"), and after "a"/"con" with the article a Spanish title asks for
    ("{to_who}": "a la Dra. Ana Ruiz, Lee Counseling"; domain/spanish_titles). English templates use
    "{who}" only: "contact Dr. Sam Rivera, Lee Counseling"."""
    return {"who": who, "to_who": with_preposition("a", who), "with_who": with_preposition("con", who)}


def _signer(profile: PracticeProfile) -> str:
    """Who signs: "Name, Credentials"; with no clinician's name, the practice's name alone. The
    credentials are a person's (a license is held by the clinician, not the practice): a practice
    without a name set signed "Lee Counseling, LCSW", in every letter and both languages (found by
    the round's brief)."""
    if profile.clinician_name.strip():
        return profile.signed_name
    return profile.practice_name.strip() or profile.signed_name  # neither: _contact refuses the letter first


def _license_line(profile: PracticeProfile, words: LetterWords) -> str:
    """"TX license 12345, NPI 1234567893" (PracticeProfile.license_line) in the letter's language:
    "Licencia de TX n.º 12345, NPI 1234567893"; what of it is set, or ""."""
    number, state = profile.license_number.strip(), profile.license_state.strip()
    parts = []
    if number:
        parts.append(words.license_in_state.format(state=state, number=number) if state
                     else words.license_alone.format(number=number))
    if profile.npi:
        parts.append(f"NPI {profile.npi}")
    return ", ".join(parts)


def _signature(profile: PracticeProfile, words: LetterWords) -> tuple[str, ...]:
    lines = [_signer(profile)]
    license_line = _license_line(profile, words)
    if license_line:
        lines.append(license_line)
    # Without a clinician's name the signed name already is the practice's: not twice
    if profile.practice_name and profile.clinician_name.strip():
        lines.append(profile.practice_name)
    lines += [line for line in profile.address.splitlines() if line.strip()]
    if profile.phone:
        lines.append(words.telephone.format(phone=profile.phone))
    return tuple(lines)


def _complaint(profile: PracticeProfile, words: LetterWords) -> str:
    who, phone = _contact(profile, words)
    # The address's lines said on one: a comma where a line ended ("1 Main St, Springfield, IL"), not a
    # space ("1 Main St Springfield": found by the Spanish walker); a comma typed at a line's end kept once.
    lines = (" ".join(line.split()).rstrip(",").strip() for line in profile.address.splitlines())
    address = ", ".join(line for line in lines if line)
    at = f" ({address})" if address else ""
    return words.complaint.format(**_who_said(who), at=at, phone=phone, hhs=words.hhs)


def access_denial(
    profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *, held_elsewhere: str = "",
    regarding: str = "", language: str = DEFAULT_LETTERS_IN,
) -> Letter:
    if request.kind != "access":
        raise InvalidInput(f"{request.label} is not an access request.")
    w = words_for(language)
    grounds = grounds_for("access", request.grounds)
    complaint = _complaint(profile, w)
    who, phone = _contact(profile, w)
    paras = [w.access_received.format(day=_day(profile, request.received_on, w), records=_records(regarding, w))]
    elements = ["received_date", "basis", "complaint_practice", "complaint_hhs"]
    if request.granted.strip():
        paras.append(w.access_granted.format(granted=request.granted.strip()))
        elements.append("granted_part")
    denied = request.denied.strip() or w.access_denied_default
    paras.append(w.access_denied.format(denied=denied))
    for g in grounds:
        paras.append(f"- {cited(w.ground(g), g.citation)}")
    if request.explanation.strip():
        paras.append(request.explanation.strip())
    reviewable = [g for g in grounds if g.reviewable]
    final = [g for g in grounds if not g.reviewable and not g.state]
    if reviewable:
        paras.append(w.access_review.format(**_who_said(who), phone=phone))
        elements.append("review_rights")
    state = review_for(profile.license_state)
    if state is not None and (reviewable or any(g.state_review for g in grounds)):
        paras.append(w.state_review(state.state, state.paragraph).format(**_who_said(who), phone=phone))
        elements.append("state_review")
    # A state's ground against a parent's access to a minor's record (domain/state_minor_access): HIPAA
    # leaves it to state law (164.502(g)(3)(ii)), so HIPAA's review (164.524(a)(4)) is not the one to offer.
    state_cited = "; ".join(dict.fromkeys(g.citation for g in grounds if g.state))
    if state_cited:
        paras.append(w.access_state_ground.format(cited=state_cited))
        elements.append("state_ground_basis")
    if final:
        paras.append(w.access_unreviewable.format(names="; ".join(g.citation for g in final)))
        elements.append("unreviewable_statement")
    paras.append(w.access_summary)
    if held_elsewhere.strip():
        paras.append(w.access_held_elsewhere.format(holder=held_elsewhere.strip()))
        elements.append("held_elsewhere")
    paras.append(complaint)
    return _letter(profile, w, "access-denial", w.access_title, day, client_name, tuple(paras),
                   _signature(profile, w), tuple(elements))


# The answer to someone not recorded in the chart who asked for a client's records and is not their
# personal representative (the "not_representative" ground). Not access_denial: that letter is the
# individual's (164.524(d) addresses the individual: review rights, complaints), and sent to this
# person it would confirm the treatment relationship (found by a walker: "Dear <client>, we are denying
# access…" to a client who never asked). So: to the requester by name, neither confirming nor denying
# that the person named is a client, and what a release needs (164.502(g), 164.514(h), 164.508).
NOT_REPRESENTATIVE_CITATION = "45 CFR 164.502(g), 164.508, 164.514(h), 164.524(a)(1)"


def not_representative_reply(
    profile: PracticeProfile, request: ClientRequest, requester_name: str, day: date, *,
    basis: tuple[str, str] | None = None, language: str = DEFAULT_LETTERS_IN,
) -> Letter:
    """`basis`: the rule that refused the requester on the day received, as (general words,
    citation) (domain/refused_requester), stated in writing in place of the missing documentation."""
    w = words_for(language)
    if request.kind not in w.refused_asked:
        raise InvalidInput(f"{request.label} is not an access, amendment or accounting request.")
    who, phone = _contact(profile, w)
    paras: tuple[str, ...] = (
        w.refused_received.format(day=_day(profile, request.received_on, w), asked=w.refused_asked[request.kind]),
        w.refused_release,
        w.refused_no_documents.format(**_who_said(who), phone=phone),
    )
    if request.kind != "access":  # the right asked for, and whose it is (domain/refused_requester.RIGHTS)
        paras = (*paras[:2], w.refused_right.format(right=RIGHTS[request.kind]), *paras[2:])
    if basis is not None:
        said = w.basis(basis[0])
        paras = (*paras[:-1], w.refused_basis.format(basis=f"{said[:1].lower()}{said[1:]}", citation=basis[1],
                                                     **_who_said(who), phone=phone))
    return _letter(profile, w, "access-not-representative", w.refused_title, day, w.addressee(requester_name),
                   paras, _signature(profile, w), ("received_date", "neither_confirm_nor_deny", "release_conditions",
                                                   "how_to_send_documentation" if basis is None else "basis"))


def amendment_denial(profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *,
                     regarding: str = "", language: str = DEFAULT_LETTERS_IN) -> Letter:
    if request.kind != "amendment":
        raise InvalidInput(f"{request.label} is not an amendment request.")
    w = words_for(language)
    grounds = grounds_for("amendment", request.grounds)
    who, phone = _contact(profile, w)
    paras = [
        w.denial_received.format(day=_day(profile, request.received_on, w), records=_records(regarding, w)),
        *[f"- {cited(w.ground(g), g.citation)}" for g in grounds],
    ]
    if request.explanation.strip():
        paras.append(request.explanation.strip())
    paras += [w.denial_disagree.format(**_who_said(who), phone=phone), w.denial_include, _complaint(profile, w)]
    return _letter(profile, w,
        "amendment-denial", w.denial_title, day, client_name, tuple(paras),
        _signature(profile, w),
        ("received_date", "basis", "disagreement_rights", "include_with_future_disclosures",
         "complaint_practice", "complaint_hhs"),
    )


@dataclass(frozen=True)
class AmendedNote:
    """A note an accepted amendment was made on, as the letter names it: its kind and day, never its text."""

    day: date
    kind: str = "progress note"


def _amended_words(profile: PracticeProfile, amended: Sequence[AmendedNote], w: LetterWords) -> str:
    """"the progress note of January 2, 2024", "the progress notes of December 5, 2023 and
    January 2, 2024": each kind once, its days in order (164.526(c)(1): identify the records)."""
    by_kind: dict[str, list[date]] = {}
    for n in amended:
        by_kind.setdefault(n.kind, []).append(n.day)
    return w.amended_join.join(w.amended(kind, [_day(profile, d, w) for d in sorted(set(days))])
                               for kind, days in by_kind.items())


def amendment_accepted(profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *,
                       regarding: str = "", amended: Sequence[AmendedNote] = (),
                       language: str = DEFAULT_LETTERS_IN) -> Letter:
    """164.526(c)(2): the client is told the amendment is accepted; (c)(1): the letter names the
    records it was made on and that it is appended to them and linked (found by two walkers: it
    said only "amended the records concerned")."""
    w = words_for(language)
    which = _amended_words(profile, amended, w) if amended else w.records_concerned
    paras = (
        w.accepted_received.format(day=_day(profile, request.received_on, w), records=_records(regarding, w),
                                   which=which),
        w.accepted_linked(len(amended)),
        w.accepted_notify,
    )
    _contact(profile, w)
    return _letter(profile, w, "amendment-accepted", w.accepted_title, day, client_name, paras,
                   _signature(profile, w), ("received_date", "accepted", "amended_records", "linked", "notify_others"))


# The rebuttal's letter as kept with the request's letters (services/requests finds it by this).
REBUTTAL_KIND = "amendment-rebuttal"


def rebuttal_letter(profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *,
                    regarding: str = "", language: str = DEFAULT_LETTERS_IN) -> Letter:
    """164.526(d)(3): the copy of the rebuttal owed to whoever submitted the statement of
    disagreement (the request's maker: `client_name`, as the denial was addressed)."""
    if request.kind != "amendment":
        raise InvalidInput(f"{request.label} is not an amendment request.")
    if not request.rebuttal.strip():
        raise InvalidInput(f"{request.label} has no rebuttal.")
    w = words_for(language)
    who, phone = _contact(profile, w)
    received = (w.rebuttal_received_on.format(day=_day(profile, request.disagreement_on, w))
                if request.disagreement_on else w.rebuttal_received)
    paras = (
        w.rebuttal_copy.format(received=received, records=_records(regarding, w),
                               asked_on=_day(profile, request.received_on, w)),
        request.rebuttal.strip(),
        w.rebuttal_linked,
        w.questions.format(**_who_said(who), phone=phone),
    )
    return _letter(profile, w, REBUTTAL_KIND, w.rebuttal_title, day, client_name,
                   paras, _signature(profile, w),
                   ("received_date", "disagreement_date", "rebuttal", "linked_to_records", "contact"))


def extension_notice(profile: PracticeProfile, request: ClientRequest, client_name: str, *,
                     regarding: str = "", language: str = DEFAULT_LETTERS_IN) -> Letter:
    ext = request.extension
    if ext is None:
        raise InvalidInput(f"{request.label} has not been extended.")
    w = words_for(language)
    who, phone = _contact(profile, w)
    paras = (
        w.extension_received.format(day=_day(profile, request.received_on, w),
                                    what=w.extension_what[request.kind].format(records=_records(regarding, w)),
                                    reason=as_sentence(ext.reason)),
        w.extension_by.format(day=_day(profile, ext.new_due, w), citation=EXTENSION_CITATION[request.kind]),
        w.questions.format(**_who_said(who), phone=phone),
    )
    return _letter(profile, w, "extension-notice", w.extension_title, ext.notice_on,
                   client_name, paras, _signature(profile, w), ("received_date", "reason", "new_date"))


def review_decision(profile: PracticeProfile, request: ClientRequest, client_name: str, *, reviewer: str,
                    decision: str, day: date, explanation: str = "", regarding: str = "",
                    language: str = DEFAULT_LETTERS_IN) -> Letter:
    """164.524(d)(4): written notice of the reviewing official's determination."""
    w = words_for(language)
    outcome = w.review_outcome[decision]
    paras = [
        w.review_asked.format(records=_records(regarding, w), day=_day(profile, request.received_on, w),
                              reviewer=reviewer),
        outcome,
    ]
    if explanation.strip():
        paras.append(explanation.strip())
    paras.append(_complaint(profile, w))
    return _letter(profile, w, "review-decision", w.review_title, day, client_name, tuple(paras),
                   _signature(profile, w), ("reviewer", "decision", "complaint_practice", "complaint_hhs"))


__all__ = ["HHS_COMPLAINT", "REBUTTAL_KIND", "AmendedNote", "Letter", "access_denial", "amendment_accepted",
           "amendment_denial", "extension_notice", "kept", "letterhead", "not_representative_reply",
           "rebuttal_letter", "review_decision", "words_for"]
