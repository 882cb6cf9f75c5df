"""A drop-down whose choices are sentences, read whole: its list as wide as its longest choice
where the screen has room, each choice wrapped onto more lines where it has not; the box itself,
narrower, says its whole choice in its tooltip and to a screen reader.

Found (fwords): the export wizard's Authorization choices ("progress notes to Dr. ..., signed ...
(expired by the vault's last record: check the clock); dated ...") and its Basis choices were cut
at the wizard's width, in the box and in its list, in English and longer in Spanish, at 100 % and
150 %: the part that says why a form cannot be used was the part cut off.

The closed box still cut it (round 43's leftover): a therapist does not hover for a tooltip. Given a
line to say it in, the whole choice is written under the box whenever the box cuts it, and only then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from vault_app.gui import screen_fit

# Beside the text in a row of the list: the style's margins and a vertical scroll bar's room.
_TEXT_MARGIN = 8
_MAX_LINES = 20  # a choice longer still is cut at the end (no choice comes near it)


class WrappingDelegate(QStyledItemDelegate):
    """Draws each choice on as many lines as `wrap_at` pixels need (the combo's list)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wrap_at = 400

    def _text_height(self, option: QStyleOptionViewItem, text: str) -> int:
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, self.wrap_at, 10_000),
                                                 int(Qt.TextFlag.TextWordWrap), text)
        return min(bounds.height(), option.fontMetrics.lineSpacing() * _MAX_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        one_line = opt.fontMetrics.lineSpacing()
        return QSize(self.wrap_at + _TEXT_MARGIN, base.height() - one_line + self._text_height(opt, opt.text))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.textElideMode = Qt.TextElideMode.ElideNone
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


def widest_text(combo: QComboBox) -> int:
    """The pixels the longest choice needs on one line, in the list's font."""
    metrics = combo.view().fontMetrics()
    return max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)


class WholeLine(QLabel):
    """The line under a box for its whole choice: as tall as its lines at the width it has (a
    wrapped QLabel asks a form for the height of a narrow guess, and left a gap of several empty
    lines under the choice: seen on Xvfb at 150 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._laid_at = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.width() if self._laid_at else hint.width()
        return QSize(hint.width(), self.heightForWidth(width) if self.text() else 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_at:
            self._laid_at = event.size().width()
            self.updateGeometry()  # the height its lines take at this width


def cut_in_box(combo: QComboBox, text: str) -> bool:
    """Whether the closed box draws `text` cut (wider than the box's own text field)."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(text) > field.width()


class WholeChoices(QObject):
    """Keeps `combo`'s list and tooltip fitted to its choices as they are set and chosen; with a
    `below` line, writes the whole choice there while the closed box cuts it (`show_below` shows or
    hides that line's row: a form's row, not to leave an empty gap)."""

    _NEWS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.EnabledChange, QEvent.Type.FontChange)

    def __init__(self, combo: QComboBox, spoken: str, below: WholeLine | None = None,
                 show_below: Callable[[bool], None] | None = None) -> None:
        super().__init__(combo)
        self.combo = combo
        self.spoken = spoken  # the box's own name ("Authorization on file"), before its choice
        self.below = below
        self.show_below = show_below or (below.setVisible if below is not None else None)
        if below is not None:
            below.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            combo.installEventFilter(self)
        self.delegate = WrappingDelegate(combo)
        combo.setItemDelegate(self.delegate)
        view = combo.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        if isinstance(view, QListView):  # a combo's own list
            view.setWordWrap(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The box asks no width of its longest choice: it would widen the wizard past the screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        model: QAbstractItemModel = combo.model()
        model.rowsInserted.connect(self.fit)
        model.rowsRemoved.connect(self.fit)
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(self.fit)
        combo.currentIndexChanged.connect(self._said)
        self.fit()

    def list_width(self) -> int:
        """As wide as the longest choice, within the screen's room (and never under the box)."""
        extra = 2 * _TEXT_MARGIN + self.combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = screen_fit.inner_room(screen_fit.room_of(self.combo.window())).width()
        return max(min(widest_text(self.combo) + extra, room), self.combo.width())

    def fit(self, *_args: object) -> None:
        width = self.list_width()
        extra = 2 * _TEXT_MARGIN + self.combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.delegate.wrap_at = max(width - extra, 50)
        self.combo.view().setMinimumWidth(width)
        self._said()

    def _said(self, *_args: object) -> None:
        text = self.combo.currentText()
        self.combo.setToolTip(text)
        self.combo.setAccessibleName(f"{self.spoken}: {text}" if text else self.spoken)
        if self.below is not None and self.show_below is not None:
            cut = bool(text) and self.combo.isEnabled() and cut_in_box(self.combo, text)
            self.below.setText(text if cut else "")
            self.show_below(cut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        if watched is getattr(self, "combo", None) and event.type() in self._NEWS:
            self._said()
        return False


def show_whole(combo: QComboBox, spoken: str, below: WholeLine | None = None,
               show_below: Callable[[bool], None] | None = None) -> WholeChoices:
    """Fits `combo` (see the module's comment); `spoken` is its name for a screen reader; `below`,
    a line under the box for its whole choice while the box cuts it."""
    return WholeChoices(combo, spoken, below, show_below)


def popup_of(combo: QComboBox) -> QWidget:
    """The window the list opens in (its container), for its width."""
    return combo.view().window()


__all__ = ["WholeChoices", "WholeLine", "WrappingDelegate", "cut_in_box", "popup_of", "show_whole", "widest_text"]
