"""SIGKILL a child that re-seals documents under the current chart key, again and again, at
random moments (services/blob_reseal.py; each named step is killed on purpose in
test_blob_reseal.py, this loop adds kills at moments no crash point names).

Each round of the child gives every chart a new key (chart_keys.rotate_all: the step of
Replace every key that retires the chart keys) and re-seals every document. After every kill
and the next unlock: the vault opens, the page and structure checks pass, every document opens
with its bytes, every file in blobs/ is named by a row (no stray file, no temporary file) and
no intent is left. Where each kill landed is counted by the last step the child reported.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.clinical_helpers import PDF
from tests.core.kill_helpers import Landed, Pace, fork_child, read_all, read_line, report, unstamp
from vault_app.crypto.kdf import KdfParams
from vault_app.services import attachment_blobs, attachments, blob_reseal, clients
from vault_app.services.ledger import now_iso
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import blob_intents, blob_store, chart_keys, clinical_attachments

CYCLES = int(os.environ.get("VAULT_KILL_CYCLES_RESEAL", "16"))
SEED = int(os.environ.get("VAULT_KILL_SEED", "20240611"))
ROUNDS = 1.5
_PHASE_AFTER = {"round": "claim", "reseal_claimed": "seal", "reseal_sealed": "switch",
                "reseal_switched": "scrub", "reseal_scrubbed": "forget", "resealed": "rotate"}


def _child(folder: Path, out_fd: int) -> None:
    """Never returns: rotate, re-seal every document, report... until killed."""
    crash_point = blob_reseal.crash_point

    def passing(name: str) -> None:
        report(out_fd, name)
        crash_point(name)

    blob_reseal.crash_point = passing  # in this forked child only; the real point still runs
    try:
        vault = open_vault(folder, PASSPHRASE)
        while True:
            report(out_fd, "round")
            chart_keys.rotate_all(vault.records, now_iso())
            outcome = blob_reseal.reseal_here(vault)
            report(out_fd, f"resealed {outcome.resealed}")
    except BaseException as exc:  # a real failure: tell the parent, which fails the test
        report(out_fd, f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)


@pytest.mark.slow
def test_sigkill_while_resealing_leaves_every_document_and_no_stray_file(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    attachment_blobs.sweep_intents(vault)  # as the first unlock does
    docs: dict[str, bytes] = {}
    for n, name in enumerate(("Gwendolyn Ashcombe", "Lysander Pryce-Evans")):
        chart = clients.create_client(vault, name).client_id
        for i in range(3):
            size = 2 * blob_store.WRITE_STEP + 99 if (n, i) == (0, 0) else 3000 + i
            data = PDF + f"%{n}-{i}".encode() + os.urandom(size)
            docs[attachments.add_attachment(vault, chart, data, kind="other").attachment_id] = data
    vault.lock()

    rng = random.Random(SEED)
    landed, pace = Landed(), Pace(fallback=0.6)
    for cycle in range(CYCLES):
        read_fd, write_fd = os.pipe()
        forked_at = time.monotonic()
        child = fork_child(_child, (folder, write_fd))
        os.close(write_fd)
        first = b""
        if cycle % 2 == 0:  # every other kill waits for a finished round; the rest land anywhere
            while b" resealed " not in first:
                line = read_line(read_fd, child.pid)
                assert line, (cycle, first)
                first += line
        time.sleep(rng.uniform(0.0, pace.window(rounds=ROUNDS, unlock=cycle % 2 == 1)))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        killed_at = time.monotonic()
        child.join()
        stamped = unstamp(read_all(read_fd, first))
        os.close(read_fd)
        lines = [text for _at, text in stamped]
        assert child.exitcode == -signal.SIGKILL, (cycle, child.exitcode, lines[-1:])
        errors = [line for line in lines if line.startswith("error")]
        assert not errors, (cycle, errors)
        landed.add(_PHASE_AFTER[lines[-1].split()[0]] if lines else "unlock")
        pace.observe(forked_at, [at for at, text in stamped if text == "round"], killed_at)

        with open_vault(folder, PASSPHRASE) as again:  # the unlock's sweep settles what the kill left
            assert again.check_integrity() == {"records": [], "ledger": []}, cycle
            assert blob_intents.leftover(again.records) == [], cycle
            for attachment_id, data in docs.items():
                assert attachments.read_attachment(again, attachment_id)[1] == data, cycle
            assert attachment_blobs.check_all(again.folder, again.records) == [], cycle
            stored, temps = blob_store.scan(again.folder)
            assert temps == [] and set(stored) == clinical_attachments.blob_ids(again.records), cycle
    landed.show()
    assert landed.counts, "no kill landed anywhere"
    with open_vault(folder, PASSPHRASE) as last:
        blob_reseal.reseal_here(last)
        assert blob_reseal.pending(last) == []
        assert int(last.records.scalar("SELECT count(*) FROM chart_key_generations")) == 0
        for attachment_id, data in docs.items():
            assert attachments.read_attachment(last, attachment_id)[1] == data
