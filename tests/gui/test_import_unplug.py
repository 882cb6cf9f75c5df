"""Round 30's walk of the import, in the app: the export folder renamed right after Import and
while charts are written (the "unplug", done by the import's own thread at a chosen point),
an import cut short by a kill (a real process), and the report's words after a real import
and after Cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import import_running, import_wizard
from vault_app.gui.controller import AppController
from vault_app.gui.import_source import import_work
from vault_app.gui.import_wizard import ImportWizard
from vault_app.services.importers.plan import ImportReport


@pytest.fixture(autouse=True)
def _no_import_left(qtbot: Any) -> Iterator[None]:
    yield
    running = import_running.current()
    if running is not None:
        running.job.cancel()
        assert running.job.wait(30)
    qtbot.waitUntil(lambda: not import_running._PLANS and import_running.current() is None, timeout=30_000)
    import_running._STOPPED = None


@pytest.fixture
def export(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "export", clients=5, notes_per_client=2)


def _unplugged(monkeypatch: pytest.MonkeyPatch, root: Path, at: int | None) -> Path:
    """The wizard's import renames the export's folder: when chart `at` begins, or (None) right
    after its one read of the vault, before it reads the folder again."""
    moved = root.with_name("export (moved)")

    def wrap(work: Any) -> Any:
        def unplugging(on_vault: Any, cancelled: Callable[[], bool], progress: Any,
                       report: ImportReport) -> ImportReport:
            def read_then_unplug(fn: Any) -> Any:
                got = on_vault(fn)
                if at is None and root.exists():
                    root.rename(moved)
                return got

            def progress_then_unplug(fraction: float, text: str) -> None:
                progress(fraction, text)
                if at is not None and text.startswith(f"Chart {at} of ") and root.exists():
                    root.rename(moved)

            return work(read_then_unplug, cancelled, progress_then_unplug, report)

        return unplugging

    monkeypatch.setattr(import_wizard, "import_work", lambda choice: wrap(import_work(choice)))
    return moved


def _run(app: AppController, qtbot: Any, root: Path) -> ImportWizard:
    wizard = open_wizard(app, qtbot)
    wizard.source_page.path.setText(str(root))
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert wizard.review_page.plan is not None
    wizard.next()  # Import
    return wizard


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _report_lines(wizard: ImportWizard) -> list[str]:
    tree = wizard.report_page.issues
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def test_the_folder_renamed_right_after_import_gives_a_report_not_the_apology(
        unlocked_app: AppController, qtbot: Any, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    _unplugged(monkeypatch, export.root, at=None)
    wizard = _run(unlocked_app, qtbot, export.root)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    assert not _boxes()  # never "Something went wrong inside the app"
    summary = wizard.report_page.summary.text()
    assert summary.startswith("The import stopped: the export folder can no longer be read")
    assert "0 charts created" in summary and "run the same import again" in wizard.report_page.next_step.text()
    wizard.accept()


def test_the_folder_renamed_mid_import_stops_it_and_says_so_first(
        unlocked_app: AppController, qtbot: Any, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    _unplugged(monkeypatch, export.root, at=3)
    wizard = _run(unlocked_app, qtbot, export.root)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    report = wizard.report
    assert report is not None and report.source_gone and report.charts_created == 2
    summary = wizard.report_page.summary.text()
    assert summary.startswith("The import stopped: the export folder can no longer be read")
    assert "The import is done" not in summary
    assert not [line for line in _report_lines(wizard) if "could no longer be read" in line]
    wizard.accept()


def test_the_report_after_a_real_import_says_what_is_true_of_locked_psychotherapy_notes(
        unlocked_app: AppController, qtbot: Any, export: FakeExport) -> None:
    """F6: "go Back to the first page" is the dry run's; the report page has only Finish."""
    assert not unlocked_app.psychotherapy_open
    wizard = _run(unlocked_app, qtbot, export.root)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    locked = [line for line in _report_lines(wizard) if "psychotherapy notes" in line.lower()]
    assert locked and not [line for line in locked if "go Back" in line]
    assert all("run the import again" in line for line in locked)
    wizard.accept()


def test_after_cancel_the_report_says_what_came_in_and_how_to_bring_the_rest(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    """F7: not "the charts below were imported whole" above a list of skipped files."""
    export = make_export(tmp_path / "export12", clients=12, notes_per_client=2)
    wizard = _run(unlocked_app, qtbot, export.root)
    wizard.run_page.cancel_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    summary = wizard.report_page.summary.text()
    assert "the charts below" not in summary and "Cancelled between charts" in summary
    assert "run the same import again" in wizard.report_page.next_step.text()
    assert wizard.report_page.next_step.isVisible()
    wizard.accept()


def test_the_unlock_after_a_kill_mid_import_says_it_was_cut_short(locked_app: AppController, qtbot: Any,
                                                                 export: FakeExport) -> None:
    """F4: a real `vault-app import` killed mid-import; the app's next unlock says so, once."""
    killed = cli_process("import", "simplepractice", str(export.root), "--vault", str(locked_app.folder),
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "import_chart_sealed"})
    assert killed.code != 0
    window = unlock(locked_app, qtbot)
    qtbot.waitUntil(lambda: any(b.objectName() == "importCutShortNotice" for b in window.findChildren(QMessageBox)),
                    timeout=30_000)
    notice = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "importCutShortNotice")
    assert "cut short" in notice.text() and "run the same import again" in notice.informativeText()
    notice.accept()
    locked_app.lock("Locked.", quick=True)
    wait_ops(qtbot)
    window = unlock(locked_app, qtbot)
    wait_ops(qtbot)
    assert not [b for b in window.findChildren(QMessageBox)
                if b.objectName() == "importCutShortNotice" and b.isVisible()]
