"""The folder-of-PDFs import: its chart is chosen, never assumed; its dry run counts the files
it reads and Cancel stops it at the next file (found in the real app: the chart list started on
the first chart, and forty large scans were read for a minute with no count, and on after Cancel)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from scripts.make_simplepractice_export import _pdf
from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard
from vault_app.gui import import_running, import_wizard
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _scans(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "scans"
    folder.mkdir()
    for i in range(count):
        (folder / f"Scan {i} 2023-02-0{i + 1}.pdf").write_bytes(_pdf([f"Scan {i}"]))
    return folder


def test_the_chart_starts_unchosen_and_next_waits_for_it(unlocked_app: AppController, qtbot: Any,
                                                         tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    first = clients.create_client(vault, "Aurelia Brightwater").client_id
    clients.create_client(vault, "Zoltan Marchbank")
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("pdf-folder"))
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: page.chart.count() == 3)
    page.path.setText(str(_scans(tmp_path, 1)))
    # Nothing chosen: not the first chart of the list.
    assert page.chart.currentText() == "Choose the chart…" and not page.chart.currentData()
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.chart_needed.isVisible() and "Choose the chart" in page.chart_needed.text()
    assert not page.validatePage()  # Enter on the page is refused as Next is
    page.chart.setCurrentIndex(page.chart.findData(first))
    assert page.isComplete() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.chart_needed.isVisible()
    wizard.reject()
    wait_ops(qtbot)


@pytest.mark.parametrize("k", [2])
def test_the_dry_run_counts_the_files_and_cancel_stops_it(unlocked_app: AppController, qtbot: Any,
                                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          k: int) -> None:
    files = 5
    held = threading.Event()
    release = threading.Event()
    heard: list[tuple[int, int]] = []
    real_plan_work = import_wizard.plan_work

    def held_after_k(choice: Any) -> Any:
        real = real_plan_work(choice)

        def work(on_vault: Any, stop: Callable[[], bool], progress: Callable[[int, int], None]) -> Any:
            def counted(read: int, total: int) -> None:
                heard.append((read, total))
                progress(read, total)
                if read == k:  # the k-th file is read: the therapist cancels now
                    held.set()
                    assert release.wait(30)

            return real(on_vault, stop, counted)

        return work

    monkeypatch.setattr(import_wizard, "plan_work", held_after_k)
    vault = unlocked_app.vault
    assert vault is not None
    target = clients.create_client(vault, "Aurelia Brightwater").client_id
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("pdf-folder"))
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: page.chart.count() == 2)
    page.chart.setCurrentIndex(page.chart.findData(target))
    page.path.setText(str(_scans(tmp_path, files)))
    wizard.next()
    qtbot.waitUntil(held.is_set, timeout=30_000)
    summary = wizard.review_page.summary
    qtbot.waitUntil(lambda: f"{k} of {files} files read" in summary.text())
    wizard.reject()  # Cancel
    release.set()
    qtbot.waitUntil(lambda: not import_running._PLANS, timeout=30_000)
    assert heard == [(n, files) for n in range(1, k + 1)]  # no file read after Cancel
    assert wizard.review_page.plan is None
