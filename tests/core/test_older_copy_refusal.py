"""A vault folder replaced by an older copy of itself discloses nothing while its backup folder
holds a newer backup (services/older_copy_refusal.py); notes stay readable and writable.

Found by a walker (one laptop, no keyring): the whole folder copied while locked, a revocation
recorded, the backup made, the folder swapped back for the copy; `export --check-only` under the
revoked authorization said ALLOWED. A real vault, a real backup folder, a real older copy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import authorizations, backup, disclosure_gate, export, notes, older_copy_refusal
from vault_app.services.vault import Vault, open_vault


def _swapped(vault: Vault, vault_dir: Path, tmp_path: Path, kind: str) -> tuple[Vault, fx.Chart, str]:
    """The walker's steps: the older copy is back in the vault's folder, unlocked."""
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind=kind)
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    _backup(vault, target)
    vault.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")  # the whole folder, while locked
    newer = open_vault(vault_dir, PASSPHRASE)
    try:
        authorizations.revoke(newer, auth.id, received_on=fx.days_ago(0))
        _backup(newer, target)
    finally:
        newer.lock()
    shutil.rmtree(vault_dir)
    shutil.move(tmp_path / "copy", vault_dir)
    return open_vault(vault_dir, PASSPHRASE), chart, auth.id


def _backup(vault: Vault, target: Path) -> None:
    if backup.settings(vault)["kind"] == "repo":
        from vault_app.services import backup_repo

        backup_repo.create_incremental(vault, target, verify=True)
    else:
        backup.create_backup(vault, target, verify=True)


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_the_older_copy_put_back_discloses_nothing(vault: Vault, vault_dir: Path, tmp_path: Path, kind: str) -> None:
    old, chart, auth_id = _swapped(vault, vault_dir, tmp_path, kind)
    try:
        request = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth_id)
        with pytest.raises(RefusedByPolicy) as refused:
            export.check(old, request)  # the CLI's --check-only
        assert refused.value.code == older_copy_refusal.OLDER_COPY
        assert refused.value.params == {"folder": str((tmp_path / "usb").resolve())}
        assert "Restore the newest backup" in refused.value.hint
        with pytest.raises(RefusedByPolicy):
            export.export(old, request, out=tmp_path / "out.pdf", password=fx.PASSWORD)
        assert not (tmp_path / "out.pdf").exists()
        # Her notes stay hers to read and write.
        assert notes.get_note(old, chart.progress[0]).note_id == chart.progress[0]
        notes.create_progress_note(old, chart.client_id, template="soap", sections={"subjective": "In the copy."})
    finally:
        old.lock()


def test_the_vault_itself_and_a_copy_kept_in_another_folder_disclose(vault: Vault, vault_dir: Path,
                                                                    tmp_path: Path) -> None:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    _backup(vault, target)
    request = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id)
    assert older_copy_refusal.older_copy(vault) is None  # its own newest backup: nothing to refuse
    assert disclosure_gate.check(vault, request).allowed
    vault.lock()
    old, chart, auth_id = _swapped(open_vault(vault_dir, PASSPHRASE), vault_dir, tmp_path / "again", "file")
    try:
        request = fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth_id)
        assert older_copy_refusal.older_copy(old) is not None
        # She keeps this copy: another backup folder chosen for it, its line of its own.
        backup.configure(old, target=str(tmp_path / "kept"))
        assert older_copy_refusal.older_copy(old) is None
        assert disclosure_gate.check(old, request).allowed
    finally:
        old.lock()


def test_the_command_line_says_it_too(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """`export --check-only` under the authorization revoked since is refused (exit 6, the code),
    and `unlock-check` exits 5 with a line saying which backup is newer (the CLI's own `run`, the exit
    codes a process would end with)."""
    old, chart, auth_id = _swapped(vault, vault_dir, tmp_path, "file")
    old.lock()
    asked = cli_in_process("export", "--vault", str(vault_dir), "--client", chart.client_id,
                           "--notes", chart.progress[0], "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
                           "--authorization", auth_id,
                           "--check-only", "--json")
    assert asked.code == ExitCode.REFUSED, asked.out + asked.err
    assert "ALLOWED" not in asked.out and json.loads(asked.err)["code"] == older_copy_refusal.OLDER_COPY
    checked = cli_in_process("unlock-check", "--vault", str(vault_dir), "--records-only")
    assert checked.code == ExitCode.TAMPERED, checked.out + checked.err
    assert f"BUT this vault is older than the newest backup in {(tmp_path / 'usb').resolve()}" in checked.out
    assert f"--to {vault_dir} --overwrite" in checked.out
    as_json = cli_in_process("unlock-check", "--vault", str(vault_dir), "--records-only", "--json")
    said = json.loads(as_json.out)
    assert as_json.code == ExitCode.TAMPERED and said["ok"] is False
    assert Path(said["older_copy"]["newest_backup"]).parent == (tmp_path / "usb").resolve()
