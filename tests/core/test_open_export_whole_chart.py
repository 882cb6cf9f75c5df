"""The complete open export is the WHOLE chart for a transfer of care (found walking the real app:
it said "the whole chart" and held only progress notes and documents). The treatment plan, its
diagnoses and goals, the informed-consent dates and the sessions (dates, CPT and ICD-10 codes)
go in the PDF and in chart.json; what the authorization does not cover is left out and said so,
and unsigned drafts can be left out (listed by date) instead of refusing the whole export."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_open_export import SCHEMA, read_archive
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import clients, export, notes, plans, sessions
from vault_app.services import open_export as service
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault


def _whole_chart(vault: Vault) -> fx.Chart:
    chart = fx.make_chart(vault, n=2)
    plans.update_plan(vault, chart.client_id, problems="PLANPROBLEMMARKER panic attacks at work",
                      diagnosis_codes=["F41.0", "F33.1"], modality_frequency="CBT, weekly",
                      start_date=fx.days_ago(95), review_date=fx.days_ago(5),
                      goals=[{"description": "GOALMARKER ride the bus to work", "objectives": ["exposure ladder"]}])
    clients.record_consent(vault, chart.client_id, limits_discussed_on=fx.days_ago(96),
                           consent_signed_on=fx.days_ago(95))
    sessions.update_session(vault, chart.sessions[0], cpt_code="90837")
    return chart


def _export(vault: Vault, chart: fx.Chart, out: Path, covers: list[str], **kw: object) -> object:
    auth = fx.add_auth(vault, chart.client_id, covers=covers, description="The complete record, transfer of care")
    return open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                       basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD, **kw)


def test_the_whole_chart_goes_plan_diagnoses_goals_consent_and_sessions(vault: Vault, tmp_path: Path) -> None:
    chart = _whole_chart(vault)
    out = tmp_path / "chart.pdf"
    before = len(export.disclosures(vault, chart.client_id))
    result = _export(vault, chart, out, ["progress", "billing"])
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    jsonschema.validate(data, SCHEMA)
    plan = data["treatment_plan"]
    assert "PLANPROBLEMMARKER" in plan["problems"] and plan["diagnosis_codes"] == ["F41.0", "F33.1"]
    assert plan["modality_frequency"] == "CBT, weekly" and plan["start_date"] == fx.days_ago(95).isoformat()
    assert [g["description"] for g in plan["goals"]] == ["GOALMARKER ride the bus to work"]
    assert plan["goals"][0]["objectives"] == ["exposure ladder"]
    assert data["informed_consent"] == {"limits_discussed_on": fx.days_ago(96).isoformat(),
                                        "consent_signed_on": fx.days_ago(95).isoformat(), "notes": ""}
    got = {s["session_id"]: s for s in data["sessions"]}
    assert set(got) == set(chart.sessions)
    assert got[chart.sessions[0]]["cpt_code"] == "90837" and got[chart.sessions[0]]["icd10_codes"] == ["F41.1"]
    assert got[chart.sessions[1]]["date"] == chart.note_days[1].isoformat()
    # Only the psychotherapy notes, not asked for, are out (they need their own authorization).
    assert [p["part"] for p in data["left_out"]] == ["psychotherapy notes"]
    text = " ".join(fx.pdf_text(out))
    for said in ("Treatment plan", "PLANPROBLEMMARKER", "F41.0", "F33.1", "GOALMARKER", "Informed consent",
                 "Sessions", "90837", "F41.1"):
        assert said in text, said
    # The sessions are billing information: a part of their own, logged as one.
    logged = export.disclosures(vault, chart.client_id)[before:]
    assert [d.kind for d in logged] == ["progress", "billing"]
    assert len(result.disclosure_ids) == 2 and result.sessions == 2  # type: ignore[attr-defined]
    assert "2 documents of the chart" not in logged[0].description


def test_sessions_outside_the_authorization_are_left_out_and_said_so(vault: Vault, tmp_path: Path) -> None:
    chart = _whole_chart(vault)
    out = tmp_path / "chart.pdf"
    before = len(export.disclosures(vault, chart.client_id))
    result = _export(vault, chart, out, ["progress"])
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    jsonschema.validate(data, SCHEMA)
    assert data["sessions"] == [] and "PLANPROBLEMMARKER" in data["treatment_plan"]["problems"]
    left = {p["part"]: p["why"] for p in data["left_out"]}
    assert "does not cover billing information" in left["sessions"]
    assert result.sessions == 0 and "sessions" in dict(result.left_out)  # type: ignore[attr-defined]
    text = " ".join(fx.pdf_text(out))
    assert "Left out of this copy" in text and "90837" not in text
    assert [d.kind for d in export.disclosures(vault, chart.client_id)[before:]] == ["progress"]


def test_one_document_is_said_in_the_singular(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    before = len(export.disclosures(vault, chart.client_id))
    # The authorization's scan is the chart's one document.
    _export(vault, chart, tmp_path / "chart.pdf", ["progress"])
    described = export.disclosures(vault, chart.client_id)[before].description
    assert "1 document of the chart" in described and "1 documents" not in described


def test_unsigned_drafts_are_listed_first_and_can_be_left_out(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    draft = notes.create_progress_note(vault, chart.client_id, template="free", text="DRAFTMARKER unsigned",
                                       note_date=fx.days_ago(2))
    assert service.unsigned_drafts(vault, chart.client_id) == [(draft.note_id, fx.days_ago(2))]
    with pytest.raises(RefusedByPolicy):
        _export(vault, chart, tmp_path / "refused.pdf", ["progress"])
    out = tmp_path / "chart.pdf"
    result = _export(vault, chart, out, ["progress"], leave_out_drafts=True)
    assert result.progress_notes == 2  # type: ignore[attr-defined]
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    assert all("DRAFTMARKER" not in json.dumps(n) for n in data["progress_notes"])
    left = {p["part"]: p["why"] for p in data["left_out"]}
    assert fx.days_ago(2).isoformat() in left["unsigned drafts"]


def test_drafts_left_out_of_a_chart_with_no_signed_note_leave_the_rest_to_go(vault: Vault, tmp_path: Path) -> None:
    """Found walking the real app: a chart moved in from SimplePractice whose notes came unsigned (the
    former clinician's, not the therapist's to sign) could not go to its next clinician at all ("Sign a
    draft first"). With its drafts left out, the rest of the chart goes: no note, the drafts listed."""
    chart = fx.make_chart(vault, n=0)
    notes.create_progress_note(vault, chart.client_id, template="free", text="DRAFTMARKER unsigned",
                               note_date=fx.days_ago(3))
    before = len(export.disclosures(vault, chart.client_id))
    out = tmp_path / "chart.pdf"
    result = _export(vault, chart, out, ["progress"], leave_out_drafts=True)
    assert result.progress_notes == 0 and result.attachments == 1  # type: ignore[attr-defined]
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    assert data["progress_notes"] == [] and "DRAFTMARKER" not in json.dumps(data)
    assert fx.days_ago(3).isoformat() in {p["part"]: p["why"] for p in data["left_out"]}["unsigned drafts"]
    described = export.disclosures(vault, chart.client_id)[before].description
    assert described.startswith("no progress notes; 1 document of the chart")


def test_a_chart_with_no_progress_note_goes_whole(vault: Vault, tmp_path: Path) -> None:
    """Found walking the real app: a chart with only a stored document (or a client moved in from a CSV
    list, with no notes yet) was refused "Nothing is selected: pick progress notes by id or by a date
    range", an option the complete open export does not have. Its documents, plan and consent go."""
    chart = fx.make_chart(vault, n=0)
    plans.update_plan(vault, chart.client_id, problems="PLANPROBLEMMARKER", diagnosis_codes=["F41.1"])
    out = tmp_path / "chart.pdf"
    result = _export(vault, chart, out, ["progress"])
    assert result.progress_notes == 0 and result.attachments == 1  # type: ignore[attr-defined]
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    assert data["progress_notes"] == [] and "PLANPROBLEMMARKER" in data["treatment_plan"]["problems"]


def test_the_command_line_leaves_the_drafts_out_as_the_window_does(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Found walking: `open-export` refused "sign it first or leave it out", and only the window could leave
    a draft out."""
    chart = fx.make_chart(vault, n=1)
    notes.create_progress_note(vault, chart.client_id, template="free", text="DRAFTMARKER unsigned",
                               note_date=fx.days_ago(2))
    auth = fx.add_auth(vault, chart.client_id, covers=["progress"], description="The complete record")
    folder = vault.folder
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    out = tmp_path / "chart.pdf"
    base = ["open-export", "--vault", str(folder), "--client", chart.client_id, "--recipient", fx.RECIPIENT.name,
            "--purpose", fx.PURPOSE, "--authorization", auth.id, "--pdf-password-file", str(pw), "--out", str(out)]
    refused = cli(capsys, monkeypatch, *base)
    assert refused.code == 6 and "--leave-out-drafts" in refused.out + refused.err and not out.exists()
    done = cli(capsys, monkeypatch, *base, "--leave-out-drafts")
    assert done.code == 0, done.err
    assert f"unsigned drafts left out: {fx.days_ago(2).isoformat()}" in done.out
    assert "DRAFTMARKER" not in read_archive(out, fx.PASSWORD)["chart.json"].decode()
