"""An import that meets a failure mid-way (round 31): the run page says the import stopped,
what of it is filed (whole charts only) and how to go on, with no error box over it, no
traceback and no client data; the wizard's Close closes it; running the same import again
files the rest and nothing twice.

The failure is a real one, met by the real import: the vault's blob store made a file when
the third chart begins (the import's own thread does it, as test_import_unplug renames the
export), so sealing that chart's documents fails in the file system. The second test is the
bug path (an error the app has no words for), raised where the vault is used."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import import_running, import_wizard
from vault_app.gui.controller import AppController
from vault_app.gui.import_source import import_work
from vault_app.gui.import_wizard import ImportWizard
from vault_app.services import clients, import_marks
from vault_app.services.importers.plan import ImportReport
from vault_app.storage import blob_store


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


def _at_chart(monkeypatch: pytest.MonkeyPatch, at: int, fail: Callable[[Any], None]) -> None:
    """The wizard's import calls `fail(on_vault)` when chart `at` begins, on its own thread."""
    def wrap(work: Any) -> Any:
        def failing(on_vault: Any, cancelled: Callable[[], bool], progress: Any, report: ImportReport) -> ImportReport:
            def progress_then_fail(fraction: float, text: str) -> None:
                progress(fraction, text)
                if text.startswith(f"Chart {at} of "):
                    fail(on_vault)
            return work(on_vault, cancelled, progress_then_fail, report)
        return failing

    monkeypatch.setattr(import_wizard, "import_work", lambda choice: wrap(import_work(choice)))


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


def _page_text(wizard: ImportWizard) -> str:
    page = wizard.run_page
    return " ".join(w.text() for w in (page.counts, page.beside, page.error) if w.isVisible())


def _stopped_and_closed(wizard: ImportWizard, qtbot: Any, export: FakeExport, charts: int) -> str:
    page = wizard.run_page
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    wait_ops(qtbot)
    assert not _boxes()  # no "Something went wrong inside the app" over the page
    said = _page_text(wizard)
    assert "Starting" not in said and "The import stopped" in said and page.title() == "Import stopped"
    assert f"{charts} charts came in whole" in said and "nothing was half imported" in said
    assert "run the same import again" in said
    assert "Traceback" not in said and not [c.name for c in export.clients if c.name in said]
    assert not page.cancel_button.isVisible()  # nothing is left to cancel
    close = wizard.button(QWizard.WizardButton.CancelButton)
    assert close.isVisible() and close.isEnabled() and "Close" in close.text()
    close.click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    return said


def test_a_failure_mid_import_says_what_is_filed_and_the_same_import_again_files_the_rest(
        unlocked_app: AppController, qtbot: Any, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    store = blob_store.root(unlocked_app.folder)
    aside = store.with_name("blobs (aside)")

    def block_the_store(_on_vault: Any) -> None:
        if store.is_dir():
            store.rename(aside)
            store.write_bytes(b"")  # a file where the vault's documents go

    _at_chart(monkeypatch, 3, block_the_store)
    wizard = _run(unlocked_app, qtbot, export.root)
    planned = wizard.review_page.plan
    assert planned is not None
    said = _stopped_and_closed(wizard, qtbot, export, charts=2)
    assert "file is in the way" in said  # the refusal's own words: what stopped it
    vault = unlocked_app.vault
    assert vault is not None
    assert len(clients.list_clients(vault)) == 2
    assert import_marks.under_way(vault) is None  # the page said it: the next unlock does not say "cut short"

    store.unlink()
    aside.rename(store)
    # The closed wizard stays a hidden child of the window: gone, the menu's new one is found.
    window = unlocked_app.main_window
    assert window is not None
    wizard.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(ImportWizard))
    monkeypatch.setattr(import_wizard, "import_work", import_work)
    again = _run(unlocked_app, qtbot, export.root)
    qtbot.waitUntil(lambda: again.currentPage() is again.report_page, timeout=60_000)
    report = again.report
    total = len(planned.charts)
    assert report is not None and report.charts_created == total - 2  # the rest, and nothing twice
    assert len(clients.list_clients(vault)) == total
    again.accept()


def test_an_unexpected_error_mid_import_is_said_on_the_page_without_its_words(
        unlocked_app: AppController, qtbot: Any, export: FakeExport, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = export.clients[0].name

    def a_bug(on_vault: Any) -> None:
        def raise_it(_vault: Any) -> None:
            raise KeyError(secret)  # a message that would quote the practice's records
        on_vault(raise_it)

    _at_chart(monkeypatch, 2, a_bug)
    wizard = _run(unlocked_app, qtbot, export.root)
    said = _stopped_and_closed(wizard, qtbot, export, charts=1)
    assert secret not in said
    vault = unlocked_app.vault
    assert vault is not None and len(clients.list_clients(vault)) == 1
