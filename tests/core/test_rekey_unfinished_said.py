"""A "Replace every key" killed part-way is said by `unlock-check` and `info`, not only by the
app's status bar (walker finding: `unlock-check` printed "authenticated" and `info` nothing).

A real vault, a real `vault-app rekey` process killed (SIGKILL) at its chart keys' rotation (after
the "vault.rekey_started" entry, before the new master key), then the commands a therapist or a
script runs to check the vault (in this process: the CLI's own `run`, the same output and exit
code; the kill is what needs a process of its own). `unlock-check` exits 11, its own documented
code (cli/main.py EPILOG, README): it exited 0, every page authenticated, so a script saw a whole
vault with a security gap to close. `info` (no unlock: what the folder says) exits 0 and says it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import ExitCode
from vault_app.services import clients
from vault_app.services.fault_injection import CRASH_ENV, PAUSE_ENV
from vault_app.services.vault import create_vault

NEW = "after the suspected leak, a new long passphrase 8"


def _killed_rekey(tmp_path: Path, at: str = "chart_keys_rotating") -> Path:
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    clients.create_client(vault, "Philippa Oyelaran-Whitcombe")
    vault.lock()
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop(PAUSE_ENV, None)
    env[CRASH_ENV] = at
    done = subprocess.run([sys.executable, "-m", "vault_app", "rekey", "--vault", str(folder), "--new-passphrase-file",
                           str(new_file)], env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    return folder


def test_unlock_check_and_info_say_an_unfinished_replacement(tmp_path: Path) -> None:
    folder = _killed_rekey(tmp_path)
    checked = cli_in_process("--vault", str(folder), "unlock-check")
    assert checked.code == ExitCode.REKEY_UNFINISHED == 11, checked.out + checked.err
    assert "Replacing every key did not finish" in checked.out
    assert "vault-app rekey" in checked.out  # what to do
    # Killed before the new master key was written: the old keys and the old kit still open it (round 46:
    # "your Emergency Kit may not work" was said of it).
    assert "still works" in checked.out and "may not work" not in checked.out, checked.out
    as_json = cli_in_process("--vault", str(folder), "unlock-check", "--json")
    assert json.loads(as_json.out)["rekey_unfinished"] is True and as_json.code == 11
    info = cli_in_process("--vault", str(folder), "info", passphrase=None)
    assert info.code == 0, info.out + info.err
    assert "Replacing every key did not finish" in info.out
    info_json = cli_in_process("--vault", str(folder), "info", "--json", passphrase=None)
    assert json.loads(info_json.out)["rekey_unfinished"] is True
    # Finished (replaced again): said no more.
    new_file = tmp_path / "again.txt"
    new_file.write_text(NEW + "\n")
    again = cli_in_process("--vault", str(folder), "rekey", "--new-passphrase-file", str(new_file))
    assert again.code == 0, again.out + again.err
    after = cli_in_process("--vault", str(folder), "unlock-check", "--json", passphrase=NEW)
    assert after.code == 0, after.out + after.err
    assert json.loads(after.out)["rekey_unfinished"] is False
    info_after = cli_in_process("--vault", str(folder), "info", "--json", passphrase=None)
    assert json.loads(info_after.out)["rekey_unfinished"] is False


def test_a_whole_vault_says_no_gap(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault.lock()
    checked = cli_in_process("--vault", str(folder), "unlock-check")
    assert checked.code == 0 and "did not finish" not in checked.out
    info = cli_in_process("--vault", str(folder), "info", "--json", passphrase=None)
    assert json.loads(info.out)["rekey_unfinished"] is False


def test_a_kill_right_after_the_started_entry_is_said_by_info_too(tmp_path: Path) -> None:
    """`info` reads the header's mark (the vault locked), the unlocked checks the ledger: the mark
    was written after the "started" entry, so a kill between the two left `info` saying nothing
    while `unlock-check` said unfinished. The mark now comes first (vault_rekey_beside.finish)."""
    folder = _killed_rekey(tmp_path, "rekey_started")
    info = cli_in_process("--vault", str(folder), "info", "--json", passphrase=None)
    assert json.loads(info.out)["rekey_unfinished"] is True
    checked = cli_in_process("--vault", str(folder), "unlock-check", "--json")
    assert checked.code == ExitCode.REKEY_UNFINISHED and json.loads(checked.out)["rekey_unfinished"] is True


def test_a_kill_between_the_mark_and_the_started_entry_is_settled_at_the_next_unlock(tmp_path: Path) -> None:
    """The other side of that order: the mark written, the entry not (nothing changed yet). `info`
    says unfinished (on the safe side: never a replacement left unsaid), and the next unlock, which
    reads the ledger, takes the stale mark off: both say it is whole."""
    folder = _killed_rekey(tmp_path, "rekey_marked")
    info = cli_in_process("--vault", str(folder), "info", "--json", passphrase=None)
    assert json.loads(info.out)["rekey_unfinished"] is True
    checked = cli_in_process("--vault", str(folder), "unlock-check", "--json")
    assert checked.code == 0 and json.loads(checked.out)["rekey_unfinished"] is False, checked.out + checked.err
    info_after = cli_in_process("--vault", str(folder), "info", "--json", passphrase=None)
    assert json.loads(info_after.out)["rekey_unfinished"] is False


def test_a_kill_after_the_new_master_key_says_the_kit_may_not_work(tmp_path: Path) -> None:
    """Killed after the header write of the new master key (its kit never shown): the kit the therapist
    holds opens the vault no more, and `unlock-check` says so."""
    folder = _killed_rekey(tmp_path, "rotated")
    checked = cli_in_process("--vault", str(folder), "unlock-check", passphrase=NEW)
    assert checked.code == ExitCode.REKEY_UNFINISHED, checked.out + checked.err
    assert "Emergency Kit may not work" in checked.out and "still works" not in checked.out, checked.out
