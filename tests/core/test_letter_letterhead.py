"""The top of a request letter's PDF (Save a letter as PDF…): the practice's name and address,
as a letterhead is; it was "NPI 1234567893" alone (thirtieth round's walk of the real app). With
no practice name or address set, the signer's name, never a license or NPI line on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from vault_app.domain.letters import letterhead
from vault_app.services import practice, requests
from vault_app.services.vault import Vault, open_vault

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


def _in_order(top: str, *lines: str) -> None:
    at = [top.find(line) for line in lines]
    assert -1 not in at and at == sorted(at), (lines, top)


# Found last round: the command line's --letter-out letter began with the signer ("Jordan Lee,
# LCSW"), the window's with the practice and no signer at all. One letterhead for both now:
# the practice's name, address and telephone, then who signs.
HEAD = ("Lee Counseling", "1 Main St", "Springfield, IL 62701", "Telephone 555-0100", "Jordan Lee, LCSW")


def test_the_window_s_letterhead_is_the_practice_then_the_signer(vault: Vault, tmp_path: Path) -> None:
    top = _top(vault, tmp_path, address="1 Main St\nSpringfield, IL 62701")
    _in_order(top, *HEAD)
    assert top.startswith("Lee Counseling"), top


def test_the_command_line_letter_has_the_window_s_letterhead(vault: Vault, tmp_path: Path) -> None:
    """`request deny --letter-out` run as the user runs it (a process of its own), its PDF read
    back; then the same kept letter saved as the window saves it: the same head."""
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, npi=NPI, license_number="12345", license_state="TX",
                    address="1 Main St\nSpringfield, IL 62701")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    folder = vault.folder
    vault.lock()
    (tmp_path / "pw.txt").write_text(fx.PASSWORD + "\n")
    out = tmp_path / "cli-letter.pdf"
    done = cli_in_process("request", "deny", "--vault", str(folder), q.id, "--ground", "harm_to_other_person",
                          "--denied", "the notes naming the brother", "--letter-out", str(out),
                          "--pdf-password-file", str(tmp_path / "pw.txt"))
    assert done.code == 0, done.err
    text = fx.pdf_text(out)[0]
    cli_top = text[:text.index("Denial of your request for access")]
    _in_order(cli_top, *HEAD)
    assert cli_top.startswith("Lee Counseling"), cli_top
    assert NPI not in cli_top, cli_top
    with open_vault(folder, PASSPHRASE) as again:
        (kept,) = requests.letters(again, q.id)
        saved = requests.save_kept_letter_pdf(again, q.id, str(kept["letter_id"]), tmp_path / "app-letter.pdf",
                                              password=fx.PASSWORD)
    app_text = fx.pdf_text(saved)[0]
    assert app_text[:app_text.index("Denial of your request for access")] == cli_top


@pytest.mark.parametrize(("signature", "practice_name", "head"), [
    (("Jordan Lee, LCSW", "TX license 12345, NPI 1234567893", "Lee Counseling", "1 Main St", "Telephone 555-0100"),
     "Lee Counseling", ("Lee Counseling", "1 Main St", "Telephone 555-0100", "Jordan Lee, LCSW")),
    # No clinician's name: the signer is the practice, once
    (("Lee Counseling", "NPI 1234567893", "1 Main St"), "Lee Counseling", ("Lee Counseling", "1 Main St")),
    # No practice name: the signer heads it
    (("Jordan Lee, LCSW", "TX license 12345", "1 Main St"), "", ("Jordan Lee, LCSW", "1 Main St")),
    # The practice renamed since the letter was sent: the letter as sent, its signer first
    (("Jordan Lee", "Old Name", "1 Main St"), "New Name", ("Jordan Lee", "Old Name", "1 Main St")),
    ((), "Lee Counseling", ()),
    # A license number written with a space, as California writes it ("LMFT 123456"): the line stayed in
    # the letterhead, second under the practice's name (walker wspanish, round 39)
    (("Lucía Ramírez, LMFT", "CA license LMFT 123456, NPI 1234567893", "Consultorio Ramírez", "1 Main St"),
     "Consultorio Ramírez", ("Consultorio Ramírez", "1 Main St", "Lucía Ramírez, LMFT")),
    (("Lucía Ramírez, LMFT", "CA license LMFT 123456", "1 Main St"), "",
     ("Lucía Ramírez, LMFT", "1 Main St")),
    # An address line that says "license" is no license line
    (("Jordan Lee", "12 License Plaza, Suite 4", "Telephone 555-0100"), "",
     ("Jordan Lee", "12 License Plaza, Suite 4", "Telephone 555-0100")),
], ids=["practice then signer", "practice signs", "no practice", "renamed", "empty", "spaced license and NPI",
        "spaced license", "address saying license"])
def test_letterhead_from_a_signature(signature: tuple[str, ...], practice_name: str, head: tuple[str, ...]) -> None:
    assert letterhead(signature, practice_name) == head
