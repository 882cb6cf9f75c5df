"""Whole-vault operations on the working copy: unlock, audit, export, accounting, backup, restore, destruction."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.common import NO_KEYRING, PASSPHRASE, Measure, clock_calls, once_s
from benchmarks.practice import Practice, export_request
from vault_app.crypto import kdf
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import (
    accounting,
    backup,
    backup_registry,
    backup_restore,
    destruction,
    export,
    ledger_seals,
    notes,
)
from vault_app.services import chart_history as history
from vault_app.services.vault import Vault, open_vault

PDF_PASSWORD = "benchmark-pdf-password"


def unlock(folder: Path, runs: int, kdf_name: str, ledger_entries: int, *, calibrated: bool = True) -> list[Measure]:
    """Unlock (records + ledger, the everyday unlock) `runs` times; the KDF reported apart from the rest."""
    totals: list[float] = []
    with_psy: list[float] = []
    with clock_calls(kdf, "derive") as spent:
        for _ in range(runs):
            start = time.perf_counter()
            open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING).lock()
            totals.append(time.perf_counter() - start)
        derivations = list(spent)
        for _ in range(max(1, runs // 2)):
            start = time.perf_counter()
            open_vault(folder, PASSPHRASE, with_psychotherapy=True, secrets_store=NO_KEYRING).lock()
            with_psy.append(time.perf_counter() - start)
    rest = [(t - d) * 1000 for t, d in zip(totals, derivations, strict=True)]
    rest_psy = [(t - d) * 1000 for t, d in zip(with_psy, spent[len(derivations):], strict=True)]
    return [
        Measure.from_samples(f"unlock: key derivation ({kdf_name})", [d * 1000 for d in derivations], stat="p50",
                             note="security setting, calibrated to ~1 s at creation" if calibrated
                             else "the OWASP floor, for quick runs only"),
        Measure.from_samples(f"unlock without the KDF: open compartments, verify a {ledger_entries:,}-entry "
                             "ledger from its anchor", rest, target=300.0, stat="p50"),
        Measure.from_samples("unlock without the KDF, psychotherapy compartment too", rest_psy, stat="p50"),
    ]


def first_unlock(folder: Path) -> list[Measure]:
    """The first unlock of a vault made before seals also checks its whole ledger entry by
    entry and seals it (services/ledger_sealing.py): once per vault, reported apart so the
    everyday unlock rows are not skewed by it (run_all runs it first on the working copy)."""
    with clock_calls(kdf, "derive") as spent:
        start = time.perf_counter()
        vault = open_vault(folder, PASSPHRASE, secrets_store=NO_KEYRING)
        seconds = time.perf_counter() - start - sum(spent)
    try:
        last = vault.ledger.store.last()
        sealed_now = last is not None and last.kind == ledger_seals.SEALING_STARTED
        entries = last.seq if last else 0
    finally:
        vault.lock()
    name = "first unlock of a vault made before seals, without the KDF: every entry checked, then the ledger sealed"
    if not sealed_now:
        return [Measure.skip(name, "s", "skipped: this copy of the practice was sealed already")]
    m = Measure(f"{name} ({entries:,} entries; once per vault)", "s", round(seconds, 3))
    m.note = "the audit's sealing, at the first unlock instead of the first audit"
    return [m]


def audit_verify(vault: Vault) -> Measure:
    seconds, report = once_s(vault.verify_ledger)
    m = Measure(f"full audit verify ({report.entries_checked:,} entries)", "s", round(seconds, 3),
                note="on demand: 'vault-app audit verify'")
    m.extra = {"ok": report.ok}
    return m


def chart_history(vault: Vault, p: Practice, runs: int = 20) -> Measure:
    """The History tab's first page for the long-term chart: a read by chart through the
    ledger's per-chart index, so it should not grow with the rest of the ledger."""
    client_id = p.big_client
    samples = []
    for _ in range(runs):
        seconds, page = once_s(lambda: history.chart_history(vault, client_id))
        samples.append(seconds * 1000)
    m = Measure.from_samples(f"chart history, first page ({len(page.entries)} entries of the long-term chart)",
                             samples, target=100.0, note="issue 21: 7-9 s at 1x before the per-chart index")
    return m


def export_notes(vault: Vault, p: Practice, work: Path, runs: int, count: int = 50) -> Measure:
    signed = [n.note_id for n in notes.list_notes(vault, p.big_client) if n.signed][:count]
    request = export_request(p.big_client, p.authorization_id, tuple(signed))
    counter = iter(range(10**6))
    samples = []
    for _ in range(runs):
        out = work / f"export-{next(counter)}.pdf"
        seconds, _ = once_s(lambda out=out: export.export(vault, request, out=out, password=PDF_PASSWORD))
        samples.append(seconds * 1000)
        out.unlink()
    return Measure.from_samples(f"export {len(signed)} notes to an AES-256 PDF (gate, ledger, fsync)", samples,
                                stat="p50")


def accounting_report(vault: Vault, p: Practice, work: Path, runs: int) -> Measure:
    samples = []
    lines = 0
    for k in range(runs):
        out = work / f"accounting-{k}.pdf"
        seconds, report = once_s(lambda out=out: accounting.produce(vault, p.big_client, out=out,
                                                                     password=PDF_PASSWORD))
        samples.append(seconds * 1000)
        lines = len(report.accounting.lines)
        out.unlink()
        report.signature_path.unlink()
    return Measure.from_samples(f"accounting of disclosures ({lines} lines, signed, encrypted PDF)", samples,
                                stat="p50")


def backup_and_restore(vault: Vault, work: Path) -> tuple[list[Measure], Path]:
    target = work / "backups"
    target.mkdir()
    seconds, info = once_s(lambda: backup.create_backup(vault, target))
    size = Path(info.path).stat().st_size / 2**20
    made = Measure(f"backup create ({size:.0f} MiB file)", "s", round(seconds, 3), target=10.0)
    restored = work / "restored"
    seconds, report = once_s(lambda: backup_restore.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE,
                                                                   secrets_store=NO_KEYRING))
    back = Measure("verified restore (checksum, every page, ledger chain; passphrase incl. KDF)", "s",
                   round(seconds, 3), target=20.0)
    back.extra = {"restored_ledger_seq": report.restored_ledger_seq}
    return [made, back], restored


def _oldest_adult_chart(vault: Vault) -> str:
    row = vault.records.query_one(
        "SELECT chart_number FROM clients WHERE kind = 'individual' AND last_contact IS NOT NULL "
        "AND date_of_birth < date(last_contact, '-18 years') ORDER BY last_contact, seq LIMIT 1")
    return str(row[0])


def step_seconds(cert: dict[str, Any]) -> dict[str, float]:
    """Seconds spent in each kind of step, from the certificate's timestamps."""
    out: dict[str, float] = {}
    previous = datetime.fromisoformat(cert["started_at"])
    for step in cert["method"]["steps"]:
        at = datetime.fromisoformat(step["at"])
        out[step["step"]] = round(out.get(step["step"], 0.0) + (at - previous).total_seconds(), 2)
        previous = at
    out["certificate + ledger"] = round((datetime.fromisoformat(cert["completed_at"]) - previous).total_seconds(), 2)
    return out


def forget_backups(vault: Vault) -> int:
    """Take every registered backup off the register (as a rotation does, the files left
    where they are): the live vault's destruction alone is then measured. Benchmark
    copies only."""
    forgotten = backup_registry.registered(vault)
    for b in forgotten:
        vault.ledger.append(backup_registry.ROTATED, {"path": b.path, "sha256": b.sha256, "backup_id": b.backup_id})
    return len(forgotten)


def destroy_chart(vault: Vault, *, target: float | None, registered_backups: bool = True) -> Measure:
    """Destroy the oldest adult chart (past retention), every registered backup purged and searched too
    (`registered_backups=False`: the register emptied first, the live vault alone)."""
    forgotten = 0 if registered_backups else forget_backups(vault)
    chart = _oldest_adult_chart(vault)
    call: Callable[[], dict[str, Any]] = lambda: destruction.destroy(vault, chart, basis="retention", confirm=chart)  # noqa: E731
    try:
        seconds, cert = once_s(call)
    except RefusedByPolicy:
        seconds, cert = once_s(lambda: destruction.destroy(vault, chart, basis="override", confirm=chart,
                                                            override_reason="benchmark of a verified destruction"))
    counts = cert["records"]["counts"]
    ver = cert["verification"]
    purged = len(ver["backups"])
    where = f"{purged} registered backup{'s' if purged > 1 else ''} purged" if purged else "no backups registered"
    name = (f"destroy one chart with verification ({sum(counts.values())} rows; {where})" if registered_backups
            else f"destroy one chart with verification, no registered backups ({sum(counts.values())} rows)")
    m = Measure(name, "s", round(seconds, 3), target=target)
    if forgotten:
        m.note = f"the practice's {forgotten} registered backup(s) taken off the register first"
    m.extra = {"verification": ver["result"], "counts": counts, "steps_seconds": step_seconds(cert),
               "ledger_entries_checked": ver["structural"].get("ledger_entries_checked")}
    return m
