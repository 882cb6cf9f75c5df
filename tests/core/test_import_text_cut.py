"""A SimplePractice note whose PDF passes one of the import's caps comes in with the start of
its text, says so at its end, and gets one line in the dry run's and the import's report; a
damaged note PDF is kept as its PDF, said in the report, and the rest goes on
(tests/core/test_import_damaged_note_pdfs.py).

Found: nothing told the therapist that a long note's text was cut (the original PDF kept it
all), and a note of more than 100,000 characters had the core refuse the note's whole chart
("Chart not imported: A note section is too long"), every other note of that client with it."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.core.cli_helpers import cli_in_process, init_vault
from tests.core.long_note_pdfs import CHARACTER_PAGE_TEXT, PAGE_CAP_PAGES, LongNotes, add_long_notes, pages_each
from tests.core.test_import_hostile_pdfs import _pages_sharing, _text
from vault_app.domain.clinical_notes import MAX_NOTE_CHARS
from vault_app.domain.note_templates import MAX_SECTION_CHARS
from vault_app.services import attachments, clients, notes
from vault_app.services.importers import provenance as prov
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.plan import Issue
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault

END = "the whole note is in its original PDF, kept with it.]"


@pytest.fixture
def export(tmp_path: Path) -> tuple[FakeExport, LongNotes, Path]:
    export = make_export(tmp_path / "SimplePractice Export", clients=1, notes_per_client=2)
    client = export.clients[0].name
    long = add_long_notes(export.root, client)
    psy = export.root / "Psychotherapy Notes" / client / "Psychotherapy Note 2024-03-09 100000 880007.pdf"
    psy.parent.mkdir(parents=True, exist_ok=True)
    psy.write_bytes(_pages_sharing(_text(CHARACTER_PAGE_TEXT), 9))  # 225,000 characters: past 200,000
    return export, long, psy


def _rel(export: FakeExport, path: Path) -> str:
    return path.relative_to(export.root).as_posix()


def _by_path(issues: list[Issue]) -> dict[str, Issue]:
    return {i.path: i for i in issues}


def _texts(vault: Vault) -> dict[str, str]:
    """Each imported note's text by its SimplePractice id."""
    found: dict[str, str] = {}
    for client in clients.list_clients(vault):
        for summary in [*notes.list_notes(vault, client.client_id), *notes.list_psychotherapy_notes(vault,
                                                                                                   client.client_id)]:
            full = notes.get_any(vault, summary.note_id, summary.kind)
            text = full.body if full.kind == "psychotherapy" else full.sections["text"]
            found[prov.note_provenance(vault, summary.note_id, summary.kind).source_id] = text
    return found


def test_each_cut_note_gets_its_line_in_the_dry_run_and_the_report_and_at_its_end(
        psy_vault: Vault, export: tuple[FakeExport, LongNotes, Path]) -> None:
    fake, long, psy = export
    plan = plan_simplepractice(psy_vault, fake.root)
    said = _by_path(plan.notices)
    pages, size, characters = (said[_rel(fake, p)] for p in (long.pages, long.size, long.characters))
    assert pages.reason == (f"Progress Note of 2024-03-05: text cut after 1,000 of its {PAGE_CAP_PAGES:,} pages; "
                            "the whole PDF is attached.")
    assert (pages.reason.code, pages.reason.params) == (  # type: ignore[attr-defined]
        "import.text_cut_pages", {"title": "Progress Note", "date": "2024-03-05", "pages": sp.MAX_TEXT_PAGES,
                                  "total": PAGE_CAP_PAGES})
    assert size.reason == ("Progress Note of 2024-03-06: text cut: the text of 1 of its 3 pages was too large to "
                           "read; the whole PDF is attached.")
    assert size.reason.code == "import.text_cut_size"  # type: ignore[attr-defined]
    kept = re.fullmatch(r"Progress Note of 2024-03-07: text cut after ([\d,]+) characters; the whole PDF is "
                        r"attached\.", characters.reason)
    assert kept is not None and characters.reason.code == "import.text_cut_characters"  # type: ignore[attr-defined]
    psy_kept = re.fullmatch(r"Psychotherapy Note of 2024-03-09: text cut after ([\d,]+) characters; the whole PDF "
                            r"is attached\.", said[_rel(fake, psy)].reason)
    assert psy_kept is not None
    assert said[_rel(fake, long.too_large)].reason == (
        "Progress Note of 2024-03-08: no text could be read (its pages are larger than the import reads); kept as the "
        "PDF only, with no note text.")
    damaged = said[_rel(fake, long.damaged)]
    assert damaged.reason == ("Progress Note of 2024-03-11: the PDF is damaged and its text cannot be read; the "
                              "original PDF is attached to the chart, with no note text. Download it from "
                              "SimplePractice again to read it.")
    assert damaged.reason.code == "import.note_pdf_damaged_kept"  # type: ignore[attr-defined]
    # An ordinary note, long or short, gets no line: only the cut ones, the scan, the too-large one
    # and the damaged one do.
    assert set(said) == {_rel(fake, p) for p in (long.pages, long.size, long.characters, long.too_large, psy,
                                                 fake.scanned_pdf, long.damaged)}

    report = import_simplepractice(psy_vault, fake.root)
    assert report.charts_created == len(fake.clients) and not report.cancelled
    assert [(i.path, str(i.reason)) for i in report.notices] == [(i.path, str(i.reason)) for i in plan.notices]
    assert _rel(fake, long.damaged) not in _by_path(report.skipped)  # kept, and the rest came in
    texts = _texts(psy_vault)
    generated = [n for c in fake.clients for n in c.notes]
    assert set(texts) == {n.sp_id for n in generated} | {"880001", "880002", "880003", "880006", "880007"}
    for note in generated:
        assert "[Added by the import" not in texts[note.sp_id]
    assert texts["880006"] == "Ordinary note, first page\nSecond page\nPlan: continue"

    assert texts["880001"].endswith(f"\n\n[Added by the import: the text above stops after page 1,000 of "
                                    f"{PAGE_CAP_PAGES:,}; {END}")
    assert texts["880001"].count("Session continues") == sp.MAX_TEXT_PAGES
    assert texts["880002"] == ("Opening page of the note\nClosing page\n\n[Added by the import: the text of 1 of the "
                               f"3 pages was too large to read and is not above; {END}")
    # Cut where a progress note ends (it was the whole chart refused), the start as the PDF reads.
    whole = sp.pdf_text(long.characters.read_bytes()).text
    assert whole is not None
    n = int(kept.group(1).replace(",", ""))
    body, line = texts["880003"].rsplit("\n\n", 1)
    assert len(body) == n and whole.startswith(body) and len(texts["880003"]) <= MAX_SECTION_CHARS
    assert line == f"[Added by the import: the text above stops after {n:,} characters; {END}"
    psy_n = int(psy_kept.group(1).replace(",", ""))
    assert psy_n > MAX_SECTION_CHARS and len(texts["880007"]) <= MAX_NOTE_CHARS
    assert texts["880007"].endswith(f"stops after {psy_n:,} characters; {END}")

    # Every cut note's whole PDF is in the chart (the too-large one as the PDF only).
    originals = {a.sha256 for c in report.client_ids
                 for a in attachments.list_attachments(psy_vault, c, kind="imported_note")}
    assert {hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (long.pages, long.size, long.characters, long.too_large, long.damaged, long.normal)} <= originals

    again = import_simplepractice(psy_vault, fake.root)  # a second run imports nothing, and says no cut again
    assert again.progress_notes == 0 and not [i for i in again.notices if "text cut" in i.reason]


def test_the_command_line_says_each_cut_note_in_the_dry_run_and_the_report(
        tmp_path: Path, export: tuple[FakeExport, LongNotes, Path]) -> None:
    fake, long, _psy = export
    vault = tmp_path / "vault"
    assert init_vault(vault).code == 0
    line = (f"  - {_rel(fake, long.pages)}: Progress Note of 2024-03-05: text cut after 1,000 of its "
            f"{PAGE_CAP_PAGES:,} pages; the whole PDF is attached.")
    size = (f"  - {_rel(fake, long.size)}: Progress Note of 2024-03-06: text cut: the text of 1 of its 3 pages was "
            "too large to read; the whole PDF is attached.")
    damaged = (f"  - {_rel(fake, long.damaged)}: Progress Note of 2024-03-11: the PDF is damaged and its text cannot "
               "be read; the original PDF is attached to the chart, with no note text. Download it from SimplePractice "
               "again to read it.")
    dry = cli_in_process("import", "simplepractice", str(fake.root), "--dry-run", "--vault", str(vault))
    assert dry.code == 0, dry.err
    run = cli_in_process("import", "simplepractice", str(fake.root), "--vault", str(vault))
    assert run.code == 0, run.err
    for out in (dry.out, run.out):
        lines = out.splitlines()
        assert line in lines and size in lines and damaged in lines
        know = lines.index("To know:")
        assert lines.index(line) > know and lines.index(size) > know and lines.index(damaged) > know
        assert sum("text cut" in x for x in lines) == 3  # the psychotherapy note is locked: skipped, not cut
        assert _rel(fake, long.normal) not in out
    assert f"charts created {len(fake.clients)}" in run.out


def test_a_signed_note_cut_before_its_signature_line_keeps_its_signer(psy_vault: Vault, tmp_path: Path) -> None:
    """The signature line closes a SimplePractice note: the cut drops it from the text, but the
    signer is read from the whole text first, and the vault's seal covers the text as imported."""
    fake = make_export(tmp_path / "export", clients=1, notes_per_client=1)
    folder = fake.root / "Medical Records" / fake.clients[0].name
    signed = "Locked and Signed by Dr. Example Signer on 03/07/2024 at 01:15 PM ET"
    (folder / "Progress Note 2024-03-07 100000 880010.pdf").write_bytes(
        pages_each([_text(CHARACTER_PAGE_TEXT)] * 5 + [_text(signed)]))
    report = import_simplepractice(psy_vault, fake.root)
    assert any(i.reason.startswith("Progress Note of 2024-03-07: text cut after ") for i in report.notices)
    found = [(s, notes.get_any(psy_vault, s.note_id, s.kind)) for c in report.client_ids
             for s in notes.list_notes(psy_vault, c)
             if prov.note_provenance(psy_vault, s.note_id, s.kind).source_id == "880010"]
    assert len(found) == 1
    _summary, note = found[0]
    assert signed not in note.sections["text"] and note.sections["text"].endswith(END)
    assert note.signature is not None and note.signature.signed_by == "SimplePractice: Dr. Example Signer"
    assert notes.verify_signature(psy_vault, note) is True


def test_a_nul_in_a_note_s_text_layer_no_longer_refuses_its_chart(psy_vault: Vault, tmp_path: Path) -> None:
    """Found checking damaged note PDFs: a NUL in one note's text layer had the core refuse the
    note ("The note contains a NUL character") and with it the client's whole chart."""
    fake = make_export(tmp_path / "export", clients=1, notes_per_client=2)
    folder = fake.root / "Medical Records" / fake.clients[0].name
    (folder / "Progress Note 2024-03-15 100000 880020.pdf").write_bytes(
        _pages_sharing(b"BT /F1 12 Tf 72 720 Td (Hello\x00World) Tj ET", 1))
    report = import_simplepractice(psy_vault, fake.root)
    assert report.charts_created == len(fake.clients)
    assert not [i for i in report.skipped if "Chart not imported" in i.reason]
    texts = _texts(psy_vault)
    assert texts["880020"] == "Hello\ufffdWorld"
    assert {n.sp_id for c in fake.clients for n in c.notes} <= set(texts)
