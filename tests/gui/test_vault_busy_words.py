"""A second process refused the vault says what holds it (storage/folder_lock.py reads the
owner note, vault.lock.owner): another window of the app, to be used instead, or a command,
to let finish. Found: a therapist who opened the app twice was told to "let that command
finish", having run none. Two real processes: the holder (one with the app's Qt widgets
loaded, as the window has; one without, as a CLI command) and this test's, or a CLI command,
as the second."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import ExitCode, VaultBusy
from vault_app.gui.refusal_words import refusal_words
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage import folder_lock

# The holder: unlock, say "ready", lock on any line of stdin. As the window, it loads Qt's
# widgets first (what tells a window from a command, folder_lock._what_am_i).
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    if sys.argv[3] == "window":
        from PySide6.QtWidgets import QApplication
        app = QApplication(["vault-app", "-platform", "offscreen"])
    from vault_app.services.vault import open_vault

    vault = open_vault(Path(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()
    vault.lock()
    """
)


@pytest.fixture
def folder(tmp_path: Path, kdf_params: KdfParams) -> Path:
    path = tmp_path / "vault"
    create_vault(path, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    return path


@contextlib.contextmanager
def _held(folder: Path, kind: str) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), PASSPHRASE, kind],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stdin is not None
            assert proc.stdout.readline().strip() == "ready"
            yield proc
            proc.stdin.write("lock\n")
            proc.stdin.flush()
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()


def _refused(folder: Path) -> VaultBusy:
    with pytest.raises(VaultBusy) as refused:
        open_vault(folder, PASSPHRASE, wait_seconds=0)
    assert refused.value.exit_code == ExitCode.ENVIRONMENT
    return refused.value


def test_a_second_window_is_told_to_use_the_first(folder: Path, qapp: object) -> None:
    with _held(folder, "window") as holder:
        busy = _refused(folder)
        assert json.loads((folder / folder_lock.OWNER_NAME).read_text("utf-8"))["kind"] == "window"
    assert busy.code == "vault.busy.window"
    assert busy.message.startswith(f"The vault is open in another window of the app (process {holder.pid}, since ")
    assert "command" not in str(busy)
    # An English screen says the core's words: nothing in them names a command.
    message, hint = refusal_words(busy)
    assert (message, hint) == (busy.message, busy.hint)
    assert hint == ("Use that window instead (it may be behind other windows or minimised); the vault opens in "
                    "one window at a time.")


def test_a_second_window_in_spanish(folder: Path, qapp: object, spanish: None) -> None:
    with _held(folder, "window"):
        busy = _refused(folder)
    assert refusal_words(busy) == (
        "La bóveda está abierta en otra ventana de la aplicación.",
        "Use esa ventana (puede estar detrás de otras ventanas o minimizada): la bóveda se abre en una sola ventana "
        "a la vez.")


def test_a_command_holding_the_vault_is_named_as_one(folder: Path, qapp: object) -> None:
    with _held(folder, "command") as holder:
        busy = _refused(folder)
        # A command refused the same way (a third process): the command line's words.
        cli = cli_process("unlock-check", "--vault", str(folder))
    assert busy.code == "vault.busy.command"
    assert busy.message.startswith(f"The vault is in use by a vault-app command (process {holder.pid}, since ")
    assert "window" not in str(busy)
    assert busy.hint == "Let that command finish (or stop it in its terminal), then try again."
    assert cli.code == ExitCode.ENVIRONMENT and "in use by a vault-app command" in cli.err, cli.err
    # A screen never says the program's name: the words of the app's own.
    assert refusal_words(busy) == (
        "A command run outside the app's windows (in a terminal, or by a scheduled task) is using the vault.",
        busy.hint)


def test_a_command_holding_the_vault_in_spanish(folder: Path, qapp: object, spanish: None) -> None:
    with _held(folder, "command"):
        busy = _refused(folder)
    assert refusal_words(busy) == (
        "Un comando ejecutado fuera de las ventanas de la aplicación (en una terminal o por una tarea programada) "
        "está usando la bóveda.",
        "Deje que ese comando termine (o deténgalo en su terminal) e inténtelo de nuevo.")


def test_an_owner_note_of_an_earlier_app_is_read_by_its_words(folder: Path, qapp: object) -> None:
    """A note written before it said its kind: its "who" tells the window from a command."""
    with _held(folder, "command"):
        note_path = folder / folder_lock.OWNER_NAME
        note = json.loads(note_path.read_text("utf-8"))
        del note["kind"]
        note_path.write_text(json.dumps({**note, "who": "the vault-app window"}), "utf-8")
        assert _refused(folder).code == "vault.busy.window"
        note_path.write_text(json.dumps({**note, "who": "a vault-app command"}), "utf-8")
        assert _refused(folder).code == "vault.busy.command"


@pytest.mark.parametrize("note", ["", "not json", json.dumps({"who": "someone", "pid": 7, "since": "x"}),
                                  json.dumps({"pid": 7}), json.dumps({"who": "x", "kind": ["window"], "pid": 7,
                                                                      "since": "x"})])
def test_a_holder_not_known_keeps_both_ways(folder: Path, qapp: object, spanish: None, note: str) -> None:
    with _held(folder, "window"):
        (folder / folder_lock.OWNER_NAME).write_text(note, "utf-8")
        busy = _refused(folder)
    assert busy.code == "vault.busy"
    assert busy.hint == "Close the vault there (or let that command finish) and try again."
    assert refusal_words(busy) == (
        "La bóveda está abierta en otra ventana de la aplicación, o un comando la está usando.",
        "Cierre allí la bóveda (o deje que ese comando termine) e inténtelo de nuevo.")
