"""Which held note a release of the joint record may carry, asked once (services/joint_held.offered,
on the rule domain/joint_held.offered) by the export wizard, and decided by the same rule in the
gate: a couple or a parent and a child, a note held for one member, authorizations signed by the
member alone, by both, by the other. Real vaults, the real gate, the real PDF and ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.joint_held import offered
from vault_app.services import clients, disclosure_gate, export, joint_held, notes, sessions
from vault_app.services.vault import Vault

SECRET = "HELDOFFERMARKER told alone"


@pytest.mark.parametrize(("held", "adults", "expected"), [
    ({"n1": "m1"}, {"m1"}, ("n1",)),  # the one adult: their own authorization alone releases it
    ({"n1": "m1"}, {"m1", "m2"}, ()),  # two adults: a release rests on both, never on m1 alone
    ({"n1": "m2"}, {"m1"}, ()),  # held for the child: the parent's authorization is not theirs
    ({"n1": "m1", "n2": "m2"}, {"m2"}, ("n2",)),
    ({"n1": "m1"}, set(), ("n1",)),  # no adult: one authorization, which may be the member's own
    ({}, {"m1"}, ()),
])
def test_the_offer_follows_the_rule(held: dict[str, str], adults: set[str], expected: tuple[str, ...]) -> None:
    assert offered(held, adults) == expected


def _case(vault: Vault, second_is_child: bool) -> tuple[str, list[str], list[str]]:
    """A couple (or a parent and a child) with a joint note and a note held for the first member."""
    fx.set_practice(vault)
    first = clients.create_client(vault, "Member One", date_of_birth="1980-01-01").client_id
    born = fx.days_ago(3650).isoformat() if second_is_child else "1982-01-01"
    second = clients.create_client(vault, "Member Two", date_of_birth=born).client_id
    case = clients.create_case(vault, "The Case", [first, second], kind="family" if second_is_child else "couple")
    ids = []
    for days, text in ((20, "Joint session JOINTMARKER."), (10, SECRET)):
        s = sessions.add_session(vault, case.case_id, date=fx.days_ago(days), duration_minutes=50)
        note = notes.create_progress_note(vault, case.case_id, text=text, session_id=s.session_id)
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    joint_held.hold(vault, ids[1], first)
    return case.case_id, [first, second], ids


# (the second member a child?, who signs: 0 the member it is held for, 1 the other), offered, allowed
CASES = [
    pytest.param(True, (0,), True, True, id="held-for-the-one-adult-who-alone-authorized"),
    pytest.param(False, (0, 1), False, False, id="both-adults-signed-a-joint-release"),
    pytest.param(False, (1,), False, False, id="the-other-adult-alone"),
    pytest.param(False, (0,), False, False, id="the-member-alone-but-another-adult-has-not-signed"),
]


@pytest.mark.parametrize(("child", "signers", "is_offered", "allowed"), CASES)
def test_offered_exactly_when_the_gate_lets_it_go(vault: Vault, tmp_path: Path, child: bool,
                                                  signers: tuple[int, ...], is_offered: bool, allowed: bool) -> None:
    case_id, people, (joint, told) = _case(vault, child)
    auths = [fx.add_auth(vault, case_id, signer_client_id=people[i], signer_name=f"Member {i}") for i in signers]
    assert (told in joint_held.offered(vault, case_id, fx.today())) is is_offered
    request = fx.request(case_id, note_ids=(joint, told), authorization_id=auths[0].id)
    verdict = disclosure_gate.check(vault, request)
    assert verdict.allowed is allowed, verdict.message
    if not allowed:
        return
    before = vault.ledger.head().seq
    result = export.export(vault, request, out=tmp_path / "own.pdf", password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(tmp_path / "own.pdf"))
    assert "HELDOFFERMARKER" in text and "JOINTMARKER" in text
    (entry,) = [e for e in vault.ledger.entries(since_seq=before + 1) if e.seq == result.ledger_seq]
    payload = json.dumps(entry.payload)
    assert told in payload and joint in payload
    assert "HELDOFFERMARKER" not in payload and "Member" not in payload


def test_a_note_held_for_the_child_is_not_offered_to_the_parent(vault: Vault) -> None:
    case_id, (parent, child), (_joint, told) = _case(vault, True)
    joint_held.hold(vault, told, child)
    auth = fx.add_auth(vault, case_id, signer_client_id=parent, signer_name="Member One")
    assert joint_held.offered(vault, case_id, fx.today()) == {}
    assert not disclosure_gate.check(vault, fx.request(case_id, note_ids=(told,), authorization_id=auth.id)).allowed
    # Not a case: nothing is held, nothing offered.
    assert joint_held.offered(vault, parent, fx.today()) == {}
    assert joint_held.adult_members(vault, case_id, fx.today()) == (parent,)
