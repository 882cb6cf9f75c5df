"""Tamper matrix: flipped bytes at random offsets and truncation in each compartment,
the header and a backup file, and an older ledger.db swapped in. Each is detected,
through the commands a user runs, with its own message and exit code."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.backup_folder_files import backup_folder_entries
from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import Result, cli
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, clients, notes
from vault_app.services.vault import create_vault, open_vault

# What the user is told, per kind of damage; each must match its own case only.
MESSAGES = {
    "records": re.compile(r"records compartment|Integrity check failed for: records\b"),
    "psychotherapy": re.compile(r"psychotherapy compartment|Integrity check failed for: psychotherapy\b"),
    "ledger": re.compile(r"ledger compartment|Integrity check failed for: ledger\b"),
    "header": re.compile(r"vault header is damaged"),
    "backup": re.compile(r"backup file is damaged"),
    "rollback": re.compile(r"rolled back"),
}
CODES = {"records": 4, "psychotherapy": 4, "ledger": 4, "header": 4, "backup": 4, "rollback": 5}
FILES = {"records": "records.db", "psychotherapy": "psychotherapy.db", "ledger": "ledger.db", "header": "vault.header"}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with several pages in every compartment, a backup, and an older ledger.db."""
    root = tmp_path_factory.mktemp("tamper")
    folder = root / "vault"
    made = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False)
    vault = made.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client = clients.create_client(vault, "Merrow Talbridge")
    for i in range(40):
        notes.create_progress_note(vault, client.client_id, text=f"Progress note {i} " + "detail " * 60)
        notes.create_psychotherapy_note(vault, client.client_id, f"Process note {i} " + "reflection " * 40)
    backup.create_backup(vault, root / "backups", rotate_old=False)
    vault.lock()
    shutil.copy2(folder / "ledger.db", root / "older-ledger.db")
    with open_vault(folder, PASSPHRASE) as again:
        for i in range(30):
            again.ledger.append("test.later", {"i": i})
    return root


@pytest.fixture
def work(base: Path, tmp_path: Path) -> Path:
    shutil.copytree(base, tmp_path / "w")
    return tmp_path / "w"


def _backup_file(work: Path) -> Path:
    (made,) = backup_folder_entries(work / "backups")  # the one backup, not the folder's mark
    return made


def _flip(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 3)):
        data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))


def _truncate(path: Path, rng: random.Random) -> None:
    data = path.read_bytes()
    # (Dropping only the final newline of the header is no damage: it is trimmed on read.)
    path.write_bytes(data[: rng.choice([0, 100, len(data) // 2, len(data) - 2])])


def _check(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, work: Path, target: str) -> Result:
    if target == "backup":
        return cli(capsys, monkeypatch, "backup", "verify", str(_backup_file(work)))
    return cli(capsys, monkeypatch, "unlock-check", "--psychotherapy", "--vault", str(work / "vault"))


def _assert_detected(result: Result, expected: str) -> None:
    assert result.code == CODES[expected], (expected, result.code, result.err)
    assert "Traceback" not in result.err and result.err.startswith("error: ")
    assert MESSAGES[expected].search(result.err), (expected, result.err)
    others = [k for k, rx in MESSAGES.items() if k != expected and rx.search(result.err)]
    assert not others, (expected, others, result.err)
    # And what to do about it.
    advice = "Use another backup" if expected == "backup" else "latest verified backup"
    assert advice in result.err, result.err


def test_untouched_copies_pass(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    assert _check(capsys, monkeypatch, work, "records").code == 0
    assert _check(capsys, monkeypatch, work, "backup").code == 0


DAMAGE: dict[str, Callable[[Path, random.Random], None]] = {"flip": _flip, "truncate": _truncate}


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("how", sorted(DAMAGE))
@pytest.mark.parametrize("target", ["records", "psychotherapy", "ledger", "header", "backup"])
def test_damage_is_detected_with_its_own_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, work: Path, target: str, how: str, seed: int
) -> None:
    rng = random.Random(f"{target}-{how}-{seed}")
    path = _backup_file(work) if target == "backup" else work / "vault" / FILES[target]
    DAMAGE[how](path, rng)
    _assert_detected(_check(capsys, monkeypatch, work, target), target)


def test_older_ledger_swapped_in_is_a_rollback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, work: Path
) -> None:
    folder = work / "vault"
    for suffix in ("-wal", "-shm"):
        (folder / f"ledger.db{suffix}").unlink(missing_ok=True)
    shutil.copy2(work / "older-ledger.db", folder / "ledger.db")
    _assert_detected(_check(capsys, monkeypatch, work, "rollback"), "rollback")


def test_failed_checks_write_nothing_into_the_damaged_vault(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, work: Path
) -> None:
    folder = work / "vault"
    _flip(folder / "vault.header", random.Random(7))
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    _assert_detected(_check(capsys, monkeypatch, work, "header"), "header")
    # Only the failed-unlock counter may appear (it holds a count, nothing else).
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != "vault.failures"}
    assert after == before
