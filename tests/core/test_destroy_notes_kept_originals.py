"""Destroy notes... and the original PDFs kept when imported psychotherapy drafts were
discarded (storage/psychotherapy_kept_originals.py). They are listed with the notes and
chosen like them (by their own id); chosen, they go with the same guarantees: secure delete,
rekey, the content search looking for their bytes in every page; the certificate names them
by id, date, size and SHA-256, or says none went. Not chosen, they stay, as the other notes do.

Found: the notes' destruction could not reach them at all (they have no note_id), so the PDF of
a note stayed after the therapist destroyed "the notes"; and a resumed destruction of them
alone would have read its empty note list as the whole chart."""

from __future__ import annotations

import hashlib
import os
import signal
import traceback
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from tests.core.kill_helpers import fork_child
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.services import certificates, clients, destruction, notes, psychotherapy_notes, psychotherapy_originals
from vault_app.services.destruction_plan import chart_needles
from vault_app.services.destruction_steps import CRASH_ENV, Target
from vault_app.services.vault import Vault, open_vault


def _kept_pdf(vault: Vault, client_id: str, source_id: str) -> tuple[str, str, bytes]:
    """(kept original id, its discarded draft's id, the PDF's bytes): an imported damaged note
    whose draft was discarded, its original kept. The bytes carry a canary of their own."""
    data = b"%PDF-1.4\n" + os.urandom(64) + f"canary-kept-pdf-{uuid.uuid4().hex}".encode() + os.urandom(64)
    provenance = NoteProvenance(note_id="", client_id=client_id, note_kind="psychotherapy",
                                source_system="SimplePractice", source_id=source_id,
                                source_title="Psychotherapy Note", signed_by="", signed_on="",
                                original_sha256=hashlib.sha256(data).hexdigest())
    with vault.psychotherapy.transaction():
        note = psychotherapy_notes.import_psychotherapy_note(
            vault, client_id, "[damaged]", note_date=date(2010, 3, 1), author_name="", provenance=provenance,
            original_name="Psychotherapy Note.pdf", original=data, original_unreadable=True)
    notes.discard(vault, note.note_id, "psychotherapy", original=psychotherapy_originals.KEEP)
    (kept,) = [k for k in psychotherapy_originals.kept_for_client(vault, client_id) if k.note_id == note.note_id]
    return kept.kept_id, note.note_id, data


def _canary(data: bytes) -> bytes:
    start = data.index(b"canary-kept-pdf-")
    return data[start:start + len("canary-kept-pdf-") + 32]


def test_chosen_kept_pdfs_go_with_the_notes_and_the_certificate_names_them(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "K", psychotherapy=2)
    gone_id, gone_draft, gone = _kept_pdf(psy_vault, target.client_id, "880001")
    stay_id, _stay_draft, stay = _kept_pdf(psy_vault, target.client_id, "880002")
    # The destruction's own content search looks for the chosen PDF's bytes (its canary included).
    needles = chart_needles(psy_vault, Target(target.client_id, (gone_draft,)), psy_vault.psychotherapy)
    assert needles.search([_canary(gone)])
    psy_vault.lock()
    canaries = {"gone": _canary(gone), "stay": _canary(stay)}
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert decrypted_hits(vault_dir, vault_keys(vault), canaries, tmp_path / "w1") != []  # positive control
        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number,
                                   note_ids=[target.psychotherapy_note_ids[0], gone_id])
        keys_after = vault_keys(vault)
        left = psychotherapy_originals.kept_for_client(vault, target.client_id)
        assert [k.kept_id for k in left] == [stay_id]
        assert psychotherapy_originals.read_kept(vault, stay_id).data == stay
        assert psychotherapy_notes.get_psychotherapy_note(
            vault, target.psychotherapy_note_ids[1]).body == target.psychotherapy_texts[1]
        report = destruction.verify_destruction(vault, cert["certificate_id"])
        assert report["ok"], report
    assert cert["verification"]["result"] == "passed"
    records = cert["records"]
    assert records["scope"] == "psychotherapy_notes"
    assert records["note_ids"] == [target.psychotherapy_note_ids[0]]  # a PDF is not counted as a note
    assert records["counts"]["psychotherapy_kept_originals"] == 1
    said = cert["extra"]["kept_original_pdfs"]
    assert said["destroyed"] == [{"kept_original_id": gone_id, "discarded_note_id": gone_draft,
                                  "note_date": "2010-03-01", "bytes": len(gone),
                                  "sha256": hashlib.sha256(gone).hexdigest()}]
    assert said["statement"].startswith("1 original PDF kept")
    # The opening sentence names both (it said "the psychotherapy notes" whatever went).
    assert cert["statement"].startswith("The psychotherapy note and kept original PDF described below were destroyed ")
    assert "Psychotherapy Note.pdf" not in str(cert)  # no file name: it may name the client
    assert raw_hits(vault_dir, canaries) == []
    hits = decrypted_hits(vault_dir, keys_after, canaries, tmp_path / "w2")
    assert hits and not [h for h in hits if "gone" in h], hits  # the one not chosen is still there


def test_notes_destroyed_without_a_kept_pdf_say_none_went(psy_vault: Vault) -> None:
    target = seed_chart(psy_vault, "N", psychotherapy=1)
    stay_id, _draft, stay = _kept_pdf(psy_vault, target.client_id, "880003")
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number,
                               note_ids=target.psychotherapy_note_ids)
    said = cert["extra"]["kept_original_pdfs"]
    assert said["destroyed"] == [] and said["statement"].startswith("No original PDF kept")
    assert cert["statement"].startswith("The psychotherapy note described below was destroyed ")
    assert psychotherapy_originals.read_kept(psy_vault, stay_id).data == stay


def test_a_kept_pdf_alone_is_destroyed_and_the_chart_stays(psy_vault: Vault, tmp_path: Path) -> None:
    """Only a PDF chosen: the certificate's note list is empty; the scope stays the notes' (a
    payload read back with no note ids used to mean the whole chart)."""
    target = seed_chart(psy_vault, "P", psychotherapy=1)
    gone_id, gone_draft, _gone = _kept_pdf(psy_vault, target.client_id, "880004")
    cert = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number,
                               note_ids=[gone_draft])  # the draft's id names it too
    assert cert["records"]["note_ids"] == [] and cert["records"]["scope"] == "psychotherapy_notes"
    assert [k["kept_original_id"] for k in cert["extra"]["kept_original_pdfs"]["destroyed"]] == [gone_id]
    assert psychotherapy_originals.kept_for_client(psy_vault, target.client_id) == []
    assert clients.get_client(psy_vault, target.client_id).legal_name == target.names[0]
    assert psychotherapy_notes.get_psychotherapy_note(
        psy_vault, target.psychotherapy_note_ids[0]).body == target.psychotherapy_texts[0]
    assert destruction.verify_destruction(psy_vault, cert["certificate_id"])["ok"]
    # The certificate's PDF says what went: the PDF, not "0 psychotherapy notes".
    certificates.export(psy_vault, cert["certificate_id"], pdf_path=tmp_path / "c.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages)
    assert "Scope 1 kept original PDF" in text and "0 psychotherapy notes" not in text
    assert cert["statement"].startswith("The kept original PDF described below was destroyed ")
    assert "The kept original PDF described below was destroyed" in text and "notes described below" not in text
    assert gone_id in text


def test_the_command_line_destroys_a_kept_pdf_by_its_id(psy_vault: Vault, vault_dir: Path) -> None:
    target = seed_chart(psy_vault, "C", psychotherapy=1)
    gone_id, _draft, _gone = _kept_pdf(psy_vault, target.client_id, "880005")
    psy_vault.lock()
    done = cli_in_process("destroy", "--vault", str(vault_dir), "--client", target.chart_number, "--notes", gone_id,
                          "--basis", "retention", "--confirm", target.chart_number)
    assert done.code == 0, done.err
    assert "1 original PDF kept from discarded psychotherapy drafts destroyed" in done.out
    with reopen(vault_dir, psychotherapy=True) as vault:
        assert psychotherapy_originals.kept_for_client(vault, target.client_id) == []
        assert psychotherapy_notes.get_psychotherapy_note(
            vault, target.psychotherapy_note_ids[0]).body == target.psychotherapy_texts[0]


# --- killed on the way: the next unlock finishes it, the PDF included ------------------------
POINTS = ["started", "deleted:psychotherapy", "rekeyed:psychotherapy"]


def _child(folder: Path, chart: str, point: str, ids: list[str]) -> None:
    os.environ[CRASH_ENV] = point
    code = 0
    try:
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True)
        destruction.destroy(vault, chart, basis="override", confirm=chart, note_ids=ids,
                            override_reason="fault-injection test of an interrupted destruction")
        vault.lock()
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_a_kept_pdf_s_destruction_killed_at(point: str, psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target: SeededChart = seed_chart(psy_vault, "X", psychotherapy=1)
    gone_id, _draft, gone = _kept_pdf(psy_vault, target.client_id, "880006")
    psy_vault.lock()
    folder = vault_dir
    child = fork_child(_child, (folder, target.chart_number, point, [gone_id]))
    child.join(120)
    if child.exitcode is None:
        child.kill()
        child.join()
        raise AssertionError(f"the destruction child at {point} neither finished nor crashed in 120 s")
    assert child.exitcode == -signal.SIGKILL
    with reopen(folder, psychotherapy=True) as vault:  # the unlock's hook finishes it
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed", row
        assert destruction.verify_destruction(vault, row["certificate_id"])["ok"]
        assert psychotherapy_originals.kept_for_client(vault, target.client_id) == []
        assert psychotherapy_notes.get_psychotherapy_note(
            vault, target.psychotherapy_note_ids[0]).body == target.psychotherapy_texts[0]
        keys = vault_keys(vault)
    assert decrypted_hits(folder, keys, {"gone": _canary(gone)}, tmp_path / "scan") == []


def test_a_certificate_of_kept_pdfs_alone_reapplied_without_its_start_never_widens_to_the_chart(
        psy_vault: Vault, vault_dir: Path) -> None:
    """Found by the review of the services: a restore re-applies destructions from the ledger and,
    given a certificate without the entry that started it, rebuilt its target from the certificate's
    records only; a destruction of kept PDFs alone lists no notes there, and an empty note list was
    read as the whole chart. Now the certificate's kept PDFs are its target, never the chart."""
    target = seed_chart(psy_vault, "R", psychotherapy=2)
    gone_id, _gone_draft, _gone = _kept_pdf(psy_vault, target.client_id, "880101")
    psy_vault.lock()
    with reopen(vault_dir, psychotherapy=True) as vault:
        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number,
                                   note_ids=[gone_id])
        finished = destruction.completed_entry(vault, cert["certificate_id"])
        report = destruction.reapply_destructions(vault, [finished], record=False)
        assert report == [{"destruction_id": cert["certificate_id"], "client_id": target.client_id,
                           "scope": "psychotherapy_notes", "rows_found": 0, "reapplied": False}]
        for note_id, text in zip(target.psychotherapy_note_ids, target.psychotherapy_texts, strict=True):
            assert psychotherapy_notes.get_psychotherapy_note(vault, note_id).body == text
        assert clients.get_client(vault, target.client_id).chart_number == target.chart_number


def test_a_notes_destruction_naming_no_note_is_read_as_nothing_not_the_chart() -> None:
    assert Target.from_payload({"client_id": "c", "scope": "psychotherapy_notes", "note_ids": []}).note_ids == ()
    assert Target.from_payload({"client_id": "c", "scope": "psychotherapy_notes", "note_ids": ["n1"],
                                "kept_originals": [{"discarded_note_id": "d1"}]}).note_ids == ("n1", "d1")
    assert Target.from_payload({"client_id": "c", "scope": "chart"}).note_ids is None
