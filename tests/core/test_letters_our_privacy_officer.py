"""The English letters name the practice's privacy contact as the Spanish ones do: "our Privacy
Officer" ("nuestro Oficial de Privacidad"), never the bare title ("contact Privacy Officer, …"), in
every letter that names it (the request letters' complaint, review and disagreement paragraphs, the
rebuttal's, the extension's and the notice of closure's questions); a name the therapist typed goes as typed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from vault_app.domain import closure_notice as rules
from vault_app.domain.deadlines import extend
from vault_app.domain.letters import Letter, access_denial, amendment_denial, extension_notice, rebuttal_letter
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest

PROFILE = PracticeProfile(clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                          address="1 Main St", phone="555-0100", privacy_contact="Privacy Officer")
DAY = date(2024, 3, 1)
ACCESS = ClientRequest("R1", "c1", "access", date(2024, 2, 1), status="denied", grounds=("endangerment",))
AMEND = ClientRequest("R2", "c1", "amendment", date(2024, 1, 10), status="denied",
                      grounds=("accurate_and_complete",), explanation="The note records what was said.")


def _letters(profile: PracticeProfile, language: str) -> dict[str, Letter]:
    opened = replace(ACCESS, status="open")
    late = replace(opened, extension=extend("access", opened.received_on, notice_on=date(2024, 2, 20),
                                            reason="the records are in storage"))
    details = rules.checked_details(date(2027, 1, 29), "Dr. Sam Rivera", "555-0199")
    return {
        "access denial": access_denial(profile, ACCESS, "Alex Client", DAY, language=language),
        "amendment denial": amendment_denial(profile, AMEND, "Alex Client", DAY, language=language),
        "rebuttal": rebuttal_letter(profile, replace(AMEND, rebuttal="The note stands as written."), "Alex Client",
                                    DAY, language=language),
        "extension": extension_notice(profile, late, "Alex Client", language=language),
        "closure notice": rules.closure_notice(profile, details, client_name="Alex Client",
                                               to=rules.Addressee(rules.TO_CLIENT), to_name="", address="",
                                               last=None, until=None, on=date(2026, 12, 7),
                                               language=language).letter,
    }


BARE = re.compile(r"(?<!our )(?<!the )Privacy Officer,")


@pytest.mark.parametrize("kind", ["access denial", "amendment denial", "rebuttal", "extension", "closure notice"])
@pytest.mark.parametrize(("case", "profile"), [
    ("the title kept by default", PROFILE),
    ("no contact, no clinician's name", replace(PROFILE, privacy_contact="", clinician_name="")),
])
def test_every_english_letter_says_our_privacy_officer(kind: str, case: str, profile: PracticeProfile) -> None:
    english = " ".join(_letters(profile, "en")[kind].text().split())
    spanish = " ".join(_letters(profile, "es")[kind].text().split())
    assert "our Privacy Officer, Lee Counseling" in english, (case, english)
    assert not BARE.search(english) and "the Privacy Officer" not in english, (case, english)
    assert "nuestro Oficial de Privacidad, Lee Counseling" in spanish, (case, spanish)


@pytest.mark.parametrize("kind", ["access denial", "closure notice"])
def test_a_contact_typed_goes_as_typed(kind: str) -> None:
    english = " ".join(_letters(replace(PROFILE, privacy_contact="Pat Doe"), "en")[kind].text().split())
    assert "Pat Doe, Lee Counseling" in english and "our Pat Doe" not in english and "Privacy Officer" not in english
