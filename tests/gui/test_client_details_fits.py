"""Edit details in Spanish fits the size it opens at. Found on the real app at 1280x720: the
Spanish "Comunicaciones confidenciales:" label beside the row of "buzón de voz, SMS, correo
electrónico, correo postal" held the window at 653 pixels wide whatever it was asked (640), the
row's last box against the frame; the Part 2 box held it 60 pixels wider than the English. A row
that wrapped when narrow was tried and hid its last box under the next field (seen on Xvfb):
nothing here may overlap. Real vault, real widgets, the real es.ts; sizes read as laid out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

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


def _overlapping(dialog: QWidget) -> list[tuple[str, str]]:
    """Pairs of the form's labels, boxes and fields drawn over each other."""
    kinds = (QLabel, QCheckBox, QLineEdit, QComboBox, QAbstractSpinBox)
    shown = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(dialog)
             and not isinstance(w.parentWidget(), kinds) and w.width() > 0]
    rects = [(w, QRect(w.mapTo(dialog, QPoint(0, 0)), w.size())) for w in shown]
    return [(getattr(a, "text", a.objectName)(), getattr(b, "text", b.objectName)())
            for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:] if ra.intersects(rb)]


def test_edit_details_opens_at_its_size_with_nothing_cut(unlocked_app: AppController, qtbot,
                                                         language: str) -> None:
    dialog = _dialog(unlocked_app, qtbot)
    assert ("comunicaciones" in dialog.confidential.accessibleName()) == (language == "es")
    assert dialog.minimumSizeHint().width() <= 640, dialog.minimumSizeHint()
    assert dialog.width() == 640, dialog.size()
    assert not _cut(dialog), _cut(dialog)
    assert not _overlapping(dialog), _overlapping(dialog)
    # Narrower (a window manager's tiling, a larger font), still whole and apart.
    dialog.resize(580, dialog.height())
    wait_ops(qtbot)
    assert dialog.width() == 580, dialog.size()
    assert not _cut(dialog), _cut(dialog)
    assert not _overlapping(dialog), _overlapping(dialog)
    dialog.reject()


def test_the_part_2_box_s_tooltip_says_the_rest(unlocked_app: AppController, qtbot, language: str) -> None:
    dialog = _dialog(unlocked_app, qtbot)
    tip = dialog.part2.toolTip()
    assert "42 CFR" in tip and ("tratamiento" in tip) == (language == "es"), tip
    dialog.reject()
