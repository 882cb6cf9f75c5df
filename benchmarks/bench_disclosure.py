"""Disclosure-side performance through the real services (issue 4).

Builds a fresh vault in the temp dir: one chart with N signed progress notes, plus
M manual disclosures spread over 20 charts so the ledger has a realistic share of
disclosure entries, then measures:

  gate decide      the pure decision, one note                     (microseconds)
  gate check       disclosure_gate.check over a date range of the big chart
  export 1 note    gate + build + AES-256 PDF + ledger entry + fsync'd write
  export 50 notes  the same, 50 notes in one PDF
  accounting build one client's 164.528 accounting read from the ledger
  accounting PDF   build + two Ed25519 signatures + encrypted PDF + .sig file

Prints a Markdown table and writes JSON to benchmarks/out/. Figures are noisy on a
shared machine.

    .venv/bin/python -m benchmarks.bench_disclosure [--notes 300 --disclosures 2000]
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import OUT, PASSPHRASE, percentile, time_ms
from benchmarks.practice import RECIPIENT, authorize_progress_notes, export_request, record_manual_disclosure
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.disclosure_gate import decide
from vault_app.services import accounting, authorizations, clients, disclosure_gate, export, notes, practice
from vault_app.services.vault import Vault, create_vault

PASSWORD = "benchmark-pdf-password"
TEXT = ("Client reports improved sleep and fewer intrusive thoughts; practiced grounding twice daily. " * 6).strip()


def _build(folder: Path, n_notes: int, n_disclosures: int) -> tuple[Vault, str, str, list[str]]:
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    practice.update(vault, clinician_name="Bench Clinician", practice_name="Bench Practice", phone="555-0100")
    big = clients.create_client(vault, "Big Chart Client", date_of_birth="1980-01-01")
    start = date.today() - timedelta(days=n_notes)
    ids = []
    for i in range(n_notes):
        note = notes.create_progress_note(vault, big.client_id, template="free", text=f"{TEXT} #{i}",
                                          note_date=start + timedelta(days=i))
        notes.sign_note(vault, note.note_id)
        ids.append(note.note_id)
    auth = authorize_progress_notes(vault, big.client_id, signed_on=start, signer="Big Chart Client")
    others = [clients.create_client(vault, f"Client {i}").client_id for i in range(19)] + [big.client_id]
    with vault.ledger.defer_anchor():
        for i in range(n_disclosures):
            record_manual_disclosure(vault, others[i % len(others)], i)
    return vault, big.client_id, auth.id, ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--disclosures", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vault_app_bench_disclosure_"))
    try:
        built = time.perf_counter()
        vault, client_id, auth_id, ids = _build(work / "vault", args.notes, args.disclosures)
        build_s = time.perf_counter() - built
        results: list[tuple[str, list[float], str]] = []

        pure_req = export_request(client_id, auth_id, (ids[0],))
        ctx = GateContext(items=(ItemFacts(ids[0], "progress", date.today()),),
                          authorization=authorizations.get_authorization(vault, auth_id))
        pure = time_ms(lambda: decide(pure_req, ctx), 2000)
        results.append(("gate decide (pure)", [x * 1000 for x in pure], "µs"))

        ranged = DisclosureRequest(client_id, "progress", Selection(date_from=date.today() - timedelta(days=60)),
                                   RECIPIENT, "continuity of care", LegalBasis("authorization", {}, auth_id),
                                   date.today())
        results.append((f"gate check ({args.notes}-note chart, 60-day range)",
                        time_ms(lambda: disclosure_gate.check(vault, ranged), args.runs * 5), "ms"))

        counter = iter(range(1_000_000))

        def one(n: int) -> Callable[[], object]:
            req = export_request(client_id, auth_id, tuple(ids[:n]))
            return lambda: export.export(vault, req, out=work / f"e{next(counter)}.pdf", password=PASSWORD)

        results.append(("export 1 note (PDF, AES-256, logged)", time_ms(one(1), args.runs), "ms"))
        results.append(("export 50 notes (PDF, AES-256, logged)", time_ms(one(50), max(3, args.runs // 4)), "ms"))
        results.append((f"accounting build ({args.disclosures} disclosures in ledger)",
                        time_ms(lambda: accounting.build(vault, client_id), args.runs), "ms"))
        results.append(("accounting signed PDF", time_ms(
            lambda: accounting.produce(vault, client_id, out=work / f"a{next(counter)}.pdf", password=PASSWORD),
            max(3, args.runs // 4)), "ms"))
        vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nDisclosure benchmark: {args.notes}-note chart, {args.disclosures} disclosures in the ledger "
          f"(setup {build_s:.1f} s), {platform.machine()} {platform.python_version()}\n")
    print("| operation | p50 | p95 | max | runs |")
    print("| --- | ---: | ---: | ---: | ---: |")
    rows: list[dict[str, Any]] = []
    for name, samples, unit in results:
        p50, p95, top = statistics.median(samples), percentile(samples, 0.95), max(samples)
        print(f"| {name} | {p50:.1f} {unit} | {p95:.1f} {unit} | {top:.1f} {unit} | {len(samples)} |")
        rows.append({"operation": name, "unit": unit, "p50": p50, "p95": p95, "max": top, "runs": len(samples)})
    OUT.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (OUT / f"disclosure-{stamp}.json").write_text(json.dumps({"rows": rows, "notes": args.notes,
                                                              "disclosures": args.disclosures}, indent=2))


if __name__ == "__main__":
    main()
