"""A superbill line carries the diagnosis in force on its date of service (domain/superbill_diagnosis),
and a superbill with a visit that has none is refused, naming the visit and where to add it. Found by
a walker: the visit marked attended before the plan had a diagnosis, the plan given F43.23 after,
and the superbill went out with the ICD-10 column "-" and nothing said. Table-driven both sides,
then the service on a real vault (the PDF read back) and the real CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.disclosure_fixtures import PASSWORD, pdf_text
from tests.core.payable_practice import payable
from vault_app.cli.main import run
from vault_app.domain.errors import InvalidInput
from vault_app.domain.superbill_diagnosis import (
    FROM_PLAN,
    FROM_SESSION,
    NONE,
    PLAN_STARTS_LATER,
    VisitDiagnosis,
    diagnosis_at,
)
from vault_app.services import billing, clients, plans, requests, sessions
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

VISIT = date(2026, 12, 6)


@pytest.mark.parametrize(("session_codes", "plan_codes", "plan_start", "expected"), [
    # the visit's own codes win, whatever the plan says now
    (("F41.1",), ("F43.23",), None, VisitDiagnosis(("F41.1",), FROM_SESSION)),
    (("F41.1",), (), None, VisitDiagnosis(("F41.1",), FROM_SESSION)),
    (("F41.1",), ("F43.23",), date(2027, 1, 1), VisitDiagnosis(("F41.1",), FROM_SESSION)),
    # none on the visit: the plan's, when it was in force that day
    ((), ("F43.23",), None, VisitDiagnosis(("F43.23",), FROM_PLAN)),
    ((), ("F43.23", "Z63.0"), VISIT, VisitDiagnosis(("F43.23", "Z63.0"), FROM_PLAN)),
    ((), ("F43.23",), date(2026, 11, 1), VisitDiagnosis(("F43.23",), FROM_PLAN)),
    # refused: a plan starting after the visit, or no diagnosis anywhere
    ((), ("F43.23",), date(2026, 12, 7), VisitDiagnosis((), PLAN_STARTS_LATER)),
    ((), (), None, VisitDiagnosis((), NONE)),
    ((), (), VISIT, VisitDiagnosis((), NONE)),
])
def test_the_diagnosis_in_force_on_the_date_of_service(session_codes: tuple[str, ...], plan_codes: tuple[str, ...],
                                                       plan_start: date | None, expected: VisitDiagnosis) -> None:
    assert diagnosis_at(VISIT, session_codes, plan_codes, plan_start) == expected


@pytest.fixture
def client_id(vault: Vault) -> str:
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    # marked attended while the chart had no plan: the session took no diagnosis
    sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=55)
    return client.client_id


def _issue(vault: Vault, client_id: str, out: Path) -> superbills.Issued:
    return superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=out, password=PASSWORD)


def test_refused_without_a_diagnosis_then_the_plan_added_later_gives_it(vault: Vault, client_id: str,
                                                                        tmp_path: Path) -> None:
    out = tmp_path / "sb.pdf"
    with pytest.raises(InvalidInput) as err:
        _issue(vault, client_id, out)
    assert err.value.code == "superbill.no_diagnosis" and err.value.params == {"visits": "2026-03-02"}
    assert "none is recorded for the visit of 2026-03-02" in err.value.message
    assert "treatment plan" in (err.value.hint or "") and "--diagnosis" in (err.value.hint or "")
    assert not out.exists() and not requests.list_requests(vault, client_id=client_id)  # nothing recorded
    # A statement, the client's own bill, is made as it is.
    superbills.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                     out=tmp_path / "st.pdf", password=PASSWORD)
    plans.update_plan(vault, client_id, diagnosis_codes=["F43.23"])
    issued = _issue(vault, client_id, out)
    assert "03/02/2026 11 Office 90837 F43.23 55 $180.00" in " ".join(pdf_text(out))
    assert issued.diagnosis_from_plan == ("2026-03-02",)


def test_the_visits_own_diagnosis_wins_over_the_plans_current_one(vault: Vault, client_id: str,
                                                                  tmp_path: Path) -> None:
    session = sessions.list_sessions(vault, client_id)[0]
    sessions.update_session(vault, session.session_id, icd10_codes=["F41.1"])
    plans.update_plan(vault, client_id, diagnosis_codes=["F43.23"])
    issued = _issue(vault, client_id, tmp_path / "sb.pdf")
    text = " ".join(pdf_text(tmp_path / "sb.pdf"))
    assert "90837 F41.1 55" in text and "F43.23" not in text
    assert issued.diagnosis_from_plan == ()


def test_a_plan_starting_after_the_visit_does_not_diagnose_it(vault: Vault, client_id: str, tmp_path: Path) -> None:
    plans.update_plan(vault, client_id, diagnosis_codes=["F43.23"], start_date="2026-03-10")
    with pytest.raises(InvalidInput) as err:
        _issue(vault, client_id, tmp_path / "sb.pdf")
    assert err.value.code == "superbill.diagnosis_after_visit" and err.value.params == {"visits": "2026-03-02"}
    assert "Correct session details" in (err.value.hint or "") and "--icd10" in (err.value.hint or "")
    plans.update_plan(vault, client_id, start_date="2026-03-02")
    assert _issue(vault, client_id, tmp_path / "sb.pdf").diagnosis_from_plan == ("2026-03-02",)


def test_the_cli_refuses_and_says_which_visits_took_the_plans_diagnosis(
        vault: Vault, vault_dir: Path, client_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", PASSWORD)
    out = tmp_path / "sb.pdf"
    command = ["superbill", "TE-3", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out),
               "--vault", str(vault_dir)]
    assert run(command) != 0 and not out.exists()
    err = capsys.readouterr().err
    assert "none is recorded for the visit of 2026-03-02" in err and "plan update" in err, err
    assert run(["plan", "update", "TE-3", "--diagnosis", "F43.23", "--vault", str(vault_dir)]) == 0
    capsys.readouterr()
    assert run(command) == 0 and out.exists()
    err = capsys.readouterr().err
    assert "treatment plan's diagnosis (F43.23" not in err  # codes are not repeated in the warning
    assert "no diagnosis was recorded on the visit of 03/02/2026" in err, err
