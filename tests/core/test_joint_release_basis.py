"""A joint (couple or family) record's release names, as its legal basis, every authorization the
gate relied on: one from each adult member (domain/disclosure_gate_authorization.check_joint). Found: the PDF's
"Legal basis" named only the authorization chosen in the wizard, though the release needed both."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.services import clients, export, notes, sessions
from vault_app.services.vault import Vault


def _case(vault: Vault) -> tuple[str, str, str, str]:
    fx.set_practice(vault)
    a = clients.create_client(vault, "Member One", date_of_birth="1980-01-01")
    b = clients.create_client(vault, "Member Two", date_of_birth="1982-01-01")
    case = clients.create_case(vault, "The Couple", [a.client_id, b.client_id], kind="couple")
    s = sessions.add_session(vault, case.case_id, date=fx.days_ago(10), duration_minutes=50)
    note = notes.create_progress_note(vault, case.case_id, text="Joint session.", session_id=s.session_id)
    notes.sign_note(vault, note.note_id)
    return case.case_id, note.note_id, a.client_id, b.client_id


def test_a_joint_release_names_each_members_authorization(vault: Vault, tmp_path: Path) -> None:
    case_id, note_id, one, two = _case(vault)
    first = fx.add_auth(vault, case_id, signer_client_id=one, signer_name="Member One")
    second = fx.add_auth(vault, case_id, signer_client_id=two, signer_name="Member Two")
    out = tmp_path / "joint.pdf"
    result = export.export(vault, fx.request(case_id, note_ids=(note_id,), authorization_id=second.id),
                           out=out, password=fx.PASSWORD)
    assert set(result.verdict.authorization_ids) == {first.id, second.id}
    cover = " ".join(fx.pdf_text(out)).split("What is disclosed")[0]
    basis = cover.split("Legal basis")[1]
    assert f"authorizations {second.id}, {first.id}" in basis, basis  # the chosen one first
    assert "each adult member" in basis, basis


def test_a_single_clients_release_names_its_one_authorization(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "one.pdf"
    export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                  out=out, password=fx.PASSWORD)
    basis = " ".join(fx.pdf_text(out)).split("What is disclosed")[0].split("Legal basis")[1]
    assert f"authorization {auth.id}" in basis and "each adult member" not in basis, basis
