"""A destruction killed while it purges a backup leaves that backup's purge folder (an unpacked
copy, the chart still in it, its vault.header in plain JSON); with the backup drive away at the
next unlock, the finished destruction names it and says what still holds the chart.

Found by a walker: `destroy` killed at "Purging backup 1 of 3", the backup folder taken away, then
`destruction resume`: the staging folder was not journaled, the certificate's
unfinished_copies_beyond_reach did not list it, and `resume` said only "completed" (the restore
safety copies, in the certificate alone, went unsaid too). A real kill (SIGKILL at the purged copy's
check), a real folder moved away, the real command line."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import seed_chart
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import backup, destruction, destruction_journal
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import create_vault

CHILD = """
import os, sys
from pathlib import Path
from vault_app.services import destruction
from vault_app.services.vault import open_vault
folder, chart = Path(sys.argv[1]), sys.argv[2]
vault = open_vault(folder, os.environ["VAULT_APP_PASSPHRASE"], with_psychotherapy=True)
destruction.destroy(vault, chart, basis="override", confirm=chart,
                    override_reason="fault-injection test of an interrupted backup purge")
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_purge_folder_on_a_drive_away_is_named_and_said(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    target = seed_chart(vault, "K", psychotherapy=1)
    seed_chart(vault, "S")
    usb = tmp_path / "usb"
    backup.configure(vault, target=str(usb), kind=kind)
    if kind == "file":
        backup.create_backup(vault, usb, verify=True)
    else:  # two snapshots: the kill comes with the second one's purge staged beside the first's
        from vault_app.services import backup_repo

        for day in range(3):  # kept, each (no rotation)
            seed_chart(vault, f"T{day}")
            backup_repo.create_incremental(vault, usb, rotate_old=False)
    vault.lock()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env[CRASH_ENV] = "backup:checked" if kind == "file" else "backup:next-prepared"
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), target.chart_number], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    staging = [p for p in usb.iterdir() if p.name.startswith(".vault-purge-")]
    assert staging, "the kill left the purge's unpacked copy"
    shutil.move(usb, tmp_path / "away")  # the drive taken away before the next unlock

    resumed = cli_in_process("--vault", str(folder), "destruction", "resume")
    assert resumed.code == 0, resumed.out + resumed.err
    said = resumed.out + resumed.err
    assert "completed" in resumed.out
    assert str(usb) in resumed.out and "may still hold" in resumed.out  # what still holds the chart, by place
    with reopen(folder) as again:
        (cert,) = [d for d in destruction.list_destructions(again) if d["state"] == "completed"]
        entry = destruction_journal.completed_entry(again, cert["certificate_id"])
        verification = entry.payload["certificate"]["verification"]
    beyond = [e["path"] for e in verification["unfinished_copies_beyond_reach"]]
    assert str(usb) in beyond, verification["unfinished_copies_beyond_reach"]
    # The unlock that finished it said so (stderr) and that copies still hold the chart.
    assert "has been finished at this unlock" in said and "still hold" in said
    as_json = cli_in_process("--vault", str(folder), "destruction", "resume", "--json")
    data = json.loads(as_json.out)
    held = data["still_holding"][cert["certificate_id"]]
    assert any(h["path"] == str(usb) for h in held)
