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

Each letter lists the element ids it contains so tests and reviewers can check them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from vault_app.domain.document_dates import document_day, letter_date_line
from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.refused_requester import RIGHTS
from vault_app.domain.requests import ClientRequest, grounds_for
from vault_app.domain.state_denial_review import review_for

HHS_COMPLAINT = (
    "the Secretary of the U.S. Department of Health and Human Services, Office for Civil Rights, "
    "200 Independence Avenue, S.W., Washington, D.C. 20201; telephone 1-800-368-1019 (TDD 1-800-537-7697); "
    "online at www.hhs.gov/ocr/complaints"
)
WHAT = {"access": "access to {records}", "amendment": "an amendment of {records}",
        "accounting": "an accounting of disclosures of {records}"}
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

    @property
    def letterhead(self) -> tuple[str, ...]:
        return letterhead(self.signature, self.practice_name)

    @property
    def date_line(self) -> str:
        # An English letter: its month in English words, in the practice's order.
        return letter_date_line(self.day, self.locale)

    def text(self) -> str:
        parts = [self.title, "", self.date_line, "", f"Dear {self.to},", ""]
        for paragraph in self.paragraphs:
            parts += [paragraph, ""]
        parts += ["Sincerely,", "", *self.signature]
        return "\n".join(parts)


def _letter(profile: PracticeProfile, *parts: Any) -> Letter:
    """A letter in the practice's conventions (its date line and dates follow profile.locale)."""
    return replace(Letter(*parts), locale=profile.locale, practice_name=profile.practice_name)


# A signature's license and NPI line (PracticeProfile.license_line): who signs, not where from.
# The state is optional and two letters; the number is as typed, spaces and all ("LMFT 123456",
# as California writes it, printed the line until round 39).
_LICENSE = r"(?:[A-Z]{2} )?license \S.*"
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


def _day(profile: PracticeProfile, value: date) -> str:
    # In words, as the date line (document_dates "long"): 03/02/2027 reads two ways in English.
    return document_day("request_letter", value, profile.locale)


def _records(regarding: str) -> str:
    """Whose records: the addressee's own, or, to the personal representative who made the
    request (164.502(g)), the client's by name."""
    return f"the records of {regarding}" if regarding.strip() else "your records"


def _contact(profile: PracticeProfile) -> tuple[str, str]:
    """(who, phone) for complaints: a name or title and a phone number are both required."""
    practice = profile.practice_name.strip() or profile.clinician_name.strip()
    if not practice or not profile.phone.strip():
        raise InvalidInput(
            "Letters must say how to reach the practice: set the practice or clinician name and a phone number first.",
            hint="Fill them in under Vault > Settings… > About you and the practice (or: vault-app practice update "
                 "--practice-name … --phone …).",
            code="letter.practice_contact_missing",
        )
    who = profile.privacy_contact.strip() or profile.clinician_name.strip() or "the Privacy Officer"
    return f"{who}, {practice}", profile.phone.strip()


def _signature(profile: PracticeProfile) -> tuple[str, ...]:
    lines = [profile.signed_name]
    if profile.license_line:
        lines.append(profile.license_line)
    # Without a clinician's name the signed name already is the practice's: not twice
    if profile.practice_name and profile.clinician_name.strip():
        lines.append(profile.practice_name)
    lines += [line for line in profile.address.splitlines() if line.strip()]
    if profile.phone:
        lines.append(f"Telephone {profile.phone}")
    return tuple(lines)


def _complaint(profile: PracticeProfile) -> str:
    who, phone = _contact(profile)
    address = " ".join(profile.address.split())
    at = f" ({address})" if address else ""
    return (
        f"If you believe your privacy rights have been violated, you may complain to us: contact {who}{at}, "
        f"telephone {phone}. You may also complain to {HHS_COMPLAINT}. "
        "We will not retaliate against you for filing a complaint."
    )


def access_denial(
    profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *, held_elsewhere: str = "",
    regarding: str = "",
) -> Letter:
    if request.kind != "access":
        raise InvalidInput(f"{request.label} is not an access request.")
    grounds = grounds_for("access", request.grounds)
    complaint = _complaint(profile)
    who, phone = _contact(profile)
    paras = [
        f"On {_day(profile, request.received_on)} we received your request for access to {_records(regarding)}. "
        "This letter explains our decision, as the HIPAA Privacy Rule (45 CFR 164.524) requires."
    ]
    elements = ["received_date", "basis", "complaint_practice", "complaint_hhs"]
    if request.granted.strip():
        paras.append(f"We are giving you access to: {request.granted.strip()}.")
        elements.append("granted_part")
    denied = request.denied.strip() or "the information described in your request"
    paras.append(f"We are denying access to: {denied}. The reason:")
    for g in grounds:
        paras.append(f"- {g.text} ({g.citation})")
    if request.explanation.strip():
        paras.append(request.explanation.strip())
    reviewable = [g for g in grounds if g.reviewable]
    final = [g for g in grounds if not g.reviewable and not g.state]
    if reviewable:
        paras.append(
            "Your right to a review: you may ask that this denial be reviewed by a licensed health care professional, "
            "chosen by us, who did not take part in the original decision. To ask for a review, write to "
            f"{who} (telephone {phone}). We will promptly refer your request, and we will abide by the "
            "reviewer's decision and tell you the result in writing."
        )
        elements.append("review_rights")
    state = review_for(profile.license_state)
    if state is not None and (reviewable or any(g.state_review for g in grounds)):
        paras.append(state.paragraph.format(who=who, phone=phone))
        elements.append("state_review")
    # A state's ground against a parent's access to a minor's record (domain/state_minor_access): HIPAA
    # leaves it to state law (164.502(g)(3)(ii)), so HIPAA's review (164.524(a)(4)) is not the one to offer.
    state_cited = "; ".join(dict.fromkeys(g.citation for g in grounds if g.state))
    if state_cited:
        paras.append(f"The part of this denial based on {state_cited} is made under the law of the state where we "
                     "practice, which decides a parent's or guardian's access to a minor's records (45 CFR "
                     "164.502(g)(3)(ii)); the review under 45 CFR 164.524(a)(4) does not apply to it.")
        elements.append("state_ground_basis")
    if final:
        names = "; ".join(g.citation for g in final)
        paras.append(
            f"The part of this denial based on {names} cannot be reviewed: the HIPAA Privacy Rule makes it a ground "
            "of denial that is not reviewable (45 CFR 164.524(a)(1)-(2))."
        )
        elements.append("unreviewable_statement")
    paras.append(
        "You may ask us for a summary or an explanation of the information you can have, instead of or in "
        "addition to a copy."
    )
    if held_elsewhere.strip():
        paras.append(f"We do not keep some of what you asked for. It is held by: {held_elsewhere.strip()}; "
                     "you may send your request there.")
        elements.append("held_elsewhere")
    paras.append(complaint)
    return _letter(profile, "access-denial", "Denial of your request for access", day, client_name, tuple(paras),
                  _signature(profile), tuple(elements))


# The answer to someone not recorded in the chart who asked for a client's records and is not their
# personal representative (the "not_representative" ground). Not access_denial: that letter is the
# individual's (164.524(d) addresses the individual: review rights, complaints), and sent to this
# person it would confirm the treatment relationship (found by a walker: "Dear <client>, we are denying
# access…" to a client who never asked). So: to the requester by name, neither confirming nor denying
# that the person named is a client, and what a release needs (164.502(g), 164.514(h), 164.508).
NOT_REPRESENTATIVE_CITATION = "45 CFR 164.502(g), 164.508, 164.514(h), 164.524(a)(1)"


# A refused requester's request, by kind (domain/refused_requester.RIGHTS): what they asked, in the letter's words.
_REFUSED_ASKED: dict[str, str] = {
    "access": "for health information about",
    "amendment": "to amend health information about",
    "accounting": "for an accounting of disclosures of health information about",
}


def not_representative_reply(
    profile: PracticeProfile, request: ClientRequest, requester_name: str, day: date, *,
    basis: tuple[str, str] | None = None,
) -> Letter:
    """`basis`: the rule that refused the requester on the day received, as (general words,
    citation) (domain/refused_requester), stated in writing in place of the missing documentation."""
    if request.kind not in _REFUSED_ASKED:
        raise InvalidInput(f"{request.label} is not an access, amendment or accounting request.")
    who, phone = _contact(profile)
    asked, right = _REFUSED_ASKED[request.kind], RIGHTS[request.kind]
    paras: tuple[str, ...] = (
        f"On {_day(profile, request.received_on)} we received your request {asked} the person you named. We can "
        "neither confirm nor deny that this person is, or has been, a client of this practice.",
        "We release health information only to the person it is about; to their personal representative, with "
        "documentation of that person's authority to act for them, such as a court order or a health care power "
        "of attorney (45 CFR 164.502(g), 164.514(h)); or with the written authorization of the person it is about "
        "(45 CFR 164.508).",
        "Your request did not include that documentation or authorization, so we cannot act on it. If you have "
        f"it, you may send it to {who} (telephone {phone}), and we will consider a new request.",
    )
    if request.kind != "access":  # the right asked for, and whose it is (domain/refused_requester.RIGHTS)
        paras = (*paras[:2], f"That right is the person's own, exercised for them only by their personal "
                             f"representative ({right}, 45 CFR 164.502(g)(1)).", *paras[2:])
    if basis is not None:
        paras = (*paras[:-1],
                 # The rule in general words, said as one of the rules, not as this person's case: "for
                 # that reason" after "the minor did" confirmed the treatment (found by a walker).
                 f"Among the rules on who may act for another person: {basis[0][:1].lower()}{basis[0][1:]} "
                 f"({basis[1]}). This letter does not say whether that rule, or any other, applies to the person you "
                 "named. We cannot act on your request. If you have documentation of your authority to act for that "
                 f"person, you may send it to {who} (telephone {phone}).")
    to = requester_name.strip() or "Sir or Madam"
    return _letter(profile, "access-not-representative", "Your request for health information", day, to, paras,
                   _signature(profile), ("received_date", "neither_confirm_nor_deny", "release_conditions",
                                         "how_to_send_documentation" if basis is None else "basis"))


def amendment_denial(profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *,
                     regarding: str = "") -> Letter:
    if request.kind != "amendment":
        raise InvalidInput(f"{request.label} is not an amendment request.")
    grounds = grounds_for("amendment", request.grounds)
    who, phone = _contact(profile)
    paras = [
        f"On {_day(profile, request.received_on)} we received your request to amend {_records(regarding)}. "
        "After review we are denying it (45 CFR 164.526). The reason:",
        *[f"- {g.text} ({g.citation})" for g in grounds],
    ]
    if request.explanation.strip():
        paras.append(request.explanation.strip())
    paras += [
        "Your right to disagree: you may send us a written statement disagreeing with this denial and the "
        f"reasons for your disagreement. Send it to {who} (telephone {phone}). We may prepare a written rebuttal; "
        "if we do, we will give you a copy. Your statement, this letter and any rebuttal will be linked to the "
        "records concerned and included with any future disclosure of them.",
        "If you do not send a statement of disagreement, you may ask that your request for amendment and this "
        "denial be included with any future disclosures of the information concerned.",
        _complaint(profile),
    ]
    return _letter(profile,
        "amendment-denial", "Denial of your request for amendment", day, client_name, tuple(paras),
        _signature(profile),
        ("received_date", "basis", "disagreement_rights", "include_with_future_disclosures",
         "complaint_practice", "complaint_hhs"),
    )


@dataclass(frozen=True)
class AmendedNote:
    """A note an accepted amendment was made on, as the letter names it: its kind and day, never its text."""

    day: date
    kind: str = "progress note"


def _amended_words(profile: PracticeProfile, amended: Sequence[AmendedNote]) -> str:
    """"the progress note of January 2, 2024", "the progress notes of December 5, 2023 and
    January 2, 2024": each kind once, its days in order (164.526(c)(1): identify the records)."""
    by_kind: dict[str, list[date]] = {}
    for n in amended:
        by_kind.setdefault(n.kind, []).append(n.day)
    parts = []
    for kind, days in by_kind.items():
        said = [_day(profile, d) for d in sorted(set(days))]
        listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
        parts.append(f"the {kind}{'' if len(said) == 1 else 's'} of {listed}")
    return "; ".join(parts)


def amendment_accepted(profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *,
                       regarding: str = "", amended: Sequence[AmendedNote] = ()) -> Letter:
    """164.526(c)(2): the client is told the amendment is accepted; (c)(1): the letter names the
    records it was made on and that it is appended to them and linked (found by two walkers: it
    said only "amended the records concerned")."""
    which = _amended_words(profile, amended) if amended else "the records concerned"
    paras = (
        f"On {_day(profile, request.received_on)} we received your request to amend {_records(regarding)}. "
        f"We have accepted it and amended {which}.",
        f"Your amendment is appended to {'this note' if len(amended) == 1 else 'each of these notes'} and linked "
        "to it: the note as first written is kept, and the amendment stands with it in the record "
        "(45 CFR 164.526(c)(1)).",
        "Please tell us the people or organizations you want us to notify of the amendment. We will also notify "
        "those we know have received the information and may have relied on it.",
    )
    _contact(profile)
    return _letter(profile, "amendment-accepted", "Your request for amendment was accepted", day, client_name, paras,
                  _signature(profile), ("received_date", "accepted", "amended_records", "linked", "notify_others"))


# The rebuttal's letter as kept with the request's letters (services/requests finds it by this).
REBUTTAL_KIND = "amendment-rebuttal"


def rebuttal_letter(profile: PracticeProfile, request: ClientRequest, client_name: str, day: date, *,
                    regarding: str = "") -> Letter:
    """164.526(d)(3): the copy of the rebuttal owed to whoever submitted the statement of
    disagreement (the request's maker: `client_name`, as the denial was addressed)."""
    if request.kind != "amendment":
        raise InvalidInput(f"{request.label} is not an amendment request.")
    if not request.rebuttal.strip():
        raise InvalidInput(f"{request.label} has no rebuttal.")
    who, phone = _contact(profile)
    received = f"On {_day(profile, request.disagreement_on)} we" if request.disagreement_on else "We"
    paras = (
        f"{received} received your statement disagreeing with our denial of your request to amend "
        f"{_records(regarding)} (request received {_day(profile, request.received_on)}). We have prepared a "
        "written rebuttal of your statement. As the HIPAA Privacy Rule requires (45 CFR 164.526(d)(3)), here is "
        "a copy of it:",
        request.rebuttal.strip(),
        "Your request, our denial, your statement of disagreement and this rebuttal are linked to the records "
        "concerned and will be included with any future disclosure of them (45 CFR 164.526(d)(4)-(5)).",
        f"If you have questions, contact {who}, telephone {phone}.",
    )
    return _letter(profile, REBUTTAL_KIND, "Our rebuttal of your statement of disagreement", day, client_name,
                   paras, _signature(profile),
                   ("received_date", "disagreement_date", "rebuttal", "linked_to_records", "contact"))


def extension_notice(profile: PracticeProfile, request: ClientRequest, client_name: str, *,
                     regarding: str = "") -> Letter:
    ext = request.extension
    if ext is None:
        raise InvalidInput(f"{request.label} has not been extended.")
    who, phone = _contact(profile)
    paras = (
        f"On {_day(profile, request.received_on)} we received your request for "
        f"{WHAT[request.kind].format(records=_records(regarding))}. "
        f"We need more time to act on it. The reason for the delay: {as_sentence(ext.reason)}",
        f"We will act on your request no later than {_day(profile, ext.new_due)}, as the HIPAA Privacy Rule "
        f"({EXTENSION_CITATION[request.kind]}) allows once.",
        f"If you have questions, contact {who}, telephone {phone}.",
    )
    return _letter(profile, "extension-notice", "We need more time to answer your request", ext.notice_on,
                   client_name, paras, _signature(profile), ("received_date", "reason", "new_date"))


def review_decision(profile: PracticeProfile, request: ClientRequest, client_name: str, *, reviewer: str,
                    decision: str, day: date, explanation: str = "", regarding: str = "") -> Letter:
    """164.524(d)(4): written notice of the reviewing official's determination."""
    outcome = {
        "upheld": "The reviewer upheld the denial: we will not give access to the information that was denied.",
        "reversed": "The reviewer reversed the denial: we will give you access to the information that was denied, "
                    "and we will contact you to arrange it.",
        "partly_reversed": "The reviewer reversed part of the denial: we will give you access to the part the "
                           "reviewer allowed, and we will contact you to arrange it.",
    }[decision]
    paras = [
        f"You asked that our denial of your request for access to {_records(regarding)} "
        f"(received {_day(profile, request.received_on)}) be "
        f"reviewed. The review was made by {reviewer}, a licensed health care professional who did not take part "
        "in the original decision (45 CFR 164.524(a)(4)).",
        outcome,
    ]
    if explanation.strip():
        paras.append(explanation.strip())
    paras.append(_complaint(profile))
    return _letter(profile, "review-decision", "The review of our denial of access", day, client_name, tuple(paras),
                  _signature(profile), ("reviewer", "decision", "complaint_practice", "complaint_hhs"))


__all__ = ["HHS_COMPLAINT", "REBUTTAL_KIND", "AmendedNote", "Letter", "access_denial", "amendment_accepted",
           "amendment_denial",
           "extension_notice", "letterhead", "not_representative_reply", "rebuttal_letter", "review_decision"]
