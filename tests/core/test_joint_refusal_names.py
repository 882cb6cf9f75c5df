"""A joint (couple or family) record's refusals say whose authorization is missing and that each adult
member's is needed (found by a walker: "member ids: ed0d2ea02f957eaf", and a California subpoena's refusal
asking for "the client's" authorization on a couple's chart). The English (printed, and kept by a
disclosure recorded by hand in the ledger, which outlives a destroyed chart) names the chart number; the
member's name is only in the params a screen says (domain/errors.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_gate_table import Case, _request, auth
from tests.core.test_subpoena_state_privilege import _assured, _licensed, _subpoena
from vault_app.domain.clinical import Client
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.errors import Problem
from vault_app.domain.state_privilege import subpoena_state_refusals
from vault_app.services import clients, disclosure_gate, notes, sessions
from vault_app.services.vault import Vault

NAMED = (("m-1", "C00001", "Sam Kim"), ("m-2", "C00002", "Dana Kim"))


def _one_missing(named: tuple[tuple[str, str, str], ...]) -> Problem:
    a_auth = auth(id="A1", signer_client_id="m-1")
    request, context = _request(Case("j", "authorization", "progress", True, authorization=a_auth))
    verdict = decide(request, replace(context, joint_adult_members=("m-1", "m-2"), joint_authorizations=(a_auth,),
                                      joint_member_names=named))
    assert not verdict.allowed
    (reason,) = [r for r in verdict.reasons if isinstance(r, Problem) and r.code.startswith("joint.missing")]
    return reason


def test_the_refusal_names_the_member_by_chart_and_the_screen_by_name() -> None:
    reason = _one_missing(NAMED)
    assert "each adult member" in reason and "1 of 2 adult members has not given one (chart C00002)" in reason
    assert "Dana Kim" not in reason and "m-2" not in reason  # no name in what the ledger may keep
    assert reason.params["names"] == "Dana Kim (C00002)"


def test_a_member_not_known_by_name_is_said_by_id() -> None:
    reason = _one_missing(())
    assert "(chart m-2)" in reason and reason.params["names"] == "m-2"


@pytest.mark.parametrize(("joint", "whose"), [(True, "each adult member's written authorization"),
                                              (False, "the client's written authorization")])
def test_a_listed_states_subpoena_refusal_says_whose_authorization(joint: bool, whose: str) -> None:
    reasons, hint = subpoena_state_refusals("CA", {}, joint=joint)
    assert whose in reasons[0]
    assert hint is not None and ("each adult member" in hint) is joint
    assert [p.code for p in reasons if isinstance(p, Problem)] == [
        "subpoena.state_privilege.joint" if joint else "subpoena.state_privilege"]


# --- on a real vault -----------------------------------------------------------------------------
def _couple(vault: Vault) -> tuple[str, str, Client, Client]:
    fx.set_practice(vault)
    a = clients.create_client(vault, "Sam Kim", date_of_birth="1980-01-01")
    b = clients.create_client(vault, "Dana Kim", date_of_birth="1982-01-01")
    case = clients.create_case(vault, "The Kims", [a.client_id, b.client_id], kind="couple")
    s = sessions.add_session(vault, case.case_id, date=fx.days_ago(10), duration_minutes=50)
    note = notes.create_progress_note(vault, case.case_id, text="Joint session.", session_id=s.session_id)
    notes.sign_note(vault, note.note_id)
    return case.case_id, note.note_id, a, b


def test_the_gate_names_the_member_who_has_not_authorized(vault: Vault) -> None:
    case_id, note_id, sam, dana = _couple(vault)
    first = fx.add_auth(vault, case_id, signer_client_id=sam.client_id, signer_name="Sam Kim")
    verdict = disclosure_gate.check(vault, fx.request(case_id, note_ids=(note_id,), authorization_id=first.id))
    assert not verdict.allowed
    (reason,) = [r for r in verdict.reasons if isinstance(r, Problem) and r.code == "joint.missing.one"]
    assert f"(chart {dana.chart_number})" in reason and "Dana" not in reason
    assert reason.params["names"] == f"Dana Kim ({dana.chart_number})"


def test_a_california_subpoena_for_a_couple_asks_each_adult_members_authorization(vault: Vault) -> None:
    case_id, note_id, _sam, _dana = _couple(vault)
    _licensed(vault, "CA")
    verdict = disclosure_gate.check(vault, _subpoena(case_id, note_id, _assured(vault, case_id)))
    assert not verdict.allowed
    codes = [r.code for r in verdict.reasons if isinstance(r, Problem)]
    assert codes[:1] == ["subpoena.state_privilege.joint"]
    assert "each adult member's written authorization" in verdict.message
    assert verdict.hint and "each adult member" in verdict.hint




def test_the_cli_check_names_the_member_who_has_not_authorized(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, note_id, sam, dana = _couple(vault)
    first = fx.add_auth(vault, case_id, signer_client_id=sam.client_id, signer_name="Sam Kim")
    folder = str(vault.folder)
    vault.lock()
    refused = cli(capsys, monkeypatch, "export", "--vault", folder, "--client", case_id, "--notes", note_id,
                  "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--authorization", first.id,
                  "--check-only")
    assert refused.code == 6, refused
    assert f"not yet authorized by: Dana Kim ({dana.chart_number})" in refused.out, refused


# --- the held-in-confidence refusal (joint.held) ----------------------------------------------------
def test_the_held_refusal_names_the_member_by_chart_and_the_screen_by_name() -> None:
    from datetime import date

    from vault_app.domain.disclosure import ItemFacts
    from vault_app.domain.joint_held import held_refusals

    (reason,) = held_refusals((ItemFacts("n1", "progress", date(2024, 3, 8)),), {"n1": "m-1"}, set(),
                              manual=False, member_names=NAMED)
    assert "held in confidence for one member (chart C00001)" in reason
    assert "member id" not in reason and "m-1" not in reason and "Sam Kim" not in reason
    assert reason.params["names"] == "Sam Kim (C00001)"
    (unknown,) = held_refusals((ItemFacts("n1", "progress", date(2024, 3, 8)),), {"n1": "m-9"}, set(),
                               manual=False, member_names=NAMED)
    assert "(chart m-9)" in unknown and unknown.params["names"] == "m-9"


@pytest.mark.parametrize("basis", ["authorization", "court_order"])
def test_the_gate_names_the_member_a_held_note_is_held_for(vault: Vault, basis: str) -> None:
    from vault_app.services import joint_held

    case_id, note_id, sam, dana = _couple(vault)
    joint_held.hold(vault, note_id, sam.client_id)
    if basis == "authorization":
        first = fx.add_auth(vault, case_id, signer_client_id=sam.client_id, signer_name="Sam Kim")
        fx.add_auth(vault, case_id, signer_client_id=dana.client_id, signer_name="Dana Kim")
        request = fx.request(case_id, note_ids=(note_id,), authorization_id=first.id)
    else:
        request = fx.request(case_id, note_ids=(note_id,), basis="court_order",
                             evidence={"judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "CV-1",
                                       "order_date": fx.days_ago(2).isoformat()})
    verdict = disclosure_gate.check(vault, request)
    (reason,) = [r for r in verdict.reasons if isinstance(r, Problem) and r.code == "joint.held.one"]
    assert f"(chart {sam.chart_number})" in reason and "Sam" not in reason and sam.client_id not in reason
    assert reason.params["names"] == f"Sam Kim ({sam.chart_number})"
