"""An import ending while a document is sealed again, then a SIGKILL before the re-sealing's
switch (services/blob_reseal.py, storage/blob_intents.hold; docs/scaling.md, "Twenty-fifth
round (2026-12-05): documents sealed again", its first known limit).

An import's end sweeps the whole blob folder and then clears every intent. Before the hold,
it also cleared the re-sealing's intent for the new blob it was writing (a temporary file of
this process, which the sweep leaves): a kill after that and before the switch left a whole
file under the chart's current key that no row and no intent named, and the next unlock's
sweep (which follows the intents) never saw it. A real import (a SimplePractice export),
real re-sealing, a real SIGKILL of a child process at the re-sealing's step boundary.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import make_export
from tests.conftest import PASSPHRASE, reopen
from tests.core.clinical_helpers import PDF
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import DiskFull
from vault_app.services import attachment_blobs, attachments, blob_reseal, clients
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault, create_vault
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage import blob_intents, blob_store, clinical_attachments

# Three segments and a piece: the import ends while the new blob is still a temporary file.
BIG = 3 * blob_store.WRITE_STEP + 77

CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import blob_reseal
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import open_vault
from vault_app.storage import blob_store

folder, export, window = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
claimed = []

def import_now(where):
    report = import_simplepractice(vault, export)
    temps = blob_store.temp_files_of(folder, claimed[0].new_blob)
    whole = blob_store.exists(folder, claimed[0].new_blob)
    print("imported", report.documents, where, "temporary" if temps else "whole" if whole else "none", flush=True)

def on_worker(fn):  # this thread is the worker: nothing else uses the vault meanwhile
    result = fn(vault)
    if isinstance(result, blob_reseal.Claim) and not claimed:
        claimed.append(result)
        if window == "claimed":  # before the new blob's first byte
            import_now(window)
    return result

looks = []
def stopping():
    if claimed and window == "writing":
        looks.append(1)
        if len(looks) == 2:  # between the new blob's segments: a temporary file of this process
            import_now(window)
    return False

blob_reseal.reseal_all(on_worker, folder, stopping)
print("finished", flush=True)
"""


def _stray(folder: Path, vault: Vault) -> set[str]:
    return set(blob_store.stored_ids(folder)) - clinical_attachments.blob_ids(vault.records)


@pytest.mark.slow
@pytest.mark.parametrize("window", ["claimed", "writing"])
def test_an_import_ending_during_the_resealing_then_a_kill_leaves_no_unnamed_file(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, window: str) -> None:
    vault = psy_vault
    attachment_blobs.sweep_intents(vault)  # as the vault's first unlock does
    chart = clients.create_client(vault, "Rosalind Fenwick-Hart").client_id
    data = PDF + b"%reseal-import-" + os.urandom(BIG)
    attachment_id = attachments.add_attachment(vault, chart, data, kind="other").attachment_id
    replace_here(vault, PASSPHRASE)
    assert len(blob_reseal.pending(vault)) == 1
    vault.lock()
    export = make_export(tmp_path / "export", clients=1, notes_per_client=1)

    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = "reseal_sealed"  # the new blob whole, the row not yet switched
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), str(export.root), window], env=env,
                          capture_output=True, timeout=300, check=False)
    out = done.stdout.decode().split()
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")[-2000:]
    # The import ran and ended inside the window, with documents of its own (its end swept).
    expected = "temporary" if window == "writing" else "none"
    assert out[:1] == ["imported"] and int(out[1]) > 0 and out[2:4] == [window, expected], out
    assert "finished" not in out

    with reopen(vault_dir) as again:  # the unlock's sweep: nothing but what the rows name is left
        assert blob_intents.leftover(again.records) == []
        assert _stray(vault_dir, again) == set(), "a file no row and no intent names was left"
        assert blob_store.scan(vault_dir)[1] == [], "a temporary file was left"
        assert attachments.read_attachment(again, attachment_id)[1] == data
        assert attachment_blobs.check_all(again.folder, again.records) == []
        assert blob_reseal.reseal_here(again).resealed == 1
        assert _stray(vault_dir, again) == set()
        assert attachments.read_attachment(again, attachment_id)[1] == data


def test_an_import_ending_during_the_resealing_leaves_its_file_and_the_switch_goes_on(
        psy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a kill: the import's end neither scrubs the re-sealing's new file nor clears its
    intent; the switch names it, and the import's own documents and intents are settled."""
    vault = psy_vault
    attachment_blobs.sweep_intents(vault)
    chart = clients.create_client(vault, "Leopold Asquith-Barr").client_id
    data = PDF + b"%reseal-import-" + os.urandom(BIG)
    attachment_id = attachments.add_attachment(vault, chart, data, kind="other").attachment_id
    replace_here(vault, PASSPHRASE)
    export = make_export(tmp_path / "export", clients=1, notes_per_client=1)
    seen: list[blob_reseal.Claim] = []
    original = blob_reseal.seal

    def seal_then_import(folder: Path, claimed: blob_reseal.Claim, stopping: Callable[[], bool]) -> bool:
        sealed = original(folder, claimed, stopping)
        seen.append(claimed)
        # The new blob whole, named by no row yet: the import's end (a full sweep, then every
        # intent cleared) meets it here, on the worker, before the switch.
        assert import_simplepractice(vault, export.root).documents > 0
        assert blob_store.exists(folder, claimed.new_blob), "the import's sweep scrubbed it"
        assert claimed.new_blob in blob_intents.leftover(vault.records), "the import's end cleared its intent"
        return sealed

    monkeypatch.setattr(blob_reseal, "seal", seal_then_import)
    outcome = blob_reseal.reseal_here(vault)
    assert len(seen) == 1 and outcome.resealed == 1
    ref = clinical_attachments.sealed_ref(vault.records, attachment_id)
    assert ref is not None and ref[1] == seen[0].new_blob
    assert attachments.read_attachment(vault, attachment_id)[1] == data
    assert blob_intents.leftover(vault.records) == []
    assert _stray(vault.folder, vault) == set()


def test_a_full_disk_while_sealing_lets_go_of_the_new_blob_at_once(tmp_path: Path, kdf_params: KdfParams) -> None:
    """A full disk stops the job in its write (the temporary file removed by the write): its
    intent and its hold go at once, while the vault stays open, so an earlier key is not kept
    for a pending write that will never come, and nothing is left for the next unlock."""
    with small_filesystem(tmp_path / "small", "64m") as mount:
        folder = mount / "vault"
        made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
        attachment_blobs.sweep_intents(made)
        chart = clients.create_client(made, "Evangeline Thorncastle").client_id
        data = PDF + b"%full-" + os.urandom(BIG)
        attachment_id = attachments.add_attachment(made, chart, data, kind="other").attachment_id
        replace_here(made, PASSPHRASE)
        filler = _fill(mount, 256 << 10)  # less than the document's new copy
        with pytest.raises(DiskFull):
            blob_reseal.reseal_here(made)
        assert blob_intents.leftover(made.records) == [] and blob_intents.held(made.records) == frozenset()
        assert _stray(folder, made) == set() and blob_store.scan(folder)[1] == []
        assert attachments.read_attachment(made, attachment_id)[1] == data
        filler.unlink()
        assert blob_reseal.reseal_here(made).resealed == 1
        assert attachments.read_attachment(made, attachment_id)[1] == data
        made.lock()
