"""An older copy of the whole vault folder put back after a chart's destruction does not let that
chart be opened or disclosed (services/older_copy_destroyed.py).

Found by a walker: `destroy DEMO-00004`, then the whole folder copied before it put back (the backup
folder current). The older-copy message said "reading and writing notes stays allowed", the
destroyed chart was in the list and opened. The newest backup's ledger records the destruction:
the copy now names the chart and refuses to open or export it, also once the copy is kept (another
backup folder chosen for it). A real vault, real destruction, real backups (file and repository)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain import locale_format
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE
from vault_app.services import backup, clients, destruction, export, older_copy_destroyed, older_copy_refusal
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import clinical_notes


def _practice_day(stamp: str) -> str:
    return locale_format.date_text(locale_format.on_the_clock(stamp), DEFAULT_LOCALE)


def _backup(vault: Vault, target: Path) -> None:
    if backup.settings(vault)["kind"] == "repo":
        from vault_app.services import backup_repo

        backup_repo.create_incremental(vault, target, verify=True)
    else:
        backup.create_backup(vault, target, verify=True)


def _destroyed_then_put_back(
    vault: Vault, vault_dir: Path, tmp_path: Path, kind: str
) -> tuple[SeededChart, SeededChart]:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind=kind)
    gone = seed_chart(vault, "G", progress=1, psychotherapy=0)
    kept = seed_chart(vault, "K", progress=1, psychotherapy=0)
    _backup(vault, target)
    vault.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")  # the whole folder, before the destruction
    newer = reopen(vault_dir, psychotherapy=True)
    try:
        destruction.destroy(newer, gone.chart_number, basis="retention", confirm=gone.chart_number)
        _backup(newer, target)
    finally:
        newer.lock()
    shutil.rmtree(vault_dir)
    shutil.move(tmp_path / "copy", vault_dir)
    return gone, kept


@pytest.mark.parametrize("kind", ["file", "repo"])
def test_a_chart_destroyed_since_is_named_and_refused(psy_vault: Vault, vault_dir: Path, tmp_path: Path,
                                                      kind: str) -> None:
    gone, kept = _destroyed_then_put_back(psy_vault, vault_dir, tmp_path, kind)
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        found = older_copy_refusal.older_copy(old)
        assert found is not None
        number = clients.get_client(old, gone.client_id).chart_number
        assert [d.chart_number for d in found.destroyed_there] == [number]
        with pytest.raises(RefusedByPolicy) as refused:
            clients.open_chart(old, gone.client_id)
        assert refused.value.code == older_copy_destroyed.DESTROYED_THERE
        assert refused.value.params["chart"] == number
        # The practice's format, as the older-copy message beside it (walk M: "on 2026-12-06").
        day = _practice_day(found.destroyed_there[0].destroyed_at)
        assert refused.value.params["day"] == day and f"(on {day})" in refused.value.message
        assert "destroyed" in refused.value.message
        clients.open_chart(old, kept.client_id)  # the other charts open as before
        # Kept (another backup folder chosen): disclosures are allowed again, not of the destroyed chart.
        backup.configure(old, target=str(tmp_path / "elsewhere"), kind=kind)
        assert older_copy_refusal.older_copy(old) is None
        with pytest.raises(RefusedByPolicy) as again:
            clients.open_chart(old, gone.client_id)
        assert again.value.code == older_copy_destroyed.DESTROYED_THERE
        request = fx.request(gone.client_id)
        with pytest.raises(RefusedByPolicy) as gate:
            export.check(old, request)
        assert gate.value.code == older_copy_destroyed.DESTROYED_THERE
    finally:
        old.lock()


def test_the_command_line_names_and_refuses_the_chart(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    gone, _kept = _destroyed_then_put_back(psy_vault, vault_dir, tmp_path, "file")
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        number = clients.get_client(old, gone.client_id).chart_number
    finally:
        old.lock()
    # A command's own open, nothing checked before: `client show` of the chart is refused.
    shown = cli_in_process("--vault", str(vault_dir), "client", "show", number)
    assert shown.code == int(ExitCode.REFUSED), shown.out + shown.err
    assert "destroyed" in shown.err
    checked = cli_in_process("--vault", str(vault_dir), "unlock-check")
    assert checked.code == int(ExitCode.TAMPERED)
    assert number in checked.out and "destroyed" in checked.out
    line = next(x for x in checked.out.splitlines() if x.startswith("Charts destroyed in the newer copy"))
    assert re.search(rf"{number} \(destroyed \d\d/\d\d/\d{{4}}\)", line), line
    assert not re.search(r"\d{4}-\d\d-\d\d", line), "no ISO day beside the practice's format"


def test_note_commands_refuse_the_chart(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """`note show`/`note list` read the chart's notes without open_chart: refused the same way
    (older3 follow-up; found: they printed the destroyed chart's notes)."""
    gone, kept = _destroyed_then_put_back(psy_vault, vault_dir, tmp_path, "file")
    old = open_vault(vault_dir, PASSPHRASE)
    try:
        number = clients.get_client(old, gone.client_id).chart_number
        note_id = clinical_notes.list_for_client(old.records, gone.client_id)[0].note_id
        kept_note = clinical_notes.list_for_client(old.records, kept.client_id)[0].note_id
    finally:
        old.lock()
    base = ("--vault", str(vault_dir))
    for command in (("note", "show", note_id), ("note", "list", number), ("note", "sign", note_id)):
        done = cli_in_process(*base, *command)
        assert done.code == int(ExitCode.REFUSED), (command, done.out, done.err)
        assert "destroyed" in done.err and gone.progress_texts[0] not in done.out
    shown = cli_in_process(*base, "note", "show", kept_note)  # the other charts' notes as before
    assert shown.code == 0, shown.out + shown.err
