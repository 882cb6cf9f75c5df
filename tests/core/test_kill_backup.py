"""SIGKILL a child that makes backups in a loop, at random moments.

After every kill: the vault is intact, every backup the ledger registers is a
complete file that verifies (registration comes only after the file is in place),
every backup whose creation returned in the child is registered, and what the
killed child left half-done is swept by the next backup.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.kill_helpers import fork_child, read_all, read_line
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, clients, notes
from vault_app.services.backup_archive import work_pid
from vault_app.services.vault import create_vault, open_vault

CYCLES = int(os.environ.get("VAULT_KILL_BACKUP_CYCLES", "40"))


def _child(folder: Path, target: Path, out_fd: int) -> None:
    try:
        vault = open_vault(folder, PASSPHRASE)
        client_id = clients.list_clients(vault)[0].client_id
        n = 0
        while True:
            notes.create_progress_note(vault, client_id, text="Another session.")
            # Every other one checked before packing and read back: kills land in those steps too.
            n += 1
            info = backup.create_backup(vault, target, rotate_old=False, verify=n % 2 == 0)
            os.write(out_fd, f"{info.path}\n".encode())
    except BaseException as exc:
        os.write(out_fd, f"error {type(exc).__name__}: {exc}\n".encode())
    finally:
        os._exit(0)


@pytest.mark.slow
def test_sigkill_while_backing_up(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder, target = tmp_path / "vault", tmp_path / "usb"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    client_id = clients.create_client(made.vault, "Odile Marchbanks").client_id
    for i in range(30):
        notes.create_progress_note(made.vault, client_id, text=f"Note {i} " + "z" * 500)
    made.vault.lock()

    rng = random.Random(99)
    returned: set[str] = set()
    checked: set[str] = set()
    leftovers = 0
    for cycle in range(CYCLES):
        read_fd, write_fd = os.pipe()
        child = fork_child(_child, (folder, target, write_fd))
        os.close(write_fd)
        first = read_line(read_fd, child.pid) if cycle % 2 == 0 else b""  # every other kill after a finished backup
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        lines = read_all(read_fd, first)
        os.close(read_fd)
        assert not [line for line in lines if line.startswith("error")], (cycle, lines)
        returned.update(lines)
        # Half-done work of this child; the next child's (or the final) backup sweeps it.
        leftovers += sum(work_pid(p.name) is not None for p in target.iterdir()) if target.exists() else 0

        with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
            assert vault.check_integrity() == {"records": [], "ledger": [], "psychotherapy": []}
            assert vault.ledger.verify_full(vault.header.ledger_anchor).ok
            registered = {b["path"] for b in backup.list_backups(vault)}
            assert returned <= registered, (cycle, returned - registered)
            for path in sorted(registered - checked):
                # In full: the check recorded at creation is not what this test relies on.
                assert backup.verify_backup(Path(path), vault=vault, full=True)["ok"]
            checked |= registered
    # Files with a backup's name are all complete (registered, or renamed just before a kill).
    with open_vault(folder, PASSPHRASE) as vault:
        for path in target.glob("vault-backup-*"):
            if str(path) not in checked:
                assert backup.verify_backup(path, vault=vault)["ok"]
        backup.create_backup(vault, target, rotate_old=False)
    assert leftovers, "no kill landed inside a backup: the sweep went untested"
    assert [p.name for p in target.iterdir() if work_pid(p.name) is not None or p.name.startswith(".")] == []
    assert len(returned) >= CYCLES // 2
