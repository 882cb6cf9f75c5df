"""A minor's authorization and its signer (45 CFR 164.508(c)(1)(vi), 164.502(g)): found in the real
app, the form proposed the client as signer even for a 10-year-old with a parent on file, and
recorded the child's signature. Now the representative in control is proposed (GUI and CLI), the
minor's own signature is refused naming who may sign, and from 18 the client is proposed again
(the parent refused by the existing rule "parent_past_majority"). On a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import authorizations, clients, guardians, practice
from vault_app.services.vault import Vault


def _chart(vault: Vault, years: int) -> str:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    return chart.client_id


def test_a_young_minors_own_signature_is_refused_naming_who_may_sign(vault: Vault) -> None:
    client_id = _chart(vault, 10)
    mother = guardians.add_guardian(vault, client_id, "Jane Roe", authority="parent")
    assert authorizations.proposed_signer(vault, client_id) == mother
    with pytest.raises(RefusedByPolicy, match=r"164\.508\(c\)\(1\)\(vi\)\)\. Who may sign: Jane Roe, parent\.") as e:
        fx.add_auth(vault, client_id, signed_on=fx.days_ago(5))
    assert "--guardian" in e.value.hint
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing stored for the refusal"
    signed = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=mother.guardian_id)
    assert signed.signer.name == "Jane Roe" and signed.signer.role == "personal_representative"


def test_without_a_representative_in_control_the_minor_signs_with_the_warning(vault: Vault) -> None:
    client_id = _chart(vault, 10)
    ended = guardians.add_guardian(vault, client_id, "Gail Roe", authority="legal_guardian",
                                 valid_until=fx.days_ago(30))
    assert authorizations.proposed_signer(vault, client_id) is None
    own = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5))
    assert "164.502(g)(3)" in authorizations.signing_warnings(vault, own)[0]
    # Signed while the guardianship was in force: the child's own signature was not theirs to give.
    with pytest.raises(RefusedByPolicy, match="Who may sign: Gail Roe, legal guardian"):
        fx.add_auth(vault, client_id, signed_on=fx.days_ago(40))
    assert ended.valid_until is not None


@pytest.mark.parametrize(("years", "consented_by", "proposed"), [
    (10, "", True), (13, "", True), (14, "client", False), (17, "client", False), (18, "", False),
    # At or above the age of consent, a parent who consented stays the representative (164.502(g)(3)(i)(A));
    # nothing recorded proposes the parent too, with the open question (found: the client was proposed for a
    # 16-year-old whose parent consented, by age alone).
    (14, "guardian", True), (17, "guardian", True), (16, "", True), (18, "guardian", False),
])
def test_who_the_form_proposes_by_age(vault: Vault, years: int, consented_by: str, proposed: bool) -> None:
    client_id = _chart(vault, years)
    if consented_by:
        clients.update_client(vault, client_id, care_consented_by=consented_by)
    father = guardians.add_guardian(vault, client_id, "Sam Roe", authority="parent")
    assert authorizations.proposed_signer(vault, client_id) == (father if proposed else None)
    assert authorizations.proposed_signer(vault, client_id, part2=True) == (father if years < 14 else None)
    if not proposed:  # the client signs: from the age of consent, and past majority
        assert fx.add_auth(vault, client_id, signed_on=fx.days_ago(5)).signer.role == "client"
    else:  # the proposal is one the rules let sign
        signed = fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=father.guardian_id)
        assert signed.signer.role == "personal_representative"
    if years >= 18:  # the existing rule refuses the parent of an adult
        with pytest.raises(RefusedByPolicy, match="reached the age of majority"):
            fx.add_auth(vault, client_id, signed_on=fx.days_ago(5), guardian_id=father.guardian_id)


def _auth_args(client_id: str, scan: Path, *extra: str) -> list[str]:
    return ["auth", "add", "--client", client_id, "--description", "Progress notes of this year for school",
            "--covers", "progress", "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name,
            "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(5).isoformat(), "--expires",
            fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing", "--conditioning-statement",
            "not conditioned", "--redisclosure-statement", "--scan", str(scan), *extra]


def test_cli_auth_add_proposes_the_representative_and_refuses_the_minor(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    child = _chart(vault, 9)
    guardians.add_guardian(vault, child, "Jane Roe", authority="parent", relationship="mother")
    adult = fx.make_chart(vault, n=1).client_id
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    refused = run(*_auth_args(child, scan, "--signer-role", "client", "--signer-name", "Alex Testclient"))
    assert refused.code == ExitCode.REFUSED  # type: ignore[attr-defined]
    assert "Who may sign: Jane Roe, parent (mother)." in refused.err  # type: ignore[attr-defined]
    proposed = run(*_auth_args(child, scan, "--json"))
    assert proposed.code == 0, proposed.err  # type: ignore[attr-defined]
    data = proposed.json()  # type: ignore[attr-defined]
    assert data["signer"]["name"] == "Jane Roe" and data["signer"]["role"] == "personal_representative"
    assert "the client's personal representative" in data["signer_default"]
    own = run(*_auth_args(adult, scan))
    assert own.code == 0, own.err  # type: ignore[attr-defined]
    assert "by Alex Testclient (client)" in own.out and "Signed by the client (the default" in own.out  # type: ignore[attr-defined]


def test_cli_auth_add_proposes_the_parent_of_a_minor_who_may_consent_with_the_open_question(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """16, the practice's age of consent 14: nothing recorded about who consented proposes the parent, and the
    output carries the open question; the chart saying the minor consented proposes the client."""
    teen = _chart(vault, 16)
    guardians.add_guardian(vault, teen, "Jane Roe", authority="parent")
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    open_question = run(*_auth_args(teen, scan, "--json"))
    assert open_question.code == 0, open_question.err  # type: ignore[attr-defined]
    data = open_question.json()  # type: ignore[attr-defined]
    assert data["signer"]["name"] == "Jane Roe" and data["signer"]["role"] == "personal_representative"
    assert any("164.502(g)(3)" in w for w in data["warnings"]), data["warnings"]
    changed = run("client", "update", teen, "--care-consented-by", "client")
    assert changed.code == 0, changed.err  # type: ignore[attr-defined]
    own = run(*_auth_args(teen, scan, "--json"))
    assert own.code == 0, own.err  # type: ignore[attr-defined]
    assert own.json()["signer"]["role"] == "client"  # type: ignore[attr-defined]
