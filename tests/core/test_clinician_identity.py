"""Issue 17 item 6, who the therapist is: the NPI check digit (table-driven, CMS rule), the
clinician's name, credentials, license and NPI stored in the records compartment, printed on
letters and destruction certificates instead of "the vault owner", and shown/set by the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.domain.letters import access_denial
from vault_app.domain.practice import (
    NPI_CITATION,
    PracticeProfile,
    check_clinician,
    luhn_valid,
    normalize_npi,
    npi_valid,
)
from vault_app.domain.requests import ClientRequest
from vault_app.services import destruction, practice
from vault_app.services.vault import Vault

# (citation, NPI, valid). 1234567893 is CMS's own worked example in the check-digit paper;
# the others change one thing about it.
NPI_ROWS = [
    ("CMS example", "1234567893", True),
    ("CMS rule: check digit wrong", "1234567890", False),
    ("CMS rule: check digit wrong", "1234567894", False),
    ("CMS rule: two digits swapped", "1234567983", False),
    ("CMS rule: 10 digits", "123456789", False),
    ("CMS rule: 10 digits", "12345678930", False),
    ("CMS rule: digits only", "123456789X", False),
    ("CMS rule: ASCII digits only", "١٢٣٤٥٦٧٨٩٣", False),
    ("CMS rule: empty", "", False),
]


@pytest.mark.parametrize(("citation", "npi", "valid"), NPI_ROWS)
def test_npi_check_digit(citation: str, npi: str, valid: bool) -> None:
    assert "80840" in NPI_CITATION and "CMS" in NPI_CITATION
    assert npi_valid(npi) is valid, citation


def test_npi_is_luhn_over_the_80840_prefix() -> None:
    # The same number, checked the long way: the 15-digit card-style number passes Luhn,
    # the bare 10 digits need not (the prefix changes the sum by a constant 24).
    assert luhn_valid("808401234567893")
    assert not luhn_valid("1234567893")
    assert luhn_valid("79927398713")  # ISO/IEC 7812 textbook example
    assert not luhn_valid("79927398710")


@pytest.mark.parametrize(("typed", "stored"), [("1234 567 893", "1234567893"), ("1234-567-893", "1234567893")])
def test_npi_typed_in_groups(typed: str, stored: str) -> None:
    assert normalize_npi(typed) == stored


# (what, fields, refused message fragment or "" when accepted)
CLINICIAN_ROWS = [
    ("all set", {"name": "Jordan Lee", "npi": "1234567893", "license_state": "TX", "license_number": "12345"}, ""),
    ("NPI optional", {"name": "Jordan Lee", "npi": "", "license_state": "", "license_number": ""}, ""),
    ("name required", {"name": "  ", "npi": "", "license_state": "", "license_number": ""}, "Type your name"),
    ("bad NPI", {"name": "J", "npi": "1234567890", "license_state": "", "license_number": ""}, "NPI is not valid"),
    ("unknown state", {"name": "J", "npi": "", "license_state": "XX", "license_number": "1"}, "US state"),
    ("state without number", {"name": "J", "npi": "", "license_state": "TX", "license_number": ""},
     "license number"),
]


@pytest.mark.parametrize(("what", "values", "refused"), CLINICIAN_ROWS)
def test_clinician_checks(what: str, values: dict[str, str], refused: str) -> None:
    if refused:
        with pytest.raises(InvalidInput, match=refused):
            check_clinician(**values)
    else:
        check_clinician(**values)


def test_profile_is_stored_encrypted_and_read_back(vault: Vault, vault_dir: Path) -> None:
    practice.set_clinician(vault, name="Jordan Lee", credentials="LCSW", license_number="LC-98765",
                           license_state="tx", npi="1234 567 893")
    profile = practice.load(vault)
    assert (profile.clinician_name, profile.license_state, profile.npi) == ("Jordan Lee", "TX", "1234567893")
    with pytest.raises(InvalidInput):
        practice.set_clinician(vault, name="Jordan Lee", npi="1234567890")
    assert practice.load(vault).npi == "1234567893", "a refused change loses nothing"
    for path in vault_dir.iterdir():
        if path.is_file():
            assert b"LC-98765" not in path.read_bytes(), f"{path.name} holds the license number in plaintext"


def test_letters_sign_with_name_credentials_license_and_npi() -> None:
    profile = PracticeProfile(clinician_name="Jordan Lee", credentials="LCSW", license_number="LC-98765",
                              license_state="TX", npi="1234567893", practice_name="Lee Counseling",
                              phone="555-0100")
    request = ClientRequest("R1", "c1", "access", date(2024, 2, 1), status="denied",
                            denied="psychotherapy notes", grounds=("psychotherapy_notes",))
    letter = access_denial(profile, request, "Alex Client", date(2024, 3, 1))
    assert letter.signature[:2] == ("Jordan Lee, LCSW", "TX license LC-98765, NPI 1234567893")
    assert "vault owner" not in letter.text()


def test_letters_without_a_name_never_say_vault_owner() -> None:
    profile = PracticeProfile(practice_name="Lee Counseling", phone="555-0100")
    assert "vault owner" not in profile.performer
    assert profile.performer == "Lee Counseling"


def test_destruction_certificate_names_the_licensed_clinician(psy_vault: Vault) -> None:
    practice.set_clinician(psy_vault, name="Jordan Lee", credentials="LCSW", license_number="LC-98765",
                           license_state="TX", npi="1234567893")
    chart = seed_chart(psy_vault, "N", last_contact=date(2010, 1, 2))
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert["performed_by"] == "Jordan Lee, LCSW (TX license LC-98765, NPI 1234567893)"
    assert "vault owner" not in str(cert)


def test_cli_practice_shows_and_sets_license_and_npi(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    ok = cli(capsys, monkeypatch, "practice", "update", "--vault", str(folder), "--clinician-name", "Jordan Lee",
             "--license-number", "LC-98765", "--license-state", "TX", "--npi", "1234567893")
    assert ok.code == 0, ok.err
    bad = cli(capsys, monkeypatch, "practice", "update", "--vault", str(folder), "--npi", "1234567890")
    assert bad.code == ExitCode.USAGE and "NPI is not valid" in bad.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", str(folder), "--json").json()
    assert (shown["npi"], shown["license_state"], shown["license_number"]) == ("1234567893", "TX", "LC-98765")
    text = cli(capsys, monkeypatch, "practice", "show", "--vault", str(folder)).out
    assert "1234567893" in text and "LC-98765" in text
