"""The dashboard's card (a title, a figure, a sentence and the links to what it counts) and its
link button, whose words wrap where the column has no room for them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
)

from vault_app.gui.announce import SAID_STYLES, AloudLabel


class LinkButton(QPushButton):
    """A card's link: its words on one line where there is room, on two or more (wrapped at
    spaces, like the card's sentences) where there is not. Found in the real app: "expediente
    DEMO-00004: 10/04/2026" held the third column of the Spanish Today as wide as itself, and
    on a 1000-pixel window the page scrolled sideways by a few pixels. Wrapped, not cut with
    "…": a chart's date is what the therapist reads the link for."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("text-align: left;")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter follows the link, as a link is followed everywhere else: a button of a main
        window takes Space only (Qt gives Enter to a dialog's buttons), and a keyboard-only
        therapist pressed Enter on "chart DEMO-00004: 10/06/2026" and nothing happened."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def _padding(self) -> QSize:
        """What the style puts around the words (the one-line hint less the words' own size)."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(max(0, hint.width() - metrics.horizontalAdvance(self.text())),
                     max(0, hint.height() - metrics.height()))

    def _words_in(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text())

    def minimumSizeHint(self) -> QSize:
        widest = max((self.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(widest + self._padding().width(), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint()
        if width >= one_line.width():
            return one_line.height()
        padding = self._padding()
        return max(one_line.height(), self._words_in(width - padding.width()).height() + padding.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        # The button's own face (hover, focus) without its words, then the words wrapped in it.
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        font = self.font()
        font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        wrap = Qt.TextFlag.TextWordWrap if self.width() < super().sizeHint().width() else Qt.TextFlag.TextSingleLine
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | wrap), self.text())


class Card(QFrame):
    links_set = Signal()  # new links: the page puts them in its Tab order (made after its button)

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        # Wrapped, not one line: "Última copia de seguridad comprobada" held its column as wide
        # as itself, and the Spanish Today scrolled sideways on a 1000-pixel window.
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        self.value.setObjectName("pageTitle")
        self.value.setWordWrap(True)
        # Said to a screen reader while in the warning's amber (a copy of the vault sharing another's backups,
        # the older of two copies): seen, never heard (found in review). Its calm news is not said.
        self.detail = AloudLabel("", styles=SAID_STYLES)
        self.detail.setObjectName("calmNote")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        self.setAccessibleName(title)
        self.setMinimumHeight(120)

        self.links = QVBoxLayout()
        self.links.setSpacing(0)
        layout.addLayout(self.links)
        # The links on the card now, kept as set_links makes them: the layout asks sizeHint a
        # dozen times per window, and looking for them among the card's children each time was
        # a third of its cost (and counted links already replaced but not yet deleted).
        self._link_buttons: list[LinkButton] = []

    def sizeHint(self) -> QSize:
        """As wide as its links' words (so they are cut only when the page has no room for
        them), else its narrowest: its sentences wrap to what the columns give."""
        hint = super().sizeHint()
        links = [w.sizeHint().width() for w in self._link_buttons]
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        inner = self.layout()
        if inner is not None:
            margins += inner.contentsMargins().left() + inner.contentsMargins().right()
        return QSize(max(self.minimumSizeHint().width(), max(links, default=0) + margins), hint.height())

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def set_links(self, links: list[tuple[str, Callable[[], None]]]) -> None:
        """Each item the card counts, as a button that opens it: a number is a way in."""
        while self.links.count():
            item = self.links.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self._link_buttons = []
        for text, action in links:
            button = LinkButton(text)
            button.clicked.connect(action)
            self.links.addWidget(button)
            self._link_buttons.append(button)
        self.links_set.emit()

    def link_buttons(self) -> list[LinkButton]:
        """The links on the card now, top to bottom."""
        return list(self._link_buttons)

    def clear(self) -> None:
        self.value.setText("…")
        self.detail.setText("")
        self.set_links([])
