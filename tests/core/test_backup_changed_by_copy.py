"""A registered backup changed outside this vault is said in plain words, not "failed"
(services/backup_changed.py). Reproduced with real processes first: a vault with a snapshot
and a single file, its folder copied with `cp -a`, a chart destroyed in the copy (the CLI's
`destroy`); the copy's ledger holds the original's backups, so it purged them, and the
original's `backup list --check` said "failed" for both without a reason. The commands run
through the CLI's own `run` in this process (cli_helpers.cli): what they read and write is the
folders on disk, and each cost a Python start (~0.35 CPU-s) as a process of its own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, Result, cli
from vault_app.crypto.kdf import KdfParams
from vault_app.services import backup, backup_repo, clients
from vault_app.services.vault import Vault, create_vault, open_vault
from vault_app.services.vault_rekey_runners import replace_here


def test_a_cp_copys_destruction_is_said_in_the_originals_list(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    original, copy = tmp_path / "vault", tmp_path / "copy"
    repo, files = tmp_path / "usb" / "repo", tmp_path / "usb" / "files"

    def run(*args: str) -> Result:
        return cli(capsys, monkeypatch, *args)

    assert run("init", "--vault", str(original), "--no-keyring", *FAST_KDF).code == 0
    v = ("--vault", str(original))
    assert run("client", "add", *v, "Alma Keep").code == 0
    gone = run("client", "add", *v, "Bruno Gone", "--json").json()["client"]["chart_number"]
    assert run("backup", "settings", *v, "--target", str(repo), "--kind", "repo").code == 0
    assert run("backup", "create", *v, "--verify").code == 0
    assert run("backup", "create", *v, "--to", str(files), "--verify").code == 0
    subprocess.run(["cp", "-a", str(original), str(copy)], check=True, timeout=60)
    destroyed = run("destroy", "--vault", str(copy), "--client", gone, "--basis", "override",
                            "--override-reason", "the client asked for the chart to be destroyed", "--confirm", gone)
    assert destroyed.code == 0, destroyed.err
    assert "Purging backup 2 of 2" in destroyed.out + destroyed.err

    listed = run("backup", "list", *v, "--check", "--json")
    assert listed.code == 0, listed.err
    rows = {b["kind"]: b for b in listed.json()["backups"]}
    assert set(rows) == {"snapshot", "file"}
    for row in rows.values():
        assert row["state"] == "changed"
        assert row["changed"].startswith("changed by another copy of this vault: a destruction made there purged")
        assert "Bruno" not in row["changed"] and gone not in row["changed"]  # nothing of the chart
    text = run("backup", "list", *v, "--check")
    assert text.code == 0 and "Traceback" not in text.err
    assert "failed" not in text.out
    assert f"  {rows['file']['file']}: changed by another copy of this vault" in text.out
    plain = run("backup", "list", *v)  # the sizes alone tell it too
    assert plain.out.count("changed by another copy of this vault") == 2


def _file(vault: Vault, folder: Path) -> Path:
    return Path(backup.create_backup(vault, folder, rotate_old=False).path)


def _listed(vault: Vault, path: Path) -> dict[str, object]:
    (row,) = [b for b in backup.list_backups(vault, check_hash=True) if b["path"] == str(path)]
    return row


def test_what_else_the_file_on_disk_shows(vault: Vault, tmp_path: Path, kdf_params: KdfParams) -> None:
    """Another vault's file at the path, an older backup of this vault put over a newer one,
    and a damaged file, which stays a plain "failed" (it would otherwise open far enough to
    pass for another copy's: its table of contents is intact)."""
    folder = tmp_path / "usb"
    clients.create_client(vault, "Orla One")
    older = _file(vault, folder)
    clients.create_client(vault, "Nessa Two")
    newer = _file(vault, tmp_path / "other-drive")
    damaged = _file(vault, tmp_path / "third-drive")
    other = create_vault(tmp_path / "other", PASSPHRASE, params=kdf_params, use_device_secret=False).vault
    try:
        foreign = _file(other, tmp_path / "other-vaults")
    finally:
        other.lock()

    shutil.copy(older, newer)
    row = _listed(vault, newer)
    assert row["state"] == "changed" and "replaced on " in str(row["changed"])
    assert "by another backup of this vault" in str(row["changed"])

    shutil.copy(foreign, older)
    row = _listed(vault, older)
    assert row["state"] == "failed" and "another vault's backup" in str(row["changed"])

    raw = bytearray(damaged.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    damaged.write_bytes(bytes(raw))
    row = _listed(vault, damaged)
    assert row["state"] == "failed" and "changed" not in row
    with damaged.open("r+b") as fh:  # truncated: its size tells it without --check too
        fh.truncate(len(raw) - 1000)
    for check in (False, True):
        (row,) = [b for b in backup.list_backups(vault, check_hash=check) if b["path"] == str(damaged)]
        assert row["state"] == "failed" and "changed" not in row


def test_a_file_of_a_copy_that_replaced_every_key(vault: Vault, tmp_path: Path) -> None:
    """A copy restored from the vault's backup, its keys replaced, its backup put at the path
    the vault registered: intact (its checksum holds), it names this vault, yet opens with
    none of its keys. Said by the plain list too (the Backups window's): a failed row is read whole
    to say it, found said "failed" there where `backup list --check` said what happened."""
    clients.create_client(vault, "Orla One")
    mine = _file(vault, tmp_path / "usb")
    backup.restore_backup(mine, tmp_path / "copy", passphrase=PASSPHRASE)
    copy = open_vault(tmp_path / "copy", PASSPHRASE)
    try:
        replace_here(copy, PASSPHRASE)
        theirs = _file(copy, tmp_path / "copys-drive")
    finally:
        copy.lock()
    shutil.copy(theirs, mine)
    row = _listed(vault, mine)
    assert row["state"] == "failed"
    assert str(row["changed"]).endswith("no longer opens with this vault's keys: rewritten by a copy of this vault "
                                        "that replaced every key.")
    (plain,) = backup.list_backups(vault)
    assert plain["state"] == "failed" and plain["changed"] == row["changed"]


def test_a_snapshot_that_no_longer_opens_is_said_so(vault: Vault, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    clients.create_client(vault, "Orla One")
    snap = Path(backup_repo.create_incremental(vault, repo, rotate_old=False).path)
    raw = bytearray(snap.read_bytes())
    raw[-3] ^= 0x01
    snap.write_bytes(bytes(raw))
    row = _listed(vault, snap)
    assert row["state"] == "failed"
    assert "no longer opens with this vault's keys: damaged, or rewritten by a copy" in str(row["changed"])
