"""An older copy of the vault folder put back after a chart's destruction reads and writes nothing
of that chart by the ways round `open_chart`: its sessions, its documents, the worklist.

Found by a walker (wtwo): on such a copy `client show` and `note list` were refused ("Nothing of it
is opened or disclosed here"), but `session list` printed the destroyed chart's sessions (dates,
CPT and diagnosis codes), `attachment list`/`show` its documents' titles, file names and dates,
`client attach` and `session add` added to it, and the app's worklist listed its unsigned notes
and sessions. Real vault, real destruction, real backup folder, the whole folder put back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import attachments, backup, destruction, older_copy_destroyed, sessions, worklist
from vault_app.services.vault import Vault, open_vault

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _put_back(vault: Vault, vault_dir: Path, tmp_path: Path) -> tuple[SeededChart, SeededChart]:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    gone = seed_chart(vault, "G", progress=1, psychotherapy=0)
    kept = seed_chart(vault, "K", progress=1, psychotherapy=0)
    backup.create_backup(vault, target, verify=True)
    vault.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")  # the whole folder, before the destruction
    newer = reopen(vault_dir, psychotherapy=True)
    try:
        destruction.destroy(newer, gone.chart_number, basis="retention", confirm=gone.chart_number)
        backup.create_backup(newer, target, verify=True)  # its ledger names the destruction
    finally:
        newer.lock()
    shutil.rmtree(vault_dir)
    shutil.move(tmp_path / "copy", vault_dir)
    return gone, kept


def _refused(call: object) -> None:
    with pytest.raises(RefusedByPolicy) as refused:
        call()  # type: ignore[operator]
    assert refused.value.code == older_copy_destroyed.DESTROYED_THERE


def test_sessions_documents_and_worklist_of_the_destroyed_chart(psy_vault: Vault, vault_dir: Path,
                                                                 tmp_path: Path) -> None:
    gone, kept = _put_back(psy_vault, vault_dir, tmp_path)
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        from vault_app.storage import clinical_attachments, clinical_sessions

        document = clinical_attachments.list_for_client(old.records, gone.client_id, None)[0]
        session = clinical_sessions.list_for_client(old.records, gone.client_id)[0]
        _refused(lambda: sessions.list_sessions(old, gone.client_id))
        _refused(lambda: sessions.add_session(old, gone.client_id, date="2026-12-01", duration_minutes=50))
        _refused(lambda: sessions.update_session(old, session.session_id, duration_minutes=45))
        _refused(lambda: attachments.list_attachments(old, gone.client_id))
        _refused(lambda: attachments.get_attachment(old, document.attachment_id))
        _refused(lambda: attachments.read_attachment(old, document.attachment_id))
        _refused(lambda: attachments.add_attachment(old, gone.client_id, PNG, kind="other", filename="scan.png"))
        assert clinical_attachments.list_for_client(old.records, gone.client_id, None) == [document]  # nothing added
        listed = worklist.build(old)
        assert gone.client_id not in {item.client_id for item in listed.items}
        # The other charts as before.
        assert sessions.list_sessions(old, kept.client_id)
        assert attachments.list_attachments(old, kept.client_id)
        assert kept.client_id in {item.client_id for item in listed.items}
    finally:
        old.lock()


def test_the_command_line_refuses_them(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    gone, _kept = _put_back(psy_vault, vault_dir, tmp_path)
    scan = tmp_path / "scan.png"
    scan.write_bytes(PNG)
    base = ("--vault", str(vault_dir))
    for command in (("session", "list", gone.chart_number), ("attachment", "list", gone.chart_number),
                    ("session", "add", gone.chart_number, "--date", "2026-12-01", "--duration", "50"),
                    ("client", "attach", gone.chart_number, str(scan), "--kind", "other")):
        done = cli_in_process(*base, *command)
        assert done.code == int(ExitCode.REFUSED), (command, done.out, done.err)
        assert "destroyed in a newer copy" in done.err, (command, done.err)
