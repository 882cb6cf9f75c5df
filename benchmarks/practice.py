"""The synthetic 30-year solo practice the benchmark suite runs against.

Deterministic for a given `PracticeSpec` (names, dates and text come from seeded
generators; only the random vault id and keys differ between builds). Built
through `services.demo.populate` (the bulk path: batched transactions, signed
notes, FTS indexes) in cohorts, one per year of practice, so the sessions spread
over 30 years; one long-term client has the 300-note chart. Then an authorization
on that chart (for the export), manual disclosures spread over the charts (for
the accounting) and audit events up to the spec's ledger length.

The built vault is cached in the temp dir, keyed by the spec; every benchmark run
works on a copy of it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import NO_KEYRING, PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.authorization import Authorization
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import authorizations, demo, export, practice
from vault_app.services.vault import Vault, create_vault, open_vault

# Bump when the way the practice is built changes, so an old cached copy is not reused.
FORMAT = 5  # 5: the ledger's per-chart index (issue 21)
SCAN = b"%PDF-1.4\n% signed form\n%%EOF\n"
RECIPIENT = Recipient("Dr. Rivera, Psychiatry Associates", "12 Elm St")
AUDIT_KINDS = ("chart.opened", "note.viewed", "note.created", "note.signed", "note.updated", "session.created",
               "chart.opened", "note.viewed")


@dataclass(frozen=True)
class PracticeSpec:
    clients: int = 600
    notes: int = 25_000  # sessions = progress notes = psychotherapy notes
    big_chart: int = 300
    years: int = 30
    ledger_events: int = 500_000
    disclosures: int = 300
    kdf: str = "default"  # "default": calibrated as at vault creation; "floor": the OWASP minimum (quick runs)
    seed: int = 30

    def key(self) -> str:
        return (f"f{FORMAT}_{self.clients}c_{self.notes}n_{self.big_chart}b_{self.years}y_{self.ledger_events}l_"
                f"{self.disclosures}d_{self.kdf}_s{self.seed}")


FULL = PracticeSpec()


def scaled(spec: PracticeSpec, factor: int) -> PracticeSpec:
    """The practice `factor` times as large (issue 21's 4x: 2,400 clients, 100k+100k notes,
    2M ledger entries); the long-term chart keeps its 300 notes so chart-sized measures compare."""
    if factor < 1:
        raise ValueError("the scale is a whole number >= 1")
    return replace(spec, clients=spec.clients * factor, notes=spec.notes * factor,
                   ledger_events=spec.ledger_events * factor, disclosures=spec.disclosures * factor)
QUICK = PracticeSpec(clients=12, notes=240, big_chart=40, years=3, ledger_events=3_000, disclosures=12, kdf="floor")


@dataclass(frozen=True)
class Practice:
    """A built practice vault (the cached template) and what the benchmarks need to know about it."""

    folder: Path
    spec: PracticeSpec
    meta: dict[str, Any]

    @property
    def big_client(self) -> str:
        return str(self.meta["big_client_id"])

    @property
    def big_chart_number(self) -> str:
        return str(self.meta["big_chart_number"])

    @property
    def authorization_id(self) -> str:
        return str(self.meta["authorization_id"])


# --- pieces the disclosure benchmark shares -------------------------------------------------
def authorize_progress_notes(vault: Vault, client_id: str, *, signed_on: date, signer: str) -> Authorization:
    """A valid 164.508 authorization to send all progress notes to RECIPIENT for continuity of care."""
    return authorizations.add_authorization(
        vault, client_id, description="All progress notes for coordination of care", covers=["progress"],
        described_parts=["progress_notes"],  # the kind its words name (domain/disclosure_parts.py)
        discloser="Bench Clinician", recipient_name=RECIPIENT.name, recipient_address=RECIPIENT.address,
        purposes=["continuity of care"], signed_on=signed_on, signer_name=signer,
        expires_on=date.today() + timedelta(days=365), statement_revoke="in writing",
        statement_conditioning="not conditioned", statement_redisclosure=True, scan=SCAN,
    )


def export_request(client_id: str, authorization_id: str, note_ids: tuple[str, ...]) -> DisclosureRequest:
    return DisclosureRequest(client_id, "progress", Selection(note_ids=note_ids), RECIPIENT, "continuity of care",
                             LegalBasis("authorization", {}, authorization_id), date.today())


def record_manual_disclosure(vault: Vault, client_id: str, i: int) -> None:
    """A health-oversight disclosure made by phone (no authorization needed), the i-th of a series."""
    req = DisclosureRequest(
        client_id=client_id, kind="progress", selection=Selection(),
        recipient=Recipient(f"Agency {i % 7}", "1 Gov Plaza"), purpose=f"purpose {i % 3}",
        basis=LegalBasis("health_oversight", {"agency": f"Agency {i % 7}", "request_reference": str(i)}),
        on=date.today() - timedelta(days=i % 2000), manual=True,
    )
    export.record_manual(vault, req, description="verbal summary", channel="phone")


def pad_ledger(vault: Vault, entries: int, *, batch: int = 50_000) -> None:
    """Years of audit events (ids only, like the real ones), appended through the ledger's
    bulk path: the header anchor moves once at the end."""
    ids = vault.records.query("SELECT client_id, note_id FROM progress_notes ORDER BY rowid")
    with vault.ledger.defer_anchor():
        for first in range(0, entries, batch):
            with vault.ledger.db.transaction():
                for k in range(first, min(first + batch, entries)):
                    client_id, note_id = ids[k % len(ids)]
                    kind = AUDIT_KINDS[k % len(AUDIT_KINDS)]
                    vault.ledger.append(kind, {"client_id": client_id, "note_id": note_id, "kind": "progress"})


# --- building -------------------------------------------------------------------------------
def _cohorts(spec: PracticeSpec) -> list[tuple[int, int, int]]:
    """(years ago, clients, notes per client) for the ordinary clients, so that the totals are exact."""
    ordinary = spec.clients - 1
    rest = spec.notes - spec.big_chart
    base, extra = divmod(rest, ordinary)
    out: list[tuple[int, int, int]] = []
    start = 0
    for year in range(spec.years):
        size = ordinary // spec.years + (1 if year < ordinary % spec.years else 0)
        end = start + size
        more = max(0, min(end, extra) - start)  # clients in [start, end) with index < extra get one more note
        if more:
            out.append((year, more, base + 1))
        if size - more:
            out.append((year, size - more, base))
        start = end
    return out


def _build(spec: PracticeSpec, folder: Path) -> dict[str, Any]:
    steps: dict[str, float] = {}
    started = time.perf_counter()
    params = OWASP_FLOOR if spec.kdf == "floor" else None  # None: calibrated, as a new vault gets
    created = create_vault(folder, PASSPHRASE, params=params, use_device_secret=False, secrets_store=NO_KEYRING)
    vault = created.vault
    steps["create (KDF calibration)"] = time.perf_counter() - started
    try:
        vault.unlock_psychotherapy(PASSPHRASE)
        practice.update(vault, clinician_name="Bench Clinician", practice_name="Bench Practice", phone="555-0100")
        mark = time.perf_counter()
        today = date.today()
        for k, (years_ago, n, per_client) in enumerate(_cohorts(spec)):
            demo.populate(vault, clients=n, notes_per_client=per_client, seed=spec.seed * 1000 + k, cases=0,
                          psychotherapy_every=1, until=today - timedelta(days=365 * years_ago))
        demo.populate(vault, clients=1, notes_per_client=spec.big_chart, seed=spec.seed * 1000 + 999, cases=0,
                      psychotherapy_every=1, until=today)
        steps["clinical record (demo.populate)"] = time.perf_counter() - mark
        big = vault.records.query_one("SELECT client_id, chart_number, legal_name FROM clients ORDER BY seq DESC")
        mark = time.perf_counter()
        auth = authorize_progress_notes(vault, big[0], signed_on=today - timedelta(days=30), signer=str(big[2]))
        charts = [str(r[0]) for r in vault.records.query("SELECT client_id FROM clients ORDER BY seq")]
        with vault.ledger.defer_anchor():
            for i in range(spec.disclosures):
                # One in ten goes to the long-term client, so its accounting has something to list.
                record_manual_disclosure(vault, big[0] if i % 10 == 0 else charts[(i * 7) % len(charts)], i)
        steps["authorization + disclosures"] = time.perf_counter() - mark
        mark = time.perf_counter()
        pad_ledger(vault, spec.ledger_events - vault.ledger.head().seq - 2)  # 2: psychotherapy.locked, unlock
        steps["ledger events"] = time.perf_counter() - mark
        meta = _describe(vault) | {
            "big_client_id": str(big[0]), "big_chart_number": str(big[1]), "authorization_id": auth.id,
            "kdf": _kdf(vault), "spec": asdict(spec),
        }
        vault.lock_psychotherapy()
        # The first unlock of a working copy appends entry number `spec.ledger_events`.
        meta["ledger_entries"] = vault.ledger.head().seq
    finally:
        vault.lock()
    steps["total"] = time.perf_counter() - started
    meta["build_seconds"] = {k: round(v, 1) for k, v in steps.items()}
    return meta


def _kdf(vault: Vault) -> str:
    h = vault.header
    return f"Argon2id m={h.kdf_memory_kib // 1024} MiB, t={h.kdf_iterations}, p={h.kdf_parallelism}"


def _describe(vault: Vault) -> dict[str, Any]:
    def one(db: Any, sql: str) -> int:
        return int(db.query_one(sql)[0] or 0)

    rec = vault.records
    return {
        "clients": one(rec, "SELECT count(*) FROM clients"),
        "sessions": one(rec, "SELECT count(*) FROM sessions"),
        "progress_notes": one(rec, "SELECT count(*) FROM progress_notes"),
        "psychotherapy_notes": one(vault.psychotherapy, "SELECT count(*) FROM psychotherapy_notes"),
        "progress_note_chars_avg": one(rec, "SELECT avg(chars) FROM (SELECT sum(length(s.value)) AS chars "
                                            "FROM progress_notes AS n, json_each(n.sections) AS s GROUP BY n.seq)"),
        "psychotherapy_note_chars_avg": one(vault.psychotherapy,
                                            "SELECT avg(length(body)) FROM psychotherapy_notes"),
        "first_session": str(rec.query_one("SELECT min(date) FROM sessions")[0]),
        "last_session": str(rec.query_one("SELECT max(date) FROM sessions")[0]),
    }


def cached(spec: PracticeSpec, *, fresh: bool = False, root: Path | None = None,
           log: Callable[[str], None] = print) -> Practice:
    """The template vault for `spec`, built (a few minutes for the full practice) unless cached."""
    base = (root or Path(tempfile.gettempdir())) / f"vault_app_bench_practice_{spec.key()}"
    ready = base / "practice.json"
    if fresh or not ready.exists():
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        log(f"Building the synthetic practice ({spec.clients} clients, {spec.notes:,} notes, "
            f"{spec.ledger_events:,} ledger events) in {base} ...")
        meta = _build(spec, base / "vault")
        ready.write_text(json.dumps(meta, indent=2), encoding="utf-8")
        log(f"Built in {meta['build_seconds']['total']:.0f} s.")
    return Practice(base / "vault", spec, json.loads(ready.read_text(encoding="utf-8")))


def working_copy(p: Practice, dest: Path) -> Path:
    """A copy of the template to run against (the benchmarks write, destroy and back up)."""
    shutil.copytree(p.folder, dest)
    return dest


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark on a practice takes: its scale, the tiny practice, where
    the practices are cached."""
    parser.add_argument("--scale", type=int, default=1, metavar="N")
    parser.add_argument("--quick", action="store_true", help="the tiny practice: checks the harness only")
    parser.add_argument("--cache-dir", type=Path, default=None)


def from_arguments(args: argparse.Namespace) -> Practice:
    """The practice add_arguments' options name, built unless cached (progress on stderr)."""
    spec = QUICK if args.quick else FULL
    if args.scale > 1:
        spec = scaled(spec, args.scale)
    return cached(spec, root=args.cache_dir, log=lambda s: print(s, file=sys.stderr))


@contextlib.contextmanager
def opened_copy(args: argparse.Namespace, prefix: str) -> Iterator[tuple[Vault, Path, Practice]]:
    """A working copy of that practice, unlocked with its psychotherapy notes, in a fresh
    work folder (yielded for the benchmark's own files) that is removed afterwards."""
    p = from_arguments(args)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=args.cache_dir))
    try:
        vault = open_vault(working_copy(p, work / "vault"), PASSPHRASE, with_psychotherapy=True,
                           secrets_store=NO_KEYRING)
        try:
            yield vault, work, p
        finally:
            vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def demo_template(name: str, *, clients: int, notes_per_client: int, ledger_entries: int, seed: int,
                  fresh: bool = False) -> tuple[Path, float | None]:
    """A demo vault (a psychotherapy note every third session, a padded ledger) cached in the
    temp dir under `name` and its sizes; returns its folder and the build seconds (None when
    it was already there). The per-area benchmarks copy it before each run."""
    from datetime import UTC, datetime

    folder = Path(tempfile.gettempdir()) / f"vault_app_bench_{name}_{clients}x{notes_per_client}_l{ledger_entries}"
    ready = folder / "READY"
    if not fresh and ready.exists():
        return folder / "vault", None
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    vault = create_vault(folder / "vault", PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    demo.populate(vault, clients=clients, notes_per_client=notes_per_client, seed=seed,
                  psychotherapy_every=3, until=datetime.now(UTC).date())
    pad_ledger(vault, ledger_entries)
    vault.lock()
    ready.write_text("ok")
    return folder / "vault", time.perf_counter() - started

