"""Authorizations through a real vault: complete or refused, scan attached, revocation, immutability."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import attachments, authorizations, clients, export, guardians, practice
from vault_app.services.vault import Vault


def test_recorded_with_scan_and_logged_by_id(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    before = vault.ledger.head().seq
    auth = fx.add_auth(vault, chart.client_id)
    stored = authorizations.get_authorization(vault, auth.id)
    assert stored == auth
    assert authorizations.status(stored).state == "valid"
    meta, data = attachments.read_attachment(vault, str(auth.scan_attachment_id))
    assert meta.kind == "authorization" and meta.client_id == chart.client_id and data == fx.SCAN
    recorded = [e for e in vault.ledger.entries(since_seq=before + 1) if e.kind == "authorization.recorded"]
    assert len(recorded) == 1
    payload = json.dumps(recorded[0].payload)
    assert auth.id in payload and "Rivera" not in payload and "Testclient" not in payload
    assert [a.id for a in authorizations.list_authorizations(vault, chart.client_id)] == [auth.id]
    described = authorizations.describe(stored)
    assert described["status"] == "valid" and described["missing_elements"] == []


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"statement_revoke": ""}, "right to revoke"),
        ({"statement_conditioning": ""}, "conditioning"),
        ({"statement_redisclosure": False}, "redisclose"),
        ({"expires_on": None}, "expiration date or event"),
        ({"purposes": []}, "purpose"),
        ({"recipient_name": ""}, "recipient's name"),
        ({"discloser": ""}, "who may make the disclosure"),
        ({"description": "notes"}, "specific description"),
        ({"scan": None}, "scan of the signed form"),
        ({"signer_role": "personal_representative"}, "personal representative's authority"),
        ({"part2": True}, "patient's name on the Part 2 consent"),
    ],
)
def test_missing_core_element_is_refused_and_nothing_stored(vault: Vault, change: dict[str, object],
                                                             missing: str) -> None:
    chart = fx.make_chart(vault, n=1)
    before = vault.ledger.head().seq
    with pytest.raises(InvalidInput, match=missing):
        fx.add_auth(vault, chart.client_id, **change)
    assert authorizations.list_authorizations(vault, chart.client_id) == []
    assert attachments.list_attachments(vault, chart.client_id, kind="authorization") == []
    assert vault.ledger.head().seq == before


def test_missing_scan_cites_the_keeping_rule_not_the_form_elements(vault: Vault) -> None:
    """164.508(c) lists what the form must say; keeping the signed form is 164.508(b)(6) and
    164.530(j). The refusal for a missing scan cited 164.508(c) (found reviewing the form's texts)."""
    chart = fx.make_chart(vault, n=1)
    with pytest.raises(InvalidInput) as alone:
        fx.add_auth(vault, chart.client_id, scan=None)
    said = alone.value.message
    assert "164.508(b)(6)" in said and "164.530(j)" in said
    assert "164.508(c)" not in said and "164.508(c)(4)" in alone.value.hint
    with pytest.raises(InvalidInput) as both:
        fx.add_auth(vault, chart.client_id, scan=None, purposes=[])
    elements, also = both.value.message.split(" It also needs ")
    assert "(45 CFR 164.508(c)): the purpose" in elements and "scan" not in elements
    assert also.startswith("a scan of the signed form") and "164.508(b)(6)" in also
    assert authorizations.list_authorizations(vault, chart.client_id) == []


def test_psychotherapy_authorization_cannot_be_combined(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    with pytest.raises(RefusedByPolicy, match=r"164\.508\(b\)\(3\)\(ii\)"):
        fx.add_auth(vault, chart.client_id, covers=["psychotherapy", "progress"])
    assert authorizations.list_authorizations(vault, chart.client_id) == []
    only = fx.add_auth(vault, chart.client_id, covers=["psychotherapy"])
    assert only.covers == frozenset({"psychotherapy"})


def test_revocation_stops_later_exports_not_earlier_ones(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    req = fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id)
    export.export(vault, req, out=tmp_path / "before.pdf", password=fx.PASSWORD)
    revoked = authorizations.revoke(vault, auth.id, received_on=fx.today(), scan=fx.SCAN)
    assert revoked.revocation is not None and revoked.revocation.attachment_id
    with pytest.raises(RefusedByPolicy, match=f"was revoked on {fx.today():%m/%d/%Y}"):
        export.export(vault, req, out=tmp_path / "after.pdf", password=fx.PASSWORD)
    assert len(export.disclosures(vault, chart.client_id)) == 1  # the earlier one stands
    with pytest.raises(RefusedByPolicy, match="already revoked"):
        authorizations.revoke(vault, auth.id, received_on=fx.today())
    # A practice that writes day/month reads its own dates in the refusal (the gate's context
    # carries the practice's locale), not ISO nor the US order.
    practice.update(vault, locale="en_GB")
    with pytest.raises(RefusedByPolicy, match=f"was revoked on {fx.today():%d/%m/%Y}"):
        export.export(vault, req, out=tmp_path / "after.pdf", password=fx.PASSWORD)
    with pytest.raises(RefusedByPolicy, match=f"already revoked on {fx.today():%d/%m/%Y}"):
        authorizations.revoke(vault, auth.id, received_on=fx.today())


def test_revocation_must_be_in_writing_and_after_signing(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    with pytest.raises(RefusedByPolicy, match="in writing"):
        authorizations.revoke(vault, auth.id, received_on=fx.today(), in_writing=False)
    with pytest.raises(InvalidInput, match="before the authorization was signed"):
        authorizations.revoke(vault, auth.id, received_on=fx.days_ago(200))


def test_recorded_terms_are_immutable_below_the_service(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    with pytest.raises(Exception, match="recorded authorizations are immutable"):  # the trigger, below any service
        vault.records.execute("UPDATE authorizations SET recipient_name = 'x' WHERE authorization_id = ?",
                              (auth.id,))
    assert authorizations.get_authorization(vault, auth.id).recipient_name == fx.RECIPIENT.name


def test_expiration_event(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id, expires_on=None, expiration_event="end of treatment")
    assert authorizations.status(auth).state == "valid"
    ended = authorizations.record_expiration_event(vault, auth.id, occurred_on=fx.today())
    assert authorizations.status(ended).state == "expired"
    with pytest.raises(RefusedByPolicy, match="already recorded"):
        authorizations.record_expiration_event(vault, auth.id, occurred_on=fx.today())


def test_expiring_within_thirty_days(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    soon = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=10))
    fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=45))
    revoked = fx.add_auth(vault, chart.client_id, expires_on=fx.today() + timedelta(days=5))
    authorizations.revoke(vault, revoked.id, received_on=fx.today())
    assert [a.id for a in authorizations.expiring_within(vault, 30)] == [soon.id]


def test_representative_signs_with_recorded_authority(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    parent = guardians.add_guardian(vault, chart.client_id, "Pat Parent", authority="parent", relationship="mother")
    barred = guardians.add_guardian(vault, chart.client_id, "Other Parent", authority="parent", may_authorize=False)
    auth = fx.add_auth(vault, chart.client_id, guardian_id=parent.guardian_id, signer_name="")
    assert auth.signer.role == "personal_representative" and "parent" in auth.signer.authority
    with pytest.raises(RefusedByPolicy, match="not recorded as allowed to sign"):
        fx.add_auth(vault, chart.client_id, guardian_id=barred.guardian_id)
    with pytest.raises(NotFound):
        fx.add_auth(vault, chart.client_id, guardian_id="0" * 16)


def test_updating_a_representative_keeps_their_id_and_changes_what_they_may_sign(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=fx.born_years_ago(10))
    other = fx.make_chart(vault, n=1)
    parent = guardians.add_guardian(vault, chart.client_id, "Pat Parent", authority="parent", relationship="mother")
    signed = fx.add_auth(vault, chart.client_id, guardian_id=parent.guardian_id, signer_name="")
    # Custody changed: the parent may no longer sign; then it is restored with an end date.
    barred = guardians.update_guardian(vault, chart.client_id, parent.guardian_id, may_authorize=False,
                                     notes="custody order of 2026-10-01")
    assert barred.guardian_id == parent.guardian_id and barred.created_at == parent.created_at
    assert barred.name == "Pat Parent" and barred.relationship == "mother", "untouched fields stay"
    with pytest.raises(RefusedByPolicy, match="not recorded as allowed to sign"):
        fx.add_auth(vault, chart.client_id, guardian_id=parent.guardian_id)
    ended = guardians.update_guardian(vault, chart.client_id, parent.guardian_id, may_authorize=True,
                                    valid_until=fx.days_ago(1))
    # Signed 100 days ago, while the guardianship held: recorded, saying it has ended since; signed today: refused.
    kept = fx.add_auth(vault, chart.client_id, guardian_id=parent.guardian_id)
    assert "no longer holds from" in authorizations.signing_warnings(vault, kept)[0]
    with pytest.raises(RefusedByPolicy, match="ended on"):
        fx.add_auth(vault, chart.client_id, guardian_id=parent.guardian_id, signed_on=fx.today())
    assert guardians.representatives(vault, chart.client_id) == []
    assert clients.get_client(vault, chart.client_id).guardians == (ended,)
    assert authorizations.get_authorization(vault, signed.id).signer.name == "Pat Parent", "history stays"
    logged = [e for e in vault.ledger.entries() if e.kind == "guardian.updated"]
    assert [e.payload["fields"] for e in logged] == [["may_authorize", "notes"], ["may_authorize", "valid_until"]]

    before = clients.get_client(vault, chart.client_id)
    with pytest.raises(InvalidInput, match="ends before it starts"):
        guardians.update_guardian(vault, chart.client_id, parent.guardian_id, valid_from=fx.today())
    with pytest.raises(InvalidInput, match="must not be empty"):
        guardians.update_guardian(vault, chart.client_id, parent.guardian_id, name="  ")
    with pytest.raises(InvalidInput, match="Unknown guardian field"):
        guardians.update_guardian(vault, chart.client_id, parent.guardian_id, created_at="2000-01-01")
    with pytest.raises(NotFound):
        guardians.update_guardian(vault, other.client_id, parent.guardian_id, name="Someone")
    assert clients.get_client(vault, chart.client_id) == before, "a refused change writes nothing"


def test_unknown_ids(vault: Vault) -> None:
    with pytest.raises(NotFound):
        authorizations.get_authorization(vault, "A-missing")
    with pytest.raises(NotFound):
        fx.add_auth(vault, "0" * 16)


def test_joint_record_needs_an_authorization_from_every_adult_member(vault: Vault, tmp_path: Path) -> None:
    from vault_app.services import notes, sessions

    fx.set_practice(vault)
    a = clients.create_client(vault, "Member One", date_of_birth="1980-01-01")
    b = clients.create_client(vault, "Member Two", date_of_birth="1982-01-01")
    kid = clients.create_client(vault, "Member Child", date_of_birth=fx.days_ago(3650).isoformat())
    case = clients.create_case(vault, "The Couple", [a.client_id, b.client_id, kid.client_id], kind="family")
    s = sessions.add_session(vault, case.case_id, date=fx.days_ago(10), duration_minutes=50)
    note = notes.create_progress_note(vault, case.case_id, text="Joint session JOINTMARKER.", session_id=s.session_id)
    notes.sign_note(vault, note.note_id)
    with pytest.raises(InvalidInput, match="name the member who signed"):
        fx.add_auth(vault, case.case_id)
    with pytest.raises(InvalidInput, match="not a member"):
        fx.add_auth(vault, case.case_id, signer_client_id="0" * 16)
    first = fx.add_auth(vault, case.case_id, signer_client_id=a.client_id, signer_name="Member One")
    req = fx.request(case.case_id, note_ids=(note.note_id,), authorization_id=first.id)
    # The member who has not authorized, by chart number (never a name in the core's English).
    with pytest.raises(RefusedByPolicy, match=rf"1 of 2 adult members has not given one \(chart {b.chart_number}\)"):
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    second = fx.add_auth(vault, case.case_id, signer_client_id=b.client_id, signer_name="Member Two")
    result = export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    entry = vault.ledger.get(result.ledger_seq)
    assert entry is not None and entry.payload["extra"]["authorization_ids"] == [first.id, second.id]


def test_checked_only_refuses_as_recording_would_and_stores_nothing(vault: Vault) -> None:
    """The authorization form says what is still missing as it is filled in (gui/auth_refusal_line):
    every check of Record, nothing stored, nothing in the ledger, whether refused or complete."""
    chart = fx.make_chart(vault, n=1)
    before = vault.ledger.head().seq
    with pytest.raises(InvalidInput, match="purpose"):
        fx.add_auth(vault, chart.client_id, purposes=[], check_only=True)
    checked = fx.add_auth(vault, chart.client_id, check_only=True)
    assert checked.client_id == chart.client_id
    assert authorizations.list_authorizations(vault, chart.client_id) == []
    assert attachments.list_attachments(vault, chart.client_id, kind="authorization") == []
    assert vault.ledger.head().seq == before
