"""A superbill killed (SIGKILL, a real process) at each step after the client's access request
is recorded: what the next unlock finds, and that it is settled and truthful."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from vault_app.services import appointments, billing, clients, export, requests
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records

ISSUE = """
import os, sys
from pathlib import Path
from vault_app.services import superbill
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
superbill.issue(vault, sys.argv[2], first="2026-03-01", last="2026-03-31", out=Path(sys.argv[3]),
                password="reimburse-me-2026")
"""


@pytest.mark.parametrize(("point", "delivered", "granted"), [
    ("superbill_request_recorded", False, False),  # the client asked; nothing given: open, due
    ("superbill_logged", False, False),  # logged, then settled as not delivered: still open
    ("superbill_written", True, True),  # the client has it: granted, as the issue would have
])
def test_a_superbill_killed_at_each_step_is_settled_truthfully(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                               point: str, delivered: bool, granted: bool) -> None:
    """Found by review: the delivery was marked delivered before the request was granted, so a
    kill between the two left the client's request open and due though they had the document,
    with no pending row for the next unlock's look to find."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    (appt,) = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00")
    appointments.attend(vault, appt.appointment_id)
    vault.lock()
    out = tmp_path / "superbill.pdf"
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               **{CRASH_ENV: point})
    done = subprocess.run([sys.executable, "-c", ISSUE, str(vault_dir), client.client_id, str(out)], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -9, done.stderr.decode()[-800:]
    with reopen(vault_dir) as again:  # the unlock's hooks settle what the kill left
        (asked,) = requests.list_requests(again, client_id=client.client_id)
        assert asked.kind == "access"
        assert (asked.status == "granted") is granted
        logged = export.disclosures(again, client.client_id)
        if point == "superbill_request_recorded":
            assert logged == [] and not out.exists()
        else:
            (record,) = logged
            (row,) = disclosure_records.deliveries(again.records, client_id=client.client_id)
            assert row.status == ("delivered" if delivered else "not_delivered"), row
            assert out.exists() is delivered
            if granted:
                assert record.disclosure_id in asked.granted


def test_a_disk_full_writing_the_superbill_is_settled_at_once(vault: Vault, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by review: export.export settles a file it could not write at once; the superbill
    left it to reconcile_pending, which leaves alone a row of a process still running: in the
    app the disclosure stayed 'pending' for an hour after "No space left on device"."""
    import errno

    from vault_app.domain.errors import VaultError
    from vault_app.services import superbill

    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    (appt,) = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00")
    appointments.attend(vault, appt.appointment_id)
    out = tmp_path / "superbill.pdf"
    real_write = os.write

    def full(fd: int, data: bytes | memoryview) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(tmp_path / ".superbill.pdf.tmp")):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(VaultError):
        superbill.issue(vault, client.client_id, first="2026-03-01", last="2026-03-31", out=out,
                        password="reimburse-me-2026")
    monkeypatch.undo()
    assert not out.exists() and list(tmp_path.glob(".superbill.pdf.tmp*")) == []
    (row,) = disclosure_records.deliveries(vault.records, client_id=client.client_id)
    assert row.status == "not_delivered" and "OSError" not in row.reason
    assert vault.ledger.entries(kinds=("disclosure.not_delivered",))
    (asked,) = requests.list_requests(vault, client_id=client.client_id)
    assert asked.status == "open"  # the client asked and has nothing yet
