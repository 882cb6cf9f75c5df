"""A denied amendment request under dispute goes with the complete open export of the notes it
concerns, as with every later disclosure of them (45 CFR 164.526(d)(4)-(5)): the request, the
denial, the client's statement of disagreement and the practice's rebuttal. Found by the round's
brief: the ordinary export carried them (services/export_content.py) and the export of "the whole
chart" did not, so a successor or the client's own copy held the disputed note without the dispute.

Which requests go is domain/amendment_disclosure's rule: with a statement of disagreement always
((d)(5)(i)); without one only when the client asked ((d)(5)(ii)); and only with a disclosure of the
information the dispute is about (a note this file holds)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_open_export import SCHEMA, read_archive
from vault_app.domain.amendment_disclosure import goes_with_these_notes
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.requests import ClientRequest
from vault_app.services import amendment_inclusion, export, request_amendments, requests
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

HEADING = "Amendment requests under dispute"


def _denied(vault: Vault, client_id: str, note_ids: tuple[str, ...], words: str) -> str:
    q = requests.add_request(vault, client_id, kind="amendment", received_on=fx.days_ago(20),
                             note_ids=note_ids, description=f"Please remove {words}")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(15),
                          explanation=f"The note says what was observed {words}EXPLAINED")
    return q.id


def _export(vault: Vault, client_id: str, out: Path, **more: object) -> tuple[dict[str, bytes], str]:
    auth = fx.add_auth(vault, client_id, covers=["progress", "billing"], description="The complete record")
    result = open_export(vault, client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD, **more)  # type: ignore[arg-type]
    files = read_archive(out, fx.PASSWORD)
    went = [d["request_id"] for d in json.loads(files["chart.json"])["amendment_disputes"]]
    assert list(result.amendment_disputes) == went == result.as_dict()["amendment_disputes"], "the result names them"
    return files, " ".join(fx.pdf_text(out))


def test_the_dispute_goes_with_the_complete_export(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    rid = _denied(vault, chart.client_id, (chart.progress[0],), "DISPUTEDWORDS")
    request_amendments.file_disagreement(vault, rid, text="I never said DISAGREEMARKER.", received_on=fx.days_ago(10))
    request_amendments.add_rebuttal(vault, rid, text="The practice stands by REBUTTALMARKER.")
    quiet = _denied(vault, chart.client_id, (chart.progress[1],), "QUIETWORDS")  # no statement, no ask: stays out
    before = len(export.disclosures(vault, chart.client_id))
    files, text = _export(vault, chart.client_id, tmp_path / "chart.pdf")
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)
    [dispute] = data["amendment_disputes"]
    assert dispute["request_id"] == rid and quiet not in json.dumps(data)
    assert dispute["note_ids"] == [chart.progress[0]]
    assert dispute["request"] == "Please remove DISPUTEDWORDS"
    assert dispute["received_on"] == fx.days_ago(20).isoformat()
    assert dispute["denial"]["decided_on"] == fx.days_ago(15).isoformat()
    assert [g["code"] for g in dispute["denial"]["grounds"]] == ["accurate_and_complete"]
    assert "accurate and complete" in dispute["denial"]["grounds"][0]["text"]
    assert "DISPUTEDWORDSEXPLAINED" in dispute["denial"]["explanation"]
    assert dispute["statement_of_disagreement"] == {"received_on": fx.days_ago(10).isoformat(),
                                                    "text": "I never said DISAGREEMARKER."}
    assert dispute["rebuttal"] == "The practice stands by REBUTTALMARKER."
    assert dispute["why_included"] == "statement_of_disagreement"
    # The readable pages: a page of its own, and the note it disputes says so.
    for words in (HEADING, "DISPUTEDWORDS", "DISPUTEDWORDSEXPLAINED", "DISAGREEMARKER", "REBUTTALMARKER",
                  "164.526(d)"):
        assert words in text, words
    assert "QUIETWORDS" not in text
    assert f"request {rid}" in text, "the disputed note points to its dispute"
    [logged, *_rest] = export.disclosures(vault, chart.client_id)[before:]
    assert "1 amendment request denied, 1 statement of disagreement" in logged.description, logged.description


def test_the_clients_ask_sends_a_denial_without_a_statement(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    rid = _denied(vault, chart.client_id, (chart.progress[0],), "ASKEDWORDS")
    amendment_inclusion.ask_included(vault, rid, asked_on=fx.days_ago(1))
    files, text = _export(vault, chart.client_id, tmp_path / "chart.pdf")
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)
    [dispute] = data["amendment_disputes"]
    assert dispute["why_included"] == "client_asked" and dispute["client_asked_on"] == fx.days_ago(1).isoformat()
    assert dispute["statement_of_disagreement"] is None and dispute["rebuttal"] is None
    assert "ASKEDWORDS" in text and HEADING in text


def test_no_dispute_no_page(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    files, text = _export(vault, chart.client_id, tmp_path / "chart.pdf")
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)
    assert data["amendment_disputes"] == [] and HEADING not in text


def test_a_dispute_of_a_left_out_draft_stays_out(vault: Vault, tmp_path: Path) -> None:
    from vault_app.services import notes

    chart = fx.make_chart(vault, n=1)
    draft = notes.create_progress_note(vault, chart.client_id, template="free", text="a draft")
    rid = _denied(vault, chart.client_id, (draft.note_id,), "DRAFTWORDS")
    request_amendments.file_disagreement(vault, rid, text="DRAFTDISAGREE", received_on=fx.days_ago(1))
    files, text = _export(vault, chart.client_id, tmp_path / "chart.pdf", leave_out_drafts=True)
    assert json.loads(files["chart.json"])["amendment_disputes"] == []
    assert "DRAFTWORDS" not in text and "DRAFTDISAGREE" not in text


def test_a_psychotherapy_notes_dispute_goes_only_with_them(psy_vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    rid = _denied(psy_vault, chart.client_id, (chart.psychotherapy[0],), "PSYDISPUTE")
    request_amendments.file_disagreement(psy_vault, rid, text="PSYDISAGREE", received_on=fx.days_ago(1))
    files, text = _export(psy_vault, chart.client_id, tmp_path / "without.pdf")
    assert json.loads(files["chart.json"])["amendment_disputes"] == [] and "PSYDISAGREE" not in text
    psy_auth = fx.add_auth(psy_vault, chart.client_id, covers=["psychotherapy"], description="Psychotherapy notes")
    before = len(export.disclosures(psy_vault, chart.client_id))
    files, text = _export(psy_vault, chart.client_id, tmp_path / "with.pdf",
                          psychotherapy_basis=LegalBasis("authorization", {}, psy_auth.id))
    [dispute] = json.loads(files["chart.json"])["amendment_disputes"]
    assert dispute["note_ids"] == [chart.psychotherapy[0]] and "PSYDISAGREE" in text
    logged = export.disclosures(psy_vault, chart.client_id)[before:]
    said = {d.kind: d.description for d in logged}
    assert "statement of disagreement" in said["psychotherapy"] and "amendment request" not in said["progress"]


def _q(status: str, notes: tuple[str, ...], *, filed: bool = False, asked: bool = False) -> ClientRequest:
    from datetime import date

    return ClientRequest("R-1", "C1", "amendment", date(2026, 1, 5), status=status,  # type: ignore[arg-type]
                         note_ids=notes, disagreement="I disagree" if filed else "",
                         include_asked_on=date(2026, 2, 1) if asked else None)


# request, the notes a disclosure holds -> it goes with that disclosure (164.526(d)(5))
WITH_NOTES = [
    (_q("denied", ("N1",), filed=True), ("N1", "N2"), True),  # (d)(5)(i)
    (_q("denied", ("N1", "P9"), filed=True), ("N1",), True),  # one of its notes is enough
    (_q("denied", ("N1",), asked=True), ("N1",), True),  # (d)(5)(ii), asked
    (_q("denied", ("N1",), filed=True), ("N2",), False),  # not the information it is about
    (_q("denied", ("N1",), filed=True), (), False),
    (_q("denied", ("N1",)), ("N1",), False),  # (d)(5)(ii), not asked
    (_q("granted", ("N1",), filed=True), ("N1",), False),  # an accepted amendment is in the note itself
    (_q("denied", (), filed=True), ("N1",), False),  # linked to no note: nothing it goes with
]


@pytest.mark.parametrize(("q", "held", "goes"), WITH_NOTES)
def test_the_rule_with_the_notes_a_disclosure_holds(q: ClientRequest, held: tuple[str, ...], goes: bool) -> None:
    assert goes_with_these_notes(q, held) is goes
