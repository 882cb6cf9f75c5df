"""A disputed psychotherapy note carries its dispute in every export of it (45 CFR 164.526(d)(4)-(5)).

An amendment request may name a psychotherapy note (services/requests.new_request records it; it is
denied on 164.526(a)(2)(ii)). With a statement of disagreement filed, the request,
the denial, the statement and the rebuttal go "with any subsequent disclosure of the protected health
information to which the disagreement relates" (164.526(d)(5)(i)), whatever kind of note it is. Found
by the round's brief: the ordinary export (services/export_content.py) looked for disputes only when
it exported progress notes, so the psychotherapy notes went to an authorized recipient without the
client's statement. The rule is domain/amendment_disclosure.goes_with_these_notes, the one the
complete open export applies (tests/core/test_open_export_amendment_disputes.py tables it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import export, request_amendments, requests
from vault_app.services.vault import Vault

HEADING = "Amendment requests and statements of disagreement"


def _disputed(vault: Vault, client_id: str, note_id: str, *, filed: bool = True) -> str:
    q = requests.add_request(vault, client_id, kind="amendment", received_on=fx.days_ago(20), note_ids=(note_id,),
                             description="Please remove PSYREQUESTWORDS")
    # As docs/disclosure.md advises: psychotherapy notes are outside the designated record set (164.501).
    requests.deny_request(vault, q.id, grounds=["not_in_record_set"], decided_on=fx.days_ago(15))
    if filed:
        request_amendments.file_disagreement(vault, q.id, text="I never said PSYDISAGREEMARKER.",
                                             received_on=fx.days_ago(10))
        request_amendments.add_rebuttal(vault, q.id, text="The practice stands by PSYREBUTTALMARKER.")
    return q.id


def _psy_export(vault: Vault, chart: fx.Chart, out: Path) -> tuple[export.ExportResult, str]:
    auth = fx.add_auth(vault, chart.client_id, covers=["psychotherapy"], description="Psychotherapy notes")
    request = fx.request(chart.client_id, kind="psychotherapy", note_ids=(chart.psychotherapy[0],),
                         authorization_id=auth.id)
    result = export.export(vault, request, out=out, password=fx.PASSWORD)
    return result, " ".join(fx.pdf_text(out))


def test_a_psychotherapy_notes_dispute_goes_with_its_export(psy_vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    rid = _disputed(psy_vault, chart.client_id, chart.psychotherapy[0])
    result, text = _psy_export(psy_vault, chart, tmp_path / "psy.pdf")
    assert chart.psychotherapy_markers[0] in text, "the note itself went"
    for words in (HEADING, f"Request {rid}", "PSYREQUESTWORDS", "PSYDISAGREEMARKER", "PSYREBUTTALMARKER"):
        assert words in text, words
    assert result.described is not None
    assert (result.described.disputes, result.described.disagreements) == (1, 1)
    [logged] = [d for d in export.disclosures(psy_vault, chart.client_id) if d.kind == "psychotherapy"]
    assert "1 amendment request denied, 1 statement of disagreement" in logged.description, logged.description


def test_it_stays_out_of_an_export_of_the_progress_notes(psy_vault: Vault, tmp_path: Path) -> None:
    """The information the disagreement relates to is the psychotherapy note: a disclosure of the
    progress notes alone does not carry it (164.526(d)(5)(i))."""
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    _disputed(psy_vault, chart.client_id, chart.psychotherapy[0])
    auth = fx.add_auth(psy_vault, chart.client_id)
    out = tmp_path / "progress.pdf"
    result = export.export(psy_vault, fx.request(chart.client_id, note_ids=(chart.progress[0],),
                                                 authorization_id=auth.id), out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    assert "PSYDISAGREEMARKER" not in text and HEADING not in text
    assert result.described is not None and result.described.disputes == 0


def test_a_denial_without_a_statement_or_an_ask_stays_out(psy_vault: Vault, tmp_path: Path) -> None:
    """(d)(5)(ii): without a statement of disagreement, only at the client's ask."""
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    _disputed(psy_vault, chart.client_id, chart.psychotherapy[0], filed=False)
    result, text = _psy_export(psy_vault, chart, tmp_path / "psy.pdf")
    assert "PSYREQUESTWORDS" not in text and HEADING not in text
    assert result.described is not None and result.described.disputes == 0


def test_the_command_line_names_a_psychotherapy_note_and_exports_its_dispute(
        psy_vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole walk by the command line: `amendment add` could not name a psychotherapy note (its
    hint said to unlock them, and nothing there could); `--psychotherapy` does."""
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    auth = fx.add_auth(psy_vault, chart.client_id, covers=["psychotherapy"], description="Psychotherapy notes")
    folder, note = psy_vault.folder, chart.psychotherapy[0]
    psy_vault.lock()
    v = ["--vault", str(folder)]
    add = ["amendment", "add", *v, "--client", chart.client_id, "--received-on", fx.days_ago(20).isoformat(),
           "--notes", note, "--description", "Please remove CLIREQUESTWORDS"]
    refused = cli(capsys, monkeypatch, *add)
    assert refused.code != 0 and "--psychotherapy" in refused.err and "Traceback" not in refused.err
    made = cli(capsys, monkeypatch, "--json", *add, "--psychotherapy")
    assert made.code == 0, made.err
    rid = made.json()["request_id"]
    assert made.json()["note_ids"] == [note]
    statement = tmp_path / "statement.txt"
    statement.write_text("I never said CLIDISAGREEMARKER.\n", encoding="utf-8")
    for step in (["amendment", "deny", *v, rid, "--ground", "not_in_record_set"],
                 ["amendment", "disagree", *v, rid, "--received-on", fx.today().isoformat(), "--file", str(statement)]):
        done = cli(capsys, monkeypatch, *step)
        assert done.code == 0, done.err
    password = tmp_path / "pw.txt"
    password.write_text(fx.PASSWORD, encoding="utf-8")
    password.chmod(0o600)
    out = tmp_path / "psy.pdf"
    exported = cli(capsys, monkeypatch, "export", *v, "--client", chart.client_id, "--kind", "psychotherapy",
                   "--notes", note, "--recipient", fx.RECIPIENT.name, "--recipient-address", fx.RECIPIENT.address,
                   "--purpose", fx.PURPOSE, "--authorization", auth.id, "--out", str(out),
                   "--pdf-password-file", str(password))
    assert exported.code == 0, exported.err
    assert "1 amendment request denied, 1 statement of disagreement" in exported.out
    text = " ".join(fx.pdf_text(out))
    for words in (HEADING, "CLIREQUESTWORDS", "CLIDISAGREEMARKER"):
        assert words in text, words


def test_the_ordinary_export_carries_the_whole_dispute(vault: Vault, tmp_path: Path) -> None:
    """The denial goes whole (164.526(d)(4)-(5)(i)): its explanation, what was denied, which note it is
    about, as the complete open export says them (open_export_disputes.render: one layout for both).
    Found beside the brief: the ordinary export's page left out the practice's explanation, and its
    record.json (the client's own copy) left out the client's request itself."""
    import json

    import pikepdf

    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(20),
                             note_ids=(chart.progress[0],), description="Please remove JSONREQUESTWORDS")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(15),
                          explanation="The note says what was observed WHOLEEXPLAINED")
    request_amendments.file_disagreement(vault, q.id, text="WHOLEDISAGREE", received_on=fx.days_ago(10))
    access = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    out = tmp_path / "own.pdf"
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="client_access",
                                    evidence={"request_id": access.id}, recipient=fx.Recipient("Alex Testclient"),
                                    purpose="at the request of the individual"), out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    for words in (HEADING, "JSONREQUESTWORDS", "WHOLEEXPLAINED", "WHOLEDISAGREE", "About: progress note of"):
        assert words in text, words
    with pikepdf.open(out, password=fx.PASSWORD) as doc:
        data = json.loads(doc.attachments["record.json"].get_file().read_bytes())
    [dispute] = data["amendment_disputes"]
    assert dispute["request"] == "Please remove JSONREQUESTWORDS"
    assert "WHOLEEXPLAINED" in dispute["denial"]["explanation"]
    assert dispute["note_ids"] == [chart.progress[0]]
    # The keys it had stay, as they were (a reader of version 1 is not broken).
    assert dispute["grounds"] == ["accurate_and_complete"] and dispute["disagreement"] == "WHOLEDISAGREE"
