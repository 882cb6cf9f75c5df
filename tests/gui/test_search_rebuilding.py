"""The search window while the index is rebuilt beside the unlock (issue 21, item 1): it says
so plainly, answers nothing from the index meanwhile, and searches again by itself once the
rebuilt index is swapped in (services/search_rebuild.py, gui/search_rebuild_running.py); the
main window's status bar says "Search index being rebuilt…" meanwhile, and nothing after
(gui/search_rebuild_status.py). The psychotherapy compartment's rebuild, after its own unlock,
ends the same way; a rebuild that fails ends the word too, and the window says it failed.

The records compartment's index is thrown away under the open app (as a damaged file is), the
psychotherapy one's file deleted while that compartment is locked; the rebuild is held at a
batch until the message has been seen: deterministic, no time limit."""

from __future__ import annotations

import threading

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import search_index_words, search_rebuild_running
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import notes
from vault_app.services import psychotherapy_notes as psychotherapy
from vault_app.storage import search_index
from vault_app.storage import search_rebuild as rebuild_job
from vault_app.storage.layout import SEARCH_FILES

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

    assert window.search_status.isVisible()
    assert window.search_status.text() == "Search index being rebuilt…"

    dialog = SearchDialog(unlocked_app, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query.setText("heronshaw")
    dialog.search()
    wait_ops(qtbot)
    assert dialog.status.text() == search_index_words.rebuilding()
    assert dialog.notes.topLevelItemCount() == 0
    assert window.search_status.isVisible()

    release.set()
    qtbot.waitUntil(lambda: dialog.notes.topLevelItemCount() == 1, timeout=120_000)
    item = dialog.notes.topLevelItem(0)
    assert item is not None and "heronshaw" in item.text(4)
    assert records.search_state == "ready"
    qtbot.waitUntil(lambda: not window.search_status.isVisible(), timeout=120_000)


class _Held:
    """Holds every rebuild at its first batch until released; `fail` makes it fail there."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.fail = False

    def __call__(self, job: rebuild_job.SearchRebuild, _table: str) -> None:
        while not (self.release.is_set() or job.stopping):
            self.release.wait(0.01)
        if self.fail:
            raise OSError(28, "No space left on device")


def _psychotherapy_index_lost(app: AppController, qtbot) -> str:  # type: ignore[no-untyped-def]
    """A psychotherapy note written, then the compartment locked and its search file deleted
    (as a restore leaves it): the client's id."""
    vault = app.vault
    assert vault is not None
    client_id = add_client(app, qtbot, "Perpetua Reindexer")
    app.unlock_psychotherapy(None, PASSPHRASE)  # type: ignore[arg-type]
    wait_ops(qtbot)
    assert app.psychotherapy_open
    psychotherapy.create_psychotherapy_note(vault, client_id, "Spoke of the wheatear by the wall.")
    app.lock_psychotherapy()
    wait_ops(qtbot)
    search_index.remove_files(app.folder / SEARCH_FILES["psychotherapy"])
    return client_id


def _psychotherapy_rebuild_held(app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                *, fail: bool = False) -> _Held:
    """The psychotherapy index lost, and its next rebuild held at its first batch (one row each)."""
    _psychotherapy_index_lost(app, qtbot)
    held = _Held()
    held.fail = fail
    monkeypatch.setattr(rebuild_job, "hold", held)
    monkeypatch.setattr(search_index, "BATCH_ROWS", 1)
    return held


def test_the_psychotherapy_index_rebuilt_after_its_unlock_ends_with_the_results(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    held = _psychotherapy_rebuild_held(unlocked_app, qtbot, monkeypatch)
    dialog = SearchDialog(unlocked_app, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not window.search_status.isVisible()

    unlocked_app.unlock_psychotherapy(None, PASSPHRASE)  # type: ignore[arg-type]
    wait_ops(qtbot)
    assert vault.psychotherapy.search_state == "rebuilding"
    assert vault.records.search_state == "ready"
    assert window.search_status.isVisible()  # said after the psychotherapy unlock, not only the vault's
    dialog.include_psy.setChecked(True)
    dialog.query.setText("wheatear")
    dialog.search()
    wait_ops(qtbot)
    assert dialog.status.text() == search_index_words.rebuilding()
    assert dialog.notes.topLevelItemCount() == 0

    held.release.set()  # no search asked after this: the window asks again by itself
    qtbot.waitUntil(lambda: dialog.notes.topLevelItemCount() == 1, timeout=120_000)
    item = dialog.notes.topLevelItem(0)
    assert item is not None and "wheatear" in item.text(4)
    assert vault.psychotherapy.search_state == "ready"
    qtbot.waitUntil(lambda: not window.search_status.isVisible(), timeout=120_000)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)


def test_a_psychotherapy_lock_during_its_rebuild_ends_the_word(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _psychotherapy_rebuild_held(unlocked_app, qtbot, monkeypatch)
    unlocked_app.unlock_psychotherapy(None, PASSPHRASE)  # type: ignore[arg-type]
    wait_ops(qtbot)
    assert window.search_status.isVisible()
    unlocked_app.lock_psychotherapy()  # the job is stopped, never ends: nothing else would say so
    wait_ops(qtbot)
    assert not window.search_status.isVisible()


def test_a_rebuild_that_fails_ends_the_word_and_the_search_says_it_failed(
        unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    held = _psychotherapy_rebuild_held(unlocked_app, qtbot, monkeypatch, fail=True)
    unlocked_app.unlock_psychotherapy(None, PASSPHRASE)  # type: ignore[arg-type]
    wait_ops(qtbot)
    dialog = SearchDialog(unlocked_app, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.include_psy.setChecked(True)
    dialog.query.setText("wheatear")
    dialog.search()
    wait_ops(qtbot)
    assert dialog.status.text() == search_index_words.rebuilding()
    assert window.search_status.isVisible()

    held.release.set()
    qtbot.waitUntil(lambda: dialog.status.text() == search_index_words.failed(), timeout=120_000)
    assert dialog.notes.topLevelItemCount() == 0
    assert vault.psychotherapy.search_state == "failed"
    qtbot.waitUntil(lambda: not window.search_status.isVisible(), timeout=120_000)
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
