"""The support log holds versions, timings and error classes, and never a name, a note, a
passphrase or a path under the vault: canaries through the real CLI processes, then every
file in the log folder is searched for them (issue 22, item 5)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF
from vault_app import __version__, support_log

CLIENT = "Zebulon Quixotry"
NOTE_WORD = "marigoldquasar"
PASSPHRASE = "canary passphrase wombat nine"
VAULT_DIR = "CanaryFolderOcelot"


def _cli(env: dict[str, str], *args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    full = dict(env, VAULT_APP_PASSPHRASE=passphrase)
    return subprocess.run([sys.executable, "-m", "vault_app", *args], capture_output=True, text=True,
                          env=full, timeout=120, check=False)


def _log_text(state: Path) -> str:
    files = [p for p in state.rglob("*") if p.is_file()]
    assert files, f"no log file under {state}"
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def test_canaries_never_reach_the_support_log(tmp_path: Path) -> None:
    state = tmp_path / "state"
    vault = tmp_path / VAULT_DIR / "vault"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VAULT_APP_")}
    env.update(XDG_STATE_HOME=str(state), HOME=str(tmp_path / "home"))
    assert _cli(env, "init", "--vault", str(vault), "--no-keyring", *FAST_KDF).returncode == 0
    added = _cli(env, "client", "add", CLIENT, "--dob", "1980-01-02", "--vault", str(vault), "--json")
    assert added.returncode == 0, added.stderr
    client_id = __import__("json").loads(added.stdout)["client"]["client_id"]
    note = _cli(env, "note", "add", client_id, "--text", f"Talked about the {NOTE_WORD} dream.",
                "--vault", str(vault))
    assert note.returncode == 0, note.stderr
    assert _cli(env, "search", NOTE_WORD, "--vault", str(vault)).returncode == 0
    # Errors, each carrying a canary in its input or its message.
    assert _cli(env, "unlock-check", "--vault", str(vault), passphrase=f"{PASSPHRASE} wrong").returncode == 3
    assert _cli(env, "client", "add", f"{CLIENT} Junior", "--dob", "not-a-date", "--vault", str(vault)).returncode == 2
    assert _cli(env, "note", "add", f"{CLIENT}-missing", "--text", NOTE_WORD, "--vault", str(vault)).returncode != 0
    assert _cli(env, "info", "--vault", str(tmp_path / VAULT_DIR / "no-such-vault")).returncode != 0

    text = _log_text(state)
    # It is a real log: versions, what ran, how long, how it ended.
    assert f"vault-app={__version__}" in text
    assert "python=" in text
    assert "run=cli:client" in text and "run=cli:note" in text and "run=cli:search" in text
    assert "end exit=0 (ok) seconds=" in text
    assert "end exit=3 (wrong passphrase or key)" in text
    assert "end exit=2 (usage or invalid input)" in text
    # The explained errors by class and place: the wrong passphrase among them.
    assert "INFO vault_app.support: explained vault_app.domain.errors." in text
    # And none of the canaries, in any spelling the app might use.
    canaries = [CLIENT, *CLIENT.split(), NOTE_WORD, PASSPHRASE, "wombat", VAULT_DIR, str(vault), str(tmp_path),
                client_id, "1980-01-02", "not-a-date"]
    for canary in canaries:
        assert canary.lower() not in text.lower(), f"{canary!r} is in the support log"


def test_error_messages_and_log_arguments_are_reduced_to_classes(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    support_log.stop()
    assert support_log.start("cli:test")
    try:
        try:
            raise ValueError(f"could not open {tmp_path}/{VAULT_DIR} for {CLIENT}")
        except ValueError as exc:
            support_log.error(exc, "saving")
        gui = logging.getLogger("vault_app.gui.background")
        gui.error("Unexpected %s in a background operation:\n%s", "KeyError", f"Traceback ... {CLIENT} {NOTE_WORD}")
        gui.warning("Automatic backup failed: %s", CLIENT.split()[0])
        gui.info("Backup taken before an upgrade (%d changes, %.1f s)", 3, 2.5)  # numbers: no format error
        try:
            raise OSError(f"{NOTE_WORD} disk full")
        except OSError:
            gui.exception("Locking reported %s", "OSError")
        support_log.timing("unlock", 0.25)
        support_log.finish(1)
    finally:
        support_log.stop()
    text = _log_text(tmp_path / "state")
    assert "error ValueError at test_support_log:test_error_messages_and_log_arguments_are_reduced_to_classes:" in text
    assert "during saving" in text
    assert "Unexpected KeyError in a background operation:\n…" in text
    assert "Automatic backup failed: …" in text
    assert "Backup taken before an upgrade (… changes, … s)" in text
    assert "Locking reported OSError [OSError at test_support_log:" in text
    assert "timing unlock seconds=0.250" in text
    assert "end exit=1 (internal error)" in text
    for canary in (CLIENT, *CLIENT.split(), NOTE_WORD, VAULT_DIR, str(tmp_path)):
        assert canary not in text


def test_the_log_is_private_and_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(support_log, "MAX_BYTES", 4096)
    support_log.stop()
    assert support_log.start("cli:test")
    try:
        for i in range(400):
            support_log.timing("step", i / 1000)
    finally:
        support_log.stop()
    folder = tmp_path / "state" / "vault-app" / "log"
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["support.log", "support.log.1", "support.log.2", "support.log.3"]
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        assert f.stat().st_size <= 4096 + 200
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    support_log.stop()
    assert support_log.start("cli:test") is False
    support_log.finish(0)  # no log: nothing happens
    support_log.stop()
