"""A personal representative typed in on an authorization meets the representative rules on the
signing day (domain/typed_signer.py), through the service and the command line. Found by the
legal review: "Mom, parent" signed for a 36-year-old, for a minor whose recorded parent the
therapist had declined, and beside a court-appointed guardian on file. On a real vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import authorizations, clients, guardians, practice
from vault_app.services.vault import Vault


def _chart(vault: Vault, years: int | None = None) -> str:
    born: Any = fx.born_years_ago(years) if years is not None else "1990-05-01"
    chart = fx.make_chart(vault, n=1, date_of_birth=born)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    return chart.client_id


def _typed(vault: Vault, client_id: str, name: str, authority: str, **more: Any) -> Any:
    return fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), signer_name=name,
                       signer_role="personal_representative", signer_authority=authority, **more)


def test_a_parent_typed_in_for_an_adult_is_refused_with_how_to_record_an_agent(vault: Vault) -> None:
    client_id = _chart(vault)
    with pytest.raises(RefusedByPolicy, match=r"reached the age of majority \(18\)") as e:
        _typed(vault, client_id, "Mom", "parent")
    assert e.value.code == "representative.typed_parent_of_adult" and e.value.field == "signer_authority"
    assert "health care power of attorney" in str(e.value) and "--guardian" in e.value.hint
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing stored for the refusal"
    with pytest.raises(RefusedByPolicy, match="does not say one"):
        _typed(vault, client_id, "Pat Roe", "friend")
    # 164.502(g)(2); 164.508(c)(1)(vi): an adult's health care agent, described, stays allowed.
    agent = _typed(vault, client_id, "Pat Roe", "health care agent (durable power of attorney)")
    assert agent.signer.role == "personal_representative" and agent.signer.authority.startswith("health care agent")


def test_beside_a_guardian_on_file_only_the_recorded_one_signs(vault: Vault) -> None:
    client_id = _chart(vault, 10)
    gail = guardians.add_guardian(vault, client_id, "Gail Roe", authority="legal_guardian",
                                  relationship="court-appointed guardian")
    with pytest.raises(RefusedByPolicy, match="recorded for the day the form was signed: Gail Roe, legal guardian") \
            as e:
        _typed(vault, client_id, "Mom", "parent")
    assert e.value.code == "representative.typed_on_file" and e.value.params["names"] == "Gail Roe"
    assert authorizations.list_authorizations(vault, client_id) == []
    # Her name typed: recorded as her, with her id's checks.
    signed = _typed(vault, client_id, "gail  roe", "legal guardian")
    assert signed.signer.name == "Gail Roe" and signed.signer.authority_attachment_id is None
    guardians.update_guardian(vault, client_id, gail.guardian_id, valid_until=fx.days_ago(10))
    with pytest.raises(RefusedByPolicy, match="ended on"):  # her own dates, asked on the signing day
        _typed(vault, client_id, "Gail Roe", "legal guardian")


def test_a_typed_signer_while_a_parent_is_declined_is_refused(vault: Vault) -> None:
    client_id = _chart(vault, 10)
    dan = guardians.add_guardian(vault, client_id, "Dan Roe", authority="parent")
    guardians.update_guardian(vault, client_id, dan.guardian_id, declined_on=fx.days_ago(60),
                              declined_reason="164.502(g)(5) concerns")
    with pytest.raises(RefusedByPolicy, match=r"Dan Roe, parent is not treated as the client's personal "
                                              r"representative \(45 CFR 164\.502\(g\)\(5\)\)") as e:
        _typed(vault, client_id, "Dad", "father")
    assert e.value.code == "representative.typed_declined"
    with pytest.raises(RefusedByPolicy) as same:  # his own name: his own refusal
        _typed(vault, client_id, "Dan Roe", "father")
    assert same.value.code == "representative.declined"
    assert authorizations.list_authorizations(vault, client_id) == []


@pytest.mark.parametrize(("part2", "code"), [(False, "representative.typed_minor_consents"),
                                             (True, "representative.typed_minor_part2")])
def test_a_minor_who_may_consent_is_not_signed_for(vault: Vault, part2: bool, code: str) -> None:
    client_id = _chart(vault, 16)
    clients.update_client(vault, client_id, care_consented_by="client")  # the minor consented to their care
    more = {"part2": True, "patient_name_on_form": True} if part2 else {}
    with pytest.raises(RefusedByPolicy) as e:
        _typed(vault, client_id, "Mom", "parent", **more)
    assert e.value.code == code and e.value.params["age"] == 16
    assert authorizations.list_authorizations(vault, client_id) == []


def test_a_young_childs_parent_typed_in_with_nobody_on_file_still_signs(vault: Vault) -> None:
    client_id = _chart(vault, 9)
    signed = _typed(vault, client_id, "Jane Roe", "parent (mother)")
    assert signed.signer.name == "Jane Roe" and signed.signer.role == "personal_representative"


def test_in_a_joint_record_the_represented_members_age_decides(vault: Vault) -> None:
    adult = _chart(vault)
    kid = clients.create_client(vault, "Member Child", date_of_birth=fx.born_years_ago(9))
    case = clients.create_case(vault, "The Family", [adult, kid.client_id], kind="family")
    with pytest.raises(RefusedByPolicy) as e:
        _typed(vault, case.case_id, "Mom", "mother", signer_client_id=adult)
    assert e.value.code == "representative.typed_parent_of_adult"
    signed = _typed(vault, case.case_id, "Mom", "mother", signer_client_id=kid.client_id)
    assert signed.signer_client_id == kid.client_id and signed.signer.name == "Mom"


def _auth_args(client_id: str, scan: Path, *extra: str) -> list[str]:
    return ["auth", "add", "--client", client_id, "--description", "Progress notes of this year for the insurer",
            "--covers", "progress", "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name,
            "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(5).isoformat(), "--expires",
            fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
            "not conditioned", "--redisclosure-statement", "--scan", str(scan), *extra]


def test_cli_auth_add_refuses_a_parent_typed_in_for_an_adult(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    adult = _chart(vault)
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    refused = cli(capsys, monkeypatch, *_auth_args(adult, scan, "--signer-role", "representative", "--signer-name",
                                                    "Mom", "--authority", "parent"), "--vault", folder)
    assert refused.code == ExitCode.REFUSED, refused.out
    assert "reached the age of majority (18)" in refused.err and "--authority health_care_agent" in refused.err
    agent = cli(capsys, monkeypatch, *_auth_args(adult, scan, "--signer-role", "representative", "--signer-name",
                                                  "Pat Roe", "--authority", "health care proxy", "--json"),
                "--vault", folder)
    assert agent.code == 0, agent.err
    assert agent.json()["signer"]["authority"] == "health care proxy"


@pytest.mark.parametrize(("years", "authority"), [(10, "mother"), (40, "health care agent (durable POA)")])
def test_after_the_recorded_death_a_typed_parent_or_agent_is_refused_the_executor_signs(
        vault: Vault, years: int, authority: str) -> None:
    """45 CFR 164.502(g)(4): as a recorded parent or agent is (found by the author of the date of death: a
    typed-in one signing after it was recorded)."""
    client_id = _chart(vault, years)
    clients.update_client(vault, client_id, died_on=fx.days_ago(30))
    with pytest.raises(RefusedByPolicy, match=r"died before the day the form was signed") as e:
        _typed(vault, client_id, "Pat Roe", authority)
    assert e.value.code == "representative.ended_at_death" and e.value.field == "signer_authority"
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing stored for the refusal"
    signed = _typed(vault, client_id, "Pat Roe", "executor of the estate")
    assert signed.signer.authority == "executor of the estate"
    # Signed before the death: stands as it was.
    before = fx.add_auth(vault, client_id, signed_on=fx.days_ago(40), signer_name="Pat Roe",
                         signer_role="personal_representative", signer_authority=authority)
    assert before.signer.authority == authority


@pytest.mark.parametrize("years", [10, 40])
def test_a_typed_executor_for_a_living_client_is_refused_with_how_to_record_the_death(vault: Vault,
                                                                                      years: int) -> None:
    """45 CFR 164.502(g)(4) applies after the death: an executor or administrator has no authority while the client
    lives, as 'request add --claim executor' already says (found by the date of death's author: typed on a form for
    a client with no recorded death, it was recorded)."""
    client_id = _chart(vault, years)
    with pytest.raises(RefusedByPolicy, match=r"records no death of this client on or before the day") as e:
        _typed(vault, client_id, "Pat Roe", "executor of the estate")
    assert e.value.code == "representative.typed_estate_client_living" and e.value.field == "signer_authority"
    assert "--died-on" in (e.value.hint or "")
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing stored for the refusal"
    clients.update_client(vault, client_id, died_on=fx.days_ago(10))  # before the form's day (5 days ago)
    assert _typed(vault, client_id, "Pat Roe", "executor of the estate").signer.authority == "executor of the estate"
