"""A parent the chart records as not allowed to sign (a custody order limits their authority) is not
the child's access copy's recipient by default, nor the one whose request for the child's records is
taken as the child's; the basis on which the order or the law still gives them the records, once
recorded ('guardian update --records-access'), lets them (45 CFR 164.502(g)(1), (g)(3); seed 002:
custody agreements "may specify which parent can authorize treatment or access records"). Found by
the legal review: the non-custodial father marked "may NOT sign" received the child's whole record.
Real vault, real PDFs, the command line in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import access_copy, guardians, practice, request_refused, requests
from vault_app.services.vault import Vault


def _child(vault: Vault, years: int = 10) -> tuple[str, str, str]:
    """A child, the custodial mother, and the father whose authority a custody order limits."""
    chart = fx.make_chart(vault, n=2, date_of_birth=fx.born_years_ago(years))
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 14})
    mother = guardians.add_guardian(vault, chart.client_id, "Jane Roe", authority="parent", relationship="mother")
    father = guardians.add_guardian(vault, chart.client_id, "Ned Roe", authority="parent", relationship="father",
                                    may_authorize=False)
    return chart.client_id, mother.guardian_id, father.guardian_id


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "copies"
    out.mkdir()
    return out


def test_the_limited_parent_is_not_the_copys_recipient(vault: Vault, tmp_path: Path) -> None:
    out = _folder(tmp_path)
    client_id, mother, father = _child(vault)
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother)
    offered = access_copy.recipients(vault, q.id)
    barred = dict(offered.barred)
    assert father in barred and barred[father].code == "representative.limited_authority"
    assert "164.502(g)(1), (g)(3)" in barred[father].message and "--records-access" in (barred[father].hint or "")
    assert offered.default == mother, "the parent who holds the authority, never the limited one"
    with pytest.raises(RefusedByPolicy, match="may not sign for the client: their authority is limited"):
        access_copy.grant_with_copy(vault, q.id, folder=out, password=fx.PASSWORD, to=father)
    assert list(out.iterdir()) == [], "nothing written before the refusal"
    # The client's own copy names only who may receive it in the father's stead.
    with pytest.raises(RefusedByPolicy, match=r"Send it to: Jane Roe, parent \(mother\)\. Give"):
        access_copy.grant_with_copy(vault, q.id, folder=out, password=fx.PASSWORD, to=access_copy.CLIENT)


def test_the_basis_recorded_lets_them_receive_it(vault: Vault, tmp_path: Path) -> None:
    out = _folder(tmp_path)
    client_id, _mother, father = _child(vault)
    guardians.update_guardian(vault, client_id, father, records_access_basis="custody order of 03/02/2026, section 4")
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=father)
    assert father not in dict(access_copy.recipients(vault, q.id).barred)
    assert access_copy.grant_with_copy(vault, q.id, folder=out, password=fx.PASSWORD, to=father).granted
    # Taken back: limited again, for the next copy.
    guardians.update_guardian(vault, client_id, father, records_access_basis="")
    assert father in dict(access_copy.recipients(vault, q.id).barred)


def test_the_limited_parents_request_is_recorded_as_refused_not_as_the_childs(vault: Vault) -> None:
    client_id, _mother, father = _child(vault)
    with pytest.raises(RefusedByPolicy, match="their authority is limited"):
        requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=father)
    q, letter = request_refused.add_refused_request(vault, client_id, received_on=fx.today(), guardian_id=father)
    assert q.status == "denied" and q.grounds == ("not_representative",) and q.refused_rule == "limited_authority"
    assert letter.to == "Ned Roe" and "custody order" in letter.text() and "Jane Roe" not in letter.text()


def test_a_parent_who_may_sign_is_unchanged(vault: Vault, tmp_path: Path) -> None:
    out = _folder(tmp_path)
    client_id, mother, _father = _child(vault)
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother)
    assert access_copy.grant_with_copy(vault, q.id, folder=out, password=fx.PASSWORD, to=mother).granted


def test_the_command_line_refuses_says_why_and_records_the_exception(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = _folder(tmp_path)
    client_id, mother, father = _child(vault)
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today(), guardian_id=mother)
    folder = str(vault.folder)
    vault.lock()

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder, env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})

    listed = run("guardian", "list", client_id)
    assert "Ned Roe (father) — parent; may NOT sign authorizations; does not receive the client's records" \
        in listed.out  # type: ignore[attr-defined]
    assert "--records-access BASIS" in listed.out  # type: ignore[attr-defined]
    refused = run("request", "copy", q.id, "--folder", str(out), "--to-guardian", father)
    assert refused.code == ExitCode.REFUSED  # type: ignore[attr-defined]
    assert "their authority is limited" in refused.err and "--records-access" in refused.err  # type: ignore[attr-defined]
    assert list(out.iterdir()) == []
    updated = run("guardian", "update", client_id, father, "--records-access", "custody order of 03/02/2026, s. 4")
    assert updated.code == 0, updated.err  # type: ignore[attr-defined]
    assert "receives the client's records on the basis recorded: custody order of 03/02/2026, s. 4" \
        in updated.out  # type: ignore[attr-defined]
    given = run("request", "copy", q.id, "--folder", str(out), "--to-guardian", father, "--kinds", "progress")
    assert given.code == 0, given.err  # type: ignore[attr-defined]
    shown = run("client", "show", client_id)
    assert "may NOT authorize; receives the client's records on the basis recorded" in shown.out  # type: ignore[attr-defined]
