"""A superbill killed (SIGKILL, a real process) at each step after the client's access request
is recorded: what the next unlock finds, and that it is settled and truthful."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.payable_practice import diagnosed, payable
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import appointments, billing, clients, export, requests, superbill
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


@pytest.mark.parametrize(("point", "delivered"), [
    ("superbill_logged", False),  # logged, then settled as not delivered: no request open without its document
    ("superbill_written", True),  # the client has it: the request recorded and granted, as the issue would have
    ("superbill_request_recorded", True),  # recorded with the file, not yet granted: granted
])
def test_a_superbill_killed_at_each_step_is_settled_truthfully(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                               point: str, delivered: bool) -> None:
    """Found by review: the delivery was marked delivered before the request was granted, so a
    kill between the two left the client's request open and due though they had the document,
    with no pending row for the next unlock's look to find. Then (the nineteenth round) the
    request was recorded before the file: killed before the file, it stayed open and due with
    no document, and the app's next "Make the PDF" recorded a second one beside it."""
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    diagnosed(vault, client.client_id)
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
        asked = requests.list_requests(again, client_id=client.client_id)
        (record,) = export.disclosures(again, client.client_id)
        (row,) = disclosure_records.deliveries(again.records, client_id=client.client_id)
        assert row.status == ("delivered" if delivered else "not_delivered"), row
        assert out.exists() is delivered
        received = [e.payload["request_id"] for e in again.ledger.entries(kinds=("request.received",))]
        granted = [e.payload["request_id"] for e in again.ledger.entries(kinds=("request.granted",))]
        if delivered:
            (request,) = asked
            assert request.kind == "access" and request.status == "granted"
            assert record.disclosure_id in request.granted
            assert received == granted == [request.id]  # once each, in the ledger too
            assert request.received_on == record.day and "superbill of billing records" in request.description
        else:
            assert asked == [] and received == granted == []
        # and the app's next "Make the PDF" leaves one request per document, each answered
        again_out = tmp_path / "again.pdf"
        if delivered:
            # The killed one reached its file: a second is a repeat, issued only when asked for again.
            with pytest.raises(RefusedByPolicy, match="already issued"):
                superbill.issue(again, client.client_id, first="2026-03-01", last="2026-03-31", out=again_out,
                                password="reimburse-me-2026")
        superbill.issue(again, client.client_id, first="2026-03-01", last="2026-03-31", out=again_out,
                        password="reimburse-me-2026", again=delivered)
        assert all(q.status == "granted" for q in requests.list_requests(again, client_id=client.client_id))
        assert len(requests.list_requests(again, client_id=client.client_id)) == 1 + delivered


def test_a_disk_full_writing_the_superbill_is_settled_at_once(vault: Vault, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by review: export.export settles a file it could not write at once; the superbill
    left it to reconcile_pending, which leaves alone a row of a process still running: in the
    app the disclosure stayed 'pending' for an hour after "No space left on device"."""
    import errno

    from vault_app.domain.errors import VaultError

    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    payable(vault)
    diagnosed(vault, client.client_id)
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
    # Nothing was given: no request is left open and due without its document (the next "Make
    # the PDF" records it with the file that answers it).
    assert requests.list_requests(vault, client_id=client.client_id) == []
    assert not vault.ledger.entries(kinds=("request.received",))
