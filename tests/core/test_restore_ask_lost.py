"""The restore's question after an older records.db was put back (the unlock refuses it): the
signed note recorded after that copy is in no file, the safety copy included, and the question
says so with its chart number and day (found by a walker: it said "the safety copy keeps them").
The normal case, a live vault newer than the backup, keeps the safety copy's words."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from tests.core.test_restore_carries_disclosures import _walker_path
from vault_app.services import backup, backup_restore, notes, restore_ask, sessions
from vault_app.services.clients import get_client
from vault_app.services.vault import Vault


def _chart_number(folder: Path, client_id: str) -> str:
    with reopen(folder) as again:
        return get_client(again, client_id).chart_number


def test_a_note_signed_after_the_older_records_db_is_said_lost(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    said = restore_ask.ahead(path, vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.read is True and said.beyond["signed_notes"] == 1
    assert said.lost.files == ["records.db"]
    # The session and the draft were written after that copy too: lost with it.
    assert said.lost.by_category == {"signed_notes": 1, "other": 2}
    [note] = said.lost.notes
    assert note.what == "note" and note.time[:10] == fx.today().isoformat()
    # The chart was made before the copy: its number is read from the file put back (never its name),
    # and it is the chart's number in the vault restored.
    backup_restore.restore_backup(path, vault_dir, passphrase=PASSPHRASE, overwrite=True)
    assert note.chart == _chart_number(vault_dir, chart.client_id)


def test_a_newer_live_vault_loses_nothing(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    info = backup.create_backup(vault, tmp_path / "usb")
    s = sessions.add_session(vault, chart.client_id, date=fx.days_ago(1), duration_minutes=53)
    note = notes.create_progress_note(vault, chart.client_id, template="soap", session_id=s.session_id,
                                      sections={"subjective": "Seen after the backup."})
    notes.sign_note(vault, note.note_id)
    vault.lock()
    said = restore_ask.ahead(Path(info.path), vault_dir, passphrase=PASSPHRASE)
    assert said is not None and said.beyond["signed_notes"] == 1
    assert said.lost.files == [] and said.lost.by_category == {} and said.lost.notes == []
