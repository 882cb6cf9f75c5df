"""Import of a generated SimplePractice export, against plain inserts of the same rows.

    .venv/bin/python -m benchmarks.import_bench [--clients 100] [--notes 50]

The export (scripts/make_simplepractice_export.py; 100 clients x 50 notes = 5,000 progress
notes, plus psychotherapy notes and documents) is generated once and cached. It is imported
into a fresh vault (the OWASP-floor KDF: key derivation is not what is measured), timed as a
whole (plan: reading every vCard and PDF; apply: one records and one psychotherapy transaction
per chart). The baseline inserts the very rows the import wrote (clients, notes, attachments
with their bytes, provenance and import-map rows, read back from the imported vault) into
another fresh vault through the storage layer, also one transaction per chart, with no
reading of files. The ratio is the cost of planning, parsing PDFs and the per-item checks.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.common import NO_KEYRING, PASSPHRASE, Measure, once_s, table
from scripts.make_simplepractice_export import make_export
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import attachment_blobs
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault, create_vault
from vault_app.storage import clinical_attachments, clinical_clients, clinical_notes, clinical_psychotherapy, imports


def cached_export(root: Path, clients: int, notes: int) -> Path:
    folder = root / f"vault_app_sp_export_{clients}x{notes}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        make_export(folder / "export", clients=clients, notes_per_client=notes, seed=2026)
        done.write_text("ok")
    return folder / "export"


def _new_vault(folder: Path) -> Vault:
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False,
                         secrets_store=NO_KEYRING).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    return vault


def _plain_inserts(source: Vault, target: Vault) -> int:
    """Copy what the import wrote, chart by chart, through the storage layer; return notes copied."""
    copied = 0
    for client_id in imports.mapped_clients(source.records, "simplepractice"):
        client = clinical_clients.get(source.records, client_id)
        assert client is not None
        notes = [n for s in clinical_notes.list_for_client(source.records, client_id)
                 if (n := clinical_notes.get(source.records, s.note_id)) is not None]
        docs = [(a, attachment_blobs.body(source, a.attachment_id) or b"")
                for a in clinical_attachments.list_for_client(source.records, client_id)]
        provenance = imports.provenance_for_client(source.records, client_id)
        psy = [n for s in clinical_psychotherapy.list_for_client(source.psychotherapy, client_id)
               if (n := clinical_psychotherapy.get(source.psychotherapy, s.note_id)) is not None]
        with target.records.transaction():
            clinical_clients.insert(target.records, client)
            clinical_notes.insert_many(target.records, notes)
            for meta, data in docs:
                # As the import stores a document: its blob (sealed, flushed), then its row.
                clinical_attachments.insert(target.records, meta, *attachment_blobs.store(target, client_id, data))
            for p in provenance:
                imports.insert_provenance(target.records, p)
            for key, kind, target_id in [(f"k{i}", "document", d[0].attachment_id) for i, d in enumerate(docs)]:
                imports.add_mapping(target.records, "plain", f"{client_id}:{key}", kind, target_id, client_id, "")
        with target.psychotherapy.transaction():
            clinical_psychotherapy.insert_many(target.psychotherapy, psy)
        copied += len(notes)
    return copied


def measure(root: Path, clients: int = 100, notes: int = 50) -> Measure:
    source = cached_export(root, clients, notes)
    work = Path(tempfile.mkdtemp(prefix="vault_app_import_bench_", dir=root))
    try:
        imported = _new_vault(work / "imported")
        seconds, report = once_s(lambda: import_simplepractice(imported, source))
        baseline = _new_vault(work / "plain")
        plain_seconds, copied = once_s(lambda: _plain_inserts(imported, baseline))
        imported.lock()
        baseline.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = report.progress_notes
    m = Measure(
        f"import of a SimplePractice export ({report.charts_created} charts, {total:,} progress notes, "
        f"{report.psychotherapy_notes:,} psychotherapy notes, {report.documents:,} documents); plain column: the "
        "same rows inserted directly", "s", round(seconds, 2), plain=round(plain_seconds, 2), stat="total",
        note=f"{total / seconds:,.0f} notes/s imported, {copied / plain_seconds:,.0f} notes/s inserted",
        extra={"notes_per_second": round(total / seconds, 1),
               "plain_notes_per_second": round(copied / plain_seconds, 1),
               "charts": report.charts_created, "skipped": len(report.skipped)},
    )
    return m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--notes", type=int, default=50, help="notes per client")
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args(argv)
    print(table([measure(args.cache_dir, args.clients, args.notes)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
