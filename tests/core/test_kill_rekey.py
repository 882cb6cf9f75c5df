"""SIGKILL a child that rotates every key (`rekey`: the copies beside the files, then the
short swap, vault_rekey_beside.replace_here) over and over, at random moments. (Each named
step of it: tests/core/test_rekey_cli.py and test_vault_rekey_beside.py.)

After every kill the vault opens with its passphrase (rekey keeps it here), every page
of every compartment authenticates, the ledger verifies, no rollback alarm is raised,
and the client written before is still there. The child alternates between keeping the
passphrase and setting a second one, so a kill right after the atomic header switch
leaves the other passphrase: the vault must open with one of the two.
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
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import clients
from vault_app.services.vault import create_vault, open_vault
from vault_app.services.vault_rekey_beside import replace_here

CYCLES = int(os.environ.get("VAULT_KILL_REKEY_CYCLES", "40"))
SEED = int(os.environ.get("VAULT_KILL_SEED", "20240611"))
OTHER = "the other passphrase 93"


def _child(folder: Path, phrase: str, out_fd: int) -> None:
    try:
        vault = open_vault(folder, phrase)
        while True:
            nxt = OTHER if phrase == PASSPHRASE else PASSPHRASE
            replace_here(vault, phrase, nxt)
            os.write(out_fd, f"rekeyed {nxt}\n".encode())
            phrase = nxt
    except BaseException as exc:
        os.write(out_fd, f"error {type(exc).__name__}: {exc}\n".encode())
    finally:
        os._exit(0)


@pytest.mark.slow
def test_sigkill_while_rekeying(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Leopoldine Fairweather-Nakamura")
    made.vault.lock()
    rng = random.Random(SEED)
    phrase = PASSPHRASE
    completed = after_work = 0
    for cycle in range(CYCLES):
        read_fd, write_fd = os.pipe()
        child = fork_child(_child, (folder, phrase, write_fd))
        os.close(write_fd)
        first = b""
        if cycle % 2 == 0:  # every other kill waits for finished work; the rest land anywhere
            first = read_line(read_fd, child.pid)  # one rotation finished, however busy the machine
            after_work += 1
        time.sleep(rng.uniform(0.0, 0.5))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join()
        lines = read_all(read_fd, first)
        os.close(read_fd)
        assert not [line for line in lines if line.startswith("error")], (cycle, lines[-1:])
        completed += len(lines)
        opened = None
        for candidate in (phrase, OTHER if phrase == PASSPHRASE else PASSPHRASE):
            try:
                opened = open_vault(folder, candidate, with_psychotherapy=True, check_every_page=True)
            except WrongPassphrase:
                continue
            phrase = candidate
            break
        assert opened is not None, cycle
        with opened:
            assert [c.legal_name for c in clients.list_clients(opened)] == ["Leopoldine Fairweather-Nakamura"]
            assert opened.ledger.verify_full(opened.header.ledger_anchor).ok, cycle
    assert completed >= after_work
