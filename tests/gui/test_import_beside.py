"""Issue 21 item 1, in the app: the import wizard's import runs beside the therapist's work.

Held between two charts on an Event (the import's own thread waits in its progress call),
the app's worker is free: an autosave and a chart reading run at once, the wizard no longer
holds the main window, and the charts already in show through the change notices. A lock
then stops the import between charts; the next unlock says what came in; running the same
import again brings in the rest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import import_running, import_wizard
from vault_app.gui.controller import AppController
from vault_app.gui.import_source import Choice, import_work
from vault_app.gui.import_wizard import ImportWizard
from vault_app.services import clients, notes
from vault_app.services.changes import Changes, Kind
from vault_app.services.importers.plan import ImportReport
from vault_app.storage import imports


class Gate:
    def __init__(self, at: int) -> None:
        self.at = at
        self.reached = threading.Event()
        self.release = threading.Event()

    def wrap(self, work: Any) -> Any:
        def held(on_vault: Any, cancelled: Callable[[], bool], progress: Any, report: ImportReport) -> ImportReport:
            def hold(fraction: float, text: str) -> None:
                progress(fraction, text)
                if text.startswith(f"Chart {self.at} of "):
                    self.reached.set()
                    assert self.release.wait(30)

            return work(on_vault, cancelled, hold, report)

        return held


@pytest.fixture(autouse=True)
def _no_import_left(qtbot: Any) -> Iterator[None]:
    """An import (or dry run) a test stopped ends before the next test; the process-wide
    note of a stopped import goes with its test (one app per process outside the tests)."""
    yield
    running = import_running.current()
    if running is not None:
        running.job.cancel()
        assert running.job.wait(30)
    qtbot.waitUntil(lambda: not import_running._PLANS and import_running.current() is None, timeout=30_000)
    import_running._STOPPED = None


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    held = Gate(at=3)
    monkeypatch.setattr(import_wizard, "import_work", lambda choice: held.wrap(import_work(choice)))
    return held


@pytest.fixture
def export(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "export", clients=5, notes_per_client=2)


def _start(app: AppController, qtbot: Any, export: FakeExport) -> ImportWizard:
    wizard = open_wizard(app, qtbot)
    wizard.source_page.path.setText(str(export.root))
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert wizard.review_page.plan is not None
    wizard.next()  # "Import"
    return wizard


def _imported(app: AppController) -> int:
    vault = app.vault
    assert vault is not None
    return len(imports.mapped_clients(vault.records, "simplepractice"))


def test_autosave_and_a_chart_go_on_while_the_import_runs(unlocked_app: AppController, qtbot: Any, gate: Gate,
                                                         export: FakeExport) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Odile Brackenridge")
    note = notes.create_progress_note(vault, client.client_id, text="Started before the import.")
    heard: list[Changes] = []
    unlocked_app.changed.connect(heard.append)
    wizard = _start(unlocked_app, qtbot, export)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
    wait_ops(qtbot)  # nothing of the import is queued on the worker while it is held
    # The wizard no longer holds the main window: the therapist works beside the import.
    assert wizard.windowModality() == Qt.WindowModality.NonModal and wizard.run_page.running
    saved: list[str] = []
    unlocked_app.op(None, lambda v: notes.save_draft(v, note.note_id, {"subjective": "Typed beside."})) \
        .success(saved.append).run()
    opened: list[Any] = []
    unlocked_app.query(None, lambda v: clients.read_chart(v, client.client_id)).success(opened.append).run()
    wait_ops(qtbot)
    assert saved and opened and opened[0].client.legal_name == "Odile Brackenridge"
    assert wizard.run_page.running  # the import is still running: the autosave did not wait for it
    # The two charts already in were announced as they landed (the client list refreshes on these).
    landed = [c for c in heard if c.touches(Kind.CLIENTS)]
    assert _imported(unlocked_app) == 2 and len(landed) >= 2
    gate.release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    report = wizard.report
    assert report is not None and report.charts_created == _imported(unlocked_app) and not report.cancelled
    assert notes.get_note(vault, note.note_id).sections["subjective"] == "Typed beside."
    wizard.accept()


def test_a_lock_mid_import_stops_it_the_unlock_tells_and_a_rerun_continues(
        unlocked_app: AppController, qtbot: Any, gate: Gate, export: FakeExport) -> None:
    _start(unlocked_app, qtbot, export)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
    unlocked_app.lock("Locked.", quick=True)  # Ctrl+L
    # At once: the vault's windows are gone and the unlock window shows.
    assert unlocked_app.vault is None and unlocked_app.main_window is None
    assert unlocked_app.unlock_window is not None
    gate.release.set()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: import_running.current() is None, timeout=30_000)
    window = unlock(unlocked_app, qtbot)
    notice = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "importStoppedNotice")
    assert "2 charts came in whole" in notice.text() and "run the same import again" in notice.informativeText()
    notice.accept()
    assert _imported(unlocked_app) == 2
    vault = unlocked_app.vault
    assert vault is not None
    # The same import again: it recognises the two charts and brings in the rest.
    gate.at = 0  # never held
    window.menu_actions["import"].trigger()
    wait_ops(qtbot)
    again = next(w for w in window.findChildren(ImportWizard) if w.isVisible())
    again.source_page.path.setText(str(export.root))
    again.next()
    read_dry_run(again, qtbot)
    plan = again.review_page.plan
    assert plan is not None and plan.new_charts == len(plan.charts) and plan.already_imported >= 2
    again.next()
    qtbot.waitUntil(lambda: again.currentPage() is again.report_page, timeout=60_000)
    assert again.report is not None and again.report.charts_created == plan.new_charts
    assert _imported(unlocked_app) == 2 + plan.new_charts
    again.accept()


def test_quit_mid_import_stops_it_and_locks(unlocked_app: AppController, qtbot: Any, gate: Gate,
                                            export: FakeExport) -> None:
    _start(unlocked_app, qtbot, export)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
    running = import_running.current()
    assert running is not None
    window = unlocked_app.main_window
    assert window is not None
    window.close()  # as Vault > Quit and Ctrl+Q
    assert running.job.stopping  # at once
    gate.release.set()
    wait_ops(qtbot)
    assert running.job.wait(30) and running.job.report.interrupted
    assert unlocked_app.vault is None
    window.deleteLater()
    QApplication.processEvents()


def test_one_import_at_a_time(unlocked_app: AppController, qtbot: Any, gate: Gate, export: FakeExport) -> None:
    wizard = _start(unlocked_app, qtbot, export)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
    from vault_app.domain.errors import InvalidInput

    with pytest.raises(InvalidInput):
        import_running.start(unlocked_app, import_work(Choice(path=str(export.root))), "simplepractice")
    gate.release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    wizard.accept()


def test_the_dry_run_reads_beside_and_a_lock_does_not_wait_for_it(unlocked_app: AppController, qtbot: Any,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  export: FakeExport) -> None:
    from vault_app.gui.import_source import plan_work

    reading = threading.Event()
    release = threading.Event()

    def held_plan(choice: Choice) -> Any:
        real = plan_work(choice)

        def work(on_vault: Any, stop: Callable[[], bool], progress: Callable[[int, int], None]) -> Any:
            on_vault(lambda v: None)  # the vault is reachable from the dry run's thread
            reading.set()
            assert release.wait(30)  # "reading thousands of PDFs"
            return real(on_vault, stop, progress)

        return work

    monkeypatch.setattr(import_wizard, "plan_work", held_plan)
    wizard = open_wizard(unlocked_app, qtbot)
    wizard.source_page.path.setText(str(export.root))
    wizard.next()
    qtbot.waitUntil(reading.is_set, timeout=60_000)
    wait_ops(qtbot)  # the worker is free while the export is read
    assert wizard.review_page.plan is None
    unlocked_app.lock("Locked.", quick=True)
    wait_ops(qtbot)  # the lock's own operations ran: the vault closed without waiting for the reading
    assert unlocked_app.vault is None and unlocked_app.unlock_window is not None
    release.set()
    qtbot.waitUntil(lambda: not import_running._PLANS, timeout=30_000)  # it stopped and reported to nobody
