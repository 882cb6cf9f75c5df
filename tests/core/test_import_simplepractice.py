"""Issue 18: a generated SimplePractice "Export - Complete" imported into a real vault.

Every client, note, psychotherapy note and document arrives in the right chart and
compartment, dates and signers preserved, originals' hashes recorded; the awkward files
each get a report line; a second run adds nothing; the source folder is never modified.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import PROVIDER, FakeExport, make_export
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import attachments, clients, notes
from vault_app.services.document_search import search_documents
from vault_app.services.importers import provenance as prov
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault


def tree_hash(root: Path) -> dict[str, str]:
    """Every file's path, mode and SHA-256, and every folder: what 'never modified' compares."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        st = path.stat()
        found[rel] = f"{oct(st.st_mode)} {st.st_mtime_ns} " + (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir")
    return found


@pytest.fixture
def export(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "SimplePractice Export", clients=3, notes_per_client=4)


def _charts_by_sp_id(vault: Vault) -> dict[str, str]:
    from vault_app.storage import imports  # the map is what ties a chart to its source id

    return {k.split(":", 1)[1]: v[1] for k, v in imports.mapped_keys(vault.records, "simplepractice").items()
            if k.startswith("contact:")}


def test_dry_run_lists_what_will_happen_and_writes_nothing(psy_vault: Vault, export: FakeExport) -> None:
    before = tree_hash(export.root)
    plan = plan_simplepractice(psy_vault, export.root)
    assert tree_hash(export.root) == before
    assert clients.list_clients(psy_vault) == []  # a dry run creates nothing
    data = plan.as_dict()
    assert data["will_create"]["charts"] == len(export.clients)
    regular_notes = sum(1 for c in export.clients for n in c.notes if n.kind != "Psychotherapy Note")
    psy_notes = sum(1 for c in export.clients for n in c.notes if n.kind == "Psychotherapy Note")
    assert data["will_create"]["progress_notes"] == regular_notes
    assert data["will_create"]["psychotherapy_notes"] == psy_notes
    skipped = {i.path: i.reason for i in plan.skipped}
    rel = lambda p: p.relative_to(export.root).as_posix()  # noqa: E731
    assert "malformed" in skipped[rel(export.malformed_vcard)]
    assert "password-protected" in skipped[rel(export.encrypted_pdf)]
    assert "no text layer" in {i.path: i.reason for i in plan.notices}[rel(export.scanned_pdf)].lower()
    assert plan.ambiguous == []  # the twins' files all carry a DOB that tells them apart
    assert "Sam Rivers" in [c["name"] for c in data["charts"]]
    assert all("text" not in item for c in data["charts"] for item in c["items"])  # no note text in the plan


def test_import_puts_everything_in_the_right_chart_and_compartment(psy_vault: Vault, export: FakeExport) -> None:
    before = tree_hash(export.root)
    report = import_simplepractice(psy_vault, export.root)
    assert tree_hash(export.root) == before
    assert report.charts_created == len(export.clients) and not report.cancelled
    by_sp = _charts_by_sp_id(psy_vault)
    assert set(by_sp) == {c.sp_id for c in export.clients}
    for fake in export.clients:
        client_id = by_sp[fake.sp_id]
        client = clients.get_client(psy_vault, client_id)
        assert client.legal_name == fake.name and client.date_of_birth == fake.dob
        assert client.contact.email == fake.email
        progress = {n.note_date: n for n in notes.list_notes(psy_vault, client_id)}
        psy = {n.note_date: n for n in notes.list_psychotherapy_notes(psy_vault, client_id)}
        for fake_note in fake.notes:
            bucket = psy if fake_note.kind == "Psychotherapy Note" else progress
            summary = bucket[fake_note.when.date()]
            full = notes.get_any(psy_vault, summary.note_id, summary.kind)
            text = full.body if full.kind == "psychotherapy" else full.sections["text"]
            assert fake_note.text[:40] in " ".join(text.split())
            p = prov.note_provenance(psy_vault, summary.note_id, summary.kind)
            assert p.source_system == "SimplePractice" and p.source_id == fake_note.sp_id
            assert p.original_sha256 == hashlib.sha256(fake_note.path.read_bytes()).hexdigest()
            if fake_note.signed:
                assert full.signature is not None and p.signed_by == PROVIDER
                # Never signed in the therapist's name: the signer is the previous system's.
                assert full.signature.signed_by == f"SimplePractice: {PROVIDER}"
                assert full.signature.signed_at.endswith(("-05:00", "-04:00"))  # ET kept as such
                assert "signed in the previous system by" in p.describe()
                assert notes.verify_signature(psy_vault, full) is True
            else:
                assert full.signature is None and p.signed_by == ""
        kinds = sorted(a.kind for a in attachments.list_attachments(psy_vault, client_id))
        assert kinds.count("treatment_plan") == 1 and kinds.count("questionnaire") == 1
        assert kinds.count("billing") == 1 and kinds.count("message") == 1
        # Each progress note's original PDF is in the chart, hashed; psychotherapy originals are not.
        originals = [a for a in attachments.list_attachments(psy_vault, client_id, kind="imported_note")]
        n_progress = sum(1 for n in fake.notes if n.kind != "Psychotherapy Note")
        first = fake is export.clients[0]  # its folder also holds the scan (kept) and the encrypted PDF (skipped)
        assert len(originals) == n_progress + first
        assert {a.sha256 for a in originals} >= {hashlib.sha256(n.path.read_bytes()).hexdigest()
                                                 for n in fake.notes if n.kind != "Psychotherapy Note"}
        service_dates = [n.when.date() for n in fake.notes] + ([date(2023, 2, 1)] if first else [])
        assert client.last_contact == max(service_dates)  # the retention clock starts at the last service
    # Twins: one folder, two charts, each with only its own notes.
    twins = [c for c in export.clients if c.name == export.shared_name]
    for twin in twins:
        dates = {n.note_date for n in notes.list_notes(psy_vault, by_sp[twin.sp_id])}
        assert dates == {n.when.date() for n in twin.notes if n.kind != "Psychotherapy Note"}
    # One ledger entry per imported chart, ids, the kind of source and counts only: never the export
    # folder's name, which the therapist chose and the ledger keeps past a destroyed chart.
    entries = psy_vault.ledger.entries(kinds=("import.chart",))
    assert sorted(e.payload["client_id"] for e in entries) == sorted(by_sp.values())
    assert all(set(e.payload) <= {"client_id", "source", "created", "progress_notes", "psychotherapy_notes",
                                  "documents", "late"} for e in entries)
    assert export.root.name not in json.dumps([e.payload for e in entries], ensure_ascii=False)
    assert not psy_vault.ledger.entries(kinds=("note.signed",))  # nothing was signed by the vault's user


def test_a_second_run_adds_nothing(psy_vault: Vault, export: FakeExport) -> None:
    import_simplepractice(psy_vault, export.root)
    counts = _counts(psy_vault)
    ledger_size = len(psy_vault.ledger.entries(kinds=("import.chart",)))
    again = import_simplepractice(psy_vault, export.root)
    assert (again.charts_created, again.charts_updated, again.progress_notes, again.documents) == (0, 0, 0, 0)
    assert again.psychotherapy_notes == 0
    assert _counts(psy_vault) == counts
    assert len(psy_vault.ledger.entries(kinds=("import.chart",))) == ledger_size
    assert plan_simplepractice(psy_vault, export.root).as_dict()["will_create"] == {
        "charts": 0, "progress_notes": 0, "psychotherapy_notes": 0, "documents": 0}


def _counts(vault: Vault) -> tuple[int, int, int, int]:
    r = vault.records
    return (
        int(r.query_one("SELECT count(*) FROM clients")[0]),
        int(r.query_one("SELECT count(*) FROM progress_notes")[0]),
        int(r.query_one("SELECT count(*) FROM attachments")[0]),
        int(vault.psychotherapy.query_one("SELECT count(*) FROM psychotherapy_notes")[0]),
    )


def test_psychotherapy_notes_wait_for_their_unlock(vault: Vault, export: FakeExport) -> None:
    assert not vault.psychotherapy_open
    report = import_simplepractice(vault, export.root)
    locked = [i for i in report.skipped if "psychotherapy notes are locked" in i.reason]
    assert plan_simplepractice(vault, export.root).as_dict()["will_create"]["psychotherapy_notes"] == 0
    assert len(locked) == sum(1 for c in export.clients for n in c.notes if n.kind == "Psychotherapy Note")
    assert report.psychotherapy_notes == 0 and report.progress_notes > 0
    # Nothing of them leaked into records.db: no original, no text.
    for fake in export.clients:
        for n in fake.notes:
            if n.kind == "Psychotherapy Note":
                digest = hashlib.sha256(n.path.read_bytes()).hexdigest()
                assert not vault.records.query("SELECT 1 FROM attachments WHERE sha256 = ?", (digest,))
    # Unlocked later, the same import brings exactly those in.
    from tests.conftest import PASSPHRASE

    vault.unlock_psychotherapy(PASSPHRASE)
    later = import_simplepractice(vault, export.root)
    assert later.psychotherapy_notes == len(locked) and later.progress_notes == 0 and later.charts_created == 0


def test_twins_without_a_telling_dob_are_ambiguous_until_assigned(psy_vault: Vault, export: FakeExport) -> None:
    twin = next(c for c in export.clients if c.name == export.shared_name)
    note = next(n for n in twin.notes if n.kind == "Progress Note")
    # Re-written without its DOB line (as some note types print): which Sam Rivers is it?
    from scripts.make_simplepractice_export import _pdf, note_lines

    lines = [line for line in note_lines(twin, note) if not line.startswith("DOB:")]
    note.path.write_bytes(_pdf(lines))
    rel = note.path.relative_to(export.root).as_posix()
    plan = plan_simplepractice(psy_vault, export.root)
    ambiguous = {i.path: i for i in plan.ambiguous}
    assert set(ambiguous[rel].candidates) == {c.sp_id for c in export.clients if c.name == export.shared_name}
    report = import_simplepractice(psy_vault, export.root)
    assert rel in {i.path for i in report.ambiguous}
    by_sp = _charts_by_sp_id(psy_vault)
    assert note.when.date() not in {n.note_date for n in notes.list_notes(psy_vault, by_sp[twin.sp_id])}
    # The therapist says which one: the next run files it there.
    again = import_simplepractice(psy_vault, export.root, assignments={rel: twin.sp_id})
    assert again.progress_notes == 1
    assert note.when.date() in {n.note_date for n in notes.list_notes(psy_vault, by_sp[twin.sp_id])}


def test_over_limit_and_foreign_files_are_reported_and_the_rest_continues(
        psy_vault: Vault, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.services.importers import simplepractice_parse

    big = export.root / "Stored documents" / export.clients[0].name / "Huge scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 4096)
    odd = export.root / "Stored documents" / export.clients[0].name / "Letter.docx"
    odd.write_bytes(b"PK\x03\x04 not a pdf")
    monkeypatch.setattr(simplepractice_parse, "MAX_ATTACHMENT_BYTES", 4000)  # the limit, made small
    report = import_simplepractice(psy_vault, export.root)
    reasons = {i.path: i.reason for i in report.skipped}
    assert "25 MB" in reasons[big.relative_to(export.root).as_posix()]
    assert "Not a PDF" in reasons[odd.relative_to(export.root).as_posix()]
    assert report.charts_created == len(export.clients)


def test_not_an_export_folder_is_a_clear_error(psy_vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        plan_simplepractice(psy_vault, tmp_path / "missing")
    (tmp_path / "random").mkdir()
    with pytest.raises(InvalidInput, match="does not look like a SimplePractice export"):
        plan_simplepractice(psy_vault, tmp_path / "random")


def test_a_chart_committed_but_not_logged_is_logged_late_on_the_next_run(
        psy_vault: Vault, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    """The crash window between a chart's commit and its ledger entry (fault injected at the append)."""
    from vault_app.services.importers import chart_commit  # where the chart's ledger entry is written

    real_audit = chart_commit.audit

    def crash_at_first_append(vault: Vault, event: str, /, **ids: object) -> None:
        raise OSError("simulated crash after the chart's commit")

    monkeypatch.setattr(chart_commit, "audit", crash_at_first_append)
    with pytest.raises(OSError):
        import_simplepractice(psy_vault, export.root)
    assert len(_charts_by_sp_id(psy_vault)) == 1  # the first chart is in, whole, but unlogged
    assert psy_vault.ledger.entries(kinds=("import.chart",)) == []
    monkeypatch.setattr(chart_commit, "audit", real_audit)
    report = import_simplepractice(psy_vault, export.root)
    assert report.charts_created == len(export.clients) - 1
    entries = psy_vault.ledger.entries(kinds=("import.chart",))
    late = [e for e in entries if e.payload.get("late")]
    assert len(late) == 1 and late[0].payload["client_id"] in _charts_by_sp_id(psy_vault).values()
    assert late[0].payload["progress_notes"] > 0
    assert sorted(e.payload["client_id"] for e in entries) == sorted(_charts_by_sp_id(psy_vault).values())


def test_an_imported_chart_is_destroyed_verifiably_with_its_originals(psy_vault: Vault, export: FakeExport) -> None:
    """Import tables hold client_id: destruction finds and removes them like any chart data."""
    from vault_app.services import destruction

    report = import_simplepractice(psy_vault, export.root)
    assert {h.client_id for h in search_documents(psy_vault, '"Total score"')} == set(report.client_ids)
    fake = export.clients[1]
    client_id = _charts_by_sp_id(psy_vault)[fake.sp_id]
    number = clients.get_client(psy_vault, client_id).chart_number
    cert = destruction.destroy(psy_vault, number, basis="override", confirm=number,
                               override_reason="Test of an imported chart's destruction")
    assert cert["verification"]["result"] == "passed", cert["verification"]
    for table in ("import_map", "note_provenance", "attachments", "progress_notes"):
        assert not psy_vault.records.query(f"SELECT 1 FROM {table} WHERE client_id = ?", (client_id,)), table
    assert not psy_vault.psychotherapy.query("SELECT 1 FROM psychotherapy_provenance WHERE client_id = ?",
                                             (client_id,))
    assert report.charts_created == len(export.clients)
    # Its documents' text left the search index with it; the other charts' is still found.
    found = {h.client_id for h in search_documents(psy_vault, '"Total score"')}
    assert client_id not in found and len(found) == len(export.clients) - 1


def test_disk_full_mid_import_leaves_whole_charts_and_the_next_run_finishes(
        psy_vault: Vault, export: FakeExport, vault_dir: Path) -> None:
    from tests.conftest import PASSPHRASE
    from vault_app.domain.errors import DiskFull
    from vault_app.services.vault import open_vault

    expected = {c.source_key: c.count("progress_note") for c in plan_simplepractice(psy_vault, export.root).charts}
    # The injected variant of tests/core/test_faults_diskfull.py: records.db may grow by a few pages only
    # (the documents' bodies are in the blob store: records.db grows by their metadata and text).
    pages = int(psy_vault.records.query_one("PRAGMA page_count")[0])
    psy_vault.records.execute(f"PRAGMA max_page_count = {pages + 10}")
    with pytest.raises(DiskFull):
        import_simplepractice(psy_vault, export.root)
    psy_vault.lock()

    def whole(vault: Vault) -> int:
        charts = {k: v[1] for k, v in _mapped(vault).items() if k.startswith("contact:")}
        for key, client_id in charts.items():
            n = int(vault.records.query_one("SELECT count(*) FROM progress_notes WHERE client_id = ?",
                                            (client_id,))[0])
            assert n == expected[key], key
        assert int(vault.records.query_one("SELECT count(*) FROM clients")[0]) == len(charts)
        return len(charts)

    with open_vault(vault_dir, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
        assert 0 < whole(vault) < len(expected)  # the disk filled up part-way: some charts, each whole
        report = import_simplepractice(vault, export.root)
        assert whole(vault) == len(expected) and report.charts_created < len(expected)


def _mapped(vault: Vault) -> dict[str, tuple[str, str]]:
    from vault_app.storage import imports

    return imports.mapped_keys(vault.records, "simplepractice")


def test_documents_text_is_searchable_in_the_right_chart(psy_vault: Vault, export: FakeExport) -> None:
    import_simplepractice(psy_vault, export.root)
    by_sp = _charts_by_sp_id(psy_vault)
    fake = export.clients[0]
    hits = search_documents(psy_vault, "generalized anxiety", client_id=by_sp[fake.sp_id])
    assert [h.kind for h in hits] == ["treatment_plan"] and "[" in hits[0].snippet
    messages = search_documents(psy_vault, "Thursday")
    assert {h.kind for h in messages} == {"message"} and len(messages) == len(export.clients)
    # Progress-note originals are not indexed twice (the note itself is searchable).
    assert not [h for h in search_documents(psy_vault, "session") if h.kind == "imported_note"]
    with pytest.raises(InvalidInput):
        search_documents(psy_vault, "   ")
