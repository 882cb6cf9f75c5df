"""Kill the export process at each step: the vault always ends in a consistent state.

A child process runs a real export against the vault and SIGKILLs itself at one
point (before the ledger commit, between the ledger commit and the file write,
after the write but before the delivery row is settled). The parent then unlocks
the vault: the after-unlock reconciliation settles the disclosure as delivered or
not delivered, the chain verifies, and no temporary file is left behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from vault_app.services import export, export_delivery
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from vault_app.services import export
    from vault_app.services.vault import open_vault
    from tests.core import disclosure_fixtures as fx

    folder, client_id, auth_id, note_id, out, where = sys.argv[1:]
    vault = open_vault(Path(folder), os.environ["TEST_PASSPHRASE"])

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    real_write = export._write_out
    if where == "before_commit":
        export._record = die
    elif where == "after_commit":
        export._write_out = die
    elif where == "after_write":
        def write_then_die(path, data):
            real_write(path, data)
            die()
        export._write_out = write_then_die
    export.export(vault, fx.request(client_id, note_ids=(note_id,), authorization_id=auth_id),
                  out=Path(out), password=fx.PASSWORD)
    print("export finished without being killed")
    """
)


def _run_child(vault: Vault, chart: fx.Chart, auth_id: str, out: Path, where: str) -> None:
    folder = vault.folder
    vault.lock()
    env = dict(os.environ, TEST_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), chart.client_id, auth_id, chart.progress[0], str(out), where],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr


def _entries(vault: Vault, kind: str) -> list[dict[str, object]]:
    return [e.payload for e in vault.ledger.entries(kinds=(kind,))]


def test_killed_between_ledger_commit_and_file_write(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "killed.pdf"
    _run_child(vault, chart, auth.id, out, "after_commit")
    with reopen(vault.folder) as again:  # unlock runs the reconciliation
        export_delivery.reconcile_pending(again)  # idempotent: the unlock hook may already have done it
        [disclosed] = _entries(again, export_delivery.DISCLOSURE)
        [failed] = _entries(again, export_delivery.NOT_DELIVERED)
        assert failed["disclosure_id"] == disclosed["disclosure_id"]
        seq = next(e.seq for e in again.ledger.entries(kinds=(export_delivery.DISCLOSURE,)))
        assert failed["disclosure_seq"] == seq
        row = disclosure_records.get_delivery(again.records, str(disclosed["disclosure_id"]))
        assert row is not None and row.status == "not_delivered"
        assert disclosure_records.deliveries(again.records, status="pending") == []
        assert [r.delivered for r in export.disclosures(again, chart.client_id)] == [False]
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
        assert export_delivery.reconcile_pending(again) == []  # settled once, never twice
        assert len(_entries(again, export_delivery.NOT_DELIVERED)) == 1
    assert not out.exists()
    assert not list(tmp_path.glob(".killed.pdf.tmp-*"))


def test_killed_after_the_write_counts_as_delivered(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "written.pdf"
    _run_child(vault, chart, auth.id, out, "after_write")
    with reopen(vault.folder) as again:
        export_delivery.reconcile_pending(again)
        [disclosed] = _entries(again, export_delivery.DISCLOSURE)
        assert _entries(again, export_delivery.NOT_DELIVERED) == []
        row = disclosure_records.get_delivery(again.records, str(disclosed["disclosure_id"]))
        assert row is not None and row.status == "delivered"
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
    assert out.exists()
    assert fx.pdf_text(out)


def test_killed_before_the_ledger_commit_leaves_no_trace(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "never.pdf"
    _run_child(vault, chart, auth.id, out, "before_commit")
    with reopen(vault.folder) as again:
        export_delivery.reconcile_pending(again)
        assert _entries(again, export_delivery.DISCLOSURE) == []
        assert _entries(again, export_delivery.NOT_DELIVERED) == []
        assert disclosure_records.deliveries(again.records, client_id=chart.client_id) == []
        assert again.ledger.verify_full(again.header.ledger_anchor).ok
    assert not out.exists()
