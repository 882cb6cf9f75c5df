"""The provider's Tax ID and NPI, which a health plan needs on a superbill (found last round in
the real app: the practice settings could not hold a Tax ID, so no superbill printed one).
Table-driven rules (domain/practice.py), then a real vault: the profile, the CLI, the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.core.disclosure_fixtures import PASSWORD, pdf_text
from tests.core.payable_practice import diagnosed, payable
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.domain.practice import NPI_CITATION, TAX_ID_CITATION, check_npi, check_tax_id, tax_id_label
from vault_app.services import appointments, billing, clients, practice, superbill
from vault_app.services.vault import Vault
from vault_app.storage import settings_store


@pytest.mark.parametrize(("typed", "stored"), [
    ("12-3456789", "12-3456789"),  # an EIN as the IRS writes it
    (" 12-3456789 ", "12-3456789"),
    ("1234", "XXX-XX-1234"),  # an SSN's last four, kept masked
    ("xxx-xx-1234", "XXX-XX-1234"),
    ("***-**-1234", "XXX-XX-1234"),
    ("", ""),  # none: optional
])
def test_a_tax_id_is_an_ein_or_an_ssn_s_last_four(typed: str, stored: str) -> None:
    assert check_tax_id(typed) == stored
    assert check_tax_id(stored) == stored  # saved again, unchanged


@pytest.mark.parametrize(("typed", "said"), [
    ("987-65-4320", "may be a full Social Security number"),  # never stored in full
    ("987654320", "may be a full Social Security number"),  # an EIN without its dash, or an SSN: not guessed
    ("98-765-4320", "may be a full Social Security number"),
    ("9-87654320", "may be a full Social Security number"),
    ("98-765432", "not a Tax ID this app can keep"),
    ("987", "not a Tax ID this app can keep"),
    ("AB-CDEFGHI", "not a Tax ID this app can keep"),
    ("XXX-XX-12345", "not a Tax ID this app can keep"),
])
def test_anything_else_is_refused_without_repeating_it(typed: str, said: str) -> None:
    with pytest.raises(InvalidInput, match=said) as refused:
        check_tax_id(typed)
    assert typed.strip() not in f"{refused.value.message} {refused.value.hint}"
    assert "NN-NNNNNNN" in refused.value.hint


@pytest.mark.parametrize(("typed", "stored"), [
    ("1234567893", "1234567893"),  # CMS's worked example: check digit 3 over 80840 + 123456789
    ("1234 567 893", "1234567893"),
    ("1234-567-893", "1234567893"),
    ("", ""),
])
def test_an_npi_passes_the_luhn_check_with_the_80840_prefix(typed: str, stored: str) -> None:
    assert check_npi(typed) == stored


@pytest.mark.parametrize("typed", ["1234567890", "123456789", "12345678931", "123456789X", "１２３４５６７８９３"])
def test_an_npi_that_fails_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="That NPI is not valid"):
        check_npi(typed)


def test_the_rules_cite_their_sources() -> None:
    assert "45 CFR 162.406" in NPI_CITATION and "80840" in NPI_CITATION
    assert "CMS-1500" in TAX_ID_CITATION and "26 CFR 301.6109-1" in TAX_ID_CITATION
    assert (tax_id_label("12-3456789"), tax_id_label("XXX-XX-1234")) == ("Tax ID (EIN)", "Tax ID (SSN)")


def test_a_full_ssn_is_never_stored(vault: Vault) -> None:
    practice.update(vault, clinician_name="Dr. Maren Oakes", tax_id="12-3456789")
    with pytest.raises(InvalidInput, match="full Social Security number") as refused:
        practice.update(vault, tax_id="987-65-4320")
    assert "4320" not in f"{refused.value.message} {refused.value.hint}"
    assert practice.load(vault).tax_id == "12-3456789"  # nothing changed
    assert practice.update(vault, tax_id="6789").tax_id == "XXX-XX-6789"
    stored = settings_store.read(vault.records, settings_store.PRACTICE_PROFILE)
    assert stored is not None and stored["tax_id"] == "XXX-XX-6789"
    assert practice.update(vault, phone="555-0100").tax_id == "XXX-XX-6789"  # kept through other saves


@pytest.mark.parametrize(("tax_id", "printed"), [
    ("12-3456789", "Tax ID (EIN) 12-3456789"),
    ("4321", "Tax ID (SSN) XXX-XX-4321"),
])
def test_the_superbill_prints_the_npi_and_the_tax_id(vault: Vault, tmp_path: Path, tax_id: str,
                                                      printed: str) -> None:
    practice.update(vault, clinician_name="Dr. Maren Oakes", credentials="PhD", npi="1234 567 893", tax_id=tax_id)
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    diagnosed(vault, client.client_id)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    (appt,) = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00")
    appointments.attend(vault, appt.appointment_id)
    superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb.pdf",
                    password=PASSWORD)
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "Clinician Dr. Maren Oakes, PhD NPI 1234567893 " + printed in text


def test_practice_update_sets_them(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                   tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    done = cli(capsys, monkeypatch, "practice", "update", "--vault", folder, "--clinician-name", "Jordan Lee",
               "--npi", "1234567893", "--tax-id", "12-3456789")
    assert done.code == 0, done.err
    refused = cli(capsys, monkeypatch, "practice", "update", "--vault", folder, "--tax-id", "987654320")
    assert refused.code == ExitCode.USAGE and "full Social Security number" in refused.err
    assert "987654320" not in refused.err
    refused = cli(capsys, monkeypatch, "practice", "update", "--vault", folder, "--npi", "1234567890")
    assert refused.code == ExitCode.USAGE and "That NPI is not valid" in refused.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", folder, "--json").json()
    assert (shown["npi"], shown["tax_id"]) == ("1234567893", "12-3456789")
    text = cli(capsys, monkeypatch, "practice", "show", "--vault", folder).out
    assert "Tax id" in text and "12-3456789" in text
