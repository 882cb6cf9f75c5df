"""The SimplePractice dry run's count of what will come in is what the import then brings in, for
an export with every awkward case at once: the same file twice, a note id taken by another file,
skipped files (empty, a type the vault cannot keep, outside the layout, a password, a malformed
card), damaged PDFs (a progress note, a psychotherapy note, a document), a scan, text under a
PDF's name, a shared name the files do not tell apart; and the vault holds what both said.
Real vault, real PDFs, the command line's own words for both runs (cli_in_process)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.core.cli_helpers import cli_in_process, init_vault
from tests.core.long_note_pdfs import pages_each
from tests.core.test_import_hostile_pdfs import _text
from vault_app.services import attachments, clients, notes, psychotherapy_notes
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault

_GOOD = pages_each([_text("Session went well")])


def _awkward(root: Path) -> FakeExport:
    export = make_export(root, clients=3, notes_per_client=2, seed=9)
    first, second = export.clients[0], export.clients[1]
    medical = root / "Medical Records" / first.name
    psy = root / "Psychotherapy Notes" / first.name
    stored = root / "Stored documents" / first.name
    for folder in (medical, psy, stored):
        folder.mkdir(parents=True, exist_ok=True)
    # The same file twice: a treatment plan copied into Stored documents.
    plan_pdf = next(p for p in first.documents if p.name.startswith("Diagnosis and treatment plan"))
    shutil.copyfile(plan_pdf, stored / plan_pdf.name)
    # A note id taken: another of this client's notes under the first one's id; another client's
    # note filed in this client's folder (its birth date matches no card of that name).
    shutil.copyfile(first.notes[-1].path, medical / f"Progress Note 2023-05-05 100000 {first.notes[0].sp_id}.pdf")
    shutil.copyfile(second.notes[0].path, medical / "Progress Note 2023-05-06 100000 880002.pdf")
    # Skipped: empty, a Word file, outside the layout.
    (medical / "Progress Note 2024-01-01 100000 880001.pdf").write_bytes(b"")
    (stored / "Letter.docx").write_bytes(b"PK\x03\x04 not a kept type")
    (root / "Reports").mkdir()
    (root / "Reports" / "Summary.pdf").write_bytes(_GOOD)
    # Damaged: a progress note, a psychotherapy note and a document cut short; text under a PDF's name.
    (medical / "Progress Note 2024-04-01 100000 770001.pdf").write_bytes(_GOOD[:300])
    (psy / "Psychotherapy Note 2024-04-02 100000 770002.pdf").write_bytes(_GOOD[:300])
    (stored / "Referral letter.pdf").write_bytes(_GOOD[:400])
    (medical / "Progress Note 2024-04-03 100000 770003.pdf").write_bytes(b"Client said hello.\n")
    return export


def _said(out: str) -> dict[str, int]:
    """The numbers the command line printed: the dry run's 'will create' line or the import's."""
    dry = re.search(r"will create (\d+) charts?, (\d+) progress notes?, (\d+) psychotherapy notes?, (\d+) documents?",
                    out)
    if dry:
        return dict(zip(("charts", "progress", "psychotherapy", "documents"), map(int, dry.groups()), strict=True))
    done = re.search(r"charts created (\d+), updated (\d+); progress notes (\d+), psychotherapy notes (\d+), "
                     r"documents (\d+)", out)
    assert done, out
    created, _updated, progress, psy, docs = map(int, done.groups())
    return {"charts": created, "progress": progress, "psychotherapy": psy, "documents": docs}


def test_the_dry_runs_count_is_what_the_import_brings_in(psy_vault: Vault, tmp_path: Path) -> None:
    export = _awkward(tmp_path / "SimplePractice Export")
    plan = plan_simplepractice(psy_vault, export.root)
    will = plan.as_dict()["will_create"]
    report = import_simplepractice(psy_vault, export.root)
    assert (report.charts_created, report.progress_notes, report.psychotherapy_notes, report.documents) == (
        will["charts"], will["progress_notes"], will["psychotherapy_notes"], will["documents"])
    assert sorted(i.path for i in report.skipped) == sorted(i.path for i in plan.skipped)
    assert sorted(i.path for i in report.ambiguous) == sorted(i.path for i in plan.ambiguous)
    # Each awkward case was there to be counted (the export is what the test says).
    codes = {i.reason.code for i in (*plan.skipped, *plan.notices)}
    assert {"import.same_file_once", "import.note_id_taken", "import.file_empty", "import.type_not_kept",
            "import.outside_layout", "import.pdf_password", "import.note_pdf_damaged_kept",
            "import.psychotherapy_pdf_damaged_kept", "import.pdf_damaged_kept", "import.scan_kept"} <= codes, codes
    assert plan.ambiguous
    # And the vault holds what both said.
    charts = clients.list_clients(psy_vault)
    assert len(charts) == will["charts"]
    kept_notes = sum(len(notes.list_notes(psy_vault, c.client_id)) for c in charts)
    kept_psy = sum(len(psychotherapy_notes.list_psychotherapy_notes(psy_vault, c.client_id)) for c in charts)
    # Each progress note keeps its PDF as an attachment beside the documents (a scan or a damaged
    # note's PDF is one of the documents: no note text to make a note of).
    kept_files = sum(len(attachments.list_attachments(psy_vault, c.client_id)) for c in charts)
    assert (kept_notes, kept_psy, kept_files) == (will["progress_notes"], will["psychotherapy_notes"],
                                                  will["progress_notes"] + will["documents"])


def test_the_command_lines_dry_run_says_the_numbers_the_import_says(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert init_vault(folder).code == 0
    export = _awkward(tmp_path / "SimplePractice Export")
    dry = cli_in_process("--vault", str(folder), "import", "simplepractice", str(export.root), "--dry-run")
    assert dry.code == 0, dry.err
    done = cli_in_process("--vault", str(folder), "import", "simplepractice", str(export.root))
    assert done.code == 0, done.err
    assert _said(done.out) == _said(dry.out)
    again = cli_in_process("--vault", str(folder), "import", "simplepractice", str(export.root), "--dry-run",
                           "--json")
    assert json.loads(again.out)["will_create"] == {"charts": 0, "progress_notes": 0, "psychotherapy_notes": 0,
                                                    "documents": 0}
