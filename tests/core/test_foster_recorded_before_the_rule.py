"""A foster parent recorded as allowed to sign with no court order attached, by a version before the
rule that refuses it (domain/typed_signer.foster_without_order): every field of theirs can be corrected
(a phone number, an address, the dates), each save saying nothing about the order; what is unsafe is
refused where it happens instead: they do not sign for the child nor receive or ask for the child's
records until the order is attached or "may sign" is unticked, in words that say how (45 CFR
164.502(g)(3)). A new record, or a change that makes one of that kind, is still refused at the save.
Found by a walker: the therapist could not correct the foster mother's phone number at all.
Real vault."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.clinical import Guardian, new_id
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import attachments, clients, guardians, practice, representatives, requests
from vault_app.services.clinical_common import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients


def _child_with_old_foster_mother(vault: Vault) -> tuple[str, str]:
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(10)).client_id
    old = Guardian(new_id(), client_id, "Rosa Lopez", "foster", "parent", True, phone="555-0100",
                   created_at=now_iso())
    with vault.records.transaction():  # as a version before the rule recorded her
        clinical_clients.insert_guardian(vault.records, old)
    return client_id, old.guardian_id


@pytest.mark.parametrize("change", [
    {"phone": "555-0199"}, {"address": "12 Elm St"}, {"notes": "placed by the county"},
    {"valid_from": "2026-01-05"}, {"name": "Rosa M. Lopez"}, {"relationship": "foster mother"},
])
def test_any_field_of_an_old_foster_record_can_be_corrected(vault: Vault, change: dict[str, str]) -> None:
    client_id, rosa = _child_with_old_foster_mother(vault)
    saved = guardians.update_guardian(vault, client_id, rosa, **change)
    for key, value in change.items():
        assert str(getattr(saved, key)) == value
    assert saved.may_authorize and saved.custody_order_attachment_id is None, "nothing else changed"


def test_what_is_unsafe_is_refused_where_it_happens_with_how_to_fix_it(vault: Vault) -> None:
    client_id, rosa = _child_with_old_foster_mother(vault)
    found = representatives.guardian_of(vault, client_id, rosa)
    for action in ("sign_authorization", "receive_copy", "request_records"):
        with pytest.raises(RefusedByPolicy) as refused:
            representatives.require_may_act(vault, found, action, fx.today())
        assert refused.value.code == "representative.foster_without_order", action
        assert "164.502(g)(3)" in refused.value.message and "--custody-order" in (refused.value.hint or "")
    assert rosa not in {g.guardian_id for g in guardians.representatives(vault, client_id)}, "not one who signs"
    with pytest.raises(RefusedByPolicy, match="foster parent"):
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=rosa)
    assert representatives.default_signer(vault, client_id, fx.today()) is None, "never proposed as signer"
    # Fixed either way, she acts as the record then says.
    order = attachments.add_attachment(vault, client_id, fx.SCAN, kind="court_order",
                                       filename="order.pdf").attachment_id
    with_order = guardians.update_guardian(vault, client_id, rosa, custody_order_attachment_id=order,
                                           authority="legal_guardian")
    representatives.require_may_act(vault, with_order, "sign_authorization", fx.today())


def test_a_change_that_makes_one_is_still_refused(vault: Vault) -> None:
    client_id, rosa = _child_with_old_foster_mother(vault)
    carer = guardians.update_guardian(vault, client_id, rosa, may_authorize=False)  # made safe
    with pytest.raises(InvalidInput, match="foster parent") as refused:
        guardians.update_guardian(vault, client_id, carer.guardian_id, may_authorize=True)
    assert refused.value.code == "guardian.foster_needs_order" and refused.value.field == "may_authorize"
    mother = guardians.add_guardian(vault, client_id, "Ana Ruiz", authority="parent", relationship="mother")
    with pytest.raises(InvalidInput, match="foster parent") as again:
        guardians.update_guardian(vault, client_id, mother.guardian_id, relationship="foster mother")
    assert again.value.field == "relationship"
    with pytest.raises(InvalidInput, match="foster parent"):
        guardians.add_guardian(vault, client_id, "Lu Diaz", authority="parent", relationship="foster father")


def test_the_command_line_lists_it_and_attaches_the_order(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.cli_helpers import cli
    from vault_app.domain.errors import ExitCode

    client_id, rosa = _child_with_old_foster_mother(vault)
    order = attachments.add_attachment(vault, client_id, fx.SCAN, kind="court_order",
                                       filename="order.pdf").attachment_id
    folder = str(vault.folder)
    vault.lock()
    listed = cli(capsys, monkeypatch, "guardian", "list", client_id, "--vault", folder)
    assert "may NOT sign authorizations nor receive the records: a foster parent with no court order" in listed.out
    assert "--custody-order ATTACHMENT_ID" in listed.out
    fixed = cli(capsys, monkeypatch, "guardian", "update", client_id, rosa, "--phone", "555-0199", "--custody-order",
                order, "--authority", "legal_guardian", "--vault", folder)
    assert fixed.code == ExitCode.OK, fixed.err
    assert "may sign authorizations" in fixed.out and "555" not in fixed.err
