"""The toolbar is measured once per resize (found by review): ToolbarFit asked every button for its
size again after each button it stripped of its words, n x n size hints on a narrow window at every
step of a drag. Now each button is measured at most once in each style. Real toolbar and buttons;
what is counted is the size hints asked of them (no timing)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from vault_app.gui.toolbar_fit import ToolbarFit

pytestmark = pytest.mark.gui

TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON = Qt.ToolButtonStyle.ToolButtonIconOnly
N = 6


class CountedButton(QToolButton):
    measured = 0

    def sizeHint(self) -> QSize:
        CountedButton.measured += 1
        return super().sizeHint()


class Bar:
    """A shown toolbar of N worded buttons with its ToolbarFit; its width is the test's (no layout)."""

    def __init__(self, qtbot: Any) -> None:
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.host.resize(200, 100)
        self.toolbar = QToolBar(self.host)
        self.toolbar.setMovable(False)  # as the app's (main_menus.py): no handle
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.darkBlue)
        self.buttons: list[CountedButton] = []
        for i in range(N):
            button = CountedButton()
            button.setIcon(QIcon(pixmap))
            button.setText(f"A rather long toolbar word {i}")
            button.setToolButtonStyle(TEXT)
            self.toolbar.addWidget(button)
            self.buttons.append(button)
        self.fit = ToolbarFit(self.toolbar, self.buttons)
        self.host.show()
        qtbot.waitExposed(self.host)

    def widths(self, style: Qt.ToolButtonStyle) -> list[int]:
        kept = [b.toolButtonStyle() for b in self.buttons]
        for b in self.buttons:
            b.setToolButtonStyle(style)
        widths = [b.sizeHint().width() for b in self.buttons]
        for b, s in zip(self.buttons, kept, strict=True):
            b.setToolButtonStyle(s)
        return widths

    def overhead(self) -> int:
        """What Qt's toolbar layout counts beside the buttons: the spacing between them, the layout's
        margins and the toolbar's (test_toolbar_keeps_lock_every_width.py: the layout's were missed)."""
        layout = self.toolbar.layout()
        assert layout is not None
        inner, outer = layout.contentsMargins(), self.toolbar.contentsMargins()
        return max(layout.spacing(), 0) * (N - 1) + inner.left() + inner.right() + outer.left() + outer.right()

    def fitted_at(self, width: int) -> int:
        """Resize to `width` (its own fit runs), then the size hints one more fit asks for."""
        self.toolbar.resize(width, self.toolbar.height())
        assert self.toolbar.width() == width
        CountedButton.measured = 0
        self.fit.fit()
        return CountedButton.measured

    def styles(self) -> list[Qt.ToolButtonStyle]:
        return [b.toolButtonStyle() for b in self.buttons]


@pytest.fixture
def bar(qtbot: Any) -> Iterator[Bar]:
    bar = Bar(qtbot)
    yield bar
    bar.host.close()


def test_a_narrow_toolbar_measures_each_button_once_per_style(bar: Bar) -> None:
    measured = bar.fitted_at(sum(bar.widths(ICON)) + bar.overhead())  # room for the icons alone
    assert bar.styles() == [ICON] * N
    assert measured <= 2 * N  # was N x N: all of them again after each button lost its words


def test_a_wide_toolbar_measures_each_button_once(bar: Bar) -> None:
    measured = bar.fitted_at(sum(bar.widths(TEXT)) + bar.overhead() + 100)
    assert bar.styles() == [TEXT] * N
    assert measured <= N


@pytest.mark.parametrize("bare", [1, 3, 5])
def test_just_enough_words_go_the_first_listed_first(bar: Bar, bare: int) -> None:
    """The same choice as when it measured after each button: the first listed lose their words,
    as many as the room needs and no more; one pixel less and the next one goes too."""
    worded, icons = bar.widths(TEXT), bar.widths(ICON)
    room = sum(icons[:bare]) + sum(worded[bare:]) + bar.overhead()
    bar.fitted_at(room)
    assert bar.styles() == [ICON] * bare + [TEXT] * (N - bare)
    bar.fitted_at(room - 1)
    assert bar.styles() == [ICON] * (bare + 1) + [TEXT] * (N - bare - 1)
