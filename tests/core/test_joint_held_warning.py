"""What an allowed release of a joint record says about confidences (domain/joint_held.
confidence_warning): a release that carries a note held in confidence for the one member who
alone authorized it says it is that member's own; every other release of a joint record keeps
the general reminder to leave out what a member shared in confidence. The rule table-driven
both sides, then the real gate on a real vault."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.joint_held import confidence_warning
from vault_app.services import clients, disclosure_gate, joint_held, notes, sessions
from vault_app.services.vault import Vault

GENERAL = "joint.confidence"


@pytest.mark.parametrize(("held", "items", "authorized_by", "code", "params"), [
    # carries the member's own held note, authorized by that member alone: theirs
    ({"n1": "m1"}, ["n0", "n1"], {"m1"}, "joint.confidence.own.one", {"count": 1}),
    ({"n1": "m1", "n2": "m1"}, ["n1", "n2"], {"m1"}, "joint.confidence.own", {"count": 2}),
    # carries no held note: the general reminder, whoever authorized
    ({}, ["n0"], {"m1"}, GENERAL, {}),
    ({"n1": "m1"}, ["n0"], {"m1"}, GENERAL, {}),
    ({"n1": "m1"}, ["n0"], set(), GENERAL, {}),
    # a held note its member did not authorize alone (a manual record is never blocked): general
    ({"n1": "m1"}, ["n1"], {"m1", "m2"}, GENERAL, {}),
    ({"n1": "m1"}, ["n1"], set(), GENERAL, {}),
    # the member's own note with another member's held note going without them: not theirs alone
    ({"n1": "m1", "n2": "m2"}, ["n1", "n2"], {"m1"}, GENERAL, {}),
])
def test_the_warning_says_what_is_true_of_the_release(held: dict[str, str], items: list[str],
                                                      authorized_by: set[str], code: str,
                                                      params: dict[str, object]) -> None:
    said = confidence_warning(held, items, authorized_by)
    assert said.code == code
    assert dict(said.params) == params
    if code == GENERAL:
        assert "leave out anything a member shared in confidence" in str(said)
    else:
        assert "leave out" not in str(said) and "for the member who alone authorized it" in str(said)


def _family(vault: Vault) -> tuple[str, list[str], list[str]]:
    """A parent and a child with a joint note and a note held for the parent (the one adult)."""
    fx.set_practice(vault)
    parent = clients.create_client(vault, "Member Parent", date_of_birth="1980-01-01").client_id
    child = clients.create_client(vault, "Member Child", date_of_birth=fx.days_ago(3650).isoformat()).client_id
    case = clients.create_case(vault, "The Family", [parent, child], kind="family")
    ids = []
    for days, text in ((20, "Joint session."), (10, "Told alone.")):
        s = sessions.add_session(vault, case.case_id, date=fx.days_ago(days), duration_minutes=50)
        note = notes.create_progress_note(vault, case.case_id, text=text, session_id=s.session_id)
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    joint_held.hold(vault, ids[1], parent)
    return case.case_id, [parent, child], ids


def _confidence_codes(vault: Vault, request: object) -> list[str]:
    verdict = disclosure_gate.check(vault, request)  # type: ignore[arg-type]
    assert verdict.allowed, verdict.message
    return [w.code for w in verdict.warnings if w.code.startswith("joint.confidence")]  # type: ignore[attr-defined]


def test_the_gate_says_the_release_is_the_members_own_only_when_it_carries_their_note(vault: Vault) -> None:
    case_id, (parent, _child), (joint, told) = _family(vault)
    auth = fx.add_auth(vault, case_id, signer_client_id=parent, signer_name="Member Parent")
    own = fx.request(case_id, note_ids=(joint, told), authorization_id=auth.id)
    verdict = disclosure_gate.check(vault, own)
    assert _confidence_codes(vault, own) == ["joint.confidence.own.one"]
    assert "leave out anything a member shared in confidence" not in " ".join(str(w) for w in verdict.warnings)
    assert "1 note held in confidence for the member who alone authorized it" in " ".join(
        str(w) for w in verdict.warnings)
    # The same release without the held note: the general reminder, as before.
    assert _confidence_codes(vault, fx.request(case_id, note_ids=(joint,), authorization_id=auth.id)) == [GENERAL]
    # A manual record of what was said is never blocked, and carries the note without that
    # member's own authorization: the general reminder, never "theirs".
    manual = fx.request(case_id, note_ids=(joint, told), basis="required_by_law", manual=True,
                        evidence={"law_kind": "child_abuse_report", "agency": "County CPS"},
                        recipient=fx.Recipient("County CPS hotline", "100 County Rd"), purpose="mandated report")
    assert _confidence_codes(vault, manual) == [GENERAL]
