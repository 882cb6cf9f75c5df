"""An older copy of ONE file of the vault folder put back, for every kind of file the folder
holds after a day's work (compartments, header, ledger, search files, attachment blobs, the
lock's owner note), with the app closed; then the real `vault-app` command line opens the folder.

What must happen, file by file (the table below): the copy is refused with words that name
the file put back, or it is harmless (derived data rebuilt, a stray blob scrubbed); never a
destroyed chart back, never silent, never a traceback. One history per test (a day's work,
a rekey, a destruction), each case a fresh copy of its final folder with one file swapped.
Real vaults, real keys. The commands run through the CLI's own `run` in this process
(cli_helpers.cli): what they read is the folder on disk, as a process's would be, and each cost
a Python start (~0.35 CPU-s) as a process of its own (docs/testing.md, thirty-fourth round). A
session that asks the passphrase again keeps a process of its own (below), where what one
session's process remembered must not carry into the next."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import Result, cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import ExitCode
from vault_app.services import backup, destruction, vault_folder, vault_master_key
from vault_app.services.paths import counter_outside, failures_outside
from vault_app.services.vault import Vault
from vault_app.services.vault_passphrase import FAILURES_FILE, REASKED_FILE
from vault_app.services.vault_rekey_runners import replace_here
from vault_app.storage.folder_lock import OWNER_NAME


@dataclass(frozen=True)
class History:
    final: Path  # the folder after the day's last change
    before_rekey: Path  # a copy of the folder from before every key was replaced
    before_destruction: Path  # a copy from after the rekey, before chart T was destroyed
    owner_note: Path  # vault.lock.owner as it lay while a session held the folder
    destroyed_names: list[str]
    rekeyed_on: str  # the day (UTC, as the ledger dates it) every key was replaced


def _copy_folder(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def _history(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> History:
    kept = seed_chart(psy_vault, "A")
    doomed = seed_chart(psy_vault, "T")
    owner = tmp_path / "owner-note"
    shutil.copy2(vault_dir / OWNER_NAME, owner)
    psy_vault.lock()
    before_rekey = _copy_folder(vault_dir, tmp_path / "before-rekey")
    with reopen(vault_dir, psychotherapy=True) as vault:
        replace_here(vault, PASSPHRASE)
        rekeyed_on = vault.ledger.entries(kinds=("vault.rekeyed",))[-1].time[:10]
    before_destruction = _copy_folder(vault_dir, tmp_path / "before-destruction")
    with reopen(vault_dir, psychotherapy=True) as vault:
        destruction.destroy(vault, doomed.chart_number, basis="retention", confirm=doomed.chart_number)
    assert kept.names  # the other chart stays: the copies below are never of an empty vault
    return History(vault_dir, before_rekey, before_destruction, owner, doomed.names, rekeyed_on)


def _blobs(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in (folder / "blobs").rglob("*") if p.is_file()}


def _with_old(history: History, name: str, source: Path, tmp_path: Path) -> Path:
    """The final folder with only `name` replaced by the copy in `source`."""
    target = tmp_path / f"case-{source.parent.name}-{name.replace('/', '_')}"
    shutil.copytree(history.final, target)
    for suffix in ("-wal", "-shm"):
        (target / (name + suffix)).unlink(missing_ok=True)
    (target / name).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target / name)
    return target


def _said(result: Result) -> str:
    return result.out + result.err


def _refused_naming(name: str, result: Result) -> str | None:
    # Rolled back (the ledger recorded later changes), or older than its key (a destruction or a
    # rekey replaced it since: the older key is gone, so damage cannot be ruled out, and is said too).
    said_older = "rolled back" in result.err or "older copy" in result.err
    if result.code not in (ExitCode.TAMPERED, ExitCode.CORRUPT) or name not in result.err or not said_older:
        return f"refused? exit {result.code}, said: {result.err.strip()[:300]}"
    return None


def test_an_older_copy_of_any_one_file_is_refused_or_harmless(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    history = _history(psy_vault, vault_dir, tmp_path)
    flag = "--vault"
    failures: list[str] = []

    def case(name: str, source: Path, expect: str) -> Path:
        target = _with_old(history, name, source, tmp_path)
        result = cli(capsys, monkeypatch, "unlock-check", flag, str(target))
        wrong: str | None
        if "Traceback" in result.err:
            wrong = "a traceback: " + result.err[-300:]
        elif expect == "refused":
            wrong = _refused_naming(Path(name).name, result)
        else:
            wrong = None if result.code == 0 else f"not opened: exit {result.code}, {result.err.strip()[:300]}"
        if wrong:
            failures.append(f"{name} from {source.parent.name}: {wrong}")
        return target

    # The bound files: a copy from before a change the ledger recorded is named as rolled back,
    # the header even from before every key was replaced (then nothing of the folder opens with it).
    for name in ("vault.header", "records.db", "psychotherapy.db", "ledger.db"):
        case(name, history.before_destruction / name, "refused")
    case("vault.header", history.before_rekey / "vault.header", "refused")
    # ledger.db from before every key was replaced: only a rekey changes its key, so that is what
    # it is said to be, with the rekey's day (found: said only as a damaged ledger compartment).
    target = case("ledger.db", history.before_rekey / "ledger.db", "refused")
    said = cli(capsys, monkeypatch, "unlock-check", flag, str(target)).err
    if not all(words in said for words in ("before every key was replaced on " + history.rekeyed_on,
                                           "nothing was changed", "latest verified backup")):
        failures.append(f"ledger.db from before-rekey: the rekey's day and what to do not said: {said.strip()[:300]}")

    # Derived data: older search files are not searched; the destroyed chart is found nowhere.
    for name in ("search-records.db", "search-psychotherapy.db"):
        target = case(name, history.before_destruction / name, "opens")
        found = cli(capsys, monkeypatch, "search", flag, str(target), "--psychotherapy", history.destroyed_names[0])
        if found.code != 0 or history.destroyed_names[0] in _said(found) or "Traceback" in found.err:
            failures.append(f"{name}: the destroyed chart's name searched: exit {found.code}, {_said(found)[:300]}")

    # Attachment blobs no row names any more (the destroyed chart's, those re-sealed by the
    # rekey): opened as usual, and the unlock's sweep scrubs them, saying so.
    gone = sorted((_blobs(history.before_rekey) | _blobs(history.before_destruction)) - _blobs(history.final))
    assert gone, "the history re-seals or destroys at least one attachment"
    for name in gone:
        source = (history.before_destruction if (history.before_destruction / name).exists()
                  else history.before_rekey) / name
        target = case(name, source, "opens")
        if (target / name).exists():
            failures.append(f"{name}: a blob no record names was left in the folder")

    # The lock's owner note of a session long gone: no refusal, the folder is not held.
    case(OWNER_NAME, history.owner_note, "opens")

    # The untouched folder still opens: none of the above is a false alarm.
    assert cli(capsys, monkeypatch, "unlock-check", flag, str(history.final)).code == 0
    assert not failures, "\n".join(failures)


def test_an_older_copy_of_a_purged_backup_is_said_and_keeps_the_chart_destroyed(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup folder's files: a single-file backup a destruction purged, its copy from before
    the purge put back in its place. `backup list --check`, `backup verify` and `backup restore`
    say what it is, and the restore re-applies the destruction."""
    kept = seed_chart(psy_vault, "A")
    doomed = seed_chart(psy_vault, "T")
    made = Path(backup.create_backup(psy_vault, tmp_path / "usb").path)
    before_purge = tmp_path / "before-purge"
    shutil.copy2(made, before_purge)
    destruction.destroy(psy_vault, doomed.chart_number, basis="retention", confirm=doomed.chart_number)
    psy_vault.lock()
    shutil.copy2(before_purge, made)  # the older copy put back, the app closed
    folder = ("--vault", str(vault_dir))

    listed = cli(capsys, monkeypatch, "backup", "list", "--check", "--json", *folder)
    assert listed.code == 0, listed.err
    row = next(b for b in listed.json()["backups"] if b["file"] == made.name)
    assert row["state"] == "failed", row
    assert "before a destruction purged it" in row.get("changed", ""), row

    verified = cli(capsys, monkeypatch, "backup", "verify", *folder, str(made))
    # Whole, but it still holds the destroyed chart: NOT_CLEAN (it exited 0, a script took it for clean).
    assert verified.code == ExitCode.NOT_CLEAN and "Traceback" not in verified.err, verified
    assert "before a destruction purged it" in verified.out + verified.err, verified

    restored = cli(capsys, monkeypatch, "backup", "restore", *folder, "--to", str(tmp_path / "restored"), str(made))
    assert restored.code == 0, restored.err
    assert "Destructions re-applied: 1" in restored.out, restored.out
    shown = cli(capsys, monkeypatch, "client", "list", "--vault", str(tmp_path / "restored"))
    assert any(n in shown.out for n in kept.names), shown
    assert not any(n in shown.out for n in doomed.names), shown


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_an_older_copy_of_a_backup_purged_twice_from_between_the_purges_is_said(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup two destructions purged, its copy from between the two purges put back (a single
    file, or one snapshot's manifest): found said as another copy of this vault's purge, which
    this vault's ledger "has no record of", when it recorded both. `backup list --check`,
    `backup verify` and `backup restore` say it still holds the chart of the
    later destruction, and the restore re-applies it."""
    kept = seed_chart(psy_vault, "A")
    first = seed_chart(psy_vault, "T")
    second = seed_chart(psy_vault, "U")
    backup.configure(psy_vault, target=str(tmp_path / "usb"), kind=kind, auto=False)
    made = Path(backup.create_to_target(psy_vault, tmp_path / "usb").path)
    destruction.destroy(psy_vault, first.chart_number, basis="retention", confirm=first.chart_number)
    between = tmp_path / "between"
    shutil.copy2(made, between)
    destruction.destroy(psy_vault, second.chart_number, basis="retention", confirm=second.chart_number)
    purges = psy_vault.ledger.entries(kinds=("backup.purged",))
    # The first destruction's new backup (destruction_new_backup) is purged by the second one too.
    assert len(purges) == 3 and between.read_bytes() != made.read_bytes()
    psy_vault.lock()
    shutil.copy2(between, made)  # the older copy put back, the app closed
    folder = ("--vault", str(vault_dir))

    listed = cli(capsys, monkeypatch, "backup", "list", "--check", "--json", *folder)
    assert listed.code == 0, listed.err
    row = next(b for b in listed.json()["backups"] if b["file"] == made.name)
    assert row["state"] == "failed", row
    assert "between two destructions' purges" in row.get("changed", ""), row
    assert "another copy" not in row["changed"], row

    verified = cli(capsys, monkeypatch, "backup", "verify", *folder, str(made))
    assert "Traceback" not in verified.err, verified
    said = verified.out + verified.err
    assert "between two destructions' purges" in said, verified
    restored = cli(capsys, monkeypatch, "backup", "restore", *folder, "--to", str(tmp_path / "restored"), str(made))
    shown = cli(capsys, monkeypatch, "client", "list", "--vault", str(tmp_path / "restored"))
    if kind == "file":
        # It still holds the later destruction's chart: the restore re-applies that destruction.
        assert verified.code == ExitCode.NOT_CLEAN and "it still holds the chart" in said, verified
        assert restored.code == 0, restored.err
        assert "Destructions re-applied: 1" in restored.out, restored.out
        assert any(n in shown.out for n in kept.names), shown
    else:
        # The later purge's sweep removed the parts only this manifest named (those that held the
        # chart): refused, and said why, not as a damaged backup folder.
        assert verified.code != 0 and "cannot be restored" in said, verified
        assert "check the disk" not in said, verified
        assert restored.code != 0 and "Traceback" not in restored.err, restored
        # The restore says what the check says (found: "The backup folder's snapshots are damaged").
        assert "between two destructions' purges" in restored.err and "cannot be restored" in restored.err, restored
        assert "check the disk" not in restored.err and "damaged" not in restored.err, restored
    assert not any(n in shown.out for n in first.names + second.names), shown


def test_an_older_copy_of_the_failed_unlock_count_does_not_shorten_the_wait(
        vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The table's row for vault.failures (no key can seal it: a failed unlock has none). Its
    copy from fewer failures ago put back must not give a guesser the shorter wait of that count
    (found: it did): what the next try waits for, what `info` and the unlock window name, and
    what the next unlock moves into the ledger stay the count of every failure."""
    vault_id = vault.vault_id
    vault.lock()
    folder = ("--vault", str(vault_dir))

    def fail() -> None:
        refused = cli(capsys, monkeypatch, "unlock-check", *folder, passphrase="not the passphrase at all")
        assert refused.code != 0 and "Traceback" not in refused.err, refused

    def counted() -> int:
        info = cli(capsys, monkeypatch, "info", "--json", *folder)
        assert info.code == 0, info.err
        return int(info.json()["failed_unlocks_since_last_unlock"])

    fail()
    one = (vault_dir / FAILURES_FILE).read_bytes()
    fail()
    fail()
    assert counted() == 3
    (vault_dir / FAILURES_FILE).write_bytes(one)  # the older copy put back
    assert counted() == 3
    assert vault_folder.failed_attempts(vault_dir) == 3  # the unlock window's light reader
    (vault_dir / FAILURES_FILE).unlink()  # or the folder's copy removed outright
    assert counted() == 3

    with reopen(vault_dir) as again:
        unlocked = again.ledger.entries(kinds=("vault.unlocked",))[-1]
        assert unlocked.payload["failed_attempts_since_last_unlock"] == 3
    assert counted() == 0  # moved into the ledger: both copies cleared
    fail()
    assert counted() == 1

    # The copy outside is plain text too: what anything wrote there never stops an unlock.
    outside = failures_outside(vault_id)
    assert outside is not None and outside.is_file() and vault_id not in str(vault_dir)
    for hostile in (b'{"count": 1e400}', b"\xff" * 10_000, b'{"count": -5}'):
        outside.write_bytes(hostile)
        assert counted() == 1  # the folder's count stands
        assert vault_folder.failed_attempts(vault_dir) == 1
    outside.unlink()
    os.mkfifo(outside)  # one that would never end a plain read
    assert counted() == 1 and vault_folder.failed_attempts(vault_dir) == 1
    assert cli(capsys, monkeypatch, "unlock-check", *folder).code == 0
    fail()
    outside.unlink()
    outside.mkdir()  # a folder where the count outside is kept: the unlock still goes on
    assert cli(capsys, monkeypatch, "unlock-check", *folder).code == 0 and counted() == 0


# A process of its own for each session that asks the passphrase again (the psychotherapy notes
# opened with wrong ones): what the back-off made it wait, as JSON. Only the GUI asks again
# inside an open vault; this is that call without a window.
_REASK_SESSION = """
import json, sys
from pathlib import Path
from vault_app.domain.errors import WrongPassphrase
from vault_app.services import vault_master_key
from vault_app.services.vault import open_vault
waits = []
vault_master_key._sleep = waits.append
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
for guess in sys.argv[3:]:
    try:
        vault.unlock_psychotherapy(guess)
    except WrongPassphrase:
        pass
vault.lock()
print(json.dumps(waits))
"""


def _reask_session(folder: Path, *guesses: str) -> list[float]:
    done = subprocess.run([sys.executable, "-c", _REASK_SESSION, str(folder), PASSPHRASE, *guesses],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    waits: list[float] = json.loads(done.stdout)
    return waits


def test_an_older_copy_of_the_refused_reask_count_does_not_shorten_the_wait(
        vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The table's row for vault.reasked (wrong passphrases typed inside an open vault: plain
    text, as vault.failures). Its copy from fewer refusals ago put back, or the file removed,
    must not give a guesser the shorter wait of that count, nor hide refusals from the unlock
    window and the next unlock's ledger entry (found: both did). Each session a real process."""
    vault_id = vault.vault_id
    vault.lock()
    free = vault_master_key.FREE_ATTEMPTS
    assert _reask_session(vault_dir, "guess one") == []
    one = (vault_dir / REASKED_FILE).read_bytes()  # one refusal, one not yet named
    assert _reask_session(vault_dir, *[f"guess {n}" for n in range(2, free + 1)]) == []
    assert vault_folder.refused_reasks(vault_dir) == free - 1  # since the last unlock
    (vault_dir / REASKED_FILE).write_bytes(one)  # the older copy put back, the app closed
    assert vault_folder.refused_reasks(vault_dir) == free - 1  # the unlock window's light reader
    with reopen(vault_dir) as again:
        unlocked = again.ledger.entries(kinds=("vault.unlocked",))[-1]
        assert unlocked.payload["refused_passphrases_in_open_vault_since_last_unlock"] == free - 1
    assert vault_folder.refused_reasks(vault_dir) == 0  # named once, in both copies
    assert _reask_session(vault_dir, "one guess more") == [1.0], "the wait of every refusal, not of the copy's"
    (vault_dir / REASKED_FILE).unlink()  # or the folder's copy removed outright
    assert _reask_session(vault_dir, "and another") == [2.0]

    outside = counter_outside(vault_id, REASKED_FILE)
    assert outside is not None and outside.is_file() and vault_id not in str(vault_dir)
    assert outside != failures_outside(vault_id)
    # The right passphrase typed inside the open vault: the back-off starts again, in both copies.
    assert _reask_session(vault_dir, PASSPHRASE) == [4.0]
    assert _reask_session(vault_dir, "a typo") == []
    # What anything wrote in the copy outside never stops an unlock or a passphrase asked again.
    outside.unlink()
    outside.mkdir()
    assert _reask_session(vault_dir, PASSPHRASE, "a typo") == []
    assert cli(capsys, monkeypatch, "unlock-check", "--vault", str(vault_dir)).code == 0
