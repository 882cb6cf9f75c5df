"""The destruction wizard is not modal while its long part runs beside the worker: the therapist
types in another chart's note meanwhile (found: the window-modal wizard blocked every window of
the app for the minutes a large practice's purge takes), and what would be wrong meanwhile is
refused with its reason (gui/destruction_meanwhile.py).

The destruction is real (a real vault, two registered backups purged); the purge is held at its
second backup, as tests/gui/test_destruction_stuck_beside.py holds it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.conftest import PASSPHRASE, reopen
from tests.gui.conftest import wait_ops
from tests.gui.test_destruction_running import _ready_wizard
from vault_app.gui.controller import AppController
from vault_app.gui.destruction_wizard import DestructionWizard
from vault_app.gui.main_window import MainWindow
from vault_app.gui.note_editor import NoteEditor
from vault_app.services import clients, destruction, notes
from vault_app.services import destruction_progress as progressing

pytestmark = pytest.mark.gui

OTHER = "Otherly Keptclient"


@pytest.fixture
def held_purge(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The backups' purge held at its second backup, on the purge's thread; released at the end."""
    reached, release = threading.Event(), threading.Event()
    real_backup = progressing.Reporter.backup

    def held(reporter: progressing.Reporter, i: int) -> None:
        real_backup(reporter, i)
        if i == 2:
            reached.set()
            release.wait()

    monkeypatch.setattr(progressing.Reporter, "backup", held)
    yield reached, release
    release.set()


def _window(app: AppController) -> MainWindow:
    window = app.main_window
    assert window is not None
    return window


def _running(app: AppController, qtbot: Any, tmp_path: Path,
             held: tuple[threading.Event, threading.Event], *,
             other_note: list[NoteEditor] | None = None) -> tuple[DestructionWizard, str, str]:
    """Another client first (with `other_note`, a new note of it opened before the wizard, as a
    therapist leaves one open), then the chart destroyed (its wizard committed, the purge held):
    the wizard, the destroyed chart's client id and the other's."""
    vault = app.vault
    assert vault is not None
    other_id = clients.create_client(vault, OTHER).client_id  # the wizard's chart is made in the GUI
    if other_note is not None:
        window = _window(app)
        window.open_chart(other_id)
        wait_ops(qtbot)
        editor = window.chart.new_note()
        assert editor is not None
        other_note.append(editor)
    wizard, _number = _ready_wizard(app, qtbot, tmp_path, backups=2)
    destroyed_id = wizard.client_id
    assert wizard.windowModality() != Qt.WindowModality.NonModal  # modal while confirming
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(held[0].is_set, timeout=120_000)
    qtbot.waitUntil(lambda: wizard.confirm_page.status.text() == "Purging backup 2 of 2…", timeout=10_000)
    return wizard, destroyed_id, other_id


def _refusals(window: MainWindow) -> list[str]:
    boxes = [b for b in window.findChildren(QMessageBox, "destructionMeanwhile") if b.isVisible()]
    texts = [b.text() for b in boxes]
    for box in boxes:
        box.close()
    return texts


def test_a_note_of_another_chart_is_typed_and_autosaved_while_the_purge_runs(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_purge: tuple[threading.Event, threading.Event]) -> None:
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    window = _window(app)
    opened_before: list[NoteEditor] = []
    wizard, destroyed_id, other_id = _running(app, qtbot, tmp_path, held_purge, other_note=opened_before)
    # Not modal from here on, still running and not closable; the destroyed chart's screen is gone.
    assert wizard.windowModality() == Qt.WindowModality.NonModal and QApplication.activeModalWidget() is None
    assert wizard.isVisible() and wizard.is_running and app.destruction_running
    assert app.chart_being_destroyed == destroyed_id
    assert window.chart.client_id is None and window.stack.currentWidget() is window.dashboard
    # Backup 1's purge was recorded: not taken for a backup checked (found on Xvfb).
    assert window.status_line.label.text() != "Backup checked."
    wizard.reject()
    wizard.close()
    assert wizard.isVisible() and wizard.currentPage() is wizard.confirm_page

    # The other client's note, open before the wizard, stays open (found on Xvfb: it closed with
    # the destroyed chart's windows); its chart opens again beside.
    (editor,) = opened_before
    assert editor.isVisible() and window.chart.editors == [editor]
    window.open_chart(other_id)
    wait_ops(qtbot)
    assert window.chart.client_id == other_id and window.stack.currentWidget() is window.chart
    qtbot.keyClicks(editor.section_edits["subjective"], "Typed while the chart was destroyed.")
    # The autosave's own timer, on the worker the purge leaves free.
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=60_000)
    assert wizard.is_running and app.destruction_running  # still held

    held_purge[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    assert not app.destruction_running and app.chart_being_destroyed is None
    certificate = wizard.confirm_page.certificate
    assert certificate is not None and certificate["verification"]["result"] == "passed"
    (note,) = clients.read_chart(vault, other_id).notes
    saved = notes.get_note(vault, note.note_id)
    assert saved.sections["subjective"] == "Typed while the chart was destroyed."
    editor.close()
    wizard.reject()
    assert not wizard.isVisible()


def test_the_destroyed_chart_another_destruction_an_import_and_backups_are_refused_meanwhile(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_purge: tuple[threading.Event, threading.Event]) -> None:
    app = unlocked_app
    window = _window(app)
    wizard, destroyed_id, other_id = _running(app, qtbot, tmp_path, held_purge)
    opening = ("This chart is being destroyed: it cannot be opened any more. Nothing else changes; the "
               "destruction wizard shows how far it is.")

    # From the client list (or anything calling the main window), then from a search hit or a
    # dashboard link (the controller's request): refused, the screen left as it was.
    window.open_chart(destroyed_id)
    assert _refusals(window) == [opening]
    app.open_chart(destroyed_id, note_id="any")
    assert _refusals(window) == [opening]
    wait_ops(qtbot)
    assert window.chart.client_id is None and window.stack.currentWidget() is window.dashboard

    # A second destruction, from another chart: refused, the running wizard brought forward.
    window.open_chart(other_id)
    wait_ops(qtbot)
    assert window.chart.start_destruction() is None
    assert _refusals(window) == ["A chart is being destroyed. Another destruction can start once it has finished."]
    assert [w for w in window.findChildren(DestructionWizard) if w.isVisible()] == [wizard]

    # An import (into a chosen chart, or charts imported before) and the Backups window.
    assert window.open_import() is None
    assert _refusals(window) == ["A chart is being destroyed. Import once it has finished."]
    assert window.open_backups() is None
    assert _refusals(window) == ["A chart is being destroyed and removed from the backups. Backups (making, "
                                 "checking or restoring one) can be opened once it has finished."]
    assert app.destruction_running and not app.vault.ledger.entries(kinds=(destruction.COMPLETED,))  # type: ignore[union-attr]

    held_purge[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    # Over: Backups opens again; the chart is gone for good.
    backups = window.open_backups()
    assert backups is not None
    backups.reject()
    with pytest.raises(Exception):
        clients.get_client(app.vault, destroyed_id)  # type: ignore[arg-type]
    wizard.reject()


def test_a_lock_while_the_wizard_runs_beside_waits_for_the_end_then_locks(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_purge: tuple[threading.Event, threading.Event]) -> None:
    app = unlocked_app
    vault = app.vault
    assert vault is not None
    window = _window(app)
    wizard, _destroyed_id, other_id = _running(app, qtbot, tmp_path, held_purge)
    window.open_chart(other_id)
    wait_ops(qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Held by the lock.")
    window.menu_actions["lock"].trigger()
    wait_ops(qtbot)
    # Waits: the vault open, nothing of it readable, only the wizard's progress left.
    assert app.unlock_window is None and vault.is_open
    assert wizard.isVisible() and not editor.isVisible() and not window.menuBar().isEnabled()
    assert "locks as soon as the destruction has finished" in wizard.confirm_page.text.text()
    held_purge[1].set()
    qtbot.waitUntil(lambda: app.unlock_window is not None, timeout=120_000)
    wait_ops(qtbot)
    assert not vault.is_open
    with reopen(app.folder) as again:
        (completed,) = again.ledger.entries(kinds=(destruction.COMPLETED,))
        assert completed.payload["certificate"]["verification"]["result"] == "passed"
        (chart,) = [c for c in clients.list_clients(again) if c.client_id == other_id]
        (note,) = clients.read_chart(again, chart.client_id).notes
        assert notes.get_note(again, note.note_id).sections["subjective"] == "Held by the lock."


def test_psychotherapy_notes_being_destroyed_are_not_listed_nor_opened_meanwhile(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path,
        held_purge: tuple[threading.Event, threading.Event]) -> None:
    """Destroy notes…: the chart stays open beside the wizard, its psychotherapy tab without the
    notes being destroyed; one asked for (a link, a list read before) is refused with its reason."""
    from tests.gui.test_change_notices import elsewhere
    from tests.gui.test_destruction_notes_gui import _to_the_notes_page
    from vault_app.services import backup, psychotherapy_notes

    app = unlocked_app
    window = _window(app)
    client_id = clients.create_client(app.vault, "Selma Keepschart").client_id  # type: ignore[arg-type]
    made: list[str] = []

    def write(v: Any) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        made.extend(psychotherapy_notes.create_psychotherapy_note(v, client_id, f"process note {i}").note.note_id
                    for i in range(2))
        for i in range(2):
            (tmp_path / f"usb{i}").mkdir()
            backup.create_backup(v, tmp_path / f"usb{i}", verify=False)
        v.lock_psychotherapy()  # the wizard's basis page unlocks them

    elsewhere(app, qtbot, write)
    number = clients.get_client(app.vault, client_id).chart_number  # type: ignore[arg-type]
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.psychotherapy
    tab.destroy_button.click()
    wizard = window.findChild(QWizard, "destructionWizard")
    assert isinstance(wizard, DestructionWizard)
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    wait_ops(qtbot)
    doomed = ""
    for i in range(page.list.topLevelItemCount()):
        item = page.list.topLevelItem(i)
        if str(item.data(0, Qt.ItemDataRole.UserRole)) == made[0]:
            item.setCheckState(0, Qt.CheckState.Checked)
            doomed = made[0]
    assert doomed and page.chosen() == [doomed]
    wizard.next()
    wizard.confirm_page.confirm.setText(number)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(held_purge[0].is_set, timeout=120_000)
    wait_ops(qtbot)
    assert wizard.windowModality() == Qt.WindowModality.NonModal and wizard.is_running
    assert app.notes_being_destroyed == frozenset({doomed}) and app.chart_being_destroyed is None
    # The chart stays on screen; its tab lists the other note only.
    assert window.chart.client_id == client_id
    listed = [str(tab.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
              for i in range(tab.list.topLevelItemCount())]
    assert listed == [made[1]]
    tab.open_note(doomed)
    assert _refusals(window) == ["This psychotherapy note is being destroyed: it cannot be opened any more."]
    held_purge[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    assert app.notes_being_destroyed == frozenset()
    wizard.accept()
    wait_ops(qtbot)
