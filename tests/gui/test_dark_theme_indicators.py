"""Tick boxes, round choices and ticked list rows can be seen in the dark theme. Fusion draws an
indicator's border a shade darker than the window: an unchecked box in Settings or in a list of
notes to send was a dark square on a dark background, found on Xvfb at 150 % (View > Appearance >
Dark). Each indicator is drawn by the app's real style (its style sheet included) into an image
the colour of the window, in each state, and the pixels where its edge should be must stand out
from the window by 3:1 (WCAG's least for parts of a control)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from tests.gui.test_dark_theme_contrast import contrast
from vault_app.gui import theme

pytestmark = pytest.mark.gui

LEAST = 3.0  # WCAG 1.4.11, non-text contrast
SIDE = 40  # the image; the indicator is drawn in its middle

STATES = {
    "unchecked": QStyle.StateFlag.State_Off | QStyle.StateFlag.State_Enabled,
    "checked": QStyle.StateFlag.State_On | QStyle.StateFlag.State_Enabled,
    "partially": QStyle.StateFlag.State_NoChange | QStyle.StateFlag.State_Enabled,
    "disabled": QStyle.StateFlag.State_Off,
    "disabled checked": QStyle.StateFlag.State_On,
    "focused": QStyle.StateFlag.State_Off
    | QStyle.StateFlag.State_Enabled
    | QStyle.StateFlag.State_HasFocus
    | QStyle.StateFlag.State_KeyboardFocusChange,
}


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QColor]:
    theme.apply(qapp, "dark")
    yield qapp.palette().color(QPalette.ColorRole.Window)
    theme.apply(qapp, "system")


def _edge_contrast(image: QImage, rect: QRect, ground: QColor) -> dict[str, float]:
    """The strongest contrast met on each side's way in, along the middle row and column, over
    the outer quarter of the indicator: its edge, not the tick in its middle."""
    depth = max(2, rect.width() // 4)
    mid_x, mid_y = rect.center().x(), rect.center().y()
    ways = {
        "left": [(rect.left() + i, mid_y) for i in range(-1, depth)],
        "right": [(rect.right() - i, mid_y) for i in range(-1, depth)],
        "top": [(mid_x, rect.top() + i) for i in range(-1, depth)],
        "bottom": [(mid_x, rect.bottom() - i) for i in range(-1, depth)],
    }
    return {side: max(contrast(image.pixelColor(x, y), ground) for x, y in way) for side, way in ways.items()}


def _draw(widget: QWidget, element: QStyle.PrimitiveElement, option: QStyleOption, ground: QColor) -> QImage:
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(ground)
    painter = QPainter(image)
    widget.style().drawPrimitive(element, option, painter, widget)
    painter.end()
    return image


def _option(widget: QWidget, state: QStyle.StateFlag, option: QStyleOption, metric: QStyle.PixelMetric) -> QStyleOption:
    option.initFrom(widget)
    size = widget.style().pixelMetric(metric, option, widget)
    option.rect = QRect((SIDE - size) // 2, (SIDE - size) // 2, size, size)
    option.state = state
    return option


CONTROLS = {
    "check box": (QCheckBox, QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PixelMetric.PM_IndicatorWidth),
    "round choice": (
        QRadioButton,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    ),
    "group box": (QGroupBox, QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PixelMetric.PM_IndicatorWidth),
    "list row": (
        QListWidget,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        QStyle.PixelMetric.PM_IndicatorWidth,
    ),
    "tree row": (
        QTreeWidget,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        QStyle.PixelMetric.PM_IndicatorWidth,
    ),
}


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("control", list(CONTROLS))
def test_an_indicator_stands_out_from_the_dark_window(qtbot, dark: QColor, control: str, state: str) -> None:  # type: ignore[no-untyped-def]
    kind, element, metric = CONTROLS[control]
    if kind is QRadioButton and state == "partially":
        pytest.skip("a round choice has no third state")
    widget = kind()
    qtbot.addWidget(widget)
    if isinstance(widget, QGroupBox):
        widget.setCheckable(True)
    widget.ensurePolished()
    in_a_list = element == QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck
    made = QStyleOptionViewItem() if in_a_list else QStyleOptionButton()
    option = _option(widget, STATES[state], made, metric)
    if isinstance(option, QStyleOptionViewItem):
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        option.checkState = (
            Qt.CheckState.Checked
            if STATES[state] & QStyle.StateFlag.State_On
            else Qt.CheckState.PartiallyChecked
            if STATES[state] & QStyle.StateFlag.State_NoChange
            else Qt.CheckState.Unchecked
        )
    image = _draw(widget, element, option, dark)
    sides = _edge_contrast(image, option.rect, dark)
    assert min(sides.values()) >= LEAST, (control, state, {k: round(v, 2) for k, v in sides.items()})


def test_the_light_theme_keeps_the_native_indicators(qapp: QApplication) -> None:
    theme.apply(qapp, "light")
    try:
        assert "indicator" not in qapp.styleSheet()
    finally:
        theme.apply(qapp, "system")


def test_the_close_button_x_stands_out_from_the_dark_window(qtbot, dark: QColor) -> None:  # type: ignore[no-untyped-def]
    """The X a dialog's Close button shows (on desktops whose buttons carry icons: Xvfb's xcb
    did) was Fusion's dark grey one on the dark window. Asked of the style the way the button
    box asks it, since offscreen buttons carry no icons."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    box.ensurePolished()
    shown = box.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton, None, box)
    image = shown.pixmap(32, 32).toImage()
    seen = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    inked = [colour for colour in seen if colour.alpha() > 200]
    assert len(inked) > 20, "no X drawn at all"
    best = max(contrast(colour, dark) for colour in inked)
    assert best >= LEAST, best
