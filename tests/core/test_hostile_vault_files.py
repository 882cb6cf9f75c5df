"""Hostile things in the vault folder, met by the real CLI in a process of its own: each is
refused with a message that says what is wrong and what to do, nothing outside the folder
is touched, and no traceback ("internal error") is shown. Found by planting them by hand.
The process is for its address-space limit (a file read whole fails for certain there); the
counter files that only say nonsense are met by the same commands run in this process
(cli_helpers.cli), where an exception would end the test itself."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode
from vault_app.services import clients
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage.folder_lock import LOCK_NAME
from vault_app.storage.layout import HEADER_NAME

# Enough address space for a CLI command (SQLCipher, Argon2 at the OWASP floor), far less
# than the file planted below: a reader that takes the whole file fails for certain.
ADDRESS_SPACE = 1 << 30
HUGE = 3 << 30


@pytest.fixture
def folder(tmp_path: Path, kdf_params: KdfParams) -> Path:
    path = tmp_path / "vault"
    made = create_vault(path, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Cressida Longbottom-Ashe")
    made.vault.lock()
    return path


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "vault_app", *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False, preexec_fn=_limited)


def test_the_cli_runs_within_the_address_space_given_here(folder: Path) -> None:
    """The limit below is no cause of a refusal: a healthy vault works under it."""
    done = _cli("client", "list", "--vault", str(folder))
    assert done.returncode == 0, done.stderr
    assert "Cressida Longbottom-Ashe" in done.stdout


def test_a_huge_header_is_refused_as_damaged_without_reading_it_whole(folder: Path) -> None:
    header = folder / HEADER_NAME
    kept = header.read_bytes()
    with header.open("r+b") as fh:
        fh.truncate(HUGE)  # sparse: no disk used
    done = _cli("client", "list", "--vault", str(folder))
    assert done.returncode == ExitCode.CORRUPT, done.stderr
    assert "The vault header is damaged (it is too large)" in done.stderr
    assert "Restore the vault from your latest verified backup" in done.stderr
    assert "internal error" not in done.stderr
    header.write_bytes(kept)  # the real header back: the vault opens as before
    with open_vault(folder, PASSPHRASE) as vault:
        assert [c.legal_name for c in clients.list_clients(vault)] == ["Cressida Longbottom-Ashe"]


def test_a_symlink_in_place_of_the_lock_file_is_named_and_its_target_untouched(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not the vault's\n")
    lock = folder / LOCK_NAME
    lock.unlink(missing_ok=True)
    lock.symlink_to(outside)
    done = _cli("client", "list", "--vault", str(folder))
    assert done.returncode == ExitCode.ENVIRONMENT, done.stderr
    assert "symbolic link" in done.stderr
    assert "I/O error" not in done.stderr
    assert outside.read_text() == "not the vault's\n"


SWEEP = (
    "import sys\n"
    "from pathlib import Path\n"
    "from vault_app.domain.errors import VaultError\n"
    "from vault_app.storage.chunk_store import Repository\n"
    "try:\n"
    "    print(Repository(Path(sys.argv[1])).sweep())\n"
    "except VaultError as refused:\n"
    "    print('refused:', refused.message)\n"
)


def test_a_huge_file_among_the_snapshots_stops_a_sweep_without_being_read_whole(
    folder: Path, tmp_path: Path
) -> None:
    """The sweep after a rotation or a destruction's purge reads every snapshot's chunk list:
    a planted file of gigabytes named as a snapshot is refused (the sweep removes nothing
    then, so no chunk a damaged snapshot names is lost), not read into memory."""
    from vault_app.services import backup_repo

    with open_vault(folder, PASSPHRASE) as vault:
        backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    chunks = sorted(p.name for p in (tmp_path / "repo" / "chunks").rglob("*") if p.is_file())
    with (tmp_path / "repo" / "snapshots" / "snap-2000-01-01T000000Z.vrs").open("wb") as fh:
        fh.write(b"VRS1\xff\xff\xff\xff")
        fh.truncate(HUGE)
    done = subprocess.run([sys.executable, "-c", SWEEP, str(tmp_path / "repo")], capture_output=True, text=True,
                          timeout=60, check=False, preexec_fn=_limited)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused: The backup repository is damaged"), done.stdout
    assert sorted(p.name for p in (tmp_path / "repo" / "chunks").rglob("*") if p.is_file()) == chunks


def test_a_huge_file_in_place_of_a_chunk_is_refused_without_being_read_whole(folder: Path, tmp_path: Path) -> None:
    from vault_app.services import backup_repo

    with open_vault(folder, PASSPHRASE) as vault:
        snapshot = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False).path
    chunk = max((p for p in (tmp_path / "repo" / "chunks").rglob("*") if p.is_file()), key=lambda p: p.name)
    with chunk.open("r+b") as fh:
        fh.truncate(HUGE)
    done = _cli("backup", "verify", "--vault", str(folder), snapshot)
    assert done.returncode in (ExitCode.CORRUPT, ExitCode.TAMPERED), done.stderr
    assert f"chunk {chunk.name[:12]}" in done.stderr
    assert "Use another snapshot or another backup" in done.stderr
    assert "internal error" not in done.stderr


def test_a_huge_repository_marker_is_refused_without_being_read_whole(folder: Path, tmp_path: Path) -> None:
    from vault_app.services import backup_repo
    from vault_app.services.backup_repo_owner import MARKER

    repo = tmp_path / "repo"
    with open_vault(folder, PASSPHRASE) as vault:
        backup_repo.create_incremental(vault, repo, rotate_old=False)
    with (repo / MARKER).open("r+b") as fh:
        fh.truncate(HUGE)
    done = _cli("backup", "create", "--vault", str(folder), "--incremental", str(repo))
    assert done.returncode == ExitCode.CORRUPT, done.stderr
    assert "its vault marker is malformed" in done.stderr
    assert "internal error" not in done.stderr
    assert len(list((repo / "snapshots").iterdir())) == 1  # nothing was written


COUNTERS = ("vault.failures", "vault.reasked")  # plaintext on purpose: written before any key is known


@pytest.mark.parametrize("name", COUNTERS)
@pytest.mark.parametrize("text", [
    '{"count": 1e400, "unseen": 1e400}',
    '{"count": -7, "unseen": -7}',
    '[1, 2]',
    "",
])
def test_a_counter_file_that_says_nonsense_never_stops_an_unlock(
        folder: Path, name: str, text: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The failed-unlock and asked-again counters are informative (and slow down guessing at the
    desk): whatever such a file holds, the vault unlocks with its passphrase. Found: a count of
    1e400 or of 26 digits made every unlock an "internal error (OverflowError)"."""
    (folder / name).write_text(text)
    done = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder))
    assert done.code == 0, done.err
    assert "Cressida Longbottom-Ashe" in done.out
    info = cli(capsys, monkeypatch, "info", "--vault", str(folder), "--json")
    assert info.code == 0, info.err


@pytest.mark.parametrize("name", COUNTERS)
def test_a_huge_counter_file_is_not_read_whole(folder: Path, name: str) -> None:
    with (folder / name).open("wb") as fh:
        fh.truncate(HUGE)
    done = _cli("client", "list", "--vault", str(folder))
    assert done.returncode == 0, done.stderr


def test_a_count_of_26_digits_is_read_as_the_largest_count(folder: Path) -> None:
    """Found: such a count made every unlock an OverflowError (in the back-off's delay). Read
    here without an unlock: the unlock would wait out the longest back-off, as it should."""
    from vault_app.services import vault_folder
    from vault_app.services.vault_master_key import MAX_DELAY_SECONDS, unlock_delay
    from vault_app.services.vault_passphrase import MAX_COUNT, read_counts

    for name in COUNTERS:
        (folder / name).write_text('{"count": 99999999999999999999999999, "unseen": 99999999999999999999999999}')
        assert read_counts(folder / name, ("count", "unseen")) == {"count": MAX_COUNT, "unseen": MAX_COUNT}
    assert vault_folder.failed_attempts(folder) == vault_folder.refused_reasks(folder) == MAX_COUNT
    assert unlock_delay(MAX_COUNT) == unlock_delay(10**30) == MAX_DELAY_SECONDS
    assert unlock_delay(-5) == 0.0


def test_a_named_pipe_in_place_of_the_header_is_refused_not_waited_on(folder: Path) -> None:
    """Found: `client list` and `info` waited for ever on a named pipe made in place of
    vault.header (a plain open of a pipe waits for a writer)."""
    header = folder / HEADER_NAME
    header.unlink()
    os.mkfifo(header)
    done = _cli("client", "list", "--vault", str(folder))
    assert done.returncode == ExitCode.CORRUPT, done.stderr
    assert "The vault header is damaged (it is not a file)" in done.stderr


@pytest.mark.parametrize("name", COUNTERS)
def test_a_named_pipe_in_place_of_a_counter_file_never_stops_an_unlock(folder: Path, name: str) -> None:
    os.mkfifo(folder / name)
    done = _cli("client", "list", "--vault", str(folder))
    assert done.returncode == 0, done.stderr
    assert "Cressida Longbottom-Ashe" in done.stdout


def test_a_named_pipe_in_place_of_the_repository_marker_is_refused_not_waited_on(folder: Path, tmp_path: Path) -> None:
    from vault_app.services import backup_repo
    from vault_app.services.backup_repo_owner import MARKER

    repo = tmp_path / "repo"
    with open_vault(folder, PASSPHRASE) as vault:
        backup_repo.create_incremental(vault, repo, rotate_old=False)
    (repo / MARKER).unlink()
    os.mkfifo(repo / MARKER)
    done = _cli("backup", "create", "--vault", str(folder), "--incremental", str(repo))
    assert done.returncode == ExitCode.CORRUPT, done.stderr
    assert "its vault marker is malformed" in done.stderr
