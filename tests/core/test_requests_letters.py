"""The letters contain every element 164.524(d)(2) and 164.526(d)(1) require."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vault_app.domain.deadlines import extend
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.letters import access_denial, amendment_accepted, amendment_denial, extension_notice
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest, grounds_for

PROFILE = PracticeProfile(
    clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
    address="1 Main St\nSpringfield, IL 62701", phone="555-0100", privacy_contact="Privacy Officer",
)
DAY = date(2024, 3, 1)
HHS = ("Secretary of the U.S. Department of Health and Human Services", "Office for Civil Rights",
       "200 Independence Avenue, S.W., Washington, D.C. 20201", "1-800-368-1019", "www.hhs.gov/ocr/complaints")


def _access(**changes: object) -> ClientRequest:
    base = ClientRequest("R1", "c1", "access", date(2024, 2, 1), status="partially_granted",
                         granted="progress notes 2023-2024", denied="psychotherapy notes",
                         grounds=("psychotherapy_notes",))
    return replace(base, **changes)  # type: ignore[arg-type]


def _assert_complaint(text: str) -> None:
    assert "our Privacy Officer, Lee Counseling" in text  # name or title of the contact
    assert "555-0100" in text  # phone
    for fragment in HHS:
        assert fragment in text


def test_psychotherapy_notes_denial_is_unreviewable_and_complete() -> None:
    letter = access_denial(PROFILE, _access(), "Alex Client", DAY)
    text = letter.text()
    assert "February 1, 2024" in text  # the request, its month in words as the date line
    assert "psychotherapy notes, which the law excepts from the right of access" in text  # the basis
    assert "45 CFR 164.524(a)(1)(i)" in text
    assert "cannot be reviewed" in text
    assert "licensed health care professional, chosen by us" not in text  # no review rights for this ground
    assert "We are giving you access to: progress notes 2023-2024." in text  # the rest is released
    _assert_complaint(text)
    assert "Dear Alex Client," in text
    assert "Jordan Lee, LCSW" in text
    assert {"basis", "unreviewable_statement", "complaint_practice", "complaint_hhs", "granted_part"} <= set(
        letter.elements
    )


def test_reviewable_denial_explains_how_to_ask_for_review() -> None:
    letter = access_denial(PROFILE, _access(grounds=("endangerment",), granted=""), "Alex Client", DAY)
    text = letter.text()
    assert "endanger the life or physical safety" in text
    assert "reviewed by a licensed health care professional" in text
    assert "did not take part in the original decision" in text
    assert "write to our Privacy Officer, Lee Counseling (telephone 555-0100)" in text
    assert "review_rights" in letter.elements and "unreviewable_statement" not in letter.elements
    _assert_complaint(text)


def test_mixed_grounds_say_which_part_is_reviewable() -> None:
    text = access_denial(PROFILE, _access(grounds=("psychotherapy_notes", "harm_to_other_person")), "A", DAY).text()
    assert "reviewed by a licensed health care professional" in text
    assert "based on 45 CFR 164.524(a)(1)(i) cannot be reviewed" in text


def test_information_held_elsewhere_is_named() -> None:
    letter = access_denial(PROFILE, _access(), "A", DAY, held_elsewhere="County Hospital records office")
    assert "County Hospital records office" in letter.text()


def test_amendment_denial_has_every_element() -> None:
    req = ClientRequest("R2", "c1", "amendment", date(2024, 1, 10), status="denied",
                        grounds=("accurate_and_complete",), explanation="The note records what was said.")
    letter = amendment_denial(PROFILE, req, "Alex Client", DAY)
    text = letter.text()
    assert "January 10, 2024" in text
    assert "The information is accurate and complete (45 CFR 164.526(a)(2)(iv))." in text  # inside (round 46)
    assert "send us a written statement disagreeing" in text
    assert "Send it to our Privacy Officer, Lee Counseling (telephone 555-0100)" in text
    assert "If you do not send a statement of disagreement, you may ask that your request" in text
    assert "included with any future disclosure" in text
    _assert_complaint(text)
    assert set(letter.elements) >= {"basis", "disagreement_rights", "include_with_future_disclosures",
                                    "complaint_practice", "complaint_hhs"}


def test_extension_notice_states_reason_and_new_date() -> None:
    req = _access(status="open")
    req = replace(req, extension=extend("access", req.received_on, notice_on=date(2024, 2, 20),
                                        reason="the records are in off-site storage"))
    text = extension_notice(PROFILE, req, "Alex Client").text()
    assert "the records are in off-site storage" in text
    assert "no later than April 1, 2024" in text  # 2024-03-02 + 30 days


def test_amendment_accepted_letter() -> None:
    req = ClientRequest("R3", "c1", "amendment", date(2024, 1, 10), status="granted")
    assert "accepted" in amendment_accepted(PROFILE, req, "A", DAY).text()


def test_the_signature_names_the_practice_once() -> None:
    """Found on the real app (seventeenth round): with no clinician's name set, the letter was
    signed "Oakes Therapy", then "Oakes Therapy" again, the practice standing in for the name."""
    req = ClientRequest("R3", "c1", "amendment", date(2024, 1, 10), status="granted")
    practice_only = replace(PROFILE, clinician_name="", credentials="")
    assert amendment_accepted(practice_only, req, "A", DAY).signature[:2] == (
        "Lee Counseling", "1 Main St")
    assert amendment_accepted(PROFILE, req, "A", DAY).signature[:3] == (
        "Jordan Lee, LCSW", "Lee Counseling", "1 Main St")


def test_letters_refuse_without_practice_phone() -> None:
    with pytest.raises(InvalidInput, match="phone number"):
        access_denial(replace(PROFILE, phone=""), _access(), "A", DAY)


def test_grounds_are_validated() -> None:
    with pytest.raises(InvalidInput, match="Unknown ground"):
        grounds_for("access", ["because"])
    with pytest.raises(InvalidInput, match="at least one ground"):
        grounds_for("amendment", [])
    with pytest.raises(RefusedByPolicy, match="cannot be denied"):
        grounds_for("accounting", ["x"])


# (kind, the paragraph allowing the one extension with its written notice) — found by a walker: the
# accounting's letter cited 164.528(c)(2)(ii), the fee paragraph, which has no (ii).
EXTENSION_ROWS = [
    ("access", "45 CFR 164.524(b)(2)(ii)"),
    ("amendment", "45 CFR 164.526(b)(2)(ii)"),
    ("accounting", "45 CFR 164.528(c)(1)(ii)"),
]


@pytest.mark.parametrize(("kind", "citation"), EXTENSION_ROWS, ids=[r[0] for r in EXTENSION_ROWS])
def test_extension_notice_cites_the_extension_paragraph(kind: str, citation: str) -> None:
    req = ClientRequest("R9", "c1", kind, date(2026, 3, 10))
    req = replace(req, extension=extend(kind, req.received_on, notice_on=date(2026, 3, 20), reason="x."))
    text = extension_notice(PROFILE, req, "Alex Client").text()
    assert f"({citation})" in text
    assert "164.528(c)(2)" not in text
