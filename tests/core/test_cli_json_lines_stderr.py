"""With --json, stderr is JSON Lines (cli/json_stderr.py): every line one JSON object with a `kind`,
"notice" for what a command says beside its output, "error" for its error, once and last. Found:
a notice (a restore never said, the ledger's sealing) and then the error were two JSON documents,
the error's on several lines, and a script reading stderr as one document broke. Real `vault-app`
processes on a real vault; the notice that every command taking a passphrase file can print is
the one of a passphrase file others can read (cli/text_files.py), said before the command's own
error."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, Result, cli
from tests.core.test_kill_restore import Place, _shared_keyring
from vault_app.storage.layout import RESTORE_UNSAID_NAME

pytestmark = pytest.mark.slow
NEW = "a new passphrase, long enough 42"


def _run(*args: str) -> Result:
    env = {k: v for k, v in os.environ.items() if k != "VAULT_APP_PASSPHRASE"}
    proc = subprocess.run([sys.executable, "-m", "vault_app", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def json_lines(err: str) -> list[dict[str, Any]]:
    """stderr read as JSON Lines: every line an object with a kind (blank lines are not written)."""
    objects = [json.loads(line) for line in err.splitlines()]
    assert all(isinstance(o, dict) and o.get("kind") in ("notice", "error") for o in objects), err
    return objects


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A vault with one chart, and a passphrase file others can read (0644: the warning's cause)."""
    root = tmp_path_factory.mktemp("jsonl")
    vault, secret = root / "v", root / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o644)
    made = _run("init", "--vault", str(vault), "--no-keyring", "--passphrase-file", str(secret), *FAST_KDF, "--json")
    assert made.code == 0, made.err
    added = _run("client", "add", "Ada Lovelace", "--vault", str(vault), "--passphrase-file", str(secret))
    assert added.code == 0, added.err
    return vault, secret


# (what, the command's arguments, exit code): commands that print the notice, then fail or succeed.
ROWS: list[tuple[str, tuple[str, ...], int]] = [
    ("client list", ("client", "list"), 0),
    ("unlock-check", ("unlock-check",), 0),
    ("client show, unknown chart", ("client", "show", "C-99999"), 8),
    ("note list, unknown chart", ("note", "list", "C-99999"), 8),
    ("session list, unknown chart", ("session", "list", "C-99999"), 8),
    ("auth list, unknown chart", ("auth", "list", "--client", "C-99999"), 8),
    ("accounting, unknown chart", ("accounting", "--client", "C-99999", "--out", "x.pdf"), 8),
    ("hold list", ("hold", "list"), 0),
]


@pytest.mark.parametrize(("what", "args", "code"), ROWS, ids=[r[0] for r in ROWS])
def test_stderr_with_json_is_json_lines_the_error_last(
        place: tuple[Path, Path], what: str, args: tuple[str, ...], code: int, tmp_path: Path) -> None:
    vault, secret = place
    args = tuple(str(tmp_path / a) if a.endswith(".pdf") else a for a in args)  # never in the test's folder
    done = _run(*args, "--vault", str(vault), "--passphrase-file", str(secret), "--json")
    assert done.code == code, (what, done.err)
    said = json_lines(done.err)
    first = said[0]
    assert first["kind"] == "notice" and "can be read by other users" in first["message"], said
    errors = [o for o in said if o["kind"] == "error"]
    if code:
        assert errors == [said[-1]] and said[-1]["exit_code"] == code and said[-1]["code"], said
    else:
        assert errors == [], said
        json.loads(done.out)  # stdout: the command's own JSON, whole


def test_an_error_alone_is_one_line_and_one_document(place: tuple[Path, Path]) -> None:
    vault, _ = place
    done = _run("client", "show", "C-99999", "--vault", str(vault), "--json")  # no passphrase: the error alone
    assert done.code != 0
    (line,) = done.err.splitlines()
    assert json.loads(done.err) == json.loads(line) and json.loads(line)["kind"] == "error"


# --- A restore never said, then an error; and `recover`, which said nothing of it -------------------


def _killed_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> tuple[Place, str]:
    """tests/core/older_header.backed_up_place with the recovery key kept: a vault with one chart,
    backed up, a chart added, then a restore of the backup killed once its files were in place."""
    place = Place(tmp_path / "p")
    (place.root / "backups").mkdir(parents=True)
    _shared_keyring(place, monkeypatch)
    place.in_process = lambda *args, **kwargs: cli(capsys, monkeypatch, *args, **kwargs)
    v = str(place.vault)
    made = place.check("init", "--vault", v, "--no-keyring", *FAST_KDF, "--json")
    assert made.code == 0, made.err
    assert place.check("client", "add", "Before Backup", "--vault", v).code == 0
    assert place.check("backup", "create", "--vault", v, "--to", str(place.root / "backups")).code == 0
    assert place.check("client", "add", "Typed Since", "--vault", v).code == 0
    killed = place.restore(crash_at="restore:in-place")
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    assert (place.vault / RESTORE_UNSAID_NAME).exists()
    return place, str(made.json()["recovery_key"])


def test_a_restore_never_said_then_the_error_are_two_json_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    place, _ = _killed_restore(tmp_path, capsys, monkeypatch)
    done = place.run("client", "show", "C-99999", "--vault", str(place.vault), "--json")  # a real process
    assert done.code == 8, done.err
    notice, error = json_lines(done.err)
    assert notice["notice"] == "restore-unsaid" and notice["restore_unsaid"]["safety_copy"], notice
    assert error["kind"] == "error" and error["exit_code"] == 8


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_recover_says_a_restore_never_said_once(
        as_json: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    place, key = _killed_restore(tmp_path, capsys, monkeypatch)
    v = str(place.vault)
    done = cli(capsys, monkeypatch, "recover", "--vault", v, "--no-keyring", *(["--json"] if as_json else []),
               env={"VAULT_APP_RECOVERY_KEY": key, "VAULT_APP_NEW_PASSPHRASE": NEW})
    assert done.code == 0, done.err
    if as_json:
        (notice,) = json_lines(done.err)
        assert notice["notice"] == "restore-unsaid", notice
        assert "this vault was replaced by the backup made" in notice["message"]
        assert json.loads(done.out)["ok"] is True
    else:
        assert "RESTORED: on " in done.err and "Access recovered" in done.out, done.err
    assert not (place.vault / RESTORE_UNSAID_NAME).exists()  # taken: said once
    again = place.check("unlock-check", "--vault", v, "--json", passphrase=NEW)
    assert again.code == 0 and "restore_unsaid" not in again.json(), again.out
