"""Wrong or hostile arguments a walker typed at every command (round 46) that ended in "internal
error (…)" instead of a sentence, with and without --json: a name or chart number in bytes that are
not UTF-8 (a terminal set to Latin-1: UnicodeEncodeError at compartment.py), a huge --limit
(OverflowError at compartment.py), an impossible --signed-on day for `auth add` (ValueError at
authorizations.py). Real vaults; the bytes through a real `vault-app` process, as a terminal
hands them over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli, cli_process
from vault_app.services import clients
from vault_app.services.vault import Vault

LATIN1 = b"Jos\xe9 N\xfa\xf1ez"  # "José Núñez" typed in a terminal set to Latin-1


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize("args", [
    (b"client", b"add", LATIN1),
    (b"client", b"show", LATIN1),
    (b"note", b"list", LATIN1),
    (b"client", b"add", b"Ada Lovelace", b"--preferred-name", LATIN1),
], ids=["client add", "client show", "note list", "client add --preferred-name"])
def test_words_in_another_encoding_are_a_sentence(args: tuple[bytes, ...], as_json: bool, tmp_path: Path) -> None:
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE, "LC_ALL": "C.UTF-8"}
    folder = tmp_path / "vault"  # refused while reading the arguments: before any vault is looked for
    argv = [sys.executable.encode(), b"-m", b"vault_app", *args, b"--vault", str(folder).encode(),
            *([b"--json"] if as_json else [])]
    done = subprocess.run(argv, capture_output=True, env=env, timeout=120, check=False)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "internal error" not in err and "Traceback" not in err, err
    if as_json:
        (said,) = [json.loads(line) for line in err.splitlines()]
        message = said["message"]
        assert said["kind"] == "error" and said["exit_code"] == 2
    else:
        message = err
    assert "not readable text" in message and "UTF-8" in message, err
    assert not folder.exists()


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_a_huge_limit_lists_every_note(as_json: bool, vault: Vault, vault_dir: Path,
                                       capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Huge Limit").chart_number
    vault.lock()
    v = str(vault_dir)
    assert cli(capsys, monkeypatch, "note", "add", chart, "--text", "first words", "--vault", v).code == 0
    done = cli(capsys, monkeypatch, "note", "list", chart, "--limit", "9" * 40, "--vault", v,
               *(["--json"] if as_json else []))
    assert done.code == 0, done.err
    if as_json:
        assert len(done.json()) == 1, done.out
    else:
        assert "first words" in done.out, done.out


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_an_impossible_signature_day_is_said(as_json: bool, vault: Vault, vault_dir: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Feb Thirtieth").chart_number
    vault.lock()
    done = cli(capsys, monkeypatch, "auth", "add", "--client", chart, "--description", "records", "--covers",
               "progress", "--discloser", "me", "--recipient", "Dr. R", "--signed-on", "2026-02-30", "--vault",
               str(vault_dir), *(["--json"] if as_json else []))
    assert done.code == 2, done.err
    assert "internal error" not in done.err
    if as_json:
        (said,) = [json.loads(line) for line in done.err.splitlines()]
        assert said["code"] == "date.invalid" and said["kind"] == "error", said
    else:
        assert "The signature date is not a valid date." in done.err, done.err


@pytest.mark.parametrize(("make", "why"), [
    ("folder", "That is a folder: give the file inside it."),
    ("missing", "There is no such file: check the path."),
], ids=["folder", "missing"])
@pytest.mark.parametrize("option", [("--passphrase-file",), ("client", "list", "--passphrase-file"),
                                    ("note", "add", "C-1", "--file")], ids=["passphrase", "list", "note file"])
def test_a_file_that_cannot_be_read_says_why(make: str, why: str, option: tuple[str, ...], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Found: a folder given as `--passphrase-file` said "Could not read the passphrase file" alone."""
    named = tmp_path / "named"
    if make == "folder":
        named.mkdir()
    args = (*option, str(named)) if option[0] != "--passphrase-file" else (*option, str(named), "client", "list")
    done = cli(capsys, monkeypatch, *args, "--vault", str(tmp_path / "v"), passphrase=None)
    assert done.code == 2, done.err
    assert "Could not read the" in done.err and why in done.err, done.err


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_a_pipe_given_as_a_certificate_is_said_not_waited_on(as_json: bool, tmp_path: Path) -> None:
    """Found: `certificate verify FIFO` waited, silent, for a writer that never came (the process's
    timeout below is the harness's guard, not a measure)."""
    fifo = tmp_path / "certificate.json"
    os.mkfifo(fifo)
    done = cli_process("certificate", "verify", str(fifo), "--vault", str(tmp_path / "v"),
                       *(["--json"] if as_json else []))
    assert done.code == 2, done.err
    said = json.loads(done.err)["message"] if as_json else done.err
    assert "certificate.json is not a certificate file (a pipe or a device)." in said, done.err
