"""A message that takes a row of its own just under a field, in whatever layout holds the field,
and gives the row back when it goes.

Found in the real app: the date field's message (gui/date_field.py) floated over the form, on
top of the next row's label and field (a plan's "Goals", a payment's amount), because it was
placed over the window rather than in its layout. Forms hold their fields in different ways (a
form layout's row, a column of a box layout, a row of two dates side by side), so the place is
found from the field up: the first layout that stacks things vertically gets a row after the
one holding the field; a layout that puts things side by side is passed through to the layout
holding it, as is a widget whose own layout is side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLayout, QWidget


def _index_of(layout: QLayout, target: QWidget | QLayout) -> int:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is not None and (item.widget() is target or item.layout() is target):
            return i
    return -1


def _holder(layout: QLayout, target: QWidget | QLayout) -> QLayout | None:
    """The layout, `layout` or one nested in it, that holds `target` as one of its own items."""
    if _index_of(layout, target) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            found = _holder(inner, target)
            if found is not None:
                return found
    return None


def _vertical(layout: QBoxLayout) -> bool:
    return layout.direction() in (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop)


@dataclass
class Placement:
    """Where a message was put; `remove` takes it out and gives the space back."""

    layout: QLayout
    message: QWidget
    spacer: QWidget | None = None  # the empty label column of a form layout's row
    # The window's height before: a window the message made taller is made short again after.
    height_before: int = 0
    _done: bool = field(default=False, repr=False)

    def remove(self) -> None:
        if self._done:
            return
        self._done = True
        if not (shiboken6.isValid(self.layout) and shiboken6.isValid(self.message)):
            # The window is being torn down (a field's hideEvent as its form goes): the row went
            # with it. Found in a CI run: "Internal C++ object (QFormLayout) already deleted".
            return
        if isinstance(self.layout, QFormLayout):
            self.layout.takeRow(self.message)
        else:
            self.layout.removeWidget(self.message)
        if self.spacer is not None:
            self.spacer.deleteLater()
        self.message.hide()
        window = self.message.window()
        # The window's minimum size drops by the row now, not after the layouts' posted
        # requests have climbed up through each group box at the next turns of the event loop.
        holder = self.layout.parentWidget()
        while holder is not None:
            if holder.layout() is not None:
                holder.layout().invalidate()  # type: ignore[union-attr]
            holder.updateGeometry()  # its size hints, cached in the layout holding it, are read again
            holder = None if holder.isWindow() else holder.parentWidget()
        top = window.layout()
        if top is not None:
            top.activate()
        if window.isWindow() and window.height() > self.height_before > 0:
            window.resize(window.width(), max(self.height_before, window.minimumSizeHint().height()))


def place_under(target: QWidget, message: QWidget) -> Placement | None:
    """`message` in a row of its own under `target`; None when no layout above it stacks rows
    (the caller then shows it some other way)."""
    inside: QWidget | QLayout = target
    owner = target.parentWidget()
    while owner is not None:
        top = owner.layout()
        layout = _holder(top, inside) if top is not None else None
        while layout is not None:
            index = _index_of(layout, inside)
            if isinstance(layout, QFormLayout):
                # Typed as object in PySide6's stubs; it is (row, role).
                position: tuple[int, QFormLayout.ItemRole] = layout.getItemPosition(index)  # type: ignore[assignment]
                row = position[0]
                spacer = QWidget()
                layout.insertRow(row + 1, spacer, message)
                return Placement(layout, message, spacer, target.window().height())
            if isinstance(layout, QBoxLayout) and _vertical(layout):
                layout.insertWidget(index + 1, message)
                return Placement(layout, message, height_before=target.window().height())
            # Side by side (or a grid): the row is the whole of this layout, one level up.
            inside = layout
            layout = _holder(top, layout) if top is not None and top is not layout else None
        inside = owner
        owner = owner.parentWidget() if not owner.isWindow() else None
    return None


__all__ = ["Placement", "place_under"]
