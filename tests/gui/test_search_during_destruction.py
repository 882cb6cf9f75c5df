"""The Search window while a chart is destroyed beside the worker (gui/destruction_meanwhile.py).

Found: a Search window open before the destruction (or opened during it) kept listing the
destroyed chart's hits, its client's name and note words, during the destruction and after it.
Now its hits leave the open window as the destruction begins, a search asked meanwhile does not
list them (the core leaves out a chart closed on its connection), a hit double-clicked before
the window heard of the destruction is refused in the window with why, and once the chart is
gone nothing of it comes back.

A real vault, the real wizard, its purge held at the second backup (the fixture of
test_destruction_wizard_beside), real widgets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_destruction_running import NAME, _ready_wizard
from tests.gui.test_destruction_wizard_beside import held_purge  # noqa: F401  (the fixture)
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog, run_search
from vault_app.services import clients, destruction_beside, notes, search

pytestmark = pytest.mark.gui

OTHER = "Otherly Keptclient"
WORD = "walrus"  # in the destroyed chart's note ("walrus-canary-text", _ready_wizard) and the other's
REFUSED = ("This chart is being destroyed: it cannot be opened any more. Nothing else changes; the destruction "
           "wizard shows how far it is.")


def _listed(dialog: SearchDialog) -> list[tuple[str, str]]:
    """(client id, the row's text) of every hit the window lists."""
    rows = []
    for i in range(dialog.notes.topLevelItemCount()):
        item = dialog.notes.topLevelItem(i)
        assert item is not None
        rows.append((str(item.data(0, Qt.ItemDataRole.UserRole)),
                     " | ".join(item.text(c) for c in range(dialog.notes.columnCount()))))
    return rows


def _search(dialog: SearchDialog, words: str, qtbot: Any) -> None:
    dialog.query.setText(words)
    dialog.search()
    wait_ops(qtbot)


def _boxes(dialog: SearchDialog) -> list[str]:
    boxes = [b for b in dialog.findChildren(QMessageBox, "destructionMeanwhile") if b.isVisible()]
    texts = [b.text() for b in boxes]
    for box in boxes:
        box.close()
    return texts


def test_an_open_search_window_drops_the_chart_being_destroyed_and_a_new_search_never_lists_it(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_purge: tuple[threading.Event, threading.Event]) -> None:  # noqa: F811  (the fixture imported)
    app = unlocked_app
    vault = app.vault
    window = app.main_window
    assert vault is not None and window is not None
    other_id = clients.create_client(vault, OTHER).client_id
    notes.create_progress_note(vault, other_id, sections={"subjective": "a walrus on the beach, kept"})
    wizard, chart_number = _ready_wizard(app, qtbot, tmp_path, backups=2)
    destroyed_id = wizard.client_id

    # The Search window open before the destruction, listing both charts' hits.
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    _search(dialog, WORD, qtbot)
    listed = _listed(dialog)
    assert {c for c, _t in listed} == {destroyed_id, other_id}
    assert any(NAME in text and "canary" in text for c, text in listed if c == destroyed_id)
    stale = run_search(vault, WORD, False)  # an answer asked before the destruction, delivered late

    wizard.button(QWizard.WizardButton.CommitButton).click()
    # Clicked before the window heard of the destruction (its notice comes with the start's
    # operation): refused in the window with why, the row gone; no chart opened, no traceback.
    row = next(dialog.notes.topLevelItem(i) for i in range(dialog.notes.topLevelItemCount())
               if dialog.notes.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == destroyed_id)  # type: ignore[union-attr]
    dialog.notes.itemActivated.emit(row, 0)
    assert _boxes(dialog) == [REFUSED]
    assert [c for c, _t in _listed(dialog)] == [other_id]

    qtbot.waitUntil(held_purge[0].is_set, timeout=120_000)
    wait_ops(qtbot)
    assert app.chart_being_destroyed == destroyed_id
    # Open during the destruction: only the other chart's hit, and the count says so.
    assert [c for c, _t in _listed(dialog)] == [other_id]
    assert dialog.status.text() == "1 matching note"
    # A new search meanwhile (the core's answer), and the late answer from before: never its hits.
    _search(dialog, "walrus canary", qtbot)
    assert _listed(dialog) == []
    _search(dialog, WORD, qtbot)
    assert [c for c, _t in _listed(dialog)] == [other_id]
    dialog._show(stale)
    assert [c for c, _t in _listed(dialog)] == [other_id]
    # Its name and chart number are not searched for here either: nothing of it on screen.
    assert not any(NAME in text or chart_number in text for _c, text in _listed(dialog))
    # Closed and opened again during the destruction (Ctrl+Shift+F): the same.
    dialog.hide()
    assert window.open_search() is dialog
    wait_ops(qtbot)
    assert [c for c, _t in _listed(dialog)] == [other_id]

    held_purge[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    assert not app.destruction_running
    # After it: nothing of the destroyed chart, the other's hit still opens its chart.
    assert [c for c, _t in _listed(dialog)] == [other_id]
    _search(dialog, "walrus canary", qtbot)
    assert _listed(dialog) == []
    _search(dialog, WORD, qtbot)
    (kept,) = [dialog.notes.topLevelItem(0)]
    assert kept is not None
    dialog.notes.itemActivated.emit(kept, 0)
    wait_ops(qtbot)
    assert _boxes(dialog) == []
    wizard.reject()
    dialog.close()


@pytest.fixture
def held_deletion(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The destruction held on its job's thread before the first slice of its deletion: the chart
    closed to writes, every row of it still there (a large chart's minutes of slices)."""
    reached, release = threading.Event(), threading.Event()
    real = destruction_beside.delete_part

    def held(c: Any, submit: Any) -> None:
        reached.set()
        release.wait()
        real(c, submit)

    monkeypatch.setattr(destruction_beside, "delete_part", held)
    yield reached, release
    release.set()


def test_while_its_rows_are_still_there_a_search_never_lists_the_chart_being_destroyed(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_deletion: tuple[threading.Event, threading.Event]) -> None:
    """Before its rows are deleted: the core's own answer (the command line's, every screen's)
    leaves out the chart closed on the connection, and a Search window opened then lists nothing
    of it, its name included."""
    app = unlocked_app
    vault = app.vault
    window = app.main_window
    assert vault is not None and window is not None
    wizard, chart_number = _ready_wizard(app, qtbot, tmp_path, backups=1)
    destroyed_id = wizard.client_id
    other_id = clients.create_client(vault, OTHER).client_id
    for i in range(3):  # its notes rank first: a list cut at the limit before leaving them out came short
        notes.create_progress_note(vault, destroyed_id, sections={"subjective": f"seal seal seal {i}"})
        notes.create_progress_note(vault, other_id, sections={"subjective": f"a seal was seen on the shore, day {i}"})
    before = run_search(vault, "walrus canary", False)[0]
    assert [h.client_id for h in before.notes] == [destroyed_id]
    assert [h.client_id for h in search.search(vault, "seal", limit=3).notes] == [destroyed_id] * 3
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(held_deletion[0].is_set, timeout=120_000)
    wait_ops(qtbot)
    assert app.chart_being_destroyed == destroyed_id
    found: list[Any] = []
    app.query(None, lambda v: (search.search(v, "walrus canary"), search.search(v, NAME.split()[0]),
                               clients.get_client(v, destroyed_id), search.search(v, "seal", limit=3)))\
        .success(found.append).run()
    wait_ops(qtbot)
    ((by_words, by_name, still_there, limited),) = found
    assert still_there.chart_number == chart_number  # its rows are all still there
    assert by_words.notes == () and by_words.documents == () and by_name.clients == ()
    assert [h.client_id for h in limited.notes] == [other_id] * 3  # the limit filled from the others
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    _search(dialog, "walrus canary", qtbot)
    assert _listed(dialog) == []
    assert dialog.status.text().startswith("Nothing found in the notes.")
    held_deletion[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    wizard.reject()
    dialog.close()


def test_psychotherapy_notes_being_destroyed_leave_the_search_window(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_purge: tuple[threading.Event, threading.Event]) -> None:  # noqa: F811  (the fixture imported)
    """Destroy notes…: the chart stays, the notes chosen go; a search of the psychotherapy notes
    meanwhile lists the other note only, and none of the chosen one after."""
    from tests.conftest import PASSPHRASE
    from tests.gui.test_change_notices import elsewhere
    from tests.gui.test_destruction_notes_gui import _to_the_notes_page
    from vault_app.gui.destruction_wizard import DestructionWizard
    from vault_app.services import backup, psychotherapy_notes

    app = unlocked_app
    window = app.main_window
    vault = app.vault
    assert window is not None and vault is not None
    client_id = clients.create_client(vault, "Selma Keepschart").client_id
    made: list[str] = []

    def write(v: Any) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        made.extend(psychotherapy_notes.create_psychotherapy_note(v, client_id, f"process narwhal {i}").note.note_id
                    for i in range(2))
        for i in range(2):
            (tmp_path / f"usb{i}").mkdir()
            backup.create_backup(v, tmp_path / f"usb{i}", verify=False)
        v.lock_psychotherapy()

    elsewhere(app, qtbot, write)
    number = clients.get_client(vault, client_id).chart_number
    window.open_chart(client_id)
    wait_ops(qtbot)
    window.chart.psychotherapy.destroy_button.click()
    wizard = window.findChild(QWizard, "destructionWizard")
    assert isinstance(wizard, DestructionWizard)
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    wait_ops(qtbot)
    for i in range(page.list.topLevelItemCount()):
        item = page.list.topLevelItem(i)
        assert item is not None
        if str(item.data(0, Qt.ItemDataRole.UserRole)) == made[0]:
            item.setCheckState(0, Qt.CheckState.Checked)
    assert page.chosen() == [made[0]]
    wizard.next()
    wizard.confirm_page.confirm.setText(number)
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.include_psy.setChecked(True)
    _search(dialog, "narwhal", qtbot)

    def psy_rows() -> list[str]:
        rows = []
        for i in range(dialog.notes.topLevelItemCount()):
            item = dialog.notes.topLevelItem(i)
            assert item is not None
            rows.append(str(item.data(1, Qt.ItemDataRole.UserRole)))
        return sorted(rows)

    assert psy_rows() == sorted(made)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(held_purge[0].is_set, timeout=120_000)
    wait_ops(qtbot)
    assert app.notes_being_destroyed == frozenset({made[0]})
    assert psy_rows() == [made[1]]
    _search(dialog, "narwhal", qtbot)
    assert psy_rows() == [made[1]]
    held_purge[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    _search(dialog, "narwhal", qtbot)
    assert psy_rows() == [made[1]]
    wizard.accept()
    wait_ops(qtbot)
    dialog.close()
