"""`vault-app init` killed after the vault was made, before its recovery key was printed (found by
a walker, the same shape as a `rekey` killed before its new kit: tests/core/test_rekey_cli_kit_first.py).
The vault held a recovery key nobody ever saw, and no unlock said so: a forgotten passphrase then
lost whatever was put in it since. Its header says "not kept" from its first write until the key is
out; the kill is said at every unlock. Real processes (the kill is the point), real files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli_in_process
from vault_app.services import kit_kept
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import open_vault


def _init(folder: Path, kit: Path, point: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE)
    env.pop(CRASH_ENV, None)
    if point:
        env[CRASH_ENV] = point
    args = [sys.executable, "-m", "vault_app", "init", "--vault", str(folder), "--no-keyring",
            "--recovery-key-out", str(kit), *FAST_KDF]
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_a_kill_before_the_key_is_out_is_said_at_every_unlock(tmp_path: Path) -> None:
    folder, kit = tmp_path / "Vault", tmp_path / "kit.txt"
    killed = _init(folder, kit, "init_kit_showing")
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert "EMERGENCY KIT" not in killed.stdout and not kit.exists()
    with open_vault(folder, PASSPHRASE) as made:
        assert kit_kept.missing(made)
    said = cli_in_process("unlock-check", "--vault", str(folder))
    assert "no Emergency Kit kept" in said.out and "vault-app rekey" in said.out


def test_an_init_that_printed_its_key_says_nothing(tmp_path: Path) -> None:
    folder, kit = tmp_path / "Vault", tmp_path / "kit.txt"
    made = _init(folder, kit, None)
    assert made.returncode == 0, made.stderr[-2000:]
    key = kit.read_text().strip().splitlines()[-1].strip()
    assert key in made.stdout
    with open_vault(folder, PASSPHRASE) as opened:
        assert not kit_kept.missing(opened)
    said = cli_in_process("unlock-check", "--vault", str(folder))
    assert "no Emergency Kit kept" not in said.out
