"""One writer at a time: a long-lived session (what the window is) in one process and
CLI commands in others. The second writer is refused with exit 7 naming the holder;
the vault ends opening with the newest passphrase and holding every change."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process, cli_processes
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode, VaultBusy, VaultTampered, WrongPassphrase
from vault_app.services import clients
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import header as header_io

NEW_PASSPHRASE = "a brand new passphrase 42"

# A long-lived session in its own process: unlock, say "ready", then on each line of
# stdin log one action (as the window does on every click), "lock" locks and exits.
SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vault_app.services import clients
    from vault_app.services.vault import open_vault

    vault = open_vault(Path(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() == "lock":
            vault.lock()
            print("locked", flush=True)
            break
        clients.create_client(vault, line.strip())
        print("done", flush=True)
    """
)


@pytest.fixture
def folder(tmp_path: Path, kdf_params: KdfParams) -> Path:
    path = tmp_path / "vault"
    made = create_vault(path, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Ottoline Farquharson")
    made.vault.lock()
    return path


def _chart(folder: Path, phrase: str, name: str) -> str:
    with open_vault(folder, phrase) as vault:
        return next(c.chart_number for c in clients.list_clients(vault) if c.legal_name == name)


@contextlib.contextmanager
def _session(folder: Path) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, "-c", SESSION, str(folder), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()


@pytest.fixture
def session(folder: Path) -> Iterator[subprocess.Popen[str]]:
    with _session(folder) as proc:
        yield proc


def _tell(proc: subprocess.Popen[str], line: str) -> str:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


def _new_passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "new-passphrase.txt"
    path.write_text(NEW_PASSPHRASE + "\n")
    return path


def test_cli_beside_a_long_lived_session_is_refused_and_nothing_is_lost(folder: Path, tmp_path: Path) -> None:
    new_file = _new_passphrase_file(tmp_path)
    chart = _chart(folder, PASSPHRASE, "Ottoline Farquharson")
    destroy = ("destroy", "--vault", str(folder), "--client", chart, "--basis", "override",
               "--override-reason", "test of the writer lock", "--confirm", chart)
    with _session(folder) as session:
        _refused_beside(session, folder, tmp_path, new_file, destroy)
    # Now the CLI gets the vault, and the session's changes are all there.
    destroyed = cli_process(*destroy)
    assert destroyed.code == 0, destroyed
    changed = cli_process("passphrase", "change", "--vault", str(folder), "--new-passphrase-file", str(new_file))
    assert changed.code == 0, changed
    with pytest.raises(WrongPassphrase):
        open_vault(folder, PASSPHRASE)
    with open_vault(folder, NEW_PASSPHRASE, check_every_page=True) as vault:
        assert [c.legal_name for c in clients.list_clients(vault)] == ["Kestrel Vantongeren"]
        assert vault.verify_ledger().ok


def _refused_beside(
    session: subprocess.Popen[str], folder: Path, tmp_path: Path, new_file: Path, destroy: tuple[str, ...]
) -> None:
    refused = cli_processes(
        ("passphrase", "change", "--vault", str(folder), "--new-passphrase-file", str(new_file)),
        ("backup", "create", "--vault", str(folder), "--to", str(tmp_path / "backups")),
        destroy,
        ("unlock-check", "--vault", str(folder)),
    )
    assert len(refused) == 4
    for result in refused:
        assert result.code == ExitCode.ENVIRONMENT == 7, result
        # The holder is a command (a process without the window's Qt widgets): said as one.
        assert "in use by a vault-app command" in result.err
        assert f"process {session.pid}" in result.err  # names what holds it
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())
    # The session goes on logging actions: its header is still the one on disk.
    assert _tell(session, "Kestrel Vantongeren") == "done"
    assert _tell(session, "lock") == "locked"
    session.wait()


def test_read_only_info_runs_beside_a_session_and_names_it(folder: Path, session: subprocess.Popen[str]) -> None:
    result = cli_process("info", "--vault", str(folder), "--json", passphrase=None)
    assert result.code == 0, result
    assert f"process {session.pid}" in result.json()["open_by"]


def test_a_second_open_in_the_same_process_is_refused(folder: Path) -> None:
    with open_vault(folder, PASSPHRASE):
        with pytest.raises(VaultBusy) as caught:
            open_vault(folder, PASSPHRASE, wait_seconds=0)
        assert caught.value.exit_code == ExitCode.ENVIRONMENT
        # When it was opened, on the reader's clock; not the stored UTC timestamp.
        assert f"process {os.getpid()}, since " in caught.value.message
        assert "+00:00" not in caught.value.message
    open_vault(folder, PASSPHRASE).lock()  # free again after lock()


def test_since_when_is_said_on_the_local_clock() -> None:
    from datetime import UTC, datetime, timedelta

    from vault_app.storage.folder_lock import _local_time

    at = datetime(2026, 12, 3, 10, 46, 44, tzinfo=UTC)
    local = at.astimezone()
    assert _local_time(at.isoformat(), now=at) == f"{local:%H:%M} today"
    assert _local_time(at.isoformat(), now=at + timedelta(days=2)) == f"{local.date().isoformat()} {local:%H:%M}"
    assert _local_time("not a time\x1b[2J") == "not a time[2J"  # only printable characters echoed


def test_a_killed_holder_leaves_no_stale_lock(folder: Path, session: subprocess.Popen[str]) -> None:
    os.kill(session.pid, signal.SIGKILL)
    session.wait()
    with open_vault(folder, PASSPHRASE, wait_seconds=0) as vault:
        assert vault.verify_ledger().ok


def test_a_header_changed_under_an_open_vault_is_never_overwritten(folder: Path, tmp_path: Path) -> None:
    """Even without the lock (another program, a sync tool), memory never wins over disk."""
    with open_vault(folder, PASSPHRASE) as vault:
        on_disk = header_io.read(folder)
        changed = on_disk.with_changes(generation=on_disk.generation + 5)
        header_io.write(folder, changed)
        with pytest.raises(VaultTampered, match="changed by something else"):
            vault.update_settings(lock_minutes=9)
        assert header_io.read(folder) == changed
        vault.close_without_logging()


def test_a_failed_unlock_releases_the_lock(folder: Path) -> None:
    with pytest.raises(WrongPassphrase):
        open_vault(folder, "not the passphrase at all")
    open_vault(folder, PASSPHRASE, wait_seconds=0).lock()
