"""Authorizations a minor signed before the chart was changed to "a parent or guardian consented to the
care" (45 CFR 164.502(g)(3); 164.508(c)(1)(vi)), or a parent signed on or after the day of a confidentiality
agreement recorded since (164.502(g)(3)(i)(C)): listed when the fact changes, refused by the gate at
export with words saying why, and kept on the chart.

Found open: the change of the chart said nothing, and the export released on the minor's signature."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode
from vault_app.services import authorizations, care_confidentiality, clients, disclosure_gate, guardians, practice
from vault_app.services.vault import Vault


def _teen_signed(vault: Vault) -> tuple[fx.Chart, str, str]:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(16))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent")
    clients.update_client(vault, chart.client_id, care_consented_by="client")
    own = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(30))
    assert own.signer.role == "client"
    return chart, own.id, mother.guardian_id


def test_the_minors_form_is_listed_and_refused_at_export_once_a_parent_consented(vault: Vault) -> None:
    chart, own, _mother = _teen_signed(vault)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=own)
    assert disclosure_gate.check(vault, asked).allowed, "valid while the chart says the minor consented"
    assert care_confidentiality.signers_no_longer_valid(vault, chart.client_id) == []
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    assert [a.id for a in care_confidentiality.signers_no_longer_valid(vault, chart.client_id)] == [own]
    verdict = disclosure_gate.check(vault, asked)
    assert not verdict.allowed
    assert [r.code for r in verdict.reasons] == ["disclosure.signer_parent_consented"]  # type: ignore[attr-defined]
    assert "a parent or guardian consented" in verdict.reasons[0] and "164.502(g)(3)" in verdict.reasons[0]
    assert verdict.reasons[0].params["id"] == own  # type: ignore[attr-defined]
    assert [a.id for a in authorizations.list_authorizations(vault, chart.client_id)] == [own], "kept"


def test_a_parents_form_dated_within_a_later_recorded_agreement_is_refused(vault: Vault) -> None:
    chart, _own, mother = _teen_signed(vault)
    clients.update_client(vault, chart.client_id, care_consented_by="guardian")
    signed = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(10), guardian_id=mother)
    asked = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=signed.id)
    assert disclosure_gate.check(vault, asked).allowed
    care_confidentiality.record_agreement(vault, chart.client_id, fx.days_ago(20), mother)
    verdict = disclosure_gate.check(vault, asked)
    assert not verdict.allowed and "164.502(g)(3)(i)(C)" in verdict.reasons[0]
    assert verdict.reasons[0].code == "disclosure.signer_confidential_care"  # type: ignore[attr-defined]
    assert signed.id in [a.id for a in care_confidentiality.signers_no_longer_valid(vault, chart.client_id)]


def test_the_cli_says_the_forms_when_the_consent_changes(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    chart, own, _mother = _teen_signed(vault)
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, "client", "update", chart.client_id, "--care-consented-by", "guardian",
               "--vault", folder)
    assert done.code == ExitCode.OK, done.err
    assert "1 authorization on file no longer has a signer the chart lets stand" in done.out
    assert own in done.out and "refused at export" in done.out
