"""`backup restore` on a new computer at a real terminal (a pseudo-terminal, a real process),
with the Emergency Kit and nothing else. Found by a walker: the restore asked only "Vault
passphrase:", the recovery key typed there was refused as a wrong passphrase (exit 3) without
naming --recovery-key-file, and with --recovery-key-file alone no new passphrase was asked,
nor `vault-app recover` named. docs/backup.md said "Without the files the app asks for both"."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli, cli_in_process, cli_process

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")

NEW = "a fresh passphrase 42"


def _read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float = 90.0) -> bool:
    """Reads the terminal until `wanted` shows after what was already read (or the process
    closes it). The timeout only ends a hung run; the assertions are on what was printed."""
    start = len(seen)
    deadline = time.monotonic() + timeout
    while wanted not in seen[start:] and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the process closed the terminal
                return False
            if not chunk:
                return False
            seen.extend(chunk)
            start = max(0, start - len(wanted))  # a prompt split across two reads
    return wanted in seen[start:]


def at_terminal(dialogue: list[tuple[bytes, bytes]], *command: str) -> tuple[int, str]:
    """Runs `vault-app command` on a terminal of its own; for each (prompt, keys) waits for the
    prompt and types the keys. Returns its exit code and everything it printed."""
    secrets = ("VAULT_APP_PASSPHRASE", "VAULT_APP_RECOVERY_KEY", "VAULT_APP_NEW_PASSPHRASE", "VAULT_APP_DIR")
    env = {k: v for k, v in os.environ.items() if k not in secrets}
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execve(sys.executable, [sys.executable, "-m", "vault_app", *command], env)  # noqa: S606 - argv, no shell
    seen = bytearray()
    try:
        for prompt, keys in dialogue:
            if not _read_until(fd, prompt, seen):
                break
            os.write(fd, keys)
        _read_until(fd, b"\x00never", seen)  # to the end
    finally:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done == 0:  # still at a prompt the dialogue did not expect: the test fails instead of hanging
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


@pytest.fixture
def old(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The old computer's vault, its Emergency Kit, and one backup of it: made by the CLI in this
    process (the terminal is the restore's, below), the passphrase not left in the environment."""
    vault, kit = tmp_path / "old", tmp_path / "kit.txt"
    made = cli(capsys, monkeypatch, "init", "--vault", str(vault), "--no-keyring", "--recovery-key-out", str(kit),
               *FAST_KDF)
    assert made.code == 0, made.err
    backup = cli(capsys, monkeypatch, "backup", "create", "--to", str(tmp_path / "usb"), "--json", "--vault",
                 str(vault))
    monkeypatch.delenv("VAULT_APP_PASSPHRASE")
    assert backup.code == 0, backup.err
    return {"file": Path(backup.json()["path"]), "kit": kit, "new": tmp_path / "new"}


def _kit_key(kit: Path) -> str:
    from vault_app.crypto import keys

    for line in kit.read_text().splitlines():
        try:
            keys.parse_recovery_key(line)
        except keys.MalformedRecoveryKey:
            continue
        return line.strip()
    raise AssertionError(f"no recovery key in {kit}")


def _opens_with_the_new_passphrase_only(folder: Path) -> None:
    assert cli_in_process("unlock-check", "--vault", str(folder), passphrase=NEW).code == 0
    assert cli_in_process("unlock-check", "--vault", str(folder), passphrase=PASSPHRASE).code == 3


def test_enter_at_the_passphrase_prompt_asks_for_the_kit_and_a_new_passphrase(old: dict[str, Path]) -> None:
    code, shown = at_terminal(
        [(b"recovery key):", b"\r"), (b"Recovery key", _kit_key(old["kit"]).encode() + b"\r"),
         (b"New passphrase: ", NEW.encode() + b"\r"), (b"Repeat to confirm: ", NEW.encode() + b"\r")],
        "--vault", str(old["new"]), "backup", "restore", str(old["file"]), "--to", str(old["new"]))
    assert code == 0, shown
    assert "The new passphrase is set." in shown
    _opens_with_the_new_passphrase_only(old["new"])


def test_the_recovery_key_typed_as_the_passphrase_is_used_as_the_kit(old: dict[str, Path]) -> None:
    code, shown = at_terminal(
        [(b"recovery key):", _kit_key(old["kit"]).lower().encode() + b"\r"),
         (b"New passphrase: ", NEW.encode() + b"\r"), (b"Repeat to confirm: ", NEW.encode() + b"\r")],
        "--vault", str(old["new"]), "backup", "restore", str(old["file"]), "--to", str(old["new"]))
    assert code == 0, shown
    assert "Emergency Kit's recovery key" in shown and "The new passphrase is set." in shown
    _opens_with_the_new_passphrase_only(old["new"])


def test_the_kit_file_alone_at_a_terminal_asks_the_new_passphrase_twice(old: dict[str, Path]) -> None:
    code, shown = at_terminal(
        [(b"New passphrase: ", NEW.encode() + b"\r"), (b"Repeat to confirm: ", NEW.encode() + b"\r")],
        "--vault", str(old["new"]), "backup", "restore", str(old["file"]), "--to", str(old["new"]),
        "--recovery-key-file", str(old["kit"]))
    assert code == 0, shown
    assert "The new passphrase is set." in shown
    _opens_with_the_new_passphrase_only(old["new"])


def test_a_wrong_passphrase_names_the_kit_and_nothing_is_restored(old: dict[str, Path]) -> None:
    code, shown = at_terminal(
        [(b"recovery key):", b"not the passphrase at all\r")],
        "--vault", str(old["new"]), "backup", "restore", str(old["file"]), "--to", str(old["new"]))
    assert code == 3, shown
    assert "does not open this backup" in shown and "--recovery-key-file" in shown
    assert "press Enter" in shown
    assert not (old["new"] / "records.db").exists()


def test_the_kit_file_without_a_terminal_names_recover(old: dict[str, Path]) -> None:
    """A script (no terminal, no new passphrase given) is not asked: the vault keeps the
    passphrase it had, and the report names `vault-app recover` for one who forgot it."""
    done = cli_process("backup", "restore", str(old["file"]), "--to", str(old["new"]), "--recovery-key-file",
                       str(old["kit"]), "--vault", str(old["new"]), passphrase=None, stdin="")
    assert done.code == 0, done.err
    assert "vault-app recover --vault" in done.out and str(old["new"]) in done.out
    assert cli_in_process("unlock-check", "--vault", str(old["new"]), passphrase=PASSPHRASE).code == 0


def test_info_on_a_new_computer_names_the_restore(tmp_path: Path) -> None:
    """A fresh install has no vault: `info` named only `vault-app init`, not the restore the
    therapist with a backup drive needs."""
    told = cli_in_process("info", "--vault", str(tmp_path / "none"), passphrase=None)
    assert told.code != 0
    assert "vault-app init" in told.err and "vault-app backup restore FILE --to DIR" in told.err


def test_an_in_place_restore_with_only_housekeeping_since_names_no_records(old: dict[str, Path],
                                                                           tmp_path: Path) -> None:
    """Found by a walker: only backups had been made since, and the restore said "signed notes and
    other records were in the files the backup replaced"."""
    vault = tmp_path / "old"
    again = cli_in_process("backup", "create", "--to", str(tmp_path / "usb2"), "--vault", str(vault))
    assert again.code == 0, again.err
    done = cli_in_process("backup", "restore", str(old["file"]), "--to", str(vault), "--overwrite",
                          "--vault", str(vault))
    assert done.code == 0, done.err
    assert "housekeeping" in done.out and "signed notes" not in done.out and "The rest was not" not in done.out
    assert "is not in this backup." in done.out
