"""Edit details in Spanish fits the size it opens at. Found on the real app at 1280x720: the
Spanish "Comunicaciones confidenciales:" label beside the row of "buzón de voz, SMS, correo
electrónico, correo postal" held the window at 653 pixels wide whatever it was asked (640), the
row's last box against the frame. The row now goes on to a second line when narrow. Real vault,
real widgets, the real es.ts; sizes read from the window as laid out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield str(request.param)
    i18n.install("en")


def _dialog(app: AppController, qtbot: object) -> ClientDetailsDialog:
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Briony Cobblevale", date_of_birth="1958-03-18").client_id
    dialog = ClientDetailsDialog(app, clients.get_client(vault, client_id), parent=app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    return dialog


def _cut(dialog: QWidget) -> list[str]:
    """The words of labels and boxes narrower than their text, or reaching past the window."""
    cut = []
    for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QCheckBox)]:
        wraps = isinstance(widget, QLabel) and widget.wordWrap()  # as tall as it needs: never cut
        if wraps or not widget.text() or not widget.isVisibleTo(dialog):
            continue
        inside = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if widget.width() < widget.sizeHint().width() or not dialog.rect().contains(inside):
            cut.append(widget.text())
    return cut


def test_edit_details_opens_at_its_size_with_nothing_cut(unlocked_app: AppController, qtbot,
                                                         language: str) -> None:
    dialog = _dialog(unlocked_app, qtbot)
    assert ("comunicaciones" in dialog.confidential.accessibleName()) == (language == "es")
    assert dialog.minimumSizeHint().width() <= 640, dialog.minimumSizeHint()
    assert dialog.width() == 640, dialog.size()
    assert not _cut(dialog), _cut(dialog)
    # Narrower (a window manager's tiling, a larger font), the boxes go on to another line,
    # still whole, rather than hold the window wide.
    dialog.resize(560, dialog.height())
    wait_ops(qtbot)
    assert dialog.width() <= 600, dialog.size()
    boxes = [dialog.voicemail, dialog.text, dialog.email_ok, dialog.mail]
    assert all(b.width() >= b.sizeHint().width() for b in boxes), [(b.text(), b.width()) for b in boxes]
    assert not _cut(dialog), _cut(dialog)
    dialog.reject()
