"""A superbill is refused, naming the codes and the way forward, while a service it would list has
no fee set: every line or only some (domain/superbill_fees, CMS-1500 items 24F and 28). Found by a
walker: a superbill issued with every line "no fee set" and a total of $0.00, without a word.
Table-driven both sides, then the service and the real CLI on a real vault; a statement is made."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.domain.billing import Charge
from vault_app.domain.errors import InvalidInput
from vault_app.domain.superbill_fees import every_service_unpriced, unpriced_services
from vault_app.services import billing, clients, practice, sessions
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

PASSWORD = "reimburse-me-2026"
DAY = date(2026, 3, 2)


def _charge(kind: str, code: str, priced: bool) -> Charge:
    return Charge(DAY, kind, f"{kind}-{code}", code, 18000 if priced else 0, priced=priced)


@pytest.mark.parametrize(("charges", "unpriced", "every"), [
    ((), (), False),
    ((_charge("session", "90837", True),), (), False),
    ((_charge("session", "90837", True), _charge("addon", "90785", True)), (), False),
    # A missed-appointment fee is no service: neither refused nor counted as a priced one.
    ((_charge("session", "90837", True), _charge("no_show", "", True)), (), False),
    ((_charge("session", "90837", False), _charge("no_show", "", True)), ("90837",), True),
    # "No charge" is priced at nothing: issued.
    ((Charge(DAY, "session", "s", "90834", 0, priced=True),), (), False),
    ((_charge("session", "90837", False),), ("90837",), True),
    ((_charge("session", "90837", False), _charge("session", "90837", False)), ("90837",), True),
    ((_charge("session", "90837", True), _charge("addon", "90785", False)), ("90785",), False),
    ((_charge("session", "90834", False), _charge("addon", "90785", False), _charge("session", "90837", True)),
     ("90785", "90834"), False),
])
def test_which_services_have_no_fee(charges: tuple[Charge, ...], unpriced: tuple[str, ...], every: bool) -> None:
    assert unpriced_services(charges) == unpriced
    assert every_service_unpriced(charges) is every


@pytest.fixture
def client_id(vault: Vault) -> str:
    practice.update(vault, clinician_name="Dr. Maren Oakes", practice_name="Oakes Therapy", npi="1234567893",
                    tax_id="12-3456789", address="12 Elm St, Springfield")
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=55, icd10_codes=["F43.23"])
    sessions.add_session(vault, client.client_id, date="2026-03-09", duration_minutes=45, cpt_code="90834",
                         addon_codes=["90785"], icd10_codes=["F43.23"])
    return client.client_id


def test_a_superbill_is_refused_while_a_service_has_no_fee(vault: Vault, client_id: str, tmp_path: Path) -> None:
    out = tmp_path / "superbill.pdf"
    before = len(vault.ledger.entries())
    with pytest.raises(InvalidInput) as err:  # every line unpriced: the walker's $0.00 superbill
        superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)
    assert err.value.code == "superbill.unpriced" and err.value.params == {"codes": "90785, 90834, 90837"}
    assert "every service on it: 90785, 90834, 90837." in err.value.message
    assert "Fee schedule" in (err.value.hint or "") and "vault-app fee schedule" in (err.value.hint or "")
    assert not out.exists()
    assert len(vault.ledger.entries()) == before  # refused before anything is written
    billing.set_scheduled_fee(vault, "90837", "180.00")
    billing.set_scheduled_fee(vault, "90834", "150.00")
    with pytest.raises(InvalidInput) as err:  # some lines unpriced: the total would understate the charges
        superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)
    assert "some of its services: 90785." in err.value.message and not out.exists()
    # Dates whose services all have a fee: issued.
    issued = superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-05", out=out, password=PASSWORD)
    assert issued.charged_cents == 18000 and issued.unpriced == () and out.exists()
    # A statement, the client's own bill, is made as it is (the line reads "no fee set").
    statement = superbills.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                                 out=tmp_path / "statement.pdf", password=PASSWORD)
    assert statement.unpriced == ("90785",)
    billing.set_scheduled_fee(vault, "90785", "25.00")
    issued = superbills.issue(vault, client_id, first="2026-03-06", last="2026-03-31", out=tmp_path / "sb2.pdf",
                              password=PASSWORD)
    assert issued.charged_cents == 17500


def test_the_cli_refuses_naming_the_codes(vault: Vault, vault_dir: Path, client_id: str, tmp_path: Path,
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
    assert "no fee is set for every service on it: 90785, 90834, 90837." in err and "fee schedule" in err, err
