"""A SimplePractice PDF that cannot be read (cut short, garbage after its header, hostile) is
kept, not skipped: a progress note's PDF is attached to the chart as it came, a psychotherapy
note's is kept in its compartment with a note saying why it holds no text, a document is
attached unsearchable; the report says each, and the rest of the import goes on.

Found: a damaged note PDF was only named in the report ("the note was not imported"): the
therapist lost that note's document unless they went back to SimplePractice for it."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.core.cli_helpers import cli_in_process, init_vault
from tests.core.long_note_pdfs import pages_each
from tests.core.test_import_hostile_pdfs import _text
from vault_app.domain.clinical_documents import MAX_ATTACHMENT_BYTES
from vault_app.services import attachments, clients, notes, practice
from vault_app.services.importers import provenance as prov
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.plan import Issue
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports

_GOOD = pages_each([_text("Session went well"), _text("Plan: continue weekly")])


@dataclass(frozen=True)
class Damaged:
    cut: Path  # a progress note cut off after 300 bytes
    garbage: Path  # a progress note: its header, then random bytes
    nested: Path  # a progress note of 200,000 nested arrays: pypdf's parser recurses
    psychotherapy: Path  # a psychotherapy note cut short
    document: Path  # a stored document cut short
    huge: Path  # a damaged note over the 25 MiB an import reads


def _damage(export: FakeExport) -> Damaged:
    client = export.clients[0].name
    medical = export.root / "Medical Records" / client
    rng = random.Random(11)

    def write(folder: Path, name: str, data: bytes) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        return folder / name

    return Damaged(
        cut=write(medical, "Progress Note 2024-04-01 100000 770001.pdf", _GOOD[:300]),
        garbage=write(medical, "Progress Note 2024-04-02 100000 770002.pdf",
                      b"%PDF-1.7\n" + bytes(rng.getrandbits(8) for _ in range(200_000))),
        nested=write(medical, "Progress Note 2024-04-03 100000 770003.pdf",
                     b"%PDF-1.7\n1 0 obj\n" + b"[" * 200_000 + b"\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        psychotherapy=write(export.root / "Psychotherapy Notes" / client,
                            "Psychotherapy Note 2024-04-04 100000 770004.pdf", _GOOD[: len(_GOOD) // 2]),
        document=write(export.root / "Stored documents" / client, "Referral letter.pdf", _GOOD[:400]),
        huge=write(medical, "Progress Note 2024-04-05 100000 770005.pdf",
                   b"%PDF-1.7\n" + b"\0" * (MAX_ATTACHMENT_BYTES + 1)),
    )


@pytest.fixture
def export(tmp_path: Path) -> tuple[FakeExport, Damaged]:
    fake = make_export(tmp_path / "SimplePractice Export", clients=1, notes_per_client=2)
    return fake, _damage(fake)


def _rel(fake: FakeExport, path: Path) -> str:
    return path.relative_to(fake.root).as_posix()


def _by_path(issues: list[Issue]) -> dict[str, Issue]:
    return {i.path: i for i in issues}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_damaged_pdf_is_unreadable_to_the_import(export: tuple[FakeExport, Damaged]) -> None:
    """What the rest of this file builds on: each is one the import cannot read (not one pypdf mends)."""
    _fake, damaged = export
    for path in (damaged.cut, damaged.garbage, damaged.nested, damaged.psychotherapy, damaged.document):
        assert sp.pdf_text(path.read_bytes()).problem == "unreadable", path.name


def test_a_damaged_note_s_pdf_is_attached_to_its_chart_and_said_in_the_report(
        psy_vault: Vault, export: tuple[FakeExport, Damaged]) -> None:
    fake, damaged = export
    plan = plan_simplepractice(psy_vault, fake.root)
    said = _by_path(plan.notices)
    assert said[_rel(fake, damaged.cut)].reason == (
        "Progress Note of 2024-04-01: the PDF is damaged and its text cannot be read; the original PDF is attached to "
        "the chart, with no note text. Download it from SimplePractice again to read it.")
    cut = said[_rel(fake, damaged.cut)].reason
    assert (cut.code, cut.params) == (  # type: ignore[attr-defined]
        "import.note_pdf_damaged_kept", {"title": "Progress Note", "date": "2024-04-01"})
    assert said[_rel(fake, damaged.garbage)].reason.startswith("Progress Note of 2024-04-02: the PDF is damaged")
    assert said[_rel(fake, damaged.nested)].reason.startswith("Progress Note of 2024-04-03: the PDF is damaged")
    psy = said[_rel(fake, damaged.psychotherapy)].reason
    assert psy.code == "import.psychotherapy_pdf_damaged_kept"  # type: ignore[attr-defined]
    assert psy == ("Psychotherapy Note of 2024-04-04: the PDF is damaged and its text cannot be read; the note is kept "
                   "with its original PDF and a line saying so. Download it from SimplePractice again to read it.")
    doc = said[_rel(fake, damaged.document)].reason
    assert doc.code == "import.pdf_damaged_kept"  # type: ignore[attr-defined]
    skipped = _by_path(plan.skipped)
    assert not {_rel(fake, p) for p in (damaged.cut, damaged.garbage, damaged.nested, damaged.psychotherapy,
                                        damaged.document)} & set(skipped)
    # The existing cap still applies: a damaged file over 25 MiB is not read at all.
    assert skipped[_rel(fake, damaged.huge)].reason.code == "import.file_too_large_split"  # type: ignore[attr-defined]

    report = import_simplepractice(psy_vault, fake.root)
    assert report.charts_created == len(fake.clients) and not report.cancelled
    assert [(i.path, str(i.reason)) for i in report.notices] == [(i.path, str(i.reason)) for i in plan.notices]
    owner = next(c for c in clients.list_clients(psy_vault) if c.legal_name == fake.clients[0].name)

    # Each progress note's PDF is in its chart, as it came, dated and titled as the note was.
    kept = {a.sha256: a for a in attachments.list_attachments(psy_vault, owner.client_id, kind="imported_note")}
    for path, day in ((damaged.cut, date(2024, 4, 1)), (damaged.garbage, date(2024, 4, 2)),
                      (damaged.nested, date(2024, 4, 3))):
        attachment = kept[_sha(path)]
        assert (attachment.document_date, attachment.description, attachment.filename) == (
            day, "Progress Note", path.name)
        assert attachments.read_attachment(psy_vault, attachment.attachment_id)[1] == path.read_bytes()
    letter = {a.sha256: a for a in attachments.list_attachments(psy_vault, owner.client_id)}[_sha(damaged.document)]
    assert attachments.read_attachment(psy_vault, letter.attachment_id)[1] == damaged.document.read_bytes()
    assert _sha(damaged.huge) not in kept

    # The psychotherapy note is in its compartment: its text says why, its PDF is kept with it.
    psy_notes = {prov.note_provenance(psy_vault, s.note_id, s.kind).source_id: s
                 for s in notes.list_psychotherapy_notes(psy_vault, owner.client_id)}
    summary = psy_notes["770004"]
    note = notes.get_any(psy_vault, summary.note_id, summary.kind)
    assert note.body == ("[Added by the import: the text of this note could not be read, as its PDF is damaged; the "
                         "whole note is in its original PDF, kept with it.]")
    assert note.note_date == date(2024, 4, 4) and note.signature is None
    original = imports.psychotherapy_original(psy_vault.psychotherapy, summary.note_id)
    assert original == (damaged.psychotherapy.name, damaged.psychotherapy.read_bytes())
    # ...and never in records.db.
    everything = {a.sha256 for a in attachments.list_attachments(psy_vault, owner.client_id)}
    assert _sha(damaged.psychotherapy) not in everything

    # The rest came in: every generated note.
    imported = {prov.note_provenance(psy_vault, s.note_id, s.kind).source_id
                for s in [*notes.list_notes(psy_vault, owner.client_id), *psy_notes.values()]}
    assert {n.sp_id for n in fake.clients[0].notes} | {"770004"} == imported

    again = import_simplepractice(psy_vault, fake.root)  # a second run keeps none of them twice
    assert (again.progress_notes, again.psychotherapy_notes, again.documents) == (0, 0, 0)
    assert not [i for i in again.notices if "damaged" in i.reason]


def test_a_damaged_psychotherapy_note_is_not_read_while_its_compartment_is_locked(
        vault: Vault, export: tuple[FakeExport, Damaged]) -> None:
    fake, damaged = export
    plan = plan_simplepractice(vault, fake.root)
    assert _by_path(plan.skipped)[_rel(fake, damaged.psychotherapy)].reason.code == (  # type: ignore[attr-defined]
        "import.psychotherapy_locked_export")
    assert _rel(fake, damaged.psychotherapy) not in _by_path(plan.notices)


def test_a_spanish_practice_s_damaged_psychotherapy_note_says_why_in_spanish(
        psy_vault: Vault, export: tuple[FakeExport, Damaged]) -> None:
    fake, _damaged = export
    practice.update(psy_vault, locale="es_MX")
    report = import_simplepractice(psy_vault, fake.root)
    owner = report.client_ids[0]
    summary = next(s for s in notes.list_psychotherapy_notes(psy_vault, owner)
                   if prov.note_provenance(psy_vault, s.note_id, s.kind).source_id == "770004")
    assert notes.get_any(psy_vault, summary.note_id, summary.kind).body == (
        "[Añadido por la importación: no se pudo leer el texto de esta nota, porque su PDF está dañado; la nota "
        "completa está en su PDF original, guardado con ella.]")


def test_the_command_line_says_the_damaged_note_is_attached(tmp_path: Path,
                                                            export: tuple[FakeExport, Damaged]) -> None:
    fake, damaged = export
    vault = tmp_path / "vault"
    assert init_vault(vault).code == 0
    line = (f"  - {_rel(fake, damaged.cut)}: Progress Note of 2024-04-01: the PDF is damaged and its text cannot be "
            "read; the original PDF is attached to the chart, with no note text. Download it from SimplePractice "
            "again to read it.")
    run = cli_in_process("import", "simplepractice", str(fake.root), "--vault", str(vault))
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert line in lines and lines.index(line) > lines.index("To know:")
