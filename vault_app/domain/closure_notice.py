"""The notice of closure a retiring therapist gives each client: the practice closes on a day; the last
session; who keeps the records from then, and until when; how to ask for a copy; where to go on.

Found by a walker: discharging cancels the later appointments and says "Let the client know", but a
therapist closing a practice had no letter to give. Many state boards ask for notice to clients when a
practice closes (docs/closing-a-practice.md); HIPAA gives the content its rules:

- the right of access (45 CFR 164.524(a)(1)), answered within 30 days (164.524(b)(2)), for a reasonable,
  cost-based fee (164.524(c)(4)); the copy sent, on the client's written request, to a person the
  client names, such as a new clinician (164.524(c)(3)(ii));
- who receives it: the client, or the personal representative who acts for them (164.502(g)): a minor's
  parent or guardian where the rules of domain/who_acts say so (the one the authorization form proposes,
  never the parent of a minor who consented to their own care), and after the death the executor or
  administrator (164.502(g)(4), domain/decedent.py);
- until when: the day the chart's retention period ends (domain/retention.evaluate), counted from the
  last session if it is later than what the chart records: the notice says "at least until", since a
  discharge recorded later moves it on.

Pure functions, no storage; tests/core/test_closure_notice_rules.py reads the tables.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from vault_app.domain import decedent, who_acts
from vault_app.domain.appointments import Appointment
from vault_app.domain.closure_notice_words import ClosureWords, custodian_said
from vault_app.domain.errors import InvalidInput
from vault_app.domain.letter_words_en import CLOSURE_EN
from vault_app.domain.letter_words_es import CLOSURE_ES
from vault_app.domain.letters import Letter, _contact, _signature, _who_said, words_for
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.retention import ChartFacts, RetentionPolicy, evaluate

ACCESS_CITATION = "45 CFR 164.524(a)(1), (b)(2), (c)(4)"
NEW_CLINICIAN_CITATION = "45 CFR 164.524(c)(3)(ii)"
ADDRESSEE_CITATION = "45 CFR 164.502(g)"
KIND = "closure-notice"
LEDGER_KIND = "letter.closure_notice"

_CLOSURE: dict[str, ClosureWords] = {"en": CLOSURE_EN, "es": CLOSURE_ES}

# Who the notice is to, as the ledger keeps it (never a name): the client, a recorded representative
# (by the guardian's id beside it), or the estate of a client who died with no executor recorded.
TO_CLIENT, TO_REPRESENTATIVE, TO_ESTATE = "client", "representative", "estate"

# The most the therapist types, once for every letter.
NAME_MAX, CONTACT_MAX, REFERRALS_MAX = 200, 300, 2000


@dataclass(frozen=True)
class ClosureDetails:
    """What the therapist enters once for every client's notice."""

    closes_on: date
    custodian_name: str
    custodian_contact: str
    referrals: str = ""


def _invisible(text: str, *, lines: bool) -> bool:
    allowed = ("\n",) if lines else ()
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in allowed for ch in text)


def closure_words(language: str | None) -> ClosureWords:
    """The notice's words in `language` (English where the app has no letters in it)."""
    return _CLOSURE[words_for(language).language]


def checked_details(closes_on: date | None, custodian_name: str, custodian_contact: str,
                    referrals: str = "", *, on: date | None = None) -> ClosureDetails:
    """The details as the letters print them, or the sentence saying what is missing or wrong: the
    custodian's name and contact on one line each (a line break would split the sentence they stand
    in), the referrals on as many lines as typed; with `on` (the letters' day), a closing day before it,
    which the letter's "will close on" cannot say (a slip: 2025 typed for 2027)."""
    if closes_on is None:
        raise InvalidInput("Give the day the practice closes.", code="closure.no_day", field="closes_on")
    if on is not None and closes_on < on:
        raise InvalidInput("The day the practice closes is already past: the letter tells clients it will close.",
                           hint="Check the year.", code="closure.day_past", field="closes_on")
    if not custodian_name.strip():
        raise InvalidInput("Give the custodian's name: the letter tells clients who keeps their records.",
                           code="closure.custodian_name_missing", field="custodian_name")
    if not custodian_contact.strip():
        raise InvalidInput("Give the custodian's contact: the letter tells clients how to reach who keeps their "
                           "records.", code="closure.custodian_contact_missing", field="custodian_contact")
    fields = (("custodian's name", custodian_name, NAME_MAX, "custodian_name"),
              ("custodian's contact", custodian_contact, CONTACT_MAX, "custodian_contact"))
    for what, value, most, field in fields:
        if _invisible(value, lines=False):
            raise InvalidInput(f"The {what} holds a line break or an invisible character.",
                               hint="Type it on one line.", code="closure.one_line", params={"what": what},
                               field=field)
        if len(value.strip()) > most:
            raise InvalidInput(f"The {what} is {len(value.strip())} characters; the most is {most}.",
                               code="closure.too_long", params={"what": what, "length": len(value.strip()),
                                                                 "max": most}, field=field)
    said = referrals.replace("\r\n", "\n").strip()
    if _invisible(said, lines=True):
        raise InvalidInput("The referrals hold an invisible character.", hint="Type them again, or paste them as "
                           "plain text.", code="closure.referrals_invisible", field="referrals")
    if len(said) > REFERRALS_MAX:
        raise InvalidInput(f"The referrals are {len(said)} characters; the most is {REFERRALS_MAX}.",
                           code="closure.too_long", params={"what": "referrals", "length": len(said),
                                                             "max": REFERRALS_MAX}, field="referrals")
    return ClosureDetails(closes_on, " ".join(custodian_name.split()), " ".join(custodian_contact.split()), said)


@dataclass(frozen=True)
class LastSession:
    day: date
    upcoming: bool  # still to come on the day the letter is made: "is scheduled for"


def last_session(session_days: Iterable[date], appointments: Iterable[Appointment], closes_on: date,
                 on: date) -> LastSession | None:
    """The client's last session before the practice closes: the latest of the sessions held and of
    the appointments still scheduled from `on` to the closing day (a later one is not a session
    the practice will hold: booked_after says it); None when there is none."""
    held = [d for d in session_days if d <= closes_on]
    booked = [a.date for a in appointments if a.status == "scheduled" and on <= a.date <= closes_on]
    latest = max([*held, *booked], default=None)
    if latest is None:
        return None
    return LastSession(latest, latest >= on and latest in booked)


def booked_after(appointments: Iterable[Appointment], closes_on: date) -> int:
    """How many appointments are still scheduled after the practice closes: the therapist cancels them."""
    return sum(1 for a in appointments if a.status == "scheduled" and a.date > closes_on)


def kept_until(facts: ChartFacts, policy: RetentionPolicy, last: LastSession | None) -> date | None:
    """The day the chart's retention period ends (retention.evaluate), counted from the last session when
    it is later than the chart's last contact; None when no period can be computed."""
    if last is not None and (facts.last_contact is None or last.day > facts.last_contact):
        facts = replace(facts, last_contact=last.day)
    return evaluate(facts, policy).eligible_on


@dataclass(frozen=True)
class Addressee:
    to: str  # TO_CLIENT, TO_REPRESENTATIVE, TO_ESTATE
    representative: int | None = None  # the index of the representative in ClientFacts.representatives


def addressee(facts: who_acts.ClientFacts, on: date) -> Addressee:
    """Who receives the notice made on `on` (164.502(g)):

    - the client died by then (decedent.password_to's reading: a letter made on the day of the death is
      read after it): the recorded representative whose authority survives the death and who may
      receive a copy that day, the executor or administrator (164.502(g)(4)); none recorded, the estate;
    - a minor: the representative the authorization form proposes (who_acts.default_signer): under the
      age of consent the one in control; above it, who consented to the care decides, so a minor who
      consented to their own care, or whose parent agreed to confidentiality, is written to themself;
    - otherwise the client."""
    if facts.died_on is not None and on >= facts.died_on:
        for i, rep in enumerate(facts.representatives):
            survives = any(row.authority == rep.authority and row.survives for row in decedent.AT_DEATH)
            if survives and who_acts.representative_refusal(facts, rep, "receive_copy", on) is None:
                return Addressee(TO_REPRESENTATIVE, i)
        return Addressee(TO_ESTATE)
    found = who_acts.default_signer(facts, on)
    return Addressee(TO_CLIENT) if found is None else Addressee(TO_REPRESENTATIVE,
                                                                facts.representatives.index(found))


@dataclass(frozen=True)
class ClosureNotice:
    letter: Letter
    address: tuple[str, ...]  # the inside address, the envelope's: the addressee's name and address lines


def closure_notice(profile: PracticeProfile, details: ClosureDetails, *, client_name: str, to: Addressee,
                   to_name: str, address: str, last: LastSession | None, until: date | None, on: date,
                   language: str) -> ClosureNotice:
    """The notice to `to_name` (the client, or their representative: then about the client's records
    by name), in the client's letter language. Its elements name what it holds, for tests and reviewers."""
    w, c = words_for(language), _CLOSURE[words_for(language).language]
    who, phone = _contact(profile, w)
    day = w.date_line(details.closes_on, profile.locale)
    name = to_name.strip() if to.to == TO_REPRESENTATIVE else client_name.strip()
    if to.to == TO_ESTATE:
        name = c.estate_of.format(name=client_name.strip())
    records = w.your_records if to.to == TO_CLIENT else w.records_of.format(who=client_name.strip())
    practice = profile.practice_name.strip() or profile.signed_name
    paras = [c.closing.format(practice=practice, day=day)]
    elements = ["closing_date"]
    if last is not None:
        said = c.last_session_future if last.upcoming else c.last_session_past
        paras.append(said.format(day=w.date_line(last.day, profile.locale)))
        elements.append("last_session")
    custodian = custodian_said(details.custodian_name)  # "de la Dra. …" in Spanish (domain/spanish_titles)
    kept = dict(records=records, day=day, contact=details.custodian_contact, **custodian)
    if until is not None:
        paras.append(c.kept_by.format(until=w.date_line(until, profile.locale), **kept))
        elements += ["custodian", "kept_until"]
    else:
        paras.append(c.kept_by_no_date.format(**kept))
        elements.append("custodian")
    paras.append(c.access.format(records=records, contact=details.custodian_contact, citation=ACCESS_CITATION,
                                 **custodian))
    paras.append(c.new_clinician.format(citation=NEW_CLINICIAN_CITATION, **custodian))
    elements += ["right_of_access", "copy_to_new_clinician"]
    if details.referrals:
        paras += [c.referrals, details.referrals]
        elements.append("referrals")
    paras.append(c.questions.format(phone=phone, day=day, **_who_said(who)))
    elements.append("contact")
    letter = replace(Letter(KIND, c.title, on, name, tuple(paras), _signature(profile, w), tuple(elements)),
                     locale=profile.locale, practice_name=profile.practice_name, language=w.language)
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    return ClosureNotice(letter, (name, *lines))


__all__ = [
    "ACCESS_CITATION",
    "ADDRESSEE_CITATION",
    "CONTACT_MAX",
    "KIND",
    "LEDGER_KIND",
    "NAME_MAX",
    "NEW_CLINICIAN_CITATION",
    "REFERRALS_MAX",
    "TO_CLIENT",
    "TO_ESTATE",
    "TO_REPRESENTATIVE",
    "Addressee",
    "ClosureDetails",
    "ClosureNotice",
    "LastSession",
    "addressee",
    "booked_after",
    "checked_details",
    "closure_notice",
    "closure_words",
    "kept_until",
    "last_session",
]
