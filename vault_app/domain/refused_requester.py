"""A request for a client's records made by one the representative rules refuse on the day it
was received (the mother of a 15-year-old who consented to her own care, a parent after the
client's 18th birthday): recorded as hers and answered refused in one step, never as the client's
own request nor as one to grant.

Each refusal of domain/representatives.py and domain/who_acts.py that means "on that day this
person is not the client's personal representative for this care" maps to the whole-request
ground "not_representative" (45 CFR 164.502(g); the right of access is the individual's,
164.524(a)(1)): no part of the record is released, and the written answer is the requester's
(letters.not_representative_reply), stating its basis in general words that name the rule and
neither confirm nor deny that the person is a client. A refusal not in the table (a Part 2
consent's signer, say) is no answer to a request for records: the request stays refused at entry.

The same holds for a request to amend (164.526(a)(1)) or for an accounting of disclosures
(164.528(a)(1)): each right is "the individual's", and 164.502(g)(1) lets only their personal
representative exercise it for them (RIGHTS). An amendment so answered is no denial the client may
disagree with (164.526(d)): the client asked nothing.

Pure data and two functions: services/request_refused.py gathers the facts and records.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.cited import cited
from vault_app.domain.representatives import RULES, RepRefusal
from vault_app.domain.requests import ClientRequest
from vault_app.domain.who_acts import DATE_RULES

# The ground every refusal below is answered on (domain/requests.ACCESS_DENIAL_GROUNDS).
GROUND = "not_representative"


@dataclass(frozen=True)
class RefusedAnswer:
    rule: str  # the representative rule's code (domain/representatives.RULES, who_acts.DATE_RULES)
    ground: str
    citation: str  # the rule's own citation, as the refusal at entry gave it
    basis: str  # the letter's basis, to the requester, in general words (no fact of the chart)


# The request's kind -> the individual's right it would exercise (its citation), the one a refused
# requester is answered on having none of; a kind not here is never recorded refused.
RIGHTS: dict[str, str] = {
    "access": "45 CFR 164.524(a)(1)",
    "amendment": "45 CFR 164.526(a)(1)",
    "accounting": "45 CFR 164.528(a)(1)",
}


def right_of(kind: str) -> str | None:
    """The citation of the individual's right a request of `kind` exercises; None: no such right here."""
    return RIGHTS.get(kind)


# rule code -> the basis the requester's letter states (its citation is the rule's own). Each is the
# rule in general words, never a fact of the chart: the letter neither confirms nor denies that the
# person named is a client, and "where ... the minor did" consent to their own care, "as documented to
# this practice", told the parent that the child is in treatment here (found by a walker).
BASES: dict[str, str] = {
    "minor_consented_care": (
        "The law lets some minors consent to their own care; for such care their parents and guardians are not "
        "their personal representatives, and the minor alone exercises the right to the health information about it"),
    "confidential_care_agreement": (
        "Where a parent or guardian agrees to a confidential relationship between a provider and a minor, the "
        "parent or guardian is not the minor's personal representative for that care"),
    "parent_past_majority": (
        "A parent's or guardian's authority to act for a child ends when the child reaches the age of majority, "
        "unless a court order says otherwise; an adult exercises the right to their own health information"),
    "declined": (
        "The law lets a provider decline, in some circumstances, to treat a person as another's personal "
        "representative, and such a person may not exercise the other's right of access"),
    "not_yet_in_force": (
        "Authority to act for another person counts only from the day it begins; a request made before then is "
        "not one by a personal representative"),
    "authority_ended": (
        "Authority to act for another person ends when the guardianship, order or power that gives it ends; a "
        "request made after then is not one by a personal representative"),
    "limited_authority": (
        "A parent acts for a child only within the authority the law and any court order give them; where a custody "
        "order leaves decisions about the child's health care to another, that parent may not exercise the child's "
        "right to the health information unless the order or the law gives them access to it"),
    "authority_ended_at_death": (
        "A parent's, guardian's or health care agent's authority to act for a person ends at that person's death; "
        "after it, only the executor or administrator of the estate, or another person with authority under law to "
        "act for the deceased or the estate, is their personal representative"),
}


def rule_citation(code: str) -> str:
    """The law a rule of BASES cites (legal_citation of its own), by its code; "" for another code."""
    cited = {r.code: r.citation for r in RULES} | {r.code: r.citation for r in DATE_RULES}
    found = cited.get(code, "")
    return legal_citation(found) if code in BASES else ""


def legal_citation(citation: str) -> str:
    """The law a rule cites, without the practice's setting it reads ("45 CFR 164.502(g)(2)-(3); age of
    majority (practice setting)"): what a letter to the requester cites."""
    return citation.split(";")[0].strip()


def explanation(refusal: RepRefusal) -> str:
    """The record's basis: the rule's own words, with its citation once (its words mostly end with it;
    appended again, `request show` printed it twice)."""
    if legal_citation(refusal.citation) in refusal.message:
        return refusal.message
    return cited(refusal.message, refusal.citation)  # inside the sentence: "… act (45 CFR …)."


def reply_to(request: ClientRequest, representative_name: str = "") -> str:
    """Whom the not-representative reply is addressed to: the requester who asked, as the request
    records them: the recorded representative who made it (`representative_name`, theirs as the
    chart records them: the therapist recorded them as the one who asked), else the name the
    requester gave. Never the client, nor another person the chart names (a recorded parent who did
    not ask); "" (the letter says "Sir or Madam") when the request names no one. One rule for the
    request recorded refused and for one denied later on this ground (that reply said "Sir or Madam"
    to a recorded parent who had asked)."""
    if request.guardian_id:
        return representative_name.strip()
    return request.requester_name.strip()


def answer(refusal: RepRefusal | None) -> RefusedAnswer | None:
    """How a request refused at entry by `refusal` is answered when recorded as made and refused:
    None where the refusal is no answer to a request for records (or there is no refusal), and the
    request is not recorded as refused."""
    if refusal is None or refusal.code not in BASES:
        return None
    return RefusedAnswer(refusal.code, GROUND, refusal.citation, BASES[refusal.code])


__all__ = ["BASES", "GROUND", "RIGHTS", "RefusedAnswer", "answer", "explanation", "legal_citation", "reply_to",
           "right_of", "rule_citation"]
