"""The complete open export opens at its size: sized before it is shown, not resized once on the
screen. Found by the last round in the real app: the window appeared 640 pixels high, then grew to
the laptop's height a moment later (its growth ran after it was shown, and the chart's header was
put in after that). Real vault, real widgets, the window opened as the menu opens it; the screen's
room monkeypatched as tests/gui/test_open_export_fits_screen.py does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n, screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import notes

pytestmark = pytest.mark.gui
LAPTOP = QRect(0, 0, 1366, 768)


class _Sizes(QObject):
    """Each size the export window has from its first show on."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[QSize] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first show, then every resize after it.
        shown = event.type() == QEvent.Type.Show and not self.sizes
        resized = event.type() == QEvent.Type.Resize and bool(self.sizes)
        if isinstance(watched, OpenExportDialog) and (shown or resized):
            self.sizes.append(watched.size())
        return False


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_export_window_is_not_resized_once_shown(unlocked_app: AppController, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP)
    i18n.install(language)
    watch = _Sizes()
    app = QApplication.instance()
    assert app is not None
    try:
        vault = unlocked_app.vault
        assert vault is not None
        chart = fx.make_chart(vault, n=1)
        # What the window reads once open: the unsigned drafts it names (more than 640 pixels of
        # fields with them), an authorization it offers.
        for _ in range(80):
            notes.create_progress_note(vault, chart.client_id, template="free", text="Not signed yet.")
        fx.add_auth(vault, chart.client_id)
        window = unlocked_app.main_window
        assert window is not None
        window.open_chart(chart.client_id)
        wait_ops(qtbot)
        app.installEventFilter(watch)
        dialog = window.open_open_export()
        assert isinstance(dialog, OpenExportDialog)
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        qtbot.wait(200)  # any growth posted after the show has run
        assert watch.sizes, "never shown"
        assert all(size == watch.sizes[0] for size in watch.sizes), watch.sizes
        assert dialog.drafts_box.isVisible()  # the drafts said: what was read is in the size it opened at
        assert watch.sizes[0].height() > 640, "as tall as its fields, where the screen has the room"
        dialog.reject()
        wait_ops(qtbot)
    finally:
        app.removeEventFilter(watch)
        i18n.install("en")
