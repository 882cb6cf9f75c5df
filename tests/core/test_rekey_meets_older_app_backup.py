"""`vault-app rekey` in a terminal while another process makes a backup of the vault whose record in the
work journal (services/staging_journal.py) does not say who makes it: every record an earlier version of
the app wrote, before "by" was kept. Found: said as "Another command is making a backup", which may be
false (it may be that version's window); it is now said as what is known, a backup recorded by an earlier
version of the app. The other process is real and really reads the vault's files (its backup on lock,
held at its start until the test lets it go, never a sleep); its record is written as the earlier
versions wrote it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_in_process
from vault_app.crypto.kdf import KdfParams
from vault_app.services import clients
from vault_app.services.vault import create_vault

# An earlier version's backup on lock: its journal record as those versions wrote it (path, pid, started).
OLDER = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from vault_app.services import backup, backup_beside, clients, staging_journal
    from vault_app.services.vault import open_vault

    folder = Path(sys.argv[1])
    vault = open_vault(folder, sys.argv[2])
    backup.configure(vault, target=sys.argv[3], auto=True, kind="file")
    clients.create_client(vault, "Perpetua Olderworth")

    def held(step):
        if step == "start":
            for entry in staging_journal.entries(folder):
                if entry.pid == os.getpid():
                    body = json.loads(entry.file.read_bytes())
                    body.pop("by")
                    entry.file.write_text(json.dumps(body))
            print("held", flush=True)
            sys.stdin.readline()

    backup_beside.runner().checkpoint = held
    assert backup_beside.lock_with_backup(vault)
    backup_beside.runner().wait()
    print("made" if not backup_beside.runner().failures else "failed", flush=True)
    """
)


def test_rekey_names_a_backup_whose_record_does_not_say_who_makes_it(tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    clients.create_client(made.vault, "Ottoline Farquharson")
    made.vault.lock()
    with subprocess.Popen([sys.executable, "-c", OLDER, str(folder), PASSPHRASE, str(tmp_path / "usb")],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as older:
        assert older.stdin is not None and older.stdout is not None
        try:
            assert older.stdout.readline().strip() == "held"
            refused = cli_in_process("--vault", str(folder), "rekey")
            older.stdin.write("go\n")
            older.stdin.flush()
            assert older.stdout.readline().strip() == "made"
            assert older.wait(timeout=120) == 0
        finally:
            if older.poll() is None:
                older.kill()
    assert refused.code != 0
    assert "A backup recorded by an earlier version of the app is being made of this vault" in refused.err, refused.err
    assert "Let that backup finish" in refused.err
    assert "Another command" not in refused.err and "Traceback" not in refused.err
    assert cli_in_process("--vault", str(folder), "rekey").code == 0  # once it is made, the keys are replaced
