"""The answer to someone not recorded in the chart who is not the client's personal representative.

Found by a walker: the denial on "not_representative" was 164.524(d)'s letter to the CLIENT ("Dear
Jordan Park, we received your request … We are denying access to the whole record", with review and
complaint paragraphs): sent to the client it says their own request was refused; sent to the requester
it confirms the person is a client. Now: to the requester by the name recorded, neither confirming nor
denying a treatment relationship, with what a release needs (45 CFR 164.502(g), 164.514(h), 164.508)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import InvalidInput
from vault_app.domain.letters import access_denial, not_representative_reply
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest
from vault_app.services import requests
from vault_app.services.vault import Vault

PROFILE = PracticeProfile(practice_name="Lee Counseling", clinician_name="Jordan Lee", credentials="LCSW",
                          address="1 Main St", phone="555-0100")
REQ = ClientRequest("R1", "c1", "access", date(2026, 12, 1), by_representative=True, grounds=("not_representative",),
                    denied="the whole record", requester_name="Grace Park", requester_claim="parent")
CLIENT = "Jordan Park"


def _both() -> dict[str, str]:
    """Each letter's whole text: the reply to the requester, and 164.524(d)'s letter to the client."""
    return {"reply": not_representative_reply(PROFILE, REQ, "Grace Park", date(2026, 12, 6)).text(),
            "client_letter": access_denial(PROFILE, REQ, CLIENT, date(2026, 12, 6)).text()}


# (what, in the reply, in the client's letter): table-driven both sides.
@pytest.mark.parametrize(("words", "in_reply", "in_client_letter"), [
    ("Dear Grace Park,", True, False),
    (f"Dear {CLIENT},", False, True),
    (CLIENT, False, True),  # the reply never names the client
    ("neither confirm nor deny", True, False),
    ("164.502(g)", True, True),
    ("164.514(h)", True, False),
    ("164.508", True, False),
    ("written authorization", True, False),
    ("We are denying access", False, True),  # the individual's denial, not the requester's
    ("your records", False, True),
    ("ask that this denial be reviewed", False, False),  # the ground is not reviewable
    ("Secretary of the U.S. Department of Health", False, True),  # complaints: the individual's
    ("summary or an explanation", False, True),
    ("555-0100", True, True),  # where to send the documentation
])
def test_the_reply_and_the_clients_letter(words: str, in_reply: bool, in_client_letter: bool) -> None:
    texts = _both()
    assert (words in texts["reply"]) is in_reply
    assert (words in texts["client_letter"]) is in_client_letter


def test_the_reply_has_its_elements_and_no_review_or_complaint() -> None:
    letter = not_representative_reply(PROFILE, REQ, "Grace Park", date(2026, 12, 6))
    assert letter.to == "Grace Park" and letter.kind == "access-not-representative"
    assert set(letter.elements) == {"received_date", "neither_confirm_nor_deny", "release_conditions",
                                    "how_to_send_documentation"}
    assert not {"review_rights", "complaint_practice", "complaint_hhs"} & set(letter.elements)


def test_with_no_name_recorded_it_is_to_no_one_by_name() -> None:
    # A request recorded before the name was kept as data: its words are in the description only.
    assert not_representative_reply(PROFILE, REQ, " ", date(2026, 12, 6)).to == "Sir or Madam"


def test_only_a_request_of_an_individuals_right() -> None:
    # Amendment and accounting are answered too since request add --refused took them (req7): only a
    # kind that is no such right is refused.
    with pytest.raises(InvalidInput):
        not_representative_reply(PROFILE, ClientRequest("R2", "c1", "restriction", date(2026, 12, 1)), "X",
                                 date(2026, 12, 6))


def test_denied_on_that_ground_the_letter_goes_to_the_requester(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth="1990-05-01")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1),
                             requester_name="Grace Park", requester_claim="parent")
    kept = requests.get_request(vault, q.id)
    assert (kept.by_representative, kept.requester_name, kept.requester_claim) == (True, "Grace Park", "parent")
    assert kept.description == ""  # no English sentence frozen into the details
    denied, letter = requests.deny_request(vault, q.id, grounds=["not_representative"], denied="all")
    assert denied.status == "denied"
    assert letter.to == "Grace Park" and "Alex Testclient" not in letter.text()
    assert "neither confirm nor deny" in letter.text()
    kept_letters = requests.letters(vault, q.id)
    assert len(kept_letters) == 1 and "Dear Grace Park," in str(kept_letters[0]["body"])


def test_another_ground_still_writes_the_clients_letter(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1),
                             requester_name="Grace Park", requester_claim="adult_guardian")
    _denied, letter = requests.deny_request(vault, q.id, grounds=["representative_harm"], denied="all")
    assert letter.kind == "access-denial"


def test_an_unknown_claim_is_refused(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    with pytest.raises(InvalidInput):
        requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1),
                             requester_name="Grace Park", requester_claim="uncle")
