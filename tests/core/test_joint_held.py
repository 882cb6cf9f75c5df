"""Held in confidence for one member: a case chart's note that stays out of a release of the
joint record (REGULATIONS.md, couples and families), on a real vault through the real gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.joint_held import HELD_CITATION, left_out, may_carry
from vault_app.services import clients, disclosure_gate, export, joint_held, notes, sessions
from vault_app.services.vault import Vault

SECRET = "HELDSECRETMARKER told alone"


@pytest.mark.parametrize(("member", "authorized_by", "carried"), [
    ("m1", {"m1"}, True),  # that member alone: their own information, their consent
    ("m1", {"m1", "m2"}, False),  # the joint release: every adult signed, not consent to tell the others
    ("m1", {"m2"}, False),  # the other member alone
    ("m1", set(), False),  # no authorizer (court order, the case's access request)
    ("m2", {"m2"}, True),
])
def test_a_held_note_goes_only_where_that_member_alone_authorized(member: str, authorized_by: set[str],
                                                                   carried: bool) -> None:
    assert may_carry(member, authorized_by) is carried
    assert left_out({"n1": member}, ["n0", "n1"], authorized_by) == (() if carried else ("n1",))


def test_notes_not_held_are_never_left_out() -> None:
    assert left_out({}, ["n0", "n1"], set()) == ()
    assert left_out({"n1": "m1", "n2": "m2"}, ["n2", "n0", "n1"], {"m1"}) == ("n2",)
    assert "confidentiality agreement stay out of the joint record" in HELD_CITATION


def _case(vault: Vault, members: int = 2) -> tuple[str, list[str], list[str]]:
    """A couple (or a parent and a child) with one joint note and one note told by the first member."""
    fx.set_practice(vault)
    people = [clients.create_client(vault, "Member One", date_of_birth="1980-01-01").client_id]
    if members == 2:
        people.append(clients.create_client(vault, "Member Two", date_of_birth="1982-01-01").client_id)
    else:
        people.append(clients.create_client(vault, "Member Child",
                                            date_of_birth=fx.days_ago(3650).isoformat()).client_id)
    case = clients.create_case(vault, "The Case", people, kind="couple" if members == 2 else "family")
    ids = []
    for days, text in ((20, "Joint session."), (10, SECRET)):
        s = sessions.add_session(vault, case.case_id, date=fx.days_ago(days), duration_minutes=50)
        note = notes.create_progress_note(vault, case.case_id, text=text, session_id=s.session_id)
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    return case.case_id, people, ids


def test_a_held_note_is_refused_from_the_joint_release_and_the_rest_goes(vault: Vault, tmp_path: Path) -> None:
    case_id, (a, b), (joint, told) = _case(vault)
    first = fx.add_auth(vault, case_id, signer_client_id=a, signer_name="Member One")
    fx.add_auth(vault, case_id, signer_client_id=b, signer_name="Member Two")
    both = fx.request(case_id, note_ids=(joint, told), authorization_id=first.id)
    assert disclosure_gate.check(vault, both).allowed  # not held yet: the joint rule alone is met
    before = vault.ledger.head().seq
    mark = joint_held.hold(vault, told, a)
    assert (mark.member_id, mark.case_id) == (a, case_id)
    verdict = disclosure_gate.check(vault, both)
    assert not verdict.allowed
    chart = clients.get_client(vault, a).chart_number
    assert f"is held in confidence for one member (chart {chart})" in verdict.message
    assert [r.code for r in verdict.reasons] == ["joint.held.one"]  # type: ignore[attr-defined]
    with pytest.raises(RefusedByPolicy, match="held in confidence"):
        export.export(vault, both, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert not (tmp_path / "x.pdf").exists()
    # The same by dates: the range takes the held note in, and is refused for it.
    ranged = fx.request(case_id, date_from=fx.days_ago(30), date_to=fx.today(), authorization_id=first.id)
    assert "held in confidence" in disclosure_gate.check(vault, ranged).message
    # Nothing was disclosed, so nothing is accounted for; the joint note alone goes and is the one accounted.
    assert [e.kind for e in vault.ledger.entries(since_seq=before + 1)] == ["note.held_in_confidence"]
    result = export.export(vault, fx.request(case_id, note_ids=(joint,), authorization_id=first.id),
                           out=tmp_path / "joint.pdf", password=fx.PASSWORD)
    entry = vault.ledger.get(result.ledger_seq)
    assert entry is not None and told not in json.dumps(entry.payload) and joint in json.dumps(entry.payload)
    assert not any("HELDSECRETMARKER" in page for page in fx.pdf_text(tmp_path / "joint.pdf"))


def test_setting_and_clearing_is_logged_by_ids_only(vault: Vault) -> None:
    case_id, (a, b), (_joint, told) = _case(vault)
    before = vault.ledger.head().seq
    joint_held.hold(vault, told, a)
    joint_held.hold(vault, told, b)  # moved to the other member
    assert joint_held.marks(vault, case_id)[told].member_id == b
    cleared = joint_held.clear(vault, told)
    assert cleared.member_id == b and joint_held.marks(vault, case_id) == {}
    entries = vault.ledger.entries(since_seq=before + 1)
    assert [(e.kind, e.payload["member_id"]) for e in entries] == [
        ("note.held_in_confidence", a), ("note.held_in_confidence", b), ("note.held_cleared", b)]
    text = json.dumps([e.payload for e in entries])
    assert "HELDSECRETMARKER" not in text and "Member" not in text and "Case" not in text
    with pytest.raises(InvalidInput, match="not held in confidence"):
        joint_held.clear(vault, told)
    # cleared, the note is part of the joint record again
    first = fx.add_auth(vault, case_id, signer_client_id=a, signer_name="Member One")
    fx.add_auth(vault, case_id, signer_client_id=b, signer_name="Member Two")
    assert disclosure_gate.check(vault, fx.request(case_id, note_ids=(told,), authorization_id=first.id)).allowed


def test_only_a_case_note_and_only_for_a_member(vault: Vault) -> None:
    case_id, (a, _b), (_joint, told) = _case(vault)
    outsider = clients.create_client(vault, "Someone Else", date_of_birth="1975-01-01")
    with pytest.raises(InvalidInput, match="not a member of this couple or family"):
        joint_held.hold(vault, told, outsider.client_id)
    with pytest.raises(InvalidInput, match="not a member"):
        joint_held.hold(vault, told, "no such chart")
    s = sessions.add_session(vault, outsider.client_id, date=fx.days_ago(3), duration_minutes=50)
    own = notes.create_progress_note(vault, outsider.client_id, text="Own note.", session_id=s.session_id)
    with pytest.raises(RefusedByPolicy, match="Only a note of a couple or family chart"):
        joint_held.hold(vault, own.note_id, a)
    assert joint_held.marks(vault, case_id) == {}


def test_the_member_alone_may_release_what_they_told(vault: Vault) -> None:
    """A parent and a child: the parent is the only adult, so their authorization alone releases
    the record, and with it what the parent told; what the child told stays out."""
    case_id, (parent, child), (joint, told) = _case(vault, members=1)
    auth = fx.add_auth(vault, case_id, signer_client_id=parent, signer_name="Member One")
    request = fx.request(case_id, note_ids=(joint, told), authorization_id=auth.id)
    joint_held.hold(vault, told, parent)
    assert disclosure_gate.check(vault, request).allowed
    joint_held.hold(vault, told, child)
    verdict = disclosure_gate.check(vault, request)
    assert not verdict.allowed and f"(chart {clients.get_client(vault, child).chart_number})" in verdict.message


def test_no_authorizer_no_held_note(vault: Vault) -> None:
    case_id, (a, _b), (_joint, told) = _case(vault)
    joint_held.hold(vault, told, a)
    order = fx.request(case_id, note_ids=(told,), basis="court_order",
                       evidence={"order_attachment_id": "", "court": "Superior Court", "judge": "J. Judge"})
    assert "held in confidence" in disclosure_gate.check(vault, order).message


def test_a_destruction_finds_the_marks_as_chart_data(vault: Vault) -> None:
    """A mark is chart data: the destruction's schema discovery (a client_id column) finds it,
    and a chosen note's destruction by its note_id column."""
    from vault_app.storage.destruction_delete import chart_tables, note_column

    found = {t.name: t for t in chart_tables(vault.records)}
    assert "joint_held_notes" in found and note_column(found["joint_held_notes"]) == "note_id"
