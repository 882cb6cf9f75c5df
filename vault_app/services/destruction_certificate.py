"""The certificate a verified destruction earns: its fields, and the claims its extras make.

Apart from services/destruction.py because it is the wording and not the work: what the
certificate says of the attachments' crypto-erase, the kept original PDFs and the compliance
records kept is read by auditors and reviewed as text, while the steps that earn it (delete,
rekey, purge, verify) are reviewed as a journal. `finish` calls it only after the
verification it reports has passed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vault_app import __version__
from vault_app.domain.destruction import DestructionCertificate
from vault_app.domain.plurals import counted
from vault_app.services import compliance
from vault_app.services import destruction_backups as backups_step
from vault_app.services.destruction_steps import StepLog, Target
from vault_app.services.ledger import now_iso
from vault_app.services.vault import Vault
from vault_app.storage import destruction_facts


def certificate(vault: Vault, payload: dict[str, Any], started_seq: int, log: StepLog, verification: dict[str, Any],
                resumed: bool, *, target: Target, backups: list[dict[str, Any]]) -> DestructionCertificate:
    """The certificate of the destruction `payload` decided, with the extras its scope calls for."""
    certificate = _certificate(vault, payload, started_seq, log, verification, resumed)
    if payload.get("chart_key_fingerprint"):
        certificate = replace(certificate, extra={**certificate.extra, "attachments": {
            "chart_key_fingerprint": payload["chart_key_fingerprint"],
            "method": "crypto-erase (NIST SP 800-88 Rev. 1 Purge, cryptographic erase): every chart key "
                      "(each generation) under which the bodies of its attachments were sealed was deleted with "
                      "secure_delete and the compartment re-encrypted; every copy of those bodies is ciphertext "
                      "under no key. "
                      "The vault's own attachment files were also overwritten with zeros and removed."
                      + _SNAPSHOT_KEYS_KEPT * any(b.get("method") == backups_step.SNAPSHOT_METHOD
                                                  for b in backups),
        }})
    if "kept_originals" in payload:
        # Named (or said to be none): a therapist who destroys notes expects their kept PDFs gone too.
        certificate = replace(certificate, extra={**certificate.extra, "kept_original_pdfs": {
            "destroyed": list(payload["kept_originals"]),
            "statement": _kept_statement(len(payload["kept_originals"]), with_notes=bool(payload["note_ids"])),
        }})
    if target.note_ids is None:
        kept = compliance.summary(vault, target.client_id)
        if kept["counts"]:
            certificate = replace(certificate, extra={**certificate.extra, "compliance_records_kept": kept})
    return certificate


def _tool(vault: Vault) -> str:
    engines = destruction_facts.engine_versions(vault.records)
    return f"vault-app {__version__} (SQLCipher {engines.cipher}, SQLite {engines.sqlite})"


def _kept_statement(count: int, *, with_notes: bool) -> str:
    """What went of the kept original PDFs, and whether notes went with them: a PDF chosen alone
    was said to have gone "with these notes" on a certificate that destroyed no note."""
    if not count:
        return ("No original PDF kept from a discarded psychotherapy draft was chosen; none was destroyed "
                "with these notes.")
    named = "(named by id, date, size and SHA-256; no content)."
    if not with_notes:
        return (f"{counted(count, 'original PDF')} kept from discarded psychotherapy drafts destroyed, and no note "
                f"with {'it' if count == 1 else 'them'}: the method and verification a note's destruction has "
                + named)
    return (f"{counted(count, 'original PDF')} kept from discarded psychotherapy drafts destroyed with these "
            "notes, with the same method and verification " + named)


# A purged snapshot keeps the records key of its time (destruction_backups.SNAPSHOT_METHOD),
# and that key once wrapped pages holding the chart key: the attachments' claim says so.
_SNAPSHOT_KEYS_KEPT = (
    " Exception: the purged snapshots of backup repositories keep the records key of their time, so an "
    "old disk block of records.db that held the chart key and survives elsewhere (an SSD's spare area, "
    "the vault's own freed blocks) stays readable to whoever also holds the passphrase or recovery key, "
    "until those snapshots are rotated out."
)


def _certificate(vault: Vault, payload: dict[str, Any], started_seq: int, log: StepLog,
                 verification: dict[str, Any], resumed: bool) -> DestructionCertificate:
    return DestructionCertificate(
        certificate_id=payload["destruction_id"],
        vault_id=vault.vault_id,
        performed_by=payload["performed_by"],
        started_at=payload["started_at"],
        completed_at=now_iso(),
        client_id=payload["client_id"],
        chart_number=payload["chart_number"],
        scope=payload["scope"],
        record_types=tuple(payload["record_types"]),
        counts=dict(payload["counts"]),
        inclusive_dates=dict(payload["inclusive_dates"]),
        note_ids=tuple(payload["note_ids"]),
        basis=dict(payload["basis"]),
        method_steps=tuple(log.steps),
        tool=_tool(vault),
        verification=verification,
        started_seq=started_seq,
        disclosed_copies=tuple(payload["disclosed_copies"]),
        witness=payload.get("witness"),
        authorized_by=payload.get("authorized_by"),
        verified_by=payload.get("verified_by"),
        resumed_after_interruption=resumed,
        unreachable_backups=tuple(verification["backups_not_reachable"]),
    )
