"""SQLCipher's own log lines never reach a user's terminal. Found: the command after a
Ctrl-C'd `destroy` (its resume reads copies with the key they had) printed "ERROR CORE
sqlcipher_page_cipher: hmac check failed for pgno=1" and two more lines on stderr, from
a connection (storage/backup_snapshot.py) that did not turn SQLCipher's log off. The log
level is process-wide: a fresh process, whose first connection is that one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vault_app.storage.compartment import Compartment

PROBE = """
import sys
from pathlib import Path
from vault_app.domain.errors import VaultError
from vault_app.storage import backup_snapshot
try:
    print(backup_snapshot.{call})
except VaultError as err:
    print(type(err).__name__)
"""


@pytest.mark.parametrize("call", [
    "schema_version_closed('records', Path(sys.argv[1]), bytes(32))",
    "check_copy('records', Path(sys.argv[1]), bytes(32))",
])
def test_a_wrong_key_prints_no_sqlcipher_log(tmp_path: Path, call: str) -> None:
    path = tmp_path / "records.db"
    Compartment.open("records", path, b"\x01" * 32, create=True).close()
    proc = subprocess.run([sys.executable, "-c", PROBE.format(call=call), str(path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() not in {"", "0", "[]"}, proc.stdout  # the wrong key was noticed
    assert proc.stderr == ""
