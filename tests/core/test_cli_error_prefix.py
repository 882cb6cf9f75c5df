"""The command line says an error one way: "error: " in lower case, as argparse's usage errors
and common.say_error do (scripts and tests read that prefix). Checked in the sources (no
"Error:" in a CLI module's strings) and on real failing commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vault_app import cli as cli_package

# A user-facing string starting an error the other way: "Error:", "ERROR:", "Error -".
_OTHER_FORM = re.compile(r"""["'](?:Error|ERROR)\s*[:\-]""")


def test_no_cli_source_writes_error_another_way() -> None:
    folder = Path(cli_package.__file__).parent
    found = [f"{path.name}:{n}: {line.strip()}" for path in sorted(folder.glob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if _OTHER_FORM.search(line)]
    assert found == []


@pytest.mark.parametrize("args", [
    ("bogus-command",),  # argparse's usage error
    ("client", "show"),  # a missing argument
    ("--passphrase-file", "{tmp}/none.txt", "client", "list"),  # the command's own refusal
    ("client", "list"),  # no vault there
])
def test_failing_commands_say_error_in_one_form(args: tuple[str, ...], tmp_path: Path) -> None:
    argv = ["--vault", str(tmp_path / "no-vault"), *(a.format(tmp=tmp_path) for a in args)]
    env = {k: v for k, v in os.environ.items() if k != "VAULT_APP_PASSPHRASE"}
    done = subprocess.run([sys.executable, "-m", "vault_app", *argv], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, check=False)
    assert done.returncode != 0
    lines = done.stderr.splitlines()
    assert any(line.startswith("error: ") for line in lines), done.stderr
    assert not any(re.match(r"\s*(?:Error|ERROR)\b", line) for line in lines), done.stderr
