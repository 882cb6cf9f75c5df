"""An older copy of the whole vault folder put back after a destruction of selected psychotherapy
notes (the chart kept) does not let those notes be opened, listed, searched or exported, and its
unlock names them (services/older_copy_destroyed.py).

Found: whole-chart destructions were named and refused in the older copy, a destruction of notes
alone was not (read as "not a chart" and skipped): the destroyed notes were back, readable. A real
vault, a real destruction, real backups, the older copy a file copy of the folder taken before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.errors import ExitCode, NotFound, RefusedByPolicy
from vault_app.services import backup, destruction, export, older_copy_destroyed, older_copy_refusal, search
from vault_app.services import psychotherapy_notes as psy
from vault_app.services.vault import Vault


def _notes_destroyed_then_put_back(vault: Vault, vault_dir: Path, tmp_path: Path) -> SeededChart:
    target = tmp_path / "usb"
    backup.configure(vault, target=str(target), kind="file")
    chart = seed_chart(vault, "N", progress=1, psychotherapy=2)
    backup.create_backup(vault, target, verify=True)
    vault.lock()
    shutil.copytree(vault_dir, tmp_path / "copy")  # the whole folder, before the destruction
    newer = reopen(vault_dir, psychotherapy=True)
    try:
        destruction.destroy(newer, chart.client_id, note_ids=chart.psychotherapy_note_ids[:1], basis="override",
                            override_reason="the client asked for this note to be destroyed",
                            confirm=chart.chart_number)
        backup.create_backup(newer, target, verify=True)
    finally:
        newer.lock()
    shutil.rmtree(vault_dir)
    shutil.move(tmp_path / "copy", vault_dir)
    return chart


def _word(text: str) -> str:
    """The note's own random word (its canary's hex), for a search that can match this note only."""
    return text.split("-")[-1].split()[0]


def test_notes_destroyed_since_are_named_and_refused(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = _notes_destroyed_then_put_back(psy_vault, vault_dir, tmp_path)
    gone, kept = chart.psychotherapy_note_ids
    old = reopen(vault_dir, psychotherapy=True)
    try:
        found = older_copy_refusal.older_copy(old)
        assert found is not None
        assert found.destroyed_there == ()  # the chart was kept
        assert [(n.chart_number, n.note_ids) for n in found.notes_destroyed_there] == [(chart.chart_number, (gone,))]
        with pytest.raises(RefusedByPolicy) as refused:
            psy.get_psychotherapy_note(old, gone)
        assert refused.value.code == older_copy_destroyed.NOTE_DESTROYED_THERE
        assert refused.value.params["chart"] == chart.chart_number
        assert chart.psychotherapy_texts[0] not in refused.value.message
        assert psy.get_psychotherapy_note(old, kept).body == chart.psychotherapy_texts[1]  # the other as before
        assert [n.note_id for n in psy.list_psychotherapy_notes(old, chart.client_id)] == [kept]
        hits = search.search(old, _word(chart.psychotherapy_texts[0]), psychotherapy=True).psychotherapy_notes
        assert hits == ()
        hits = search.search(old, _word(chart.psychotherapy_texts[1]), psychotherapy=True).psychotherapy_notes
        assert hits is not None and [h.note_id for h in hits] == [kept]
        # Kept (another backup folder chosen): disclosures allowed again, never of the destroyed note.
        backup.configure(old, target=str(tmp_path / "elsewhere"), kind="file")
        assert older_copy_refusal.older_copy(old) is None
        with pytest.raises(NotFound) as unknown:
            export.check(old, fx.request(chart.client_id, kind="psychotherapy", note_ids=(gone,)))
        assert unknown.value.code == "disclosure.not_of_client"
        with pytest.raises(RefusedByPolicy):
            psy.get_psychotherapy_note(old, gone)
    finally:
        old.lock()


def test_the_command_line_names_and_refuses_the_notes(psy_vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    chart = _notes_destroyed_then_put_back(psy_vault, vault_dir, tmp_path)
    base = ("--vault", str(vault_dir))
    # A fresh process, nothing checked before: `note show --psychotherapy` of the note is refused.
    shown = cli_in_process(*base, "note", "show", "--kind", "psychotherapy", chart.psychotherapy_note_ids[0])
    assert shown.code == int(ExitCode.REFUSED), shown.out + shown.err
    assert "destroyed" in shown.err and chart.psychotherapy_texts[0] not in shown.out
    checked = cli_in_process(*base, "unlock-check")
    assert checked.code == int(ExitCode.TAMPERED)
    line = next(x for x in checked.out.splitlines() if x.startswith("Psychotherapy notes destroyed in the newer"))
    assert f"1 of chart {chart.chart_number}" in line, line
