"""The vault's lock file removed or replaced while the window has the vault open (found walking
the real app: a therapist deleted `vault.lock` as a "stale lock"; a command then made a new one,
locked it and wrote; the window's next save created the chart, then said "Vault altered ...
nothing was written over it", and a second Create made a duplicate. And the whole folder put
back from a copy: a command opened the copy at once, the window's lock being on the old folder's
file).

What must happen: before each write the window checks that `vault.lock` at its name is still the
file it holds the lock on. Gone, with nobody holding a new one: it takes the lock again and
writes. Another program holds a new one, or made one meanwhile: refused before anything is
written, in words that say so. The other program is a real process: that is the point here."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import reopen
from vault_app.domain.errors import VaultBusy, VaultTampered
from vault_app.services import clients
from vault_app.services.vault import Vault
from vault_app.storage import folder_lock
from vault_app.storage import header as header_io

# A command in its own process: take the folder's writer lock as every command does, say
# "held" (or "busy" when it cannot), keep it until a line comes on stdin.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vault_app.domain.errors import VaultBusy
    from vault_app.storage import folder_lock

    try:
        held = folder_lock.acquire(Path(sys.argv[1]))
    except VaultBusy:
        print("busy", flush=True)
        sys.exit(0)
    print("held", flush=True)
    sys.stdin.readline()
    held.release()
    """
)


@contextlib.contextmanager
def _command(folder: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stdin is not None
            said = proc.stdout.readline().strip()
            yield proc, said
            if proc.poll() is None:
                proc.stdin.write("\n")
                proc.stdin.flush()
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()


def _names(vault: Vault) -> set[str]:
    return {c.legal_name for c in clients.list_clients(vault)}


@pytest.fixture
def window(vault: Vault, vault_dir: Path) -> Iterator[Vault]:
    vault.lock()
    with reopen(vault_dir) as open_one:
        clients.create_client(open_one, "Before Thedelete")
        yield open_one


def test_a_deleted_lock_file_another_program_holds_now_refuses_before_anything_is_written(
        window: Vault, vault_dir: Path) -> None:
    (vault_dir / folder_lock.LOCK_NAME).unlink()
    with _command(vault_dir) as (_proc, said):
        assert said == "held"
        with pytest.raises(VaultBusy) as refused:
            clients.create_client(window, "Zara Window")
        assert refused.value.code == "vault.lock_taken_meanwhile"
        assert "nothing was saved" in str(refused.value).lower()
        # The window's lock at its close leaves the command's owner note: it is not the window's.
        window.lock()
        assert (vault_dir / folder_lock.OWNER_NAME).exists()
        assert folder_lock.holder(vault_dir) is not None
    with reopen(vault_dir) as again:
        assert "Zara Window" not in _names(again)
        assert "Before Thedelete" in _names(again)


def test_a_deleted_lock_file_nobody_took_is_taken_again_and_the_write_goes_through(
        window: Vault, vault_dir: Path) -> None:
    (vault_dir / folder_lock.LOCK_NAME).unlink()
    clients.create_client(window, "Zara Window")
    assert "Zara Window" in _names(window)
    # Held again: a command started now is refused, as before the delete.
    with _command(vault_dir) as (_proc, said):
        assert said == "busy"


def test_a_command_that_ran_and_ended_meanwhile_makes_the_window_refuse_before_writing(
        window: Vault, vault_dir: Path) -> None:
    (vault_dir / folder_lock.LOCK_NAME).unlink()
    with _command(vault_dir) as (_proc, said):
        assert said == "held"
    with pytest.raises(VaultBusy) as refused:
        clients.create_client(window, "Zara Window")
    assert refused.value.code == "vault.lock_replaced_meanwhile"
    assert "nothing was saved" in str(refused.value).lower()
    window.lock()
    with reopen(vault_dir) as again:
        assert "Zara Window" not in _names(again)


def test_the_whole_folder_put_back_from_a_copy_refuses_the_window_while_a_command_has_it(
        window: Vault, vault_dir: Path, tmp_path: Path) -> None:
    gone = tmp_path / "vault.gone"
    vault_dir.rename(gone)
    shutil.copytree(gone, vault_dir)
    with _command(vault_dir) as (_proc, said):
        assert said == "held"
        with pytest.raises(VaultBusy) as refused:
            clients.create_client(window, "Zara Window")
        assert refused.value.code == "vault.lock_taken_meanwhile"


def test_a_header_refused_after_the_record_was_saved_never_says_nothing_was_written(
        window: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """The header write comes after the record's own commit: its refusal said "nothing was written
    over it" beside a chart that was created, and a second Create made a duplicate."""
    clients.create_client(window, "Between Thecopies")
    # Another program's newer header (an older copy of the vault's own is put back instead:
    # test_header_put_back_while_open.py).
    newer = window.header.with_changes(generation=window.header.generation + 5)
    (vault_dir / header_io.HEADER_NAME).write_bytes(header_io.encode(newer))
    with pytest.raises(VaultTampered) as refused:
        clients.create_client(window, "Zara Window")
    assert refused.value.code == "header.changed_meanwhile"
    assert "Zara Window" in _names(window)  # the chart was saved before the header was refused
    said = f"{refused.value} {refused.value.hint}".lower()
    assert "nothing was written" not in said and "may be saved already" in said
