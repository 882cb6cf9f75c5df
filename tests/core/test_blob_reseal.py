"""Documents sealed under an earlier chart-key generation, sealed again under the current one
(services/blob_reseal.py; docs/scaling.md, "Twenty-fifth round (2026-12-05): documents sealed again").

The threat, as in test_chart_key_generations.py: an old copy of records.db and vault.header,
and the passphrase of then, after a leak; the therapist replaced every key. Once the
re-sealing has run, that copy opens nothing in today's blobs/, and the live vault opens
every document. Real vaults, real Argon2 (the OWASP floor), real blob files; kills are real
SIGKILLs of a child process at each step.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.clinical_helpers import PDF
from tests.core.destruction_helpers import decrypted_hits, seed_chart, vault_keys
from tests.core.test_chart_key_generations import NEW, _keys_in_copy
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import DiskFull, VaultCorrupt
from vault_app.services import (
    attachment_blobs,
    attachments,
    backup,
    backup_repo,
    backup_repo_restore,
    blob_reseal,
    clients,
    destruction,
    destruction_beside,
)
from vault_app.services.beside_job import SerialWorker
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import blob_intents, blob_store, chart_keys, clinical_attachments
from vault_app.storage import header as header_io

# Two segments and a piece: the re-sealing reads and writes more than one segment per blob.
BIG = 2 * blob_store.WRITE_STEP + 4321


def _doc(tag: str, size: int = 700) -> bytes:
    return PDF + f"%{tag}-{os.urandom(8).hex()}".encode() + os.urandom(size)


def _ref(vault: Vault, attachment_id: str) -> tuple[str, str, int]:
    ref = clinical_attachments.sealed_ref(vault.records, attachment_id)
    assert ref is not None and ref[1] is not None
    return ref[0], ref[1], ref[2]


def _earlier_keys(vault: Vault) -> int:
    return int(vault.records.scalar("SELECT count(*) FROM chart_key_generations"))


def _seed(vault: Vault) -> dict[str, bytes]:
    """Two charts with documents (one over two segments), a chart without any."""
    attachment_blobs.sweep_intents(vault)  # as the vault's first unlock does (0085 asks for a full sweep)
    docs: dict[str, bytes] = {}
    first = clients.create_client(vault, "Philippa Aldercott").client_id
    second = clients.create_client(vault, "Bartholomew Quince").client_id
    clients.create_client(vault, "Ottoline Fairweather")
    for chart, data, kind in ((first, _doc("consent"), "consent"), (first, _doc("big", BIG), "other"),
                              (second, _doc("letter"), "other")):
        docs[attachments.add_attachment(vault, chart, data, kind=kind).attachment_id] = data
    return docs


def _all_open_and_nothing_stray(vault: Vault, docs: dict[str, bytes]) -> None:
    for attachment_id, data in docs.items():
        assert attachments.read_attachment(vault, attachment_id)[1] == data
    assert attachment_blobs.check_all(vault.folder, vault.records) == []
    stored, temps = blob_store.scan(vault.folder)
    assert temps == []
    assert set(stored) == clinical_attachments.blob_ids(vault.records), "a file no row names was left"


def _all_current(vault: Vault, docs: dict[str, bytes]) -> None:
    for attachment_id in docs:
        client_id, _blob, generation = _ref(vault, attachment_id)
        current = chart_keys.current(vault.records, client_id)
        assert current is not None and generation == current.generation
    assert _earlier_keys(vault) == 0
    assert blob_reseal.pending(vault) == []


def test_after_the_resealing_an_old_copy_and_its_passphrase_open_nothing_in_blobs(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    docs = _seed(vault)
    vault.lock()
    old = tmp_path / "old-copy"  # what leaked: records.db and vault.header as they were
    old.mkdir()
    shutil.copy2(vault_dir / "records.db", old / "records.db")
    old_header = header_io.read(vault_dir)
    before = set(blob_store.stored_ids(vault_dir))

    with open_vault(vault_dir, PASSPHRASE) as live:
        replace_here(live, PASSPHRASE, NEW)
        assert len(blob_reseal.pending(live)) == 3 and _earlier_keys(live) == 2
        # The chart without documents had no key: nothing of it to rotate or keep.
        outcome = blob_reseal.reseal_here(live)
        assert (outcome.resealed, outcome.skipped, outcome.generations_deleted) == (3, 0, 2)
        _all_current(live, docs)
        _all_open_and_nothing_stray(live, docs)
        assert not before & set(blob_store.stored_ids(vault_dir)), "every old file was scrubbed"
        assert live.records.scalar("PRAGMA secure_delete") == 1
        # Nothing left: a second run reads and writes nothing.
        again = blob_reseal.reseal_here(live)
        assert (again.resealed, again.skipped, again.generations_deleted) == (0, 0, 0)
        assert not blob_reseal.work_left(live)

    leaked = _keys_in_copy(old / "records.db", old_header, PASSPHRASE)
    assert len(leaked) == 2
    opened = 0
    for blob_id in blob_store.stored_ids(vault_dir):
        for client_id, key in leaked:
            try:
                blob_store.read_all(vault_dir, blob_id, client_id, key)
                opened += 1
            except VaultCorrupt:
                pass
    assert opened == 0, "an old copy's chart key opened a document in today's blobs/"
    assert len(blob_store.stored_ids(vault_dir)) == 3  # the positive control: there was something to open
    with open_vault(vault_dir, NEW, check_every_page=True) as again_open:
        _all_open_and_nothing_stray(again_open, docs)


def test_documents_from_several_rekeys_end_under_the_current_generation(vault: Vault) -> None:
    attachment_blobs.sweep_intents(vault)  # as the vault's first unlock does
    chart = clients.create_client(vault, "Cordelia Wexford").client_id
    docs = {}
    for round_ in range(3):
        data = _doc(f"round{round_}")
        docs[attachments.add_attachment(vault, chart, data, kind="other").attachment_id] = data
        replace_here(vault, PASSPHRASE)
    assert _earlier_keys(vault) == 3
    outcome = blob_reseal.reseal_here(vault)
    assert (outcome.resealed, outcome.generations_deleted) == (3, 3)
    current = chart_keys.current(vault.records, chart)
    assert current is not None and current.generation == 3
    assert chart_keys.every_generation(vault.records, chart) == [current.key]
    _all_current(vault, docs)
    _all_open_and_nothing_stray(vault, docs)


def test_an_earlier_generation_is_kept_while_another_write_may_still_name_it(vault: Vault) -> None:
    """An import seals beside under the generation it read, and commits later (the twenty-fifth
    round's test runs a rekey in between): while its intent is pending, no earlier key goes."""
    docs = _seed(vault)
    replace_here(vault, PASSPHRASE)
    blob_intents.add(vault.records, blob_intents.FULL_SWEEP, "2026-12-05T00:00:00Z")  # an import under way
    outcome = blob_reseal.reseal_here(vault)
    assert (outcome.resealed, outcome.generations_deleted) == (3, 0)
    assert _earlier_keys(vault) == 2
    _all_open_and_nothing_stray(vault, docs)
    blob_intents.clear_all(vault.records)  # the import ended
    assert blob_reseal.reseal_here(vault).generations_deleted == 2
    _all_current(vault, docs)


def test_a_stop_between_blobs_and_during_one_leaves_every_document_and_the_next_run_finishes(
        vault: Vault) -> None:
    docs = _seed(vault)
    big = next(a for a, d in docs.items() if len(d) > BIG)
    replace_here(vault, PASSPHRASE)
    seen: dict[str, Any] = {"switched": 0, "claim": None, "looks": 0}

    def on_worker(fn: Any) -> Any:
        result = fn(vault)
        if isinstance(fn, partial) and fn.func is blob_reseal.claim:
            seen["claim"], seen["looks"] = result, 0
        if isinstance(fn, partial) and fn.func is blob_reseal.switch:
            seen["switched"] += 1
        return result

    def within() -> bool:  # while the big document is sealed: at its third segment
        claimed = seen["claim"]
        if claimed is None or claimed.item.attachment_id != big:
            return False
        seen["looks"] += 1
        return bool(seen["looks"] >= 3)  # one look per segment read

    with pytest.raises(blob_reseal.ResealStopped):
        blob_reseal.reseal_all(on_worker, vault.folder, within)
    assert _ref(vault, big)[2] == 0, "a document stopped half-way is left as it was"
    _all_open_and_nothing_stray(vault, docs)
    assert blob_intents.leftover(vault.records) == []
    left = len(blob_reseal.pending(vault))

    seen["switched"] = 0

    def between() -> bool:  # after the next document switched
        return bool(seen["switched"])

    if left > 1:
        with pytest.raises(blob_reseal.ResealStopped):
            blob_reseal.reseal_all(on_worker, vault.folder, between)
    else:  # the big one came last (the order is by random ids): nothing after it to stop before
        blob_reseal.reseal_all(on_worker, vault.folder, between)
    assert len(blob_reseal.pending(vault)) == left - 1
    _all_open_and_nothing_stray(vault, docs)
    assert blob_intents.leftover(vault.records) == []
    if blob_reseal.pending(vault):
        with pytest.raises(blob_reseal.ResealStopped):
            blob_reseal.reseal_here(vault, lambda: True)  # before anything
    assert blob_reseal.reseal_here(vault).resealed == left - 1
    _all_current(vault, docs)
    _all_open_and_nothing_stray(vault, docs)


def test_on_a_worker_of_its_own_the_job_reseals_and_a_stop_ends_it(vault: Vault) -> None:
    docs = _seed(vault)
    replace_here(vault, PASSPHRASE)
    worker = SerialWorker(vault)
    ended: list[blob_reseal.ResealJob] = []
    try:
        job = blob_reseal.ResealJob(vault.folder, worker.submit, on_end=ended.append)
        job.start()
        assert job.wait(60)
        assert ended == [job] and job.error is None and not job.stopped
        assert job.outcome is not None and job.outcome.resealed == 3
        stopped = blob_reseal.ResealJob(vault.folder, worker.submit)
        stopped.stop()  # the lock came first: nothing is handed to the worker
        stopped.start()
        assert stopped.wait(60) and stopped.stopped and stopped.outcome is None
        closed = blob_reseal.ResealJob(vault.folder, worker.submit, vault_open=lambda: False)
        closed.start()  # a restore closed the vault first: the job stops as for a lock
        assert closed.wait(60) and closed.stopped and closed.outcome is None
    finally:
        worker.close()
    _all_current(vault, docs)
    _all_open_and_nothing_stray(vault, docs)


def test_a_chart_destroyed_during_the_resealing_wins(psy_vault: Vault) -> None:
    vault = psy_vault
    kept = _seed(vault)
    target = seed_chart(vault, "R")  # eligible for destruction (last contact 2010), its consent form
    attachments.add_attachment(vault, target.client_id, _doc("second", BIG), kind="other")
    replace_here(vault, PASSPHRASE)
    assert len(blob_reseal.pending(vault)) == 5
    destroyed: list[bool] = []

    def on_worker(fn: Any) -> Any:
        result = fn(vault)
        # Right after the first claim of the doomed chart: its new blob's intent committed, its
        # file not yet written; the destruction runs on the worker, as the app's would.
        if (isinstance(fn, partial) and fn.func is blob_reseal.claim and result is not None
                and result.item.client_id == target.client_id and not destroyed):
            cert = destruction.destroy(vault, target.chart_number, basis="retention", confirm=target.chart_number)
            assert cert["verification"]["result"] == "passed"
            destroyed.append(True)
        return result

    outcome = blob_reseal.reseal_all(on_worker, vault.folder)
    assert destroyed
    assert outcome.resealed == 3 and outcome.skipped == 2
    assert not chart_keys.exists(vault.records, target.client_id)
    _all_current(vault, kept)
    _all_open_and_nothing_stray(vault, kept)
    assert blob_intents.leftover(vault.records) == []


def test_backups_before_and_after_the_resealing_verify_and_restore_with_every_document(
        vault: Vault, tmp_path: Path) -> None:
    docs = _seed(vault)
    replace_here(vault, PASSPHRASE)
    before = backup.create_backup(vault, tmp_path / "backups", verify=True, rotate_old=False)
    blob_reseal.reseal_here(vault)
    after = backup.create_backup(vault, tmp_path / "backups", verify=True, rotate_old=False)
    for n, info in enumerate((before, after)):
        summary = backup.verify_backup(Path(info.path), passphrase=PASSPHRASE, full=True)
        assert summary["ok"] is True, summary
        restored = tmp_path / f"restored-{n}"
        backup.restore_backup(Path(info.path), restored, passphrase=PASSPHRASE)
        with reopen(restored) as copy:
            _all_open_and_nothing_stray(copy, docs)
            # The one restored from before the re-sealing re-seals in its turn.
            assert len(blob_reseal.pending(copy)) == (3 if n == 0 else 0)
            blob_reseal.reseal_here(copy)
            _all_current(copy, docs)
            _all_open_and_nothing_stray(copy, docs)


CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import blob_reseal
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
blob_reseal.reseal_here(vault)
print("finished", flush=True)
"""

# Each step's boundary: the new blob's intent committed; the new blob whole; the row switched
# (and the old blob's intent committed); the old file scrubbed, its intent not yet cleared.
CRASH_POINTS = ["reseal_claimed", "reseal_sealed", "reseal_switched", "reseal_scrubbed"]


@pytest.mark.slow
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_kill_at_each_step_leaves_every_document_opening_and_no_stray_file(
        vault: Vault, vault_dir: Path, point: str) -> None:
    docs = _seed(vault)
    replace_here(vault, PASSPHRASE)
    vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = point
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir)], env=env, capture_output=True,
                          timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    assert done.stdout.decode().split() == []
    files_after_kill = set(blob_store.stored_ids(vault_dir))
    if point in ("reseal_sealed", "reseal_switched"):
        assert len(files_after_kill) == 4, "the kill left one file more than the rows name"

    with reopen(vault_dir) as again:  # the unlock's sweep scrubs what an intent names and no row does
        assert blob_intents.leftover(again.records) == []
        _all_open_and_nothing_stray(again, docs)
        assert len(blob_reseal.pending(again)) == (2 if point in ("reseal_switched", "reseal_scrubbed") else 3)
        blob_reseal.reseal_here(again)
        _all_current(again, docs)
        _all_open_and_nothing_stray(again, docs)


def test_the_command_line_rekey_reseals_every_document_before_it_ends(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    docs = _seed(vault)
    vault.lock()
    new_file = tmp_path / "new-passphrase.txt"
    new_file.write_text(NEW + "\n")
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop(CRASH_ENV, None)
    args = [sys.executable, "-m", "vault_app", "rekey", "--vault", str(vault_dir), "--new-passphrase-file",
            str(new_file), "--recovery-key-out", str(tmp_path / "kit.txt")]
    # A kill in the re-sealing after the rekey: the rekey stands, every document opens.
    killed = subprocess.run(args, env={**env, CRASH_ENV: "reseal_switched"}, capture_output=True, timeout=300,
                            check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode(errors="replace")[-2000:]
    with open_vault(vault_dir, NEW) as after_kill:
        _all_open_and_nothing_stray(after_kill, docs)
        assert len(blob_reseal.pending(after_kill)) == 2  # one switched before the kill
    (tmp_path / "kit.txt").unlink(missing_ok=True)
    new_file.write_text("and again, another long passphrase 26\n")
    done = cli_in_process(*args[3:], passphrase=NEW)  # run again to its end, in this process
    assert done.code == 0, done.err[-2000:]
    assert "still sealed under the old chart keys" not in done.err
    with open_vault(vault_dir, "and again, another long passphrase 26", check_every_page=True) as again:
        _all_current(again, docs)
        _all_open_and_nothing_stray(again, docs)


def test_the_retired_chart_keys_are_on_no_page_of_the_live_records_db(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The deleted generation rows are zeroed in their pages (secure_delete), free space and
    slack included: what is left of the old keys is only in copies made before."""
    docs = _seed(vault)
    charts = {_ref(vault, a)[0] for a in docs}
    retired = {f"key-{n}": key for n, key in enumerate(
        k for c in sorted(charts) for k in chart_keys.every_generation(vault.records, c))}
    assert len(retired) == 2
    replace_here(vault, PASSPHRASE)
    vault.lock()
    with reopen(vault_dir) as live:
        keys = {"records": vault_keys(live)["records"]}
    # The positive control: the earlier generations are rows of the live file now.
    found = {hit.rsplit(":", 1)[1] for hit in decrypted_hits(vault_dir, keys, retired, tmp_path / "w0")}
    assert found == set(retired)
    with reopen(vault_dir) as live:
        blob_reseal.reseal_here(live)
        _all_current(live, docs)
        keys = {"records": vault_keys(live)["records"]}
    assert decrypted_hits(vault_dir, keys, retired, tmp_path / "w1") == []


def test_a_destruction_under_way_beside_the_work_keeps_the_resealing_off_until_it_ends(psy_vault: Vault) -> None:
    """The app's destruction runs its search and purge beside the work, its "started" entry
    written: meanwhile the job seals nothing and deletes no key (the certificate names every
    generation the plan saw, and erases them itself); once it ended, the job does the rest."""
    vault = psy_vault
    kept = _seed(vault)
    target = seed_chart(vault, "U")
    replace_here(vault, PASSPHRASE)
    worker = SerialWorker(vault)
    try:
        carrying, live = worker.call(lambda v: destruction_beside.begin(
            v, target.chart_number, worker.submit, basis="retention", confirm=target.chart_number))
        during = blob_reseal.reseal_all(worker.call, vault.folder)
        assert (during.resealed, during.skipped, during.generations_deleted) == (0, 4, 0)
        assert _earlier_keys(vault) == 3
        job = destruction_beside.PurgeJob(carrying, live)
        job.start()
        assert job.wait(120) and job.error is None
        cert = worker.call(lambda v: destruction_beside.finish(v, carrying))
        assert cert["verification"]["result"] == "passed"
        after = blob_reseal.reseal_all(worker.call, vault.folder)
    finally:
        worker.close()
    assert (after.resealed, after.generations_deleted) == (3, 2)
    assert not chart_keys.exists(vault.records, target.client_id)
    _all_current(vault, kept)
    _all_open_and_nothing_stray(vault, kept)


def test_snapshots_before_and_after_the_resealing_verify_and_restore_with_every_document(
        vault: Vault, tmp_path: Path) -> None:
    docs = _seed(vault)
    replace_here(vault, PASSPHRASE)
    repo = tmp_path / "repo"
    before = backup_repo.create_incremental(vault, repo, rotate_old=False)
    blob_reseal.reseal_here(vault)
    after = backup_repo.create_incremental(vault, repo, rotate_old=False)
    for n, info in enumerate((before, after)):
        assert backup_repo.verify_snapshot(Path(info.path), passphrase=PASSPHRASE, full=True)["ok"] is True
        restored = tmp_path / f"restored-{n}"
        backup_repo_restore.restore_snapshot(Path(info.path), restored, passphrase=PASSPHRASE)
        with reopen(restored) as copy:
            _all_open_and_nothing_stray(copy, docs)
            assert len(blob_reseal.pending(copy)) == (3 if n == 0 else 0)


def test_a_full_disk_during_the_resealing_loses_nothing_and_the_next_run_finishes(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    with small_filesystem(tmp_path / "small", "64m") as mount:
        folder = mount / "vault"
        made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
        docs = _seed(made)
        replace_here(made, PASSPHRASE)
        filler = _fill(mount, 256 << 10)  # room for the small documents, not the big one's copy
        with pytest.raises(DiskFull):
            blob_reseal.reseal_here(made)
        made.lock()
        filler.unlink()
        with reopen(folder) as again:
            assert blob_intents.leftover(again.records) == []
            _all_open_and_nothing_stray(again, docs)
            assert blob_reseal.pending(again), "the big document was left under its generation"
            blob_reseal.reseal_here(again)
            _all_current(again, docs)
            _all_open_and_nothing_stray(again, docs)


def test_a_rekey_during_the_resealing_is_followed_by_another_pass(vault: Vault) -> None:
    docs = _seed(vault)
    replace_here(vault, PASSPHRASE)
    rekeyed: list[bool] = []

    def on_worker(fn: Any) -> Any:
        result = fn(vault)
        if isinstance(fn, partial) and fn.func is blob_reseal.switch and not rekeyed:
            replace_here(vault, PASSPHRASE)  # the first document is now under a retired generation again
            rekeyed.append(True)
        return result

    outcome = blob_reseal.reseal_all(on_worker, vault.folder)
    assert rekeyed and outcome.resealed == 4  # the first one twice
    _all_current(vault, docs)
    _all_open_and_nothing_stray(vault, docs)
