"""An older copy put back right after a destruction, with no backup made by hand since: the
destruction itself made one new backup (services/destruction_new_backup.py), so the older copy's
unlock names what was destroyed and refuses it at once.

Found by a walker: the purge rewrote each registered backup but kept its own ledger, which names no
destruction; the older-copy check reads the newest backup's ledger, so until one more backup the
destroyed psychotherapy note was listed and opened in the older copy. A real vault, a real
destruction, real backups, the older copy a file copy of the vault folder taken before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.services import backup, clients, destruction, destruction_new_backup, older_copy_refusal
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.vault import Vault

REASON = "the client asked for this to be destroyed"


def _backed_up_and_copied(vault: Vault, vault_dir: Path, tmp_path: Path, *, target: Path | None = None,
                          to: Path | None = None) -> SeededChart:
    """A chart, a backup (into the settings' folder `target`, or by hand `--to` folder), the vault
    locked and its whole folder copied aside."""
    if target is not None:
        backup.configure(vault, target=str(target), kind="file")
    chart = seed_chart(vault, "N", progress=1, psychotherapy=2)
    backup.create_backup(vault, target or to or tmp_path, verify=True)
    vault.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")
    return chart


def _put_back(vault_dir: Path, tmp_path: Path) -> None:
    shutil.rmtree(vault_dir)
    shutil.move(tmp_path / "copy", vault_dir)


def _destroy(vault_dir: Path, chart: SeededChart, *, notes: bool) -> dict[str, object]:
    newer = reopen(vault_dir, psychotherapy=True)
    try:
        return destruction.destroy(newer, chart.client_id, basis="override", override_reason=REASON,
                                   confirm=chart.chart_number,
                                   note_ids=chart.psychotherapy_note_ids[:1] if notes else None)
    finally:
        newer.lock()


def test_notes_destroyed_are_known_to_an_older_copy_without_another_backup(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = _backed_up_and_copied(psy_vault, vault_dir, tmp_path, target=tmp_path / "usb")
    cert = _destroy(vault_dir, chart, notes=True)
    made = cert[destruction_new_backup.KEY]
    assert isinstance(made, dict) and made["made"] is True and made["folder"] == str(tmp_path / "usb")
    _put_back(vault_dir, tmp_path)
    gone, kept = chart.psychotherapy_note_ids
    old = reopen(vault_dir, psychotherapy=True)
    try:
        found = older_copy_refusal.older_copy(old)
        assert found is not None
        assert [(n.chart_number, n.note_ids) for n in found.notes_destroyed_there] == [(chart.chart_number, (gone,))]
        with pytest.raises(RefusedByPolicy):
            psy.get_psychotherapy_note(old, gone)
        assert [n.note_id for n in psy.list_psychotherapy_notes(old, chart.client_id)] == [kept]
    finally:
        old.lock()


def test_a_chart_destroyed_is_known_to_an_older_copy_without_another_backup(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    # Backups made by hand into a folder (no folder in the settings): the new one goes there too.
    bk = tmp_path / "bk"
    chart = _backed_up_and_copied(psy_vault, vault_dir, tmp_path, to=bk)
    cert = _destroy(vault_dir, chart, notes=False)
    made = cert[destruction_new_backup.KEY]
    assert isinstance(made, dict) and made["made"] is True and made["folder"] == str(bk)
    _put_back(vault_dir, tmp_path)
    old = reopen(vault_dir, psychotherapy=True)
    try:
        found = older_copy_refusal.older_copy(old)
        assert found is not None
        assert [d.chart_number for d in found.destroyed_there] == [chart.chart_number]
        with pytest.raises(RefusedByPolicy):
            clients.open_chart(old, chart.client_id)
    finally:
        old.lock()


def test_no_new_backup_is_said_plainly(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    # The backups were made by hand into bk; the settings' folder is on a drive not connected now.
    chart = _backed_up_and_copied(psy_vault, vault_dir, tmp_path, to=tmp_path / "bk")
    shutil.rmtree(tmp_path / "copy")
    drive = tmp_path / "drive"
    newer = reopen(vault_dir, psychotherapy=True)
    backup.configure(newer, target=str(drive), kind="file")
    newer.lock()
    shutil.rmtree(drive, ignore_errors=True)
    cert = _destroy(vault_dir, chart, notes=True)
    made = cert[destruction_new_backup.KEY]
    assert isinstance(made, dict) and made["made"] is False and made["code"] == "backup.target_missing"
    said = destruction_new_backup.words(made)
    assert "would not know of this destruction" in said and "backup create" in said
    assert chart.psychotherapy_texts[0] not in said


@pytest.mark.parametrize("notes", [True, False], ids=["notes", "chart"])
def test_the_command_line_destroys_then_an_older_copy_knows(
        psy_vault: Vault, vault_dir: Path, tmp_path: Path, notes: bool) -> None:
    chart = _backed_up_and_copied(psy_vault, vault_dir, tmp_path, target=tmp_path / "usb")
    base = ("--vault", str(vault_dir))
    which = ("--notes", chart.psychotherapy_note_ids[0]) if notes else ()
    done = cli_in_process("destroy", *base, "--client", chart.chart_number, *which, "--basis", "override",
                          "--override-reason", REASON, "--confirm", chart.chart_number)
    assert done.code == 0, done.out + done.err
    assert "A new backup was made so that an older copy of this vault" in done.out
    # While it is written the terminal says so, as the last step (it said nothing after the signing).
    steps = done.err.splitlines()
    assert steps[-2].endswith("Signing the certificate…"), steps
    last = steps[-1].split("] ", 1)
    assert last[1] == "Making a new backup, so that an older copy of the vault put back knows of this destruction…"
    assert last[0].startswith("[") and last[0][1:].split("/")[0] == last[0].split("/")[1], steps
    _put_back(vault_dir, tmp_path)
    checked = cli_in_process(*base, "unlock-check")
    assert checked.code == int(ExitCode.TAMPERED), checked.out + checked.err
    if notes:
        line = next(x for x in checked.out.splitlines() if x.startswith("Psychotherapy notes destroyed in the newer"))
        assert f"1 of chart {chart.chart_number}" in line, line
        listed = cli_in_process(*base, "note", "list", chart.chart_number, "--kind", "psychotherapy")
        assert chart.psychotherapy_note_ids[0][:16] not in listed.out, listed.out
    else:
        assert chart.chart_number in checked.out, checked.out
