"""SIGKILL a child that rotates every key (`rekey`: the copies beside the files, then the
short swap, vault_rekey_runners.replace_here) over and over, at random moments. (Each named
step of it: tests/core/test_rekey_cli.py and test_vault_rekey_beside.py.)

After every kill the vault opens with its passphrase (rekey keeps it here), every page
of every compartment authenticates, the ledger verifies, no rollback alarm is raised,
the signing key is whole (old or new) and the first one still known, and the client
written before is still there. The child alternates between keeping the
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
from tests.core.kill_helpers import Landed, Pace, fork_child, read_all, read_line, report, unstamp
from vault_app.crypto import signing
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import clients
from vault_app.services.vault import create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here

CYCLES = int(os.environ.get("VAULT_KILL_REKEY_CYCLES", "40"))
SEED = int(os.environ.get("VAULT_KILL_SEED", "20240611"))
OTHER = "the other passphrase 93"
# The kill's moment, in rotations at this run's own pace (after the first one, or after the
# fork: then the unlock too); a fixed 0-0.5 s before (docs/testing.md, "Twenty-fourth round").
ROUNDS = 1.5
# Where a kill landed, by the last step the rotation's own progress named before it: proving
# the passphrase (and the rotation's start), the copies beside the files, the swap (with the
# atomic header switch in it). Each asserted to be met (measured: 8 to 20 kills each in 40).
PHASES = ("rekey.proving", "rekey.copying", "rekey.swapping")


def _child(folder: Path, phrase: str, out_fd: int) -> None:
    """Never returns: rotate, report, rotate... until killed; each new step of a rotation
    reported as it starts (stamped: kill_helpers.report)."""
    said: list[str] = []

    def progress(_fraction: float, step: object) -> None:
        code = str(getattr(step, "code", step))
        if said[-1:] != [code]:  # the copies report every few pages: once per step is enough
            said.append(code)
            report(out_fd, f"step {code}")

    try:
        vault = open_vault(folder, phrase)
        while True:
            nxt = OTHER if phrase == PASSPHRASE else PASSPHRASE
            replace_here(vault, phrase, nxt, progress=progress)
            report(out_fd, f"rekeyed {nxt}")
            phrase = nxt
    except BaseException as exc:
        report(out_fd, f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)


@pytest.mark.slow
def test_sigkill_while_rekeying(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    first_key = made.vault.public_key
    clients.create_client(made.vault, "Leopoldine Fairweather-Nakamura")
    made.vault.lock()
    rng = random.Random(SEED)
    phrase = PASSPHRASE
    completed = after_work = 0
    landed, pace = Landed(), Pace(fallback=0.5)
    for cycle in range(CYCLES):
        read_fd, write_fd = os.pipe()
        forked_at = time.monotonic()
        child = fork_child(_child, (folder, phrase, write_fd))
        os.close(write_fd)
        first = b""
        if cycle % 2 == 0:  # every other kill waits for finished work; the rest land anywhere
            while b" rekeyed " not in first:  # one rotation finished, however busy the machine
                line = read_line(read_fd, child.pid)
                assert line, (cycle, first)
                first += line
            after_work += 1
        time.sleep(rng.uniform(0.0, pace.window(rounds=ROUNDS, unlock=cycle % 2 == 1)))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        killed_at = time.monotonic()
        child.join()
        stamped = unstamp(read_all(read_fd, first))
        os.close(read_fd)
        texts = [text for _at, text in stamped]
        assert not [text for text in texts if text.startswith("error")], (cycle, texts[-1:])
        completed += sum(text.startswith("rekeyed") for text in texts)
        landed.add(texts[-1].split()[1] if texts and texts[-1].startswith("step") else "unlock" if not texts
                   else "between rotations")
        pace.observe(forked_at, [at for at, text in stamped if text == "step rekey.proving"], killed_at)
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
            # A signing key, whole (the header's public key is its private half's), and the first
            # one kept for what it signed (services/signing_keys.py).
            assert signing.verify(opened.public_key, b"whole", opened.sign(b"whole")), cycle
            assert first_key in opened.known_public_keys, cycle
    assert completed >= after_work
    landed.assert_every(PHASES, CYCLES // 40)  # each step met (measured under load: 7 to 21 kills each)
