"""The complete open export on a 1366x768 laptop, and at 1280x720 x1.25 (found by a walker: with a subpoena's basis the
window was 720x850, after the refusal 720x1038, its "Place a legal hold" ~270 px below the
screen). Its fields scroll; the error line, the refused subpoena's offer and Export/Close stay in
the screen's room. Real vault, real gate, real widgets; the screen's room monkeypatched as the
client form's test does (tests/gui/test_minor_care_consent_gui.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n, screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.services import practice

pytestmark = pytest.mark.gui
LAPTOP = QRect(0, 0, 1366, 768)
SCALED = QRect(0, 0, 1024, 576)  # 1280x720 at 125 %


def _in_view(dialog: OpenExportDialog, widget: QWidget, room: QRect) -> bool:
    """Shown, and wholly inside the window, whose own size is within the screen's room."""
    top_left = widget.mapTo(dialog, widget.rect().topLeft())
    inside = QRect(top_left, widget.size())
    return (widget.isVisible() and not widget.visibleRegion().isEmpty()
            and dialog.rect().contains(inside)
            and dialog.height() <= screen_fit.inner_room(room).height()
            and dialog.width() <= screen_fit.inner_room(room).width())


@pytest.mark.parametrize(("language", "room"), [("en", LAPTOP), ("es", LAPTOP), ("en", SCALED), ("es", SCALED)])
def test_the_refused_subpoenas_hold_offer_and_the_buttons_fit_a_1366x768_laptop(
    unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str, room: QRect
) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: room)
    i18n.install(language)
    try:
        vault = unlocked_app.vault
        assert vault is not None
        chart = fx.make_chart(vault, n=1)
        practice.update(vault, license_state="CA", license_number="PSY1")
        dialog = OpenExportDialog(unlocked_app, chart.client_id, parent=unlocked_app.main_window)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("subpoena"))
        dialog.basis.set_value("received_on", fx.days_ago(3))
        dialog.recipient.setText("Attorney X")
        dialog.purpose.setText("subpoena in case 24-CV-9")
        dialog.path.setText(str(tmp_path / "subpoena.pdf"))
        dialog.password.setText(fx.PASSWORD)
        dialog.confirm.setText(fx.PASSWORD)
        dialog.export_button.click()
        wait_ops(qtbot)
        offer = dialog.refused_offer
        qtbot.waitUntil(lambda: offer.hold.isVisible())
        assert dialog.error.text()
        # The fields scroll: what the window holds below them is all in it, and it is in the room.
        buttons: list[QWidget] = [b for b in dialog.buttons.findChildren(QAbstractButton) if b.isVisible()]
        for widget in (dialog.error, offer.note, offer.record, offer.hold.button, *buttons):
            qtbot.waitUntil(lambda w=widget: _in_view(dialog, w, room))
        assert dialog.scroll_area.widget() is not None
        assert dialog.scroll_area.widget().isAncestorOf(dialog.basis)  # type: ignore[union-attr]
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_window_takes_the_laptops_height_with_no_gap_above_its_buttons(
    unlocked_app: AppController, qtbot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Found in the real app at 1366x768: the window stayed 640 pixels high, its fields scrolling,
    with room below it; and the empty error and result lines held a 40-pixel gap above Export."""
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP)
    i18n.install(language)
    try:
        vault = unlocked_app.vault
        assert vault is not None
        chart = fx.make_chart(vault, n=1)
        dialog = OpenExportDialog(unlocked_app, chart.client_id, parent=unlocked_app.main_window)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        room = screen_fit.inner_room(LAPTOP)
        # A subpoena's basis: its fields need more than 640 pixels.
        dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("subpoena"))
        body = dialog.scroll_area.widget()
        assert body is not None
        # As tall as its fields, or as the screen's room where they need more; and on the screen.
        qtbot.waitUntil(lambda: dialog.height() > 640)
        qtbot.waitUntil(lambda: dialog.height() == room.height()
                        or dialog.scroll_area.viewport().height() >= body.minimumSizeHint().height())
        assert room.contains(dialog.geometry())
        # Nothing said yet: no line holds room between the fields and the buttons.
        assert not dialog.error.isVisible() and not dialog.result_label.isVisible()
        scroll_bottom = dialog.scroll_area.mapTo(dialog, dialog.scroll_area.rect().bottomLeft()).y()
        gap = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y() - scroll_bottom
        assert gap <= dialog.layout().spacing() + 2, gap
        # Said, the error line shows; said no more, it goes again.
        dialog.export_button.click()  # no password typed: refused at once, in the window
        qtbot.waitUntil(dialog.error.isVisible)
        assert dialog.error.text()
        dialog.error.setText("")
        assert not dialog.error.isVisible()
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
