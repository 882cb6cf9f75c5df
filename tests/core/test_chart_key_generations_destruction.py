"""Destroying a chart whose documents are sealed under two generations of its key (one
before a Replace every key, one after) deletes both keys: in the vault and in a registered
snapshot made before the rekey and one made after. Checked by the independent scans of
tests/core/destruction_helpers.py (their own blob reader, over every generation's key)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import decrypted_hits, raw_hits, seed_chart, vault_keys
from vault_app.services import attachments, backup_keys, backup_repo, destruction
from vault_app.services.backup_repo_read import materialize
from vault_app.services.destruction_steps import key_fingerprint
from vault_app.services.vault import Vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import blob_store, chart_keys, clinical_attachments


def _snapshot_copy(vault: Vault, path: Path, work: Path, destroyed: str | None = None) -> tuple[Path, dict[str, bytes]]:
    """A snapshot decrypted into a private folder, and the compartment keys of that copy
    (`destroyed`: a chart of which the copy must hold no key of any generation)."""
    folder = work / f"copy-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700, parents=True)
    m = materialize(path, backup_keys.vault_source(vault), folder)
    copy = backup_keys.open_with_master(folder, m.master, psychotherapy_wraps=m.psychotherapy_wraps)
    try:
        if destroyed is not None:
            assert not chart_keys.exists(copy.records, destroyed)
        keys = vault_keys(copy)
    finally:
        copy.lock()
    return folder, keys


def _labels(hits: list[str]) -> set[str]:
    return {h.rsplit(":", 1)[1] for h in hits}


def _blob_id(vault: Vault, attachment_id: str) -> str:
    ref = clinical_attachments.sealed_ref(vault.records, attachment_id)
    assert ref is not None and ref[1] is not None
    return ref[1]


def test_a_chart_with_documents_under_two_generations_is_crypto_erased_everywhere(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    target = seed_chart(psy_vault, "G")  # its consent form: generation 0
    other = seed_chart(psy_vault, "K")
    (first,) = attachments.list_attachments(psy_vault, target.client_id)
    gen0 = chart_keys.get(psy_vault.records, target.client_id)
    assert gen0 is not None
    before = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)

    replace_here(psy_vault, PASSPHRASE)
    second_canary = f"canary-second-generation-{os.urandom(8).hex()}".encode()
    second = attachments.add_attachment(psy_vault, target.client_id, b"%PDF-1.4\n" + os.urandom(200) + second_canary
                                        + os.urandom(200), kind="other")
    gen1 = chart_keys.get(psy_vault.records, target.client_id)
    assert gen1 is not None and gen1 != gen0
    assert chart_keys.every_generation(psy_vault.records, target.client_id) == [gen0, gen1]
    after = backup_repo.create_incremental(psy_vault, tmp_path / "repo", rotate_old=False)
    blobs = [_blob_id(psy_vault, first.attachment_id), _blob_id(psy_vault, second.attachment_id)]
    canaries = {"first-canary": target.needles()["attachment-canary"], "second-canary": second_canary}
    secrets = {"key-generation-0": gen0, "key-generation-1": gen1}

    # Positive controls: both documents found in the vault's blobs (each under its own
    # generation), both keys in its decrypted pages; the snapshot before has the first
    # document, the one after both.
    keys = vault_keys(psy_vault)
    psy_vault.lock()
    assert _labels(decrypted_hits(vault_dir, keys, canaries, tmp_path / "w0")) == set(canaries)
    assert _labels(decrypted_hits(vault_dir, keys, secrets, tmp_path / "w0")) == set(secrets)
    assert raw_hits(vault_dir, canaries) == []
    with reopen(vault_dir, psychotherapy=True) as vault:
        for path, expected in ((before.path, {"first-canary"}), (after.path, set(canaries))):
            folder, copy_keys = _snapshot_copy(vault, Path(path), tmp_path / "pre")
            assert _labels(decrypted_hits(folder, copy_keys, canaries, tmp_path / "w1")) == expected

        cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)

        assert cert["verification"]["result"] == "passed"
        assert cert["extra"]["attachments"]["chart_key_fingerprint"] == key_fingerprint(gen0 + gen1)
        assert "each generation" in cert["extra"]["attachments"]["method"]
        assert cert["records"]["counts"]["chart_keys"] == 1
        assert cert["records"]["counts"]["chart_key_generations"] == 1
        steps = [s for s in cert["method"]["steps"] if s["step"] == "crypto-erase attachments"]
        assert steps and steps[0]["files"] == 2
        assert {b["path"] for b in cert["verification"]["backups"]} == {before.path, after.path}
        assert all(b["ok"] for b in cert["verification"]["backups"])
        assert not chart_keys.exists(vault.records, target.client_id)
        assert not any(blob_store.exists(vault_dir, b) for b in blobs)
        keys_after = vault_keys(vault)
        copies = [_snapshot_copy(vault, Path(p), tmp_path / "post", target.client_id)
                  for p in (before.path, after.path)]
        (other_meta,) = attachments.list_attachments(vault, other.client_id)
        assert attachments.read_attachment(vault, other_meta.attachment_id)[1] == other.attachment

    # The vault and both purged snapshots: neither document, neither key, no blob of the chart.
    assert raw_hits(vault_dir, canaries) == []
    assert decrypted_hits(vault_dir, keys_after, {**canaries, **secrets}, tmp_path / "w2") == []
    for folder, copy_keys in copies:
        assert decrypted_hits(folder, copy_keys, {**canaries, **secrets}, tmp_path / "w3") == []
        assert not set(blobs) & set(blob_store.stored_ids(folder))
        assert _labels(decrypted_hits(folder, copy_keys, other.needles(), tmp_path / "w3")) == set(other.needles())
    assert raw_hits(tmp_path / "repo", canaries) == []
