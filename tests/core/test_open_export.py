"""Issue 18: the complete open export. Through the gate, logged like any disclosure, one
AES-256 PDF carrying manifest.json, chart.json (valid against docs/open-export.schema.json),
every note and document; read back WITHOUT the app (pypdf + json, as docs/open-export.md
says) and re-imported into a new vault, the chart's notes come back byte for byte."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pypdf
import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from scripts.make_simplepractice_export import make_export
from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import attachment_edits, attachments, clients, export, measures, notes, requests
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault, create_vault

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "open-export.schema.json").read_text())


def read_archive(path: Path, password: str) -> dict[str, bytes]:
    """What docs/open-export.md tells a reader to do: decrypt, take the embedded files,
    check each against manifest.json."""
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted and reader.decrypt(password) != pypdf.PasswordType.NOT_DECRYPTED
    files = {name: contents[0] for name, contents in reader.attachments.items()}
    manifest = json.loads(files["manifest.json"])
    assert manifest["format_version"] == 5
    assert set(manifest["files"]) == set(files) - {"manifest.json"}
    for name, meta in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == meta["sha256"] and len(files[name]) == meta["size"]
    return files


def reimport(vault: Vault, chart: dict[str, Any], files: dict[str, bytes]) -> str:
    """Re-create the chart in another vault from the documented format only."""
    c = chart["client"]
    client_id = clients.create_client(vault, c["legal_name"], date_of_birth=c["date_of_birth"]).client_id
    for n in chart["progress_notes"]:
        notes.create_progress_note(vault, client_id, template=n["template"], sections=n["sections"],
                                   note_date=n["note_date"])
    for n in chart["psychotherapy_notes"]:
        notes.create_psychotherapy_note(vault, client_id, n["body"], note_date=n["note_date"])
    for a in chart["attachments"]:
        attachments.import_attachment(vault, client_id, files[a["file"]], kind=a["kind"], filename=a["filename"],
                                      document_date=a["document_date"])
    return client_id


def _chart(vault: Vault) -> fx.Chart:
    chart = fx.make_chart(vault, n=2, with_psychotherapy=True)
    note = notes.create_progress_note(vault, chart.client_id, template="free",
                                      text="Free text with  two spaces,\ttabs, ünïcödé and a final line\nsecond line")
    notes.sign_note(vault, note.note_id)
    notes.amend_note(vault, note.note_id, "Addendum: phoned the client.")
    attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="consent", filename="consent.pdf")
    return chart


def test_open_export_round_trip_reproduces_notes_byte_for_byte(psy_vault: Vault, tmp_path: Path,
                                                               kdf_params: KdfParams) -> None:
    chart = _chart(psy_vault)
    # Item 9 at zero: no risk line goes into a draft, so the notes stay as written.
    phq = measures.record_measure(psy_vault, chart.client_id, "phq9", [2, 1, 1, 0, 3, 0, 1, 2, 0],
                                  taken_on=chart.note_days[0])
    gad = measures.record_measure(psy_vault, chart.client_id, "gad7", [1] * 7, taken_on=chart.note_days[-1])
    fixed = measures.correct_measure(psy_vault, gad.measure.measure_id, [2, 2, 1, 1, 1, 1, 1], reason="typo")
    auth = fx.add_auth(psy_vault, chart.client_id, description="The complete record, for transfer of care")
    psy_auth = fx.add_auth(psy_vault, chart.client_id, covers=["psychotherapy"],
                           description="Psychotherapy notes, for transfer of care")
    before = len(export.disclosures(psy_vault, chart.client_id))
    out = tmp_path / "chart.pdf"
    result = open_export(psy_vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                         basis=LegalBasis("authorization", {}, auth.id), out=out, password=fx.PASSWORD,
                         psychotherapy_basis=LegalBasis("authorization", {}, psy_auth.id))
    assert result.progress_notes == 3 and result.psychotherapy_notes == 2 and result.psychotherapy_left_out == ""
    assert result.measures == 2
    assert hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    # Logged like any disclosure: one entry per part, each naming the file's hash.
    logged = export.disclosures(psy_vault, chart.client_id)[before:]
    assert [d.kind for d in logged] == ["progress", "psychotherapy"]
    assert {d.sha256 for d in logged} == {result.sha256}
    assert all(d.disclosure_id in result.disclosure_ids for d in logged)

    files = read_archive(out, fx.PASSWORD)
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)
    assert len(data["attachments"]) == 3  # the consent and the two authorizations' scans
    # The measures, as FHIR R4 QuestionnaireResponse: the current ones only (the corrected
    # GAD-7 replaces the first), each parsed by an independent FHIR library.
    by_id = {m["id"]: m for m in data["measures"]}
    assert set(by_id) == {phq.measure.measure_id, fixed.measure.measure_id}
    for m in data["measures"]:
        parsed = QuestionnaireResponse.model_validate(m)
        assert parsed.subject is not None and parsed.subject.reference == f"Patient/{data['client']['client_id']}"
    phq_qr = by_id[phq.measure.measure_id]
    assert phq_qr["questionnaire"] == "http://loinc.org/q/44249-1" and phq_qr["status"] == "completed"
    assert phq_qr["authored"] == phq.measure.taken_on.isoformat()
    assert phq_qr["item"][-1] == {"linkId": "/44261-6", "text": phq_qr["item"][-1]["text"],
                                  "answer": [{"valueInteger": phq.measure.total}]}
    assert by_id[fixed.measure.measure_id]["status"] == "amended"
    assert by_id[fixed.measure.measure_id]["item"][-1]["answer"] == [{"valueInteger": 9}]
    assert "with 2 outcome measure results" in logged[0].description
    text = " ".join(fx.pdf_text(out))  # the readable PDF of the chart
    assert all(m in text for m in chart.progress_markers + chart.psychotherapy_markers)

    other = create_vault(tmp_path / "new-vault", PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    other.unlock_psychotherapy(PASSPHRASE)
    new_id = reimport(other, data, files)
    old = sorted((n.note_date, dict(notes.get_note(psy_vault, n.note_id).sections))
                 for n in notes.list_notes(psy_vault, chart.client_id))
    new = sorted((n.note_date, dict(notes.get_note(other, n.note_id).sections))
                 for n in notes.list_notes(other, new_id))
    assert [json.dumps(s, ensure_ascii=False).encode() for _, s in old] == [
        json.dumps(s, ensure_ascii=False).encode() for _, s in new]
    old_psy = sorted((n.note_date, notes.get_psychotherapy_note(psy_vault, n.note_id).body.encode())
                     for n in notes.list_psychotherapy_notes(psy_vault, chart.client_id))
    new_psy = sorted((n.note_date, notes.get_psychotherapy_note(other, n.note_id).body.encode())
                     for n in notes.list_psychotherapy_notes(other, new_id))
    assert old_psy == new_psy
    # The text files are the notes' text, byte for byte.
    for n in data["progress_notes"]:
        if n["template"] == "free":
            assert files[n["text_file"]] == n["sections"]["text"].encode("utf-8")
    old_docs = sorted(a.sha256 for a in attachments.list_attachments(psy_vault, chart.client_id))
    assert sorted(a.sha256 for a in attachments.list_attachments(other, new_id)) == old_docs
    other.lock()


def test_psychotherapy_notes_left_out_when_the_basis_does_not_allow_them(psy_vault: Vault, tmp_path: Path) -> None:
    chart = _chart(psy_vault)
    q = requests.add_request(psy_vault, chart.client_id, kind="access", received_on=fx.days_ago(2))
    out = tmp_path / "own-copy.pdf"
    result = open_export(psy_vault, chart.client_id, recipient=fx.Recipient("Alex Testclient"), purpose="own copy",
                         basis=LegalBasis("client_access", {"request_id": q.id}), out=out, password=fx.PASSWORD,
                         psychotherapy_basis=LegalBasis("client_access", {"request_id": q.id}))
    assert result.psychotherapy_notes == 0 and result.psychotherapy_left_out
    files = read_archive(out, fx.PASSWORD)
    data = json.loads(files["chart.json"])
    jsonschema.validate(data, SCHEMA)
    assert data["psychotherapy_notes"] == [] and data["psychotherapy_notes_left_out"]
    assert not [n for n in files if n.startswith("notes/psychotherapy/")]
    blob = b"".join(files.values()) + out.read_bytes()
    for marker in chart.psychotherapy_markers:
        assert marker.encode() not in blob
        assert marker not in " ".join(fx.pdf_text(out))


def test_a_corrected_document_carries_what_it_was_before_each_correction(psy_vault: Vault, tmp_path: Path) -> None:
    chart = _chart(psy_vault)
    scan = attachments.add_attachment(psy_vault, chart.client_id, fx.SCAN, kind="other", filename="scan0003.pdf")
    attachment_edits.amend_attachment(psy_vault, scan.attachment_id, title="Neuropsych evaluation")
    attachment_edits.amend_attachment(psy_vault, scan.attachment_id, title="Neuropsychological evaluation",
                                      document_date=fx.days_ago(40))
    q = requests.add_request(psy_vault, chart.client_id, kind="access", received_on=fx.days_ago(2))
    out = tmp_path / "own-copy.pdf"
    open_export(psy_vault, chart.client_id, recipient=fx.Recipient("Alex Testclient"), purpose="own copy",
                basis=LegalBasis("client_access", {"request_id": q.id}), out=out, password=fx.PASSWORD)
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    jsonschema.validate(data, SCHEMA)
    docs = {d["attachment_id"]: d for d in data["attachments"]}
    doc = docs[scan.attachment_id]
    assert doc["description"] == "Neuropsychological evaluation"
    assert doc["document_date"] == fx.days_ago(40).isoformat()
    assert [(c["field"], c["before"], c["after"]) for c in doc["changes"]] == [
        ("title", "scan0003.pdf", "Neuropsych evaluation"),
        ("title", "Neuropsych evaluation", "Neuropsychological evaluation"),
        ("document_date", "", fx.days_ago(40).isoformat()),
    ]
    assert all(c["changed_at"] and c["author"] for c in doc["changes"])
    assert all(d["changes"] == [] for i, d in docs.items() if i != scan.attachment_id)
    text = " ".join(fx.pdf_text(out))  # the readable pages say it too
    assert "Neuropsychological evaluation" in text and "“scan0003.pdf” changed to “Neuropsych evaluation”" in text


def test_refused_by_the_gate_writes_and_logs_nothing(psy_vault: Vault, tmp_path: Path) -> None:
    vault = psy_vault
    chart = _chart(vault)
    before = len(vault.ledger.entries(kinds=("disclosure",)))
    with pytest.raises(RefusedByPolicy):
        open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                    basis=LegalBasis("authorization", {}, None), out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert not (tmp_path / "x.pdf").exists()
    assert len(vault.ledger.entries(kinds=("disclosure",))) == before
    with pytest.raises(InvalidInput, match="password"):
        open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose=fx.PURPOSE,
                    basis=LegalBasis("authorization", {}, None), out=tmp_path / "x.pdf", password="short")


def test_imported_notes_keep_their_provenance_in_the_export(psy_vault: Vault, tmp_path: Path) -> None:
    export_tree = make_export(tmp_path / "sp", clients=1, notes_per_client=2)
    report = import_simplepractice(psy_vault, export_tree.root)
    client_id = report.client_ids[0]
    q = requests.add_request(psy_vault, client_id, kind="access", received_on=fx.days_ago(1))
    out = tmp_path / "imported.pdf"
    open_export(psy_vault, client_id, recipient=fx.Recipient("The client"), purpose="own copy",
                basis=LegalBasis("client_access", {"request_id": q.id}), out=out, password=fx.PASSWORD)
    data = json.loads(read_archive(out, fx.PASSWORD)["chart.json"])
    jsonschema.validate(data, SCHEMA)
    signed = [n for n in data["progress_notes"] if n["provenance"] and n["provenance"]["signed_by"]]
    assert signed and all(n["signed"]["by"].startswith("SimplePractice: ") for n in signed)
    assert all("signed in the previous system by" in n["provenance"]["statement"] for n in signed)


def test_cli_open_export_as_a_process(tmp_path: Path, kdf_params: KdfParams) -> None:
    from tests.core.cli_helpers import cli_process

    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    made.vault.unlock_psychotherapy(PASSPHRASE)
    chart = _chart(made.vault)
    q = requests.add_request(made.vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    made.vault.lock()
    out = tmp_path / "copy.pdf"
    run = cli_process("open-export", "--client", chart.client_id, "--recipient", "Alex Testclient",
                      "--purpose", "own copy", "--basis", "client_access", "--request", q.id, "--out", str(out),
                      "--json", "--vault", str(folder), extra_env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})
    assert run.code == 0, run.err
    data = run.json()
    assert data["progress_notes"] == 3 and data["psychotherapy_notes"] == 0
    files = read_archive(out, fx.PASSWORD)
    jsonschema.validate(json.loads(files["chart.json"]), SCHEMA)
    refused = cli_process("open-export", "--client", chart.client_id, "--recipient", "Someone", "--purpose", "x",
                          "--authorization", "A-missing", "--out", str(tmp_path / "no.pdf"), "--vault", str(folder),
                          extra_env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})
    assert refused.code in (6, 8) and "Traceback" not in refused.err and not (tmp_path / "no.pdf").exists()


def test_measures_never_travel_without_progress_notes(psy_vault: Vault, tmp_path: Path) -> None:
    """A chart with measures and no progress note: the gate's progress part has nothing to
    disclose, so it refuses, and the test results do not go out on their own."""
    client_id = clients.create_client(psy_vault, "Robin Nonotes", date_of_birth="1990-02-03").client_id
    measures.record_measure(psy_vault, client_id, "gad7", [1] * 7, taken_on=fx.days_ago(3))
    q = requests.add_request(psy_vault, client_id, kind="access", received_on=fx.days_ago(1))
    out = tmp_path / "no-notes.pdf"
    with pytest.raises(RefusedByPolicy):
        open_export(psy_vault, client_id, recipient=fx.Recipient("Robin"), purpose="own copy",
                    basis=LegalBasis("client_access", {"request_id": q.id}), out=out, password=fx.PASSWORD)
    assert not out.exists()


@pytest.mark.parametrize(("covers", "carried"), [((), "would carry 1 document"),
                                                 (("documents",), "would carry 1 document"),
                                                 (("progress",), "1 outcome measure result"), (("billing",), "")])
def test_an_ended_restriction_keeps_earlier_documents_and_measures_out_of_the_complete_export(
        vault: Vault, tmp_path: Path, covers: tuple[str, ...], carried: str) -> None:
    """Found by review: a restriction the practice ended still binds what was created before its
    end (164.522(a)(2)(iii)(B)). The gate decides the notes by their days; with every note written
    since, the complete export passed and took the chart's earlier documents and outcome measures
    (all of them) to the restricted recipient. The documents are now weighed by the gate
    (a restriction may cover documents alone); the measures still after it."""
    from vault_app.services import restrictions

    chart = fx.make_chart(vault, n=3)  # notes 90, 60 and 30 days ago
    attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="consent", filename="intake.pdf",
                               document_date=fx.days_ago(150))
    measures.record_measure(vault, chart.client_id, "gad7", [1] * 7, taken_on=fx.days_ago(150))
    r = restrictions.request_restriction(vault, chart.client_id, kind="other", description="not to Dr. Rivera",
                                         requested_on=fx.days_ago(200), kinds=covers, recipient="Dr. Rivera")
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=fx.days_ago(199))
    restrictions.terminate(vault, r.restriction_id, by="practice", on=fx.days_ago(100))
    entries = len(vault.ledger.entries())
    out = tmp_path / "chart.pdf"

    def send() -> object:
        return open_export(vault, chart.client_id, recipient=fx.RECIPIENT, purpose="transfer of care",
                           basis=LegalBasis("treatment", dict(fx.TREATMENT)), out=out,
                           password=fx.PASSWORD)

    if not carried:
        send()
        assert out.exists()
        return
    with pytest.raises(RefusedByPolicy, match=r"164\.522\(a\)\(2\)\(iii\)\(B\)") as refused:
        send()
    assert carried in refused.value.message and "not to" not in refused.value.message
    assert not out.exists()
    assert len(vault.ledger.entries()) == entries
