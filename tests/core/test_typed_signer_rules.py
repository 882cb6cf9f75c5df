"""A personal representative typed in on an authorization (domain/typed_signer.py), table-driven:
each row cites the regulation's text it checks, the refused side and the allowed side. Found by
the legal review: the typed path asked no rule, so "Mom, parent" signed for a 30-year-old."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from vault_app.domain.typed_signer import (
    TYPED_RULES,
    foster_without_order,
    recorded_index,
    same_person,
    typed_signer_refusal,
    words_kind,
)
from vault_app.domain.who_acts import ClientFacts, Rep

ON = date(2026, 6, 1)
PARENT = Rep("Jane Roe, parent", "parent", name="Jane Roe")
GUARDIAN = Rep("Gail Roe, legal guardian", "legal_guardian", name="Gail Roe")
NO_SIGNING = Rep("Ned Roe, parent", "parent", may_authorize=False, name="Ned Roe")
DECLINED = Rep("Dan Roe, parent", "parent", declined=True, name="Dan Roe")
ENDED = Rep("Gail Roe, legal guardian", "legal_guardian", valid_until=date(2026, 1, 31), name="Gail Roe")
FUTURE = Rep("Fay Roe, legal guardian", "legal_guardian", valid_from=date(2026, 9, 1), name="Fay Roe")
DECLINED_LATER = Rep("Dan Roe, parent", "parent", valid_from=date(2026, 9, 1), declined=True, name="Dan Roe")
AGENT = Rep("Al Roe, health care agent", "health_care_agent", name="Al Roe")
DIED = date(2026, 5, 1)


@dataclass(frozen=True)
class Row:
    citation: str  # the text the row checks
    age: int | None  # on the signing day
    authority: str  # as typed on the form
    reps: tuple[Rep, ...] = ()
    refused: str | None = None  # the rule's code; None: allowed
    part2: bool = False
    consent: int = 14  # the practice's age of consent for treatment
    consented_by: str = "client"  # who consented to the minor's care, as the chart records it
    agreed: date | None = None  # a parent's confidentiality agreement about the care (164.502(g)(3)(i)(C))
    by_chart: bool = False  # the state's substance-use rule sets no age (domain/minor_consent_sud.py)
    died_on: date | None = None  # the client's recorded death (domain/decedent.py)


ROWS = (
    # 164.502(g)(2)-(3): a parent's authority ends at majority; an adult's representative has
    # "authority to act on behalf of an individual who is an adult ... in making decisions related
    # to health care" under applicable law.
    Row("164.502(g)(2)-(3)", 30, "parent", refused="typed_parent_of_adult"),
    Row("164.502(g)(2)-(3)", 18, "Mom", refused="typed_parent_of_adult"),
    Row("164.502(g)(2)-(3)", 25, "legal guardian", refused="typed_parent_of_adult"),
    Row("164.502(g)(2)-(3)", 40, "step-father", refused="typed_parent_of_adult"),
    Row("164.502(g)(2)-(3)", 30, "Madre", refused="typed_parent_of_adult"),
    Row("164.502(g)(2)-(3)", 30, "tutora legal", refused="typed_parent_of_adult"),
    Row("164.502(g)(2)", 30, "friend", refused="typed_adult_no_authority"),
    Row("164.502(g)(2)", 30, "personal representative", refused="typed_adult_no_authority"),
    Row("164.502(g)(2)", 30, "", refused="typed_adult_no_authority"),
    Row("164.502(g)(2); 164.508(c)(1)(vi)", 30, "health care agent"),
    Row("164.502(g)(2); 164.508(c)(1)(vi)", 30, "mother, durable power of attorney for health care"),
    Row("164.502(g)(2); 164.508(c)(1)(vi)", 70, "HCPOA"),
    Row("164.502(g)(2); 164.508(c)(1)(vi)", 70, "health-care proxy"),
    Row("164.502(g)(2); 164.508(c)(1)(vi)", 70, "apoderado (poder notarial)"),
    # 164.502(g)(4) applies "after an individual's death": an executor or administrator has no authority while the
    # client lives (the chart records no death on or before the signing day; found by the date of death's author).
    Row("164.502(g)(4)", 80, "executor of the estate", refused="typed_estate_client_living"),
    Row("164.502(g)(4)", 10, "administrator", refused="typed_estate_client_living"),
    Row("164.502(g)(4)", 45, "albacea", refused="typed_estate_client_living"),
    Row("164.502(g)(4)", None, "executrix", refused="typed_estate_client_living"),
    Row("164.502(g)(4)", 45, "executor of the estate", refused="typed_estate_client_living",
        died_on=date(2026, 6, 2)),  # the death recorded after the signing day: the client was alive
    Row("164.502(g)(4)", 45, "executor", died_on=ON),  # signed on the day of death, as a request received that day
    Row("164.502(g)(2)-(3)", 17, "parent", consent=18),  # a minor, no consent before 18: the parent signs
    # 164.502(g): the recorded representative is the one whose dates and authority are checked.
    Row("164.502(g)", 10, "parent", (PARENT,), "typed_on_file"),
    Row("164.502(g)", 10, "aunt", (GUARDIAN,), "typed_on_file"),
    Row("164.502(g)", 10, "mother", (NO_SIGNING,), "typed_on_file"),  # a custody order on file
    Row("164.502(g)", 30, "health care agent", (AGENT,), "typed_on_file"),
    Row("164.502(g)", 10, "parent", (ENDED,)),  # ended before the signing day: not on file
    Row("164.502(g)", 10, "parent", (FUTURE,)),  # not yet in force that day
    Row("164.502(g)", None, "parent", (PARENT,), "typed_on_file"),
    Row("164.502(g)(2)-(3)", 30, "health care agent", (PARENT,)),  # the parent is no representative of an adult
    # 164.502(g)(5): the therapist's election not to treat a person as the representative.
    Row("164.502(g)(5)", 10, "mother", (DECLINED,), "typed_declined"),
    Row("164.502(g)(5)", 10, "grandmother", (DECLINED,), "typed_declined"),
    Row("164.502(g)(5)", None, "parent", (DECLINED,), "typed_declined"),
    Row("164.502(g)(5)", 10, "parent", (DECLINED_LATER,)),  # declined for a later period only
    # 164.502(g)(3)(i): the minor who may consent exercises the rights for that care.
    Row("164.502(g)(3)(i)", 15, "parent", refused="typed_minor_consents"),
    Row("164.502(g)(3)(i)", 14, "legal guardian", refused="typed_minor_consents"),
    Row("164.502(g)(3)(i)", 13, "parent"),  # under the age of consent: the parent signs
    # 164.502(g)(3)(i)(A): a parent who consented to the care, or nothing recorded: the parent may sign.
    Row("164.502(g)(3)(i)(A)", 15, "parent", consented_by="guardian"),
    Row("164.502(g)(3)(i)(A)", 15, "parent", consented_by=""),
    Row("164.502(g)(3)", 10, "mother"),  # a young child, no one recorded: the ordinary case
    Row("164.502(g)(3)", 10, "aunt, in loco parentis"),
    # 42 CFR 2.14(a): where the minor may consent, only the minor signs a Part 2 consent.
    Row("42 CFR 2.14(a)", 16, "parent", refused="typed_minor_part2", part2=True),
    Row("42 CFR 2.14(b)", 10, "parent", part2=True),  # under the age of consent: the parent signs too
    # No age in the state's substance-use rule (N.Y. MHL 22.11): the chart's record of who consented decides.
    Row("42 CFR 2.14(a)", 16, "parent", refused="typed_minor_part2_alone", part2=True, by_chart=True),
    Row("42 CFR 2.14(a)", 12, "mother", refused="typed_minor_part2_alone", part2=True, by_chart=True),
    Row("42 CFR 2.14(b)", 16, "parent", part2=True, consented_by="guardian", by_chart=True),
    Row("42 CFR 2.14(b)", 16, "parent", part2=True, consented_by="", by_chart=True),
    Row("164.502(g)", None, "parent"),  # no date of birth: not known to be an adult
    # 164.502(g)(3)(i)(C): a parent agreed to a confidential relationship about the care, by the signing day.
    Row("164.502(g)(3)(i)(C)", 12, "mother", refused="typed_confidential_care", consented_by="guardian",
        agreed=date(2026, 3, 1)),
    Row("164.502(g)(3)(i)(C)", 16, "legal guardian", refused="typed_confidential_care", consented_by="guardian",
        agreed=ON),
    Row("164.502(g)(3)(i)(C)", 12, "mother", consented_by="guardian", agreed=date(2026, 7, 1)),  # agreed later
    Row("42 CFR 2.14(b)", 10, "parent", part2=True, consented_by="guardian", agreed=date(2026, 3, 1)),  # Part 2
    # 164.502(g)(4): after the recorded death only the executor or administrator signs; a typed parent or agent is
    # refused as a recorded one is. The day of death itself stands (no hour is recorded).
    Row("164.502(g)(4)", 10, "mother", refused="typed_ended_at_death", died_on=DIED),
    Row("164.502(g)(4)", 45, "health care agent", refused="typed_ended_at_death", died_on=DIED),
    Row("164.502(g)(4)", 45, "HCPOA", refused="typed_ended_at_death", died_on=DIED),
    Row("164.502(g)(4)", None, "parent", refused="typed_ended_at_death", died_on=DIED),
    Row("164.502(g)(2)-(3)", 45, "Mom", refused="typed_parent_of_adult", died_on=DIED),  # the earlier rule says it
    Row("164.502(g)(4)", 45, "executor of the estate", died_on=DIED),
    Row("164.502(g)(4)", 10, "administrator", died_on=DIED),
    Row("164.502(g)(4)", 70, "albacea", died_on=DIED),
    Row("164.502(g)(4)", 10, "mother", died_on=ON),  # signed on the day of death
    Row("164.502(g)(4)", 45, "health care agent", died_on=date(2026, 6, 2)),  # signed before it
    # 164.502(g)(3): a minor's representative has authority "under applicable law"; a foster parent generally has
    # none to sign for the child (the court, the agency or a legal guardian does, as the order says).
    Row("164.502(g)(3)", 10, "foster parent", refused="typed_foster_parent"),
    Row("164.502(g)(3)", 10, "Foster Mom", refused="typed_foster_parent", consent=18),
    Row("164.502(g)(3)", 13, "foster mother, legal guardian", refused="typed_foster_parent"),  # record the order
    Row("164.502(g)(3)", None, "foster father", refused="typed_foster_parent"),  # not known to be an adult
    Row("164.502(g)(3)", 8, "madre de acogida", refused="typed_foster_parent"),
    Row("164.502(g)(3)", 9, "resource parent (county placement)", refused="typed_foster_parent"),
    Row("164.502(g)(3)", 15, "padres de crianza", refused="typed_foster_parent", consented_by="guardian"),
    Row("164.502(g)(2)-(3)", 30, "foster mother", refused="typed_parent_of_adult"),  # an adult's rule says it
    Row("164.502(g)(3)", 10, "foster mother", (GUARDIAN,), "typed_on_file"),  # the recorded guardian signs
    # 164.508(c)(1)(vi): a description of the authority; for a minor, words that say none are asked about, as an
    # adult's are (typed_adult_no_authority).
    Row("164.508(c)(1)(vi)", 10, "personal representative", refused="typed_minor_vague"),
    Row("164.508(c)(1)(vi)", 16, "Personal Representative", refused="typed_minor_vague", consented_by="guardian"),
    Row("164.508(c)(1)(vi)", None, "representative", refused="typed_minor_vague"),
    Row("164.508(c)(1)(vi)", 12, "representante personal", refused="typed_minor_vague"),
    Row("164.508(c)(1)(vi)", 10, "caregiver", refused="typed_minor_vague"),
    Row("164.508(c)(1)(vi)", 10, "friend of the family", refused="typed_minor_vague"),
    Row("164.508(c)(1)(vi)", 10, "", refused="typed_minor_vague"),
    Row("164.508(c)(1)(vi)", 10, "personal representative (mother)"),  # the relationship said
    Row("164.508(c)(1)(vi)", 10, "personal representative, court order of 03/2026"),  # the basis said
    Row("164.508(c)(1)(vi)", 10, "aunt"),  # a relative, who may act in loco parentis
    Row("164.508(c)(1)(vi)", 12, "tía, representante"),
    Row("164.508(c)(1)(vi)", 10, "personal representative", (PARENT,), "typed_on_file"),  # the recorded one first
)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.citation}-{r.age}-{r.authority or 'blank'}-{r.refused}")
def test_a_typed_representative_by_the_rules(row: Row) -> None:
    client = ClientFacts(row.age, 18, row.consent, row.reps, care_consented_by=row.consented_by,
                         confidentiality_agreed_on=row.agreed, part2_by_chart=row.by_chart, died_on=row.died_on)
    found = typed_signer_refusal(client, row.authority, ON, part2=row.part2)
    if row.refused is None:
        assert found is None, found
        return
    assert found is not None and found.code == row.refused, found
    assert found.citation in found.message or found.citation.split(";")[0] in found.message
    assert found.hint, "every refusal says what to do"


def test_every_rule_has_a_refused_row_and_the_cited_texts_appear() -> None:
    assert {r.code for r in TYPED_RULES} == {row.refused for row in ROWS if row.refused}


def test_an_adults_refusal_says_how_to_record_the_authority() -> None:
    found = typed_signer_refusal(ClientFacts(30, 18, 14), "Mom, parent", ON)
    assert found is not None
    assert "The client was 30" in found.message and "health care power of attorney or a court guardianship" \
        in found.message
    assert "--guardian" in found.hint and "health_care_agent" in found.hint
    assert found.params == {"age": 30, "majority": 18, "consent": 14}


def test_the_representative_on_file_is_named() -> None:
    found = typed_signer_refusal(ClientFacts(10, 18, 14, (ENDED, GUARDIAN)), "aunt", ON)
    assert found is not None and "recorded for the day the form was signed: Gail Roe, legal guardian." \
        in found.message
    assert found.params["names"] == "Gail Roe"


@pytest.mark.parametrize(("authority", "kind"), [
    ("parent", "parental"), ("Mamá", "parental"), ("step mother", "parental"), ("court-appointed guardian", "parental"),
    ("health care agent", "agent"), ("mother (POA)", "agent"), ("agente de salud", "agent"),
    ("friend", "other"), ("parental", "other"), ("", "other"),
])
def test_what_the_typed_authority_says(authority: str, kind: str) -> None:
    assert words_kind(authority) == kind


def test_a_typed_name_is_the_recorded_persons_aside_case_accents_spacing() -> None:
    assert same_person("José  Roe", "jose roe") and not same_person("Jane Roe", "Jane") and not same_person("", "")
    assert recorded_index((ENDED, PARENT), " jane ROE ") == 1 and recorded_index((PARENT,), "Mom") is None


@pytest.mark.parametrize(("relationship", "may_authorize", "order", "refused"), [
    ("foster mother", True, None, True),  # taken as a parent, with nothing on file
    ("Foster Dad", True, "", True),
    ("madre de acogida", True, None, True),
    ("foster mother", True, "att-1", False),  # the court's order on file: its words decide
    ("foster mother", False, None, False),  # kept as the child's carer: neither signs nor has the records
    ("mother", True, None, False),
    ("", True, None, False),
])
def test_a_recorded_foster_parent_needs_the_order(relationship: str, may_authorize: bool, order: str | None,
                                                 refused: bool) -> None:
    """164.502(g)(3): as typed in, a foster parent recorded is not taken as a representative by default."""
    assert foster_without_order(relationship, may_authorize, order) is refused


def test_the_foster_parents_refusal_says_what_to_do() -> None:
    found = typed_signer_refusal(ClientFacts(10, 18, 14), "foster mother", ON)
    assert found is not None and "164.502(g)(3)" in found.message and "generally does not hold" in found.message
    assert "--custody-order" in found.hint and "legal_guardian" in found.hint
