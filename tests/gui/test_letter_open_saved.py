"""The letter window's "Open the PDF" hands the desktop the file just saved, and nothing before
a save. The desktop's opener is caught where Qt sends it (QDesktopServices.setUrlHandler for
"file"), so no viewer starts; the vault, the letter and the encrypted PDF are real."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.core import disclosure_fixtures as fx
from vault_app.gui.controller import AppController
from vault_app.gui.request_letter_save import LetterSaveDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


class _Desktop(QObject):
    """Where the desktop would have been asked to open a file."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def desktop() -> Iterator[_Desktop]:
    handler = _Desktop()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        yield handler
    finally:
        QDesktopServices.unsetUrlHandler("file")


def _save(dialog: LetterSaveDialog, qtbot: Any, out: Path) -> None:
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD)
    dialog.saved = None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None and dialog.open_button.isEnabled(), timeout=20_000)


def test_open_the_pdf_opens_the_file_just_saved(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                desktop: _Desktop) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother")
    letters = [(str(k["letter_id"]), str(k["kind"])) for k in requests.letters(vault, q.id)]
    dialog = LetterSaveDialog(unlocked_app, q.id, letters)
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing saved yet: nothing to open.
    assert not dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == []

    first, second = tmp_path / "first letter.pdf", tmp_path / "again" / "second letter.pdf"
    second.parent.mkdir()
    _save(dialog, qtbot, first)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desktop.opened) == 1)
    assert desktop.opened[0].isLocalFile() and Path(desktop.opened[0].toLocalFile()) == first
    # The file opened is the letter, encrypted with the password given.
    assert "Denial of your request for access" in " ".join(fx.pdf_text(first))

    # Saved again elsewhere, and the field then changed: the file opened is the one last saved,
    # not the first, nor what the field says now.
    _save(dialog, qtbot, second)
    dialog.path.setText(str(tmp_path / "never written.pdf"))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desktop.opened) == 2)
    assert Path(desktop.opened[1].toLocalFile()) == second
    assert second.is_file() and not (tmp_path / "never written.pdf").exists()
    dialog.close()
