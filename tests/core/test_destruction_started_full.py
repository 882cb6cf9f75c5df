"""A full disk right at the destruction's decision: the "started" entry can be committed in the
ledger while the header's anchor after it cannot be written. The decision then stands, the
next unlock carries it out, and the message must say so (before, it said only that the disk
was full while saving the header, and the therapist could not know the chart would go).

The full disk is real: a small tmpfs (needs root, as in CI's container; skips elsewhere).
The ledger's journal is left with room inside it (a checkpoint that does not truncate), so the
entry's frames fit while the header's new copy, written beside the old one, does not: the
free space is stepped through the sizes around that copy's, and every outcome is checked."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.core.test_faults_diskfull import _fill, small_filesystem
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import DiskFull, VaultError
from vault_app.services import clients, destruction
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import header as header_io

NEXT_UNLOCK = "will be finished at the next unlock"


def test_a_full_disk_after_the_decision_is_recorded_says_the_next_unlock_finishes_it(tmp_path: Path) -> None:
    outcomes: list[tuple[int, bool, str]] = []
    with small_filesystem(tmp_path / "small", "16m") as mount:
        for i, leave in enumerate(range(0, 40_000, 4096)):
            folder = mount / f"vault-{i}"
            vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
            vault.unlock_psychotherapy(PASSPHRASE)
            gone = seed_chart(vault, "S")
            kept = seed_chart(vault, "T")
            for n in range(40):  # journal frames that a later write can reuse in place
                vault.ledger.append("test.filler", {"n": n})
            vault.ledger.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            header_size = (folder / header_io.HEADER_NAME).stat().st_size
            filler = _fill(mount, leave)
            message = ""
            try:
                destruction.destroy(vault, gone.chart_number, basis="override", confirm=gone.chart_number,
                                    override_reason="testing a full disk at the decision")
            except VaultError as err:
                message = f"{err.message} {err.hint or ''}"
                assert isinstance(err, DiskFull) or "disk" in message.lower(), message
            finally:
                with contextlib.suppress(DiskFull):
                    vault.lock()
                filler.unlink()
            with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as again:  # resumes a started one
                started = bool(again.ledger.entries(kinds=(destruction.STARTED,)))
                ids = {c.client_id for c in clients.list_clients(again)}
                if started:
                    assert ids == {kept.client_id}, "a recorded decision was not carried out"
                    [listed] = destruction.list_destructions(again)
                    assert listed["state"] == "completed"
                else:
                    assert ids == {gone.client_id, kept.client_id}, "a chart went without its decision"
                assert again.ledger.verify_full(again.header.ledger_anchor).ok
            outcomes.append((leave, started, message))
            shutil.rmtree(folder)
            if started and not message:
                break  # room enough for the whole destruction: larger spaces say nothing new
    assert header_size > 0
    recorded_then_failed = [(leave, m) for leave, started, m in outcomes if started and m]
    # The case this test is about was reached: the entry committed, what followed it failed.
    assert recorded_then_failed, outcomes
    for leave, message in recorded_then_failed:
        assert NEXT_UNLOCK in message, (leave, message)
    for leave, started, message in outcomes:
        if message and not started:
            assert NEXT_UNLOCK not in message, (leave, message)  # nothing was decided: none promised
