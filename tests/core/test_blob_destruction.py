"""Must show (issue 21): destroying a chart crypto-erases the bodies of its attachments.

The chart's attachment holds a canary string. Before the destruction the independent scan
(tests/core/destruction_helpers.py: its own blob reader over the decrypted records.db's
chart keys) finds it in the vault's blob, in a registered single-file backup and in a
registered snapshot. After it: not in any raw file, decrypted page or blob of the vault,
of the purged backup or of the purged snapshot; the chart key is in no decrypted page of
any of them; an unregistered backup restores without the chart (its blobs and key gone).
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.services import attachments, backup, backup_keys, backup_repo, certificates, clients, destruction
from vault_app.services.backup_archive import unpack
from vault_app.services.backup_repo_read import materialize
from vault_app.services.certificate_pdf import render
from vault_app.services.destruction_steps import key_fingerprint
from vault_app.services.vault import Vault
from vault_app.storage import blob_store, chart_keys, clinical_attachments


def _unpacked(vault: Vault, path: Path, work: Path, *, snapshot: bool) -> tuple[Path, dict[str, bytes]]:
    """A backup or snapshot decrypted into a private folder, and the compartment keys of that copy."""
    folder = work / f"copy-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700)
    if snapshot:
        m = materialize(path, backup_keys.vault_source(vault), folder)
        master, wraps = m.master, m.psychotherapy_wraps
    else:
        u = unpack(path, backup_keys.vault_source(vault), folder)
        master, wraps = u.master, u.psychotherapy_wraps
    copy = backup_keys.open_with_master(folder, master, psychotherapy_wraps=wraps)
    try:
        keys = vault_keys(copy)
    finally:
        copy.lock()
    return folder, keys


def _labels(hits: list[str]) -> set[str]:
    return {h.rsplit(":", 1)[1] for h in hits}


def test_the_attachment_canary_is_crypto_erased_everywhere_the_app_reaches(psy_vault: Vault, vault_dir: Path,
                                                                            tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "T")
    other = seed_chart(psy_vault, "O")
    canary = {"attachment-canary": target.needles()["attachment-canary"]}
    assert canary["attachment-canary"].startswith(b"canary-attachment-T-")
    key = chart_keys.get(psy_vault.records, target.client_id)
    assert key is not None
    secret = {"chart-key": key}
    (meta,) = attachments.list_attachments(psy_vault, target.client_id)
    ref = clinical_attachments.body_ref(psy_vault.records, meta.attachment_id)
    assert ref is not None and ref[1] is not None
    blob_path = blob_store.path_for(vault_dir, ref[1])
    single = backup.create_backup(psy_vault, tmp_path / "usb")
    snap = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)
    offsite = tmp_path / "offsite" / "never-registered.vaultbackup"
    offsite.parent.mkdir()
    shutil.copy2(single.path, offsite)  # a copy the app never knew about

    # Positive controls: the scan finds the canary in the vault's blob and in both copies,
    # and the body is nowhere in the clear.
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    assert _labels(decrypted_hits(vault_dir, keys, canary, tmp_path / "w0")) == {"attachment-canary"}
    assert any(h.startswith(f"blob {ref[1]}") for h in decrypted_hits(vault_dir, keys, canary, tmp_path / "w0"))
    assert _labels(decrypted_hits(vault_dir, keys, secret, tmp_path / "w0")) == {"chart-key"}
    assert raw_hits(vault_dir, canary) == [] and raw_hits(tmp_path / "repo", canary) == []
    with reopen(vault_dir, psychotherapy=True) as vault:
        for path, is_snap in ((Path(single.path), False), (Path(snap.path), True)):
            folder, copy_keys = _unpacked(vault, path, tmp_path, snapshot=is_snap)
            assert _labels(decrypted_hits(folder, copy_keys, canary, tmp_path / "w1")) == {"attachment-canary"}
        fingerprint = key_fingerprint(key)
        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)

        assert cert["verification"]["result"] == "passed"
        assert cert["extra"]["attachments"]["chart_key_fingerprint"] == fingerprint
        assert "NIST SP 800-88" in cert["extra"]["attachments"]["method"]
        steps = [s for s in cert["method"]["steps"] if s["step"] == "crypto-erase attachments"]
        assert steps and steps[0]["files"] == 1
        assert {b["path"] for b in cert["verification"]["backups"]} == {single.path, snap.path}
        assert "did not create or register" in " ".join(cert["copies_beyond_reach"]["statement"])
        document = certificates.signed_document(vault, cert["certificate_id"])
        printed = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
        assert fingerprint in printed.replace("\n", "") and "crypto-erased" in printed
        assert chart_keys.get(vault.records, target.client_id) is None
        assert not blob_path.exists()
        assert set(blob_store.stored_ids(vault_dir)) == set(clinical_attachments.referenced_blobs(vault.records))
        keys_after = vault_keys(vault)
        copies = [_unpacked(vault, Path(single.path), tmp_path, snapshot=False),
                  _unpacked(vault, Path(snap.path), tmp_path, snapshot=True)]
        (other_meta,) = attachments.list_attachments(vault, other.client_id)
        assert attachments.read_attachment(vault, other_meta.attachment_id)[1] == other.attachment

    # The vault: no canary raw, in a decrypted page or in a blob; the chart key in no page.
    assert raw_hits(vault_dir, canary) == []
    assert decrypted_hits(vault_dir, keys_after, {**canary, **secret}, tmp_path / "w2") == []
    # The registered single-file backup and snapshot, purged: the same, and their blobs gone.
    for folder, copy_keys in copies:
        assert decrypted_hits(folder, copy_keys, {**canary, **secret}, tmp_path / "w3") == []
        assert ref[1] not in blob_store.stored_ids(folder)
        assert _labels(decrypted_hits(folder, copy_keys, other.needles(), tmp_path / "w3")) == set(other.needles())
    assert raw_hits(tmp_path / "usb", canary) == [] and raw_hits(tmp_path / "repo", canary) == []

    # The unregistered backup still holds the chart; restoring it never brings it back.
    restored = tmp_path / "restored"
    with reopen(vault_dir, psychotherapy=True) as vault:
        report = backup.restore_backup(offsite, restored, passphrase=PASSPHRASE, current=vault)
    assert [r["client_id"] for r in report.reapplied if r["reapplied"]] == [target.client_id]
    with reopen(restored, psychotherapy=True) as vault:
        assert [c.client_id for c in clients.list_clients(vault)] == [other.client_id]
        assert chart_keys.get(vault.records, target.client_id) is None
        assert set(blob_store.stored_ids(restored)) == set(clinical_attachments.referenced_blobs(vault.records))
        (other_meta,) = attachments.list_attachments(vault, other.client_id)
        assert attachments.read_attachment(vault, other_meta.attachment_id)[1] == other.attachment
        restored_keys = vault_keys(vault)
    assert ref[1] not in blob_store.stored_ids(restored)
    assert decrypted_hits(restored, restored_keys, {**canary, **secret}, tmp_path / "w4") == []
    assert raw_hits(restored, canary) == []


def test_psychotherapy_scope_destruction_leaves_the_charts_attachments(psy_vault: Vault) -> None:
    chart: SeededChart = seed_chart(psy_vault, "P", psychotherapy=2)
    key = chart_keys.get(psy_vault.records, chart.client_id)
    cert = destruction.destroy(psy_vault, chart.client_id, note_ids=chart.psychotherapy_note_ids[:1],
                               basis="override", override_reason="client asked for this note to be destroyed",
                               confirm=chart.chart_number)
    assert "attachments" not in cert.get("extra", {})
    assert chart_keys.get(psy_vault.records, chart.client_id) == key
    (meta,) = attachments.list_attachments(psy_vault, chart.client_id)
    assert attachments.read_attachment(psy_vault, meta.attachment_id)[1] == chart.attachment


def test_the_apps_own_search_looks_for_the_attachment_bodies(psy_vault: Vault, vault_dir: Path) -> None:
    """The bodies are in no row any more; their windows are still search strings, so a
    plaintext copy of a document left in the vault folder fails the verification."""
    from vault_app.domain.destruction import DestructionNotVerified

    target = seed_chart(psy_vault, "T")
    (vault_dir / "stray-copy.pdf").write_bytes(target.attachment)
    with pytest.raises(DestructionNotVerified, match=r"stray-copy\.pdf"):
        destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    [failed] = psy_vault.ledger.entries(kinds=(destruction.FAILED,))
    assert any("stray-copy.pdf" in where for where in failed.payload["found_in"])
