"""The complete open export counts what it carries beside the notes, as the ordinary export does
(domain/export_carried): the notes' amendments and addenda in the ledger's description (which the
accounting of disclosures repeats), and in its result the amendments, the addenda, the denied
amendment requests with the statements of disagreement, and the notices of closure sent, so the
window can say them. Found by the round's brief: its description counted the disputes and not the
amendments and addenda that the file carries with the notes ("2 progress notes ...; with 1 amendment
request denied"), and its window said nothing of the disputes nor the notices of closure."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import export, notes, request_amendments, requests
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault


def test_amendments_and_addenda_are_counted_in_the_description_and_the_result(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    notes.amend_note(vault, chart.progress[0], "Corrected the date of the first visit.", kind="amendment",
                     reason="wrong date")
    notes.amend_note(vault, chart.progress[0], "Client called after the session.")
    notes.amend_note(vault, chart.progress[1], "Follow-up telephone call.")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(20),
                             note_ids=(chart.progress[1],), description="Please remove it")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(15),
                          explanation="The note says what was observed")
    request_amendments.file_disagreement(vault, q.id, text="I disagree.", received_on=fx.days_ago(10))
    auth = fx.add_auth(vault, chart.client_id, covers=["progress", "billing"], description="The complete record")
    before = len(export.disclosures(vault, chart.client_id))
    result = open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                         basis=LegalBasis("authorization", {}, auth.id), out=tmp_path / "chart.pdf",
                         password=fx.PASSWORD)
    logged = {d.kind: d.description for d in export.disclosures(vault, chart.client_id)[before:]}
    assert "with 1 amendment, 2 addenda, 1 amendment request denied, 1 statement of disagreement" \
        in logged["progress"], logged["progress"]
    assert (result.amendments, result.addenda, result.disagreements, result.closure_letters) == (1, 2, 1, 0)
    assert result.amendment_disputes == (q.id,)
    said = result.as_dict()
    assert (said["amendments"], said["addenda"], said["disagreements"], said["closure_letters"]) == (1, 2, 1, 0)


def test_a_chart_with_none_says_none(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"], description="The progress notes")
    before = len(export.disclosures(vault, chart.client_id))
    result = open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                         basis=LegalBasis("authorization", {}, auth.id), out=tmp_path / "chart.pdf",
                         password=fx.PASSWORD)
    [logged] = export.disclosures(vault, chart.client_id)[before:]
    assert "amendment" not in logged.description and "addend" not in logged.description
    assert (result.amendments, result.addenda, result.disagreements, result.closure_letters) == (0, 0, 0, 0)
