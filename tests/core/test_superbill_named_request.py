"""A superbill or statement given under an access request already on file (`--request`), and
the gate's pending request: neither lets through what a real request would not."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from vault_app.domain.disclosure import AccessRequestFacts, DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import appointments, billing, clients, disclosure_gate, guardians, requests
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

PASSWORD = "reimburse-me-2026"


def _child_with_session(vault: Vault) -> tuple[str, str, str]:
    born = date.today() - timedelta(days=365 * 12)
    child = clients.create_client(vault, "Lina Sorbet", chart_number="LS-1", date_of_birth=born.isoformat())
    mother = guardians.add_guardian(vault, child.client_id, "Anne Sorbet", authority="parent", address="5 North Ln")
    father = guardians.add_guardian(vault, child.client_id, "Paul Sorbet", authority="parent", address="7 South Ln")
    billing.set_scheduled_fee(vault, "90834", "150.00")
    (appt,) = appointments.schedule(vault, child.client_id, date="2026-03-02", start="16:00", duration_minutes=45)
    appointments.attend(vault, appt.appointment_id)
    return child.client_id, mother.guardian_id, father.guardian_id


def _issue(vault: Vault, client_id: str, out: Path, **kwargs: str) -> superbills.Issued:
    return superbills.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31", out=out,
                            password=PASSWORD, **kwargs)  # type: ignore[arg-type]


def test_a_named_request_does_not_let_a_declined_guardian_have_the_statement(vault: Vault, tmp_path: Path) -> None:
    """Found by review: with a request on file the guardian addressed was not asked whether they
    may act (the request does not say which guardian made it); the mother's request sent the
    statement to a father the therapist had declined as representative (164.502(g)(5))."""
    child, mother, father = _child_with_session(vault)
    asked = requests.add_request(vault, child, kind="access", received_on=date.today(), guardian_id=mother)
    guardians.update_guardian(vault, child, father, declined_on=date.today().isoformat(),
                            declined_reason="Safety concern documented in the chart")
    entries = len(vault.ledger.entries())
    with pytest.raises(RefusedByPolicy):
        _issue(vault, child, tmp_path / "father.pdf", guardian_id=father, request_id=asked.id)
    assert not (tmp_path / "father.pdf").exists()
    assert len(vault.ledger.entries()) == entries
    assert requests.get_request(vault, asked.id).status == "open"
    # the mother, who made it and may act, has it
    given = _issue(vault, child, tmp_path / "mother.pdf", guardian_id=mother, request_id=asked.id)
    assert given.request_id == asked.id and (tmp_path / "mother.pdf").exists()


def test_a_granted_request_is_refused_before_anything_is_written(vault: Vault, tmp_path: Path) -> None:
    """Found by review: a request already granted passed the gate, the PDF was written and the
    disclosure logged, and only granting it again failed: the therapist was told it failed."""
    child, mother, _father = _child_with_session(vault)
    asked = requests.add_request(vault, child, kind="access", received_on=date.today(), guardian_id=mother)
    _issue(vault, child, tmp_path / "first.pdf", guardian_id=mother, request_id=asked.id)
    entries = len(vault.ledger.entries())
    with pytest.raises(RefusedByPolicy, match="already granted"):
        _issue(vault, child, tmp_path / "again.pdf", guardian_id=mother, request_id=asked.id)
    assert not (tmp_path / "again.pdf").exists()
    assert len(vault.ledger.entries()) == entries


@pytest.mark.parametrize("case", ["another_client", "amendment", "withdrawn"])
def test_a_named_request_the_gate_would_refuse_writes_nothing(vault: Vault, tmp_path: Path, case: str) -> None:
    child, mother, _father = _child_with_session(vault)
    other = clients.create_client(vault, "Ora Lind", chart_number="OL-1", date_of_birth="1970-01-01")
    if case == "another_client":
        named = requests.add_request(vault, other.client_id, kind="access", received_on=date.today()).id
    elif case == "amendment":
        named = requests.add_request(vault, child, kind="amendment", received_on=date.today(),
                                     guardian_id=mother).id
    else:
        named = requests.add_request(vault, child, kind="access", received_on=date.today(), guardian_id=mother).id
        requests.withdraw(vault, named)
    entries = len(vault.ledger.entries())
    with pytest.raises(RefusedByPolicy):
        _issue(vault, child, tmp_path / "x.pdf", guardian_id=mother, request_id=named)
    assert not (tmp_path / "x.pdf").exists()
    assert len(vault.ledger.entries()) == entries


def test_the_gate_takes_a_pending_request_only_as_one_not_yet_on_file(vault: Vault) -> None:
    """`access_to_record` is the facts of a request the caller will record: handed for a request
    on file (here a withdrawn one) or under another id, it would have been believed over the record."""
    child, mother, _father = _child_with_session(vault)
    withdrawn = requests.add_request(vault, child, kind="access", received_on=date.today(), guardian_id=mother).id
    requests.withdraw(vault, withdrawn)

    def asked(request_id: str) -> DisclosureRequest:
        return DisclosureRequest(
            client_id=child, kind="billing", selection=Selection(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31)),
            recipient=Recipient("Anne Sorbet", "5 North Ln"), purpose="statement",
            basis=LegalBasis("client_access", {"request_id": request_id}), on=date.today())

    forged = AccessRequestFacts(withdrawn, child, "access", "open")
    with pytest.raises(InvalidInput, match="does not match"):
        disclosure_gate.check(vault, asked(withdrawn), access_to_record=forged)
    for facts in (AccessRequestFacts("R-new", child, "access", "open"),
                  AccessRequestFacts("R-pending", child, "access", "withdrawn")):
        with pytest.raises(InvalidInput, match="does not match"):
            disclosure_gate.check(vault, asked("R-pending"), access_to_record=facts)
    assert not disclosure_gate.check(vault, asked(withdrawn)).allowed
    pending = AccessRequestFacts("R-pending", child, "access", "open")
    assert disclosure_gate.check(vault, asked("R-pending"), access_to_record=pending).allowed


def test_the_ledger_names_the_recorded_request_never_the_pending_name(vault: Vault, tmp_path: Path) -> None:
    """Tried by review: the gate decides under a placeholder id; the disclosure's record and the
    ledger name the request recorded after it, and the accounting exclusion is the access one."""
    child, mother, _father = _child_with_session(vault)
    given = _issue(vault, child, tmp_path / "mother.pdf", guardian_id=mother)
    payload = vault.ledger.entries(kinds=("disclosure",))[-1].payload
    assert superbills.PENDING_REQUEST not in str(payload)
    assert given.request_id in str(payload["basis"]) and payload["extra"]["request_id"] == given.request_id
    assert "164.528(a)(1)(ii)" in given.exclusion and given.accountable is False
    assert requests.get_request(vault, given.request_id).status == "granted"
