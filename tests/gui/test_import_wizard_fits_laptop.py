"""The import wizard on a 1366x768 laptop at 125 % (1093x614 logical pixels) and 150 %, in English
and Spanish. Found on Xvfb (QT_SCALE_FACTOR=1.25): it opened 820x620, its Back, Next, Import,
Cancel and Finish below the screen's edge on every page. Each page now fits the screen's room
(what is taller scrolls inside the page); the screen's room is the laptop's (screen_fit.room_of)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QScrollArea, QWizard

from scripts.make_simplepractice_export import _pdf
from tests.gui.conftest import wait_ops
from tests.gui.test_dialogs_fit_150_percent import _least
from tests.gui.test_import_preview_room import _csv
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.import_wizard import ImportWizard
from vault_app.gui.screen_fit import inner_room
from vault_app.services import clients

pytestmark = pytest.mark.gui

# 1366x768 at 125 % (the walk's), and at 150 %, where the review's three lists needed 484 of 466
# pixels until the page scrolled.
LAPTOPS = {"125": QRect(0, 0, 1093, 614), "150": QRect(0, 0, 910, 512)}


@pytest.fixture(params=sorted(LAPTOPS))
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The screen's room is the laptop's; returns what the wizard itself may take of it."""
    screen = LAPTOPS[request.param]
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: screen)
    return inner_room(screen).size()  # less the window manager's frame


def _assert_fits(wizard: ImportWizard, where: str, room: QSize) -> None:
    least = _least(wizard)
    assert least.width() <= room.width() and least.height() <= room.height(), (where, least, room)
    size = wizard.size()
    assert size.width() <= room.width() and size.height() <= room.height(), (where, size, room)
    # The buttons are inside the wizard, whole: not cut at its bottom edge.
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.CancelButton,
                  QWizard.WizardButton.FinishButton):
        button = wizard.button(which)
        if button.isVisible():
            assert button.geometry().bottom() < wizard.height(), (where, which, button.geometry(), size)


def _scrolls(wizard: ImportWizard) -> bool:
    """The current page's own scroll area scrolls (its lists are QTreeWidgets, not QScrollAreas)."""
    return any(area.verticalScrollBar().maximum() > 0 for area in wizard.currentPage().findChildren(QScrollArea))


def _settle(qtbot: Any) -> None:
    wait_ops(qtbot)
    qtbot.wait(20)  # the layout's next pass


def test_every_page_fits_a_laptop_at_125_and_150_percent(unlocked_app: AppController, qtbot: Any, language: str,
                                                         laptop: QSize, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    target = clients.create_client(vault, "Maximiliana Evangelina Sparrowstone").client_id
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    _settle(qtbot)
    _assert_fits(wizard, "SimplePractice, psychotherapy notes locked", laptop)
    # The client list: its column choices and the preview of its rows.
    page.source.setCurrentIndex(page.source.findData("csv"))
    page.path.setText(str(_csv(tmp_path / "clients.csv", 40)))
    page.read_columns()
    qtbot.waitUntil(lambda: page.csv_preview.topLevelItemCount() > 0, timeout=10_000)
    _settle(qtbot)
    _assert_fits(wizard, "CSV", laptop)
    # A folder of PDFs, with a file that is not one: the review lists it as skipped.
    folder = tmp_path / "scans"
    folder.mkdir()
    for i in range(3):
        (folder / f"Scan {i} 2023-03-0{i + 1}.pdf").write_bytes(_pdf([f"Scan {i}"]))
    (folder / "notes.txt").write_text("not a document")
    page.source.setCurrentIndex(page.source.findData("pdf-folder"))
    qtbot.waitUntil(lambda: page.chart.findData(target) >= 0)
    page.path.setText(str(folder))
    _settle(qtbot)
    _assert_fits(wizard, "PDF folder, no chart chosen", laptop)
    page.chart.setCurrentIndex(page.chart.findData(target))
    wizard.next()
    read_dry_run(wizard, qtbot)
    assert wizard.review_page.plan is not None
    _settle(qtbot)
    _assert_fits(wizard, "review", laptop)
    # With the room of 125 % nothing scrolls: the lists take the spare height (their preferred
    # height made the page scroll, found on Xvfb).
    assert laptop.height() < 560 or not _scrolls(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    _settle(qtbot)
    _assert_fits(wizard, "report", laptop)
    assert laptop.height() < 560 or not _scrolls(wizard)
    wizard.accept()
    wait_ops(qtbot)
