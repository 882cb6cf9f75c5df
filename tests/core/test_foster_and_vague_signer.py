"""A minor's signer typed in as a foster parent, or with "personal representative" alone as the
authority: refused on the command line with what to do (45 CFR 164.502(g)(3); 164.508(c)(1)(vi)), the
relationship and its basis asked for; a foster parent recorded under Guardians only with the court's
order (or as not allowed to sign: the child's carer, without the records); and a form recorded by an
earlier version with such a signer refused at export, kept on the chart. Found by the legal review:
"foster mother" was taken as a parent, and "personal representative" alone for a 10-year-old.
Real vault, the command line in process."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_auth_add_signer_role import auth_args
from vault_app.domain.authorization import Signer
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.services import (
    attachments,
    authorizations,
    care_confidentiality,
    clients,
    disclosure_gate,
    guardians,
    practice,
)
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_authorizations as auth_store


def _child(vault: Vault, years: int = 10) -> str:
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    return clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(years)).client_id


@pytest.mark.parametrize(("authority", "code", "words"), [
    ("foster mother", ExitCode.REFUSED, "generally does not hold the authority to sign a HIPAA authorization"),
    ("personal representative", ExitCode.REFUSED, "\"personal representative\" alone describes none"),
    ("madre de acogida", ExitCode.REFUSED, "foster parent"),
    ("mother", ExitCode.OK, "by Rosa Lopez"),
    ("personal representative (grandmother, in loco parentis)", ExitCode.OK, "by Rosa Lopez"),
])
def test_auth_add_for_a_minor_by_the_typed_authority(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        authority: str, code: int, words: str) -> None:
    client_id = _child(vault)
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    run = cli(capsys, monkeypatch, *auth_args(client_id, scan, "--signer-role", "representative", "--signer-name",
                                              "Rosa Lopez", "--authority", authority), "--vault", folder)
    assert run.code == code, (run.out, run.err)
    assert words in (run.out if code == ExitCode.OK else run.err)
    if code != ExitCode.OK:
        assert "164.502(g)(3)" in run.err and "--guardian" in run.err, "says why and what to do"


def test_a_foster_parent_is_recorded_with_the_order_or_as_the_carer(vault: Vault) -> None:
    client_id = _child(vault)
    with pytest.raises(InvalidInput, match="foster parent") as refused:
        guardians.add_guardian(vault, client_id, "Rosa Lopez", authority="parent", relationship="foster mother")
    assert refused.value.code == "guardian.foster_needs_order" and refused.value.field == "relationship"
    assert clients.get_client(vault, client_id).guardians == (), "nothing recorded"
    carer = guardians.add_guardian(vault, client_id, "Rosa Lopez", authority="other", relationship="foster mother",
                                   may_authorize=False)
    with pytest.raises(InvalidInput, match="foster parent"):  # allowed to sign only with the order on file
        guardians.update_guardian(vault, client_id, carer.guardian_id, may_authorize=True)
    order = attachments.add_attachment(vault, client_id, fx.SCAN, kind="court_order",
                                       filename="order.pdf").attachment_id
    signs = guardians.update_guardian(vault, client_id, carer.guardian_id, may_authorize=True,
                                      authority="legal_guardian", custody_order_attachment_id=order)
    assert signs.may_authorize and signs.custody_order_attachment_id == order


def test_the_command_line_refuses_a_foster_parent_without_the_order(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = _child(vault)
    folder = str(vault.folder)
    vault.lock()
    run = cli(capsys, monkeypatch, "client", "update", client_id, "--guardian", "Rosa Lopez", "--relationship",
              "foster mother", "--vault", folder)
    assert run.code != ExitCode.OK and "foster parent" in run.err and "--custody-order" in run.err


@pytest.mark.parametrize(("authority", "code"), [
    ("foster father", "disclosure.signer_foster_parent"),
    ("personal representative", "disclosure.signer_minor_vague"),
    ("father", None),
])
def test_a_form_an_earlier_version_recorded_is_refused_at_export(vault: Vault, authority: str,
                                                                 code: str | None) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    mine = fx.add_auth(vault, chart.client_id, signed_on=fx.days_ago(20))
    old = replace(mine, id=f"{mine.id}-OLD", signer=Signer("Tom Lopez", "personal_representative", authority))
    with vault.records.transaction():
        auth_store.insert(vault.records, old)
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],),
                                                      authorization_id=old.id))
    listed = [a.id for a in care_confidentiality.signers_no_longer_valid(vault, chart.client_id)]
    if code is None:
        assert verdict.allowed, verdict.reasons
        assert old.id not in listed
        return
    assert not verdict.allowed and [r.code for r in verdict.reasons] == [code]  # type: ignore[attr-defined]
    assert old.id in str(verdict.reasons[0]) and "164.502(g)(3)" in str(verdict.reasons[0])
    assert old.id in listed and old.id in {a.id for a in authorizations.list_authorizations(vault, chart.client_id)}
