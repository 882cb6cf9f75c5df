"""The search window while the index is rebuilt beside the unlock (issue 21, item 1): it says
so plainly, answers nothing from the index meanwhile, and searches again by itself once the
rebuilt index is swapped in (services/search_rebuild.py, gui/search_rebuild_running.py).

The records compartment's index is thrown away under the open app (as a damaged file is) and
its rebuild held at a batch until the message has been seen: deterministic, no time limit."""

from __future__ import annotations

import threading

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import search_index_words, search_rebuild_running
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import notes
from vault_app.storage import search_index
from vault_app.storage import search_rebuild as rebuild_job

pytestmark = pytest.mark.gui


def test_the_search_says_the_index_is_being_rebuilt_then_shows_the_results(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Wren Rebuildsby")
    notes.create_progress_note(vault, client_id, sections={"subjective": "Spoke of the heronshaw at length."})
    release = threading.Event()

    def hold(job: rebuild_job.SearchRebuild, _table: str) -> None:
        while not (release.is_set() or job.stopping):
            release.wait(0.01)

    monkeypatch.setattr(rebuild_job, "hold", hold)
    monkeypatch.setattr(search_index, "BATCH_ROWS", 1)
    records = vault.records
    # As the app's unlock leaves it after a restore: no index, a rebuild beside, the worker told.
    records.search_beside = True
    records._search_broken = True
    records._drop_broken_search()
    assert records.search_state == "rebuilding"
    search_rebuild_running.start(unlocked_app)
    wait_ops(qtbot)

    dialog = SearchDialog(unlocked_app, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query.setText("heronshaw")
    dialog.search()
    wait_ops(qtbot)
    assert dialog.status.text() == search_index_words.rebuilding()
    assert dialog.notes.topLevelItemCount() == 0

    release.set()
    qtbot.waitUntil(lambda: dialog.notes.topLevelItemCount() == 1, timeout=120_000)
    item = dialog.notes.topLevelItem(0)
    assert item is not None and "heronshaw" in item.text(4)
    assert records.search_state == "ready"
