"""The main toolbar on a small screen in the dark theme (found on Xvfb at 1366x768, 150 %, in
Spanish): Privacy mode and Lock now overflow into the toolbar's » button, and that button's
arrows were Fusion's grey (#2f3031) on the dark window (#2d2f34): invisible, and Lock now with
it. And Agenda was the one item of the toolbar with no icon. Real main window, real theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from tests.gui.conftest import wait_ops
from tests.gui.test_dark_theme_contrast import contrast
from vault_app.gui import theme
from vault_app.gui.controller import AppController
from vault_app.gui.main_menus import TOOLBAR
from vault_app.gui.toolbar_fit import ToolbarFit

pytestmark = pytest.mark.gui


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    theme.apply(qapp, "dark")
    yield
    theme.apply(qapp, "system")


def _ink(button: QToolButton) -> QColor:
    """The icon's drawn pixels, averaged."""
    image = button.icon().pixmap(16, 16).toImage().convertToFormat(QImage.Format.Format_ARGB32)  # not premultiplied
    drawn = [QColor.fromRgba(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())]
    drawn = [c for c in drawn if c.alpha() > 128]
    assert drawn, "the button draws nothing"
    n = len(drawn)
    return QColor(sum(c.red() for c in drawn) // n, sum(c.green() for c in drawn) // n,
                  sum(c.blue() for c in drawn) // n)


def test_the_overflow_button_shows_in_the_dark(unlocked_app: AppController, qtbot, dark: None) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    # The items now lose their words before any overflows (toolbar_fit.py), and the window's own
    # minimum width leaves room for the icons: with words kept (a font too large for the icons
    # alone overflows so), the last items overflow.
    fit = toolbar.findChild(ToolbarFit)
    assert fit is not None
    toolbar.removeEventFilter(fit)
    for button in toolbar.findChildren(QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.resize(640, 480)  # narrower than the toolbar: its last items overflow
    qtbot.wait(20)
    wait_ops(qtbot)
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is not None and more.isVisible()
    ground = window.palette().color(QPalette.ColorRole.Window)
    assert ground.lightness() < 128
    assert contrast(_ink(more), ground) >= 3.0, (_ink(more).name(), ground.name())  # WCAG for a control
    theme.apply(QApplication.instance(), "light")  # type: ignore[arg-type]
    qtbot.wait(20)
    assert contrast(_ink(more), window.palette().color(QPalette.ColorRole.Window)) >= 3.0


def test_every_toolbar_item_has_its_icon(unlocked_app: AppController) -> None:
    window = unlocked_app.main_window
    assert window is not None
    for key in TOOLBAR:
        assert not window.menu_actions[key].icon().isNull(), key
