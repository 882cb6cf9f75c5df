"""The reply to a refused requester states the rule it rests on in general words and still neither
confirms nor denies that the person named is a client. Found by a walker: to the mother of a minor
who consented to her own care it said "We can neither confirm nor deny that this person is … a
client" and then "Where the law lets a minor consent to their own care and the minor did, … For that
reason we cannot act", which as good as says the child is in treatment here. And `request add
--refused` / `request show` printed the rule's citation twice. Pure domain, each rule table-driven;
the record's words on a real vault in tests/core/test_refused_requester.py."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.letters import not_representative_reply
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.refused_requester import BASES, answer, explanation, legal_citation
from vault_app.domain.representatives import RULES, RepRefusal
from vault_app.domain.requests import ClientRequest
from vault_app.domain.who_acts import DATE_RULES

PROFILE = PracticeProfile(practice_name="Lee Counseling", clinician_name="Jordan Lee", credentials="LCSW",
                          address="1 Main St", phone="555-0100")
REQ = ClientRequest("R1", "c1", "access", date(2026, 12, 1), by_representative=True, grounds=("not_representative",),
                    requester_name="Grace Park", requester_claim="parent")
BY_CODE = {r.code: (r.citation, r.message) for r in (*RULES, *DATE_RULES)}

# Words that say a fact of this person's case (a client, their consent, their age, a record of them)
# rather than the rule: none may be in the reply.
CONFIRMING = ("the minor did", "For that reason", "as documented to this practice", "has agreed", "your child",
              "the client", "our client", "consented to their own care", "in treatment", "was received")


def _reply(code: str) -> str:
    found = answer(RepRefusal(code, BY_CODE[code][0], BY_CODE[code][1], "hint"))
    assert found is not None
    return not_representative_reply(PROFILE, REQ, "Grace Park", date(2026, 12, 6),
                                    basis=(found.basis, legal_citation(found.citation))).text()


@pytest.mark.parametrize("code", sorted(BASES))
@pytest.mark.parametrize("words", CONFIRMING)
def test_no_rules_letter_confirms_the_person_is_a_client(code: str, words: str) -> None:
    assert words.lower() not in _reply(code).lower()


@pytest.mark.parametrize("code", sorted(BASES))
def test_each_rules_letter_keeps_neither_confirm_nor_deny_and_the_rule(code: str) -> None:
    body = _reply(code)
    assert "neither confirm nor deny" in body and BASES[code][1:] in body
    assert f"({legal_citation(BY_CODE[code][0])})" in body
    assert "practice setting" not in body  # the practice's own setting is no law for the requester


@pytest.mark.parametrize("code", sorted(BASES))
def test_the_records_basis_cites_its_rule_once(code: str) -> None:
    citation, message = BY_CODE[code]
    said = explanation(RepRefusal(code, citation, message.format(
        who="Elena Lopez", day="12/06/2026", action="request records", age=15, majority=18, consent=12), "h"))
    assert said.count(legal_citation(citation)) == 1, said


def test_a_rule_whose_words_lack_their_citation_gets_it_appended() -> None:
    said = explanation(RepRefusal("declined", "45 CFR 164.502(g)(5)", "They may not act.", "h"))
    assert said == "They may not act (45 CFR 164.502(g)(5))."  # inside the sentence (round 46)
