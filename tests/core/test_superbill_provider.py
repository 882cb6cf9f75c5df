"""A superbill is refused, with the way forward, while the practice's NPI, Tax ID or address is not
set: a health plan cannot pay from it (domain/superbill_provider, CMS-1500 items 24J/33a, 25, 33).
Found by a walker: a superbill issued with none of the three, without a word. Table-driven both
sides, then the service and the real CLI on a real vault; a statement needs none of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.superbill_provider import missing_for_superbill, missing_words
from vault_app.services import billing, clients, practice, sessions
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

NPI, TIN, ADDRESS = "1234567893", "12-3456789", "12 Elm St, Springfield"
PASSWORD = "reimburse-me-2026"


@pytest.mark.parametrize(("npi", "tin", "address", "missing"), [
    (NPI, TIN, ADDRESS, ()),
    ("", TIN, ADDRESS, ("npi",)),
    (NPI, "", ADDRESS, ("tax_id",)),
    (NPI, TIN, "  ", ("address",)),
    ("", "", "", ("npi", "tax_id", "address")),
])
def test_what_a_superbill_needs(npi: str, tin: str, address: str, missing: tuple[str, ...]) -> None:
    assert missing_for_superbill(PracticeProfile(npi=npi, tax_id=tin, address=address)) == missing


@pytest.mark.parametrize(("missing", "words"), [
    (("npi",), "NPI"), (("npi", "tax_id"), "NPI and Tax ID"), (("npi", "tax_id", "address"), "NPI, Tax ID and address"),
])
def test_missing_words(missing: tuple[str, ...], words: str) -> None:
    assert missing_words(missing) == words


@pytest.fixture
def client_id(vault: Vault) -> str:
    practice.update(vault, clinician_name="Dr. Maren Oakes", practice_name="Oakes Therapy")
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=55, icd10_codes=["F43.23"])
    return client.client_id


def test_a_superbill_is_refused_until_the_practice_details_are_set(vault: Vault, client_id: str,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "superbill.pdf"
    with pytest.raises(InvalidInput) as err:
        superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)
    assert err.value.code == "superbill.provider_missing"
    assert "Not set: NPI, Tax ID and address." in err.value.message
    assert "Settings" in (err.value.hint or "") and "--npi" in (err.value.hint or "")
    assert not out.exists()
    # A statement, the client's own bill, is made without them.
    superbills.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                     out=tmp_path / "statement.pdf", password=PASSWORD)
    practice.update(vault, npi=NPI, tax_id=TIN)
    with pytest.raises(InvalidInput, match=r"Not set: address\."):
        superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)
    practice.update(vault, address=ADDRESS)
    issued = superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)
    assert issued.path == out and out.exists()


def test_the_cli_refuses_with_the_way_forward(vault: Vault, vault_dir: Path, client_id: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", PASSWORD)
    out = tmp_path / "superbill.pdf"
    code = run(["superbill", "TE-3", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out),
                "--vault", str(vault_dir)])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists()
    assert "Not set: NPI, Tax ID and address." in err and "practice update" in err, err
