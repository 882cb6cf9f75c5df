"""The work journal (services/staging_journal.py) killed at each of its steps, for real: a process
saving a single-file copy kills itself (SIGKILL, services/fault_injection.crash_point) at the named
step; the next unlock must leave nothing behind: no work folder, no partial file, no journal entry
and no entry's temporary, and the vault opens and backs up as before.

Found: a kill while the entry was written left its temporary (`.NAME.json.tmp-PID`) in
`work.journal/` for good (the journal's reader skips hidden names, nothing else looked there);
a kill while the copy's file was written left its encrypted partial file in a folder that was not
the backup folder, which no sweep and no destruction ever looked in.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import _process_env
from vault_app.services import backup, clients, staging_journal
from vault_app.services.backup_workdirs import work_pid
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault

_COPY = """
import sys
from pathlib import Path
from vault_app.services import backup
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
backup.create_backup(vault, Path(sys.argv[3]), verify=False)
raise SystemExit("not killed")
"""

STEPS = [
    "journal.folder_made",  # the journal's folder made, no entry yet
    "journal.entry_written",  # the entry's temporary written, not renamed
    "journal.recorded",  # the entry in place, its work folder not made
    "journal.folder_begun",  # the work folder made, empty
    "backup.packed",  # the copy's partial file written whole, not put in place
    "journal.removing",  # the work folder half removed
    "journal.removed",  # the work folder removed, its entry not cleared
]


def _left(vault_folder: Path, copyto: Path) -> list[str]:
    journal = staging_journal.journal_dir(vault_folder)
    found = [f"journal/{p.name}" for p in journal.iterdir()] if journal.is_dir() else []
    found += [f"vault/{p.name}" for p in vault_folder.iterdir() if work_pid(p.name) is not None]
    found += [f"copyto/{p.name}" for p in copyto.iterdir() if p.name.startswith(".")]
    return sorted(found)


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_step_of_the_work_journal_is_finished_by_the_next_unlock(
        vault: Vault, tmp_path: Path, step: str) -> None:
    folder, copyto = vault.folder, tmp_path / "usb" / "copyto"
    copyto.mkdir(parents=True)
    clients.create_client(vault, "Nell Journal")
    vault.lock()
    env = {**_process_env(None, None), CRASH_ENV: step}
    done = subprocess.run([sys.executable, "-c", _COPY, str(folder), PASSPHRASE, str(copyto)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr)
    assert list(copyto.glob("vault-backup-*")) == []  # nothing that looks like a finished copy
    with reopen(folder) as again:
        assert staging_journal.wait(120)
        assert _left(folder, copyto) == [], step
        assert staging_journal.entries(folder) == []
        info = backup.create_backup(again, copyto, verify=True)  # and the vault backs up as before
        assert Path(info.path).is_file()
