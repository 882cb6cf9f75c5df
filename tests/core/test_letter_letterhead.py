"""The top of a request letter's PDF (Save a letter as PDF…): the practice's name and address,
as a letterhead is; it was "NPI 1234567893" alone (thirtieth round's walk of the real app). With
no practice name or address set, the signer's name, never a license or NPI line on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.services import practice, requests
from vault_app.services.vault import Vault

NPI = "1234567893"


def _top(vault: Vault, tmp_path: Path, **profile: str) -> str:
    """The text of the saved letter before its title."""
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, npi=NPI, license_number="12345", license_state="TX", **profile)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted="the other notes")
    (kept,) = requests.letters(vault, q.id)
    out = requests.save_kept_letter_pdf(vault, q.id, str(kept["letter_id"]), tmp_path / "letter.pdf",
                                        password=fx.PASSWORD)
    text = fx.pdf_text(out)[0]
    title = requests.kept_letter(vault, q.id, str(kept["letter_id"])).title
    return text[:text.index(title)]


@pytest.mark.parametrize(("profile", "shown", "not_shown"), [
    ({"practice_name": "Lee Counseling", "address": "1 Main St\nSpringfield, IL 62701"},
     ["Lee Counseling", "1 Main St", "Springfield, IL 62701"], [NPI, "license"]),
    # No clinician's name: the signed name is the practice's, said once
    ({"clinician_name": "", "credentials": "", "practice_name": "Lee Counseling", "address": "1 Main St"},
     ["Lee Counseling", "1 Main St"], [NPI]),
    # Neither name nor address of a practice: the clinician, not a bare NPI
    ({"practice_name": "", "address": ""}, ["Jordan Lee"], [NPI, "license"]),
], ids=["name and address", "practice only", "nothing set"])
def test_the_letterhead_is_the_practice_s_name_and_address(vault: Vault, tmp_path: Path, profile: dict[str, str],
                                                           shown: list[str], not_shown: list[str]) -> None:
    top = _top(vault, tmp_path, **profile)
    for words in shown:
        assert words in top, top
    for words in not_shown:
        assert words not in top, top
    assert top.count("Lee Counseling") <= 1, top
