"""The chart's deletion in slices, in the app (eleventh round): between two slices the
worker saves another chart's draft; a lock asked for there hides the vault at once and
locks it once the destruction has ended, as for the rest of the destruction; the chart's
open editors are saved before the destruction begins."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import reopen
from tests.gui.conftest import wait_ops
from tests.gui.test_destruction_running import _lock_key, _ready_wizard
from vault_app.gui.controller import AppController
from vault_app.services import clients, destruction, destruction_beside, destruction_steps, notes

pytestmark = pytest.mark.gui


def _held_between_slices(monkeypatch: pytest.MonkeyPatch, after: int) -> tuple[threading.Event, threading.Event]:
    """One row per slice; the job's thread waits, after slice `after`, before handing over the next."""
    monkeypatch.setattr(destruction_steps, "FIRST_BATCH", 1)
    monkeypatch.setattr(destruction_steps, "MAX_BATCH", 1)
    reached, release = threading.Event(), threading.Event()
    sliced: list[str] = []
    real_next, real_hand_over = destruction_steps.delete_next, destruction_beside.hand_over

    def counted(s: destruction_steps.Slicing, log: destruction_steps.StepLog) -> bool:
        sliced.append(threading.current_thread().name)
        if len(sliced) == after:
            reached.set()
        return real_next(s, log)

    def waiting(submit: Any, fn: Any, *args: Any) -> Any:
        if reached.is_set():
            release.wait()
        return real_hand_over(submit, fn, *args)

    monkeypatch.setattr(destruction_steps, "delete_next", counted)
    monkeypatch.setattr(destruction_beside, "hand_over", waiting)
    return reached, release


def test_a_lock_between_slices_waits_for_the_destruction_and_the_worker_serves_meanwhile(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    other = clients.create_client(vault, "Otherly Keptclient")
    draft = notes.create_progress_note(vault, other.client_id, template="free", text="Before.")
    wizard, _chart_number = _ready_wizard(unlocked_app, qtbot, tmp_path, backups=0)
    window = unlocked_app.main_window
    assert window is not None and wizard.before_run == window.chart.flush  # the chart's editors saved first
    reached, release = _held_between_slices(monkeypatch, after=2)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=60_000)
        saved: list[str] = []
        unlocked_app.op(None, lambda v: notes.save_draft(v, draft.note_id, {"text": "Between slices."})) \
            .success(saved.append).run()
        qtbot.waitUntil(lambda: bool(saved), timeout=60_000)
        assert unlocked_app.destruction_running and wizard.confirm_page.busy
        assert not vault.ledger.entries(kinds=(destruction.COMPLETED,))
        _lock_key(unlocked_app)
        wait_ops(qtbot)
        assert unlocked_app.unlock_window is None and vault.is_open
        assert "locks as soon as the destruction has finished" in wizard.confirm_page.text.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: unlocked_app.unlock_window is not None, timeout=120_000)
    wait_ops(qtbot)
    assert not vault.is_open
    with reopen(unlocked_app.folder) as again:
        [row] = destruction.list_destructions(again)
        assert row["state"] == "completed"
        cert = destruction.completed_entry(again, row["certificate_id"]).payload["certificate"]
        assert cert["verification"]["result"] == "passed"
        assert not cert["method"]["resumed_after_interruption"]
        assert notes.get_note(again, draft.note_id).sections["text"] == "Between slices."
