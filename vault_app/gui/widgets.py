"""Small widgets and formatting shared by many screens (trees of records, calm notes,
dates, masked names). Screens import them from here, not from one another, so no screen
module is another's toolkit and the import graph of gui/ stays a tree."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.who_acts import LEDGER_WORDS
from vault_app.gui.announce import SAID_STYLES, AloudLabel
from vault_app.gui.announce import aloud_label as aloud_label  # re-exported: a said label beside a silent one
from vault_app.gui.focus_in_view import keep_focus_in_view
from vault_app.gui.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # re-exported: screens import it here
from vault_app.gui.wrapped_label import WrappedLabel

MASK = "•••••••"
Box = TypeVar("Box", QPlainTextEdit, QTextEdit)


def masked_name(name: str, privacy: bool) -> str:
    """Privacy mode shows a mask wherever a name (or clinical text) would be."""
    return MASK if privacy else name


def masked_representative(label: str, privacy: bool) -> str:
    """A representative as "Jane Roe, parent", the name masked in privacy mode ("•••, parent"):
    a parent's name often carries the client's own surname. The ledger's own words for one
    ("the client's personal representative (parent)") hold no name and stay."""
    if not privacy or label.startswith(LEDGER_WORDS):
        return label
    _name, _sep, capacity = label.partition(", ")
    return f"{MASK}, {capacity}" if capacity else MASK


def make_tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAccessibleName(name)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def ticks_with_space(tree: QTreeWidget) -> None:
    """Space ticks the row wherever it was clicked. The tick box is in the first column and
    Qt's Space acts on the current column only: after a click on a note's text, Space did
    nothing (found in the real app, Export or disclose)."""
    model = tree.selectionModel()

    def to_first(current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.column() != 0:
            model.setCurrentIndex(current.siblingAtColumn(0), QItemSelectionModel.SelectionFlag.NoUpdate)

    model.currentChanged.connect(to_first)


def scrolled(body: QWidget) -> QScrollArea:
    """A form's fields in a scroll area that never takes the keyboard itself: Qt gives a
    scroll area strong focus, so a dialog opened with the keyboard on the area, not on its
    first field, and the first words typed went nowhere (found in the real app, Record an
    authorization). Tab still scrolls to the field it reaches, and so does an Alt letter
    (gui/focus_in_view.py)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(body)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return keep_focus_in_view(area)


class PreferredHeightColumn(QVBoxLayout):
    """A scrolled form's column, laid out at its rows' preferred heights whatever is shown in
    it. A resizable scroll area makes its widget as tall as the view or as the layout's
    height-for-width, and Qt's column has one only while a word-wrapped label in it is shown:
    otherwise the area squeezed the rows to their minimum. So the progress note's body was
    1216 px with its "not a visit yet" line and 774 without it, and the note's sections shrank
    and grew by 442 px when the line went or came (the text typed at the end jumped away)."""

    def hasHeightForWidth(self) -> bool:
        return True


def leaves_by_tab(box: Box) -> Box:
    """A multi-line box of a form that Tab and Shift+Tab leave, as they leave a line: in Qt's
    box Tab types a tab and Enter a new line, so no key reached the form's buttons and a
    therapist typing a form could not finish it without the mouse (found walking the real
    app by keyboard). A tab character means nothing in a reason, a plan or a note: its
    sections are read on screen and on paper, not aligned in columns."""
    box.setTabChangesFocus(True)
    return box


def on_open(tree: QTreeWidget, open_item: Callable[[QTreeWidgetItem], object]) -> None:
    """What Enter or a double-click on a row opens, once per gesture. Qt already activates an
    item on a double-click (or on one click, where the style says so); connecting
    itemDoubleClicked as well opened every row twice (two editors on one draft, two
    chart.opened in the ledger: found in the real app)."""
    tree.itemActivated.connect(lambda item, _column: open_item(item))


class _OpenOnClick(QObject):
    """A click opens the row, Enter too; a double-click is one gesture and one opening, not
    the click's and then the activation Qt sends on the second click (or, by some styles, on
    the release of the first). Each opening of a chart or a psychotherapy note is a logged
    read: a double-click logged two (found in the real app)."""

    def __init__(self, tree: QTreeWidget, open_item: Callable[[QTreeWidgetItem], object]) -> None:
        super().__init__(tree)
        self._open = open_item
        self._clicked: QTreeWidgetItem | None = None
        self._clicked_at = QElapsedTimer()
        tree.itemClicked.connect(self._click)
        tree.itemActivated.connect(self._activate)

    def _click(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self._clicked = item
        self._clicked_at.start()
        self._open(item)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if (item is self._clicked and self._clicked_at.isValid()
                and self._clicked_at.elapsed() <= QApplication.doubleClickInterval()):
            self._clicked = None
            return
        self._open(item)


def on_click_or_enter(tree: QTreeWidget, open_item: Callable[[QTreeWidgetItem], object]) -> None:
    """For lists where one click opens the row (the client list, psychotherapy notes)."""
    _OpenOnClick(tree, open_item)


def add_row(tree: QTreeWidget, values: list[str], key: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem([v or "" for v in values])
    item.setData(0, Qt.ItemDataRole.UserRole, key)
    tree.addTopLevelItem(item)
    return item


def wrapped_label(text: str = "", name: str = "", *, selectable: bool = False) -> QLabel:
    """A word-wrapped label, styled by object name (theme.py: pageTitle, calmNote, ...), as tall
    as its lines (gui/wrapped_label.py). In a problem's or a warning's style, said to a screen reader
    as its words come, while it keeps that style (gui/announce.py)."""
    label = AloudLabel(text, styles=SAID_STYLES) if name in SAID_STYLES else WrappedLabel(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A field's label that takes the keyboard to it (its Alt letter given by the form's mnemonics)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def empty_note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("calmNote")
    label.setWordWrap(True)
    return label


def iso(value: date | datetime | str | None) -> str:
    """ISO text for a value kept or passed on; what a person reads goes through gui/dates."""
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()


def let_go(widget: QWidget | None) -> None:
    """A widget taken out of a layout, out of its window now (its Alt letter no longer counts as
    taken, nothing finds it) and deleted at the next turn of the event loop: deleted at once, under
    events still being delivered, one crashed the app now and then (a segmentation fault)."""
    if widget is not None:
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()


def chooser_button(text: str) -> QPushButton:
    """A "Choose…", "Browse…" or "Attach…" button, which opens a file or folder chooser: it
    never takes Enter. Focused once (by Tab, or by the click that chose), it took the Enter
    meant for the dialog's main action and opened the chooser again (found in the real app,
    one screen after another)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    return button


def chooser_row(field: QWidget, browse: QPushButton) -> QHBoxLayout:
    """A path field with its chooser button (chooser_button) beside it, the field taking the width."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(browse)
    return row


def natural(button: QPushButton) -> QHBoxLayout:
    """A button at its natural width inside a form, not stretched across the field column."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


__all__ = ["MASK", "QT_TRANSLATE_NOOP", "PreferredHeightColumn", "add_row", "empty_note", "iso", "leaves_by_tab",
           "make_tree", "masked_name", "natural"]


def mnemonic_of(text: str) -> str:
    """The underlined letter of `text` ("&Vault" -> "v"), "" when it has none."""
    return underlined(text).casefold()


# Letters whose underline cannot be seen in the app's font (a stub under I, i, l; lost in j's
# descender): Import underlined at its I showed no letter at all (screenshots of the real app).
FAINT = frozenset("IilJj")


def underlined(text: str) -> str:
    """The underlined character of `text` as written ("I&mport" -> "m"), "" when it has none."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1] if 0 <= at < len(plain) - 1 else ""


def _places(text: str) -> list[int]:
    """Where `text` may be underlined: its words' first letters first, then any of its letters."""
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalpha())]
    return [*starts, *(i for i, c in enumerate(text) if c.isalpha())]


def seen_places(text: str) -> list[int]:
    """The places of `_places` whose underline is seen (no FAINT letter), in that order. Not a
    letter right after a j either: the j's hook reaches under it, and its underline reads as the
    j's (found in Spanish: "Aj&ustes…" was read as Alt+J, which did nothing)."""
    return [i for i in _places(text) if text[i] not in FAINT and (i == 0 or text[i - 1] not in "jJ")]


def _with_letter(text: str, taken: set[str]) -> str:
    """`text` with an underlined letter not in `taken` (which it joins): a word's first letter
    not taken yet, else any letter not taken, one whose underline is seen before a FAINT one;
    unchanged when it has one or none is left."""
    if "&" in text:
        taken.add(mnemonic_of(text))
        return text
    # An accented letter last: Alt+ó, Alt+é cannot be typed on a Spanish keyboard in one stroke
    # ("Tel&éfono", "Direcci&ón" found in Spanish while a plain letter of theirs was free).
    order = [*seen_places(text), *_places(text)]
    order = [*(i for i in order if text[i].isascii()), *(i for i in order if not text[i].isascii())]
    at = next((i for i in order if text[i].casefold() not in taken), None)
    if at is None:
        return text
    taken.add(text[at].casefold())
    return f"{text[:at]}&{text[at:]}"


def give_mnemonics(menu: QMenu) -> None:
    """An underlined letter for each item of `menu` that has none, as desktop users expect
    (found in the real app: Vault > I did nothing; only the arrows reached Import…). Chosen
    after translation, so every language gets letters of its own words: a word's first
    letter not taken yet, else any letter not taken."""
    actions = [a for a in menu.actions() if not a.isSeparator()]
    taken = {mnemonic_of(a.text()) for a in actions} - {""}
    for action in actions:
        action.setText(_with_letter(action.text(), taken))


def give_button_mnemonics(buttons: Sequence[QAbstractButton], taken: set[str]) -> None:
    """An Alt letter for each of `buttons` that has none, none of them in `taken` (the menu
    bar's, and those of buttons always on screen beside them), chosen as for menus. Found in
    the real app: no button of a chart's tabs (Edit details…, Guardians…, Enter a measure…,
    Record a request…) could be reached by Alt, only by many Tabs or the mouse."""
    mine = set(taken) | {mnemonic_of(b.text()) for b in buttons} - {""}
    for button in buttons:
        button.setText(_with_letter(button.text(), mine))


def records_window(dialog: QDialog, intro: QWidget, records: QWidget, said: QWidget,
                   steps: Sequence[QPushButton]) -> None:
    """A window of records (a chart's suspensions, the practice's complaints): its words, the
    list, what the last step did, the steps at the right as laid out (`steps`, none the default)
    and Close; the steps, last laid out first, then Close take Alt letters."""
    row = QHBoxLayout()
    row.addStretch(1)
    for step in steps:
        step.setAutoDefault(False)
        row.addWidget(step)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(records, 1)
    layout.addWidget(said)
    layout.addLayout(row)
    layout.addWidget(close)
    closing = close.button(QDialogButtonBox.StandardButton.Close)
    give_button_mnemonics([*reversed(steps), *([closing] if closing else [])], set())


def give_every_button_a_letter(buttons: Sequence[QAbstractButton], taken: set[str]) -> None:
    """As give_button_mnemonics, with the buttons left without a letter (their words' letters all
    taken by those before them) choosing first on another try: found in the agenda, where
    "Attended" and then "Semana" lost every letter of theirs to the buttons before them. Buttons
    that had a letter already keep it; the first order is the caller's."""
    plain = {b: b.text() for b in buttons}
    order = list(buttons)
    for _attempt in range(len(order)):
        give_button_mnemonics(order, taken)
        left = [b for b in order if not mnemonic_of(b.text())]
        if not left:
            return
        for button in order:
            button.setText(plain[button])
        order = [*left, *(b for b in order if b not in left)]
    give_button_mnemonics(order, taken)


def form_letters(window: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, its Alt letter or "") for each button the keyboard reaches and each label that
    takes the keyboard to a field (its buddy) in `window`, hidden ones too. A password's Show is
    out of keyboard reach on purpose (gui/passphrase.py), an empty label takes no letter."""
    found: list[tuple[QWidget, str]] = [
        (b, mnemonic_of(b.text())) for b in window.findChildren(QAbstractButton)
        if b.text() and b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    found += [(lab, mnemonic_of(lab.text())) for lab in window.findChildren(QLabel)
              if lab.buddy() is not None and lab.text().strip() and "<" not in lab.text()]
    return found


def give_form_mnemonics(window: QWidget, first: Sequence[QAbstractButton], *,
                        taken_outside: Sequence[str] = ()) -> None:
    """An Alt letter for each button and field label of `window` (a form) that has none, none
    taking a letter another already has (two widgets on one letter make Alt go from one to the
    other): the buttons in `first` (its action, Cancel), then the labels, then other buttons,
    until the letters of their words run out. `taken_outside`: letters of buttons around the
    form but not in it (a wizard's Back, Next, Cancel around its page)."""
    found = [w for w, _letter in form_letters(window) if isinstance(w, QAbstractButton | QLabel)]
    taken = ({mnemonic_of(w.text()) for w in found} | set(taken_outside)) - {""}
    labels = [w for w in found if isinstance(w, QLabel)]
    # The labels before the other buttons: a long form (Edit details) has more of them than
    # there are letters, and Alt on a field's label is how a form is walked.
    ordered = [*(b for b in first if b in found), *labels, *(w for w in found if w not in first and w not in labels)]
    given = [w for w in ordered if "&" not in w.text()]
    for widget in ordered:
        widget.setText(_with_letter(widget.text(), taken))
    _trade_for_accented(given, taken)


def _trade_for_accented(given: Sequence[QWidget], taken: set[str]) -> None:
    """One left without a letter takes a plain one from another given here that has an accented
    letter free to go to instead (accented last, _with_letter, left a Spanish court-order tick
    box letterless: an Alt+ó that cannot be typed beats no letter no more than it is beaten)."""
    for widget in given:
        text = widget.text()  # type: ignore[attr-defined]
        if mnemonic_of(text):
            continue
        wants = {c.casefold() for c in text if c.isalpha()}
        for other in given:
            other_text = other.text()  # type: ignore[attr-defined]
            letter = mnemonic_of(other_text)
            plain = other_text.replace("&", "", 1)
            spare = next((i for i in seen_places(plain) if not plain[i].isascii()
                          and plain[i].casefold() not in taken), None)
            if letter in wants and spare is not None:
                taken.add(plain[spare].casefold())
                other.setText(f"{plain[:spare]}&{plain[spare:]}")  # type: ignore[attr-defined]
                at = next(i for i in (*seen_places(text), *_places(text)) if text[i].casefold() == letter)
                widget.setText(f"{text[:at]}&{text[at:]}")  # type: ignore[attr-defined]
                break


def reselect(tree: QTreeWidget, key: object) -> None:
    """The row whose key is `key` chosen again and in view (after the list was drawn again)."""
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
            tree.setCurrentItem(item)
            tree.scrollToItem(item)
            return


def chosen_row(tree: QTreeWidget) -> QTreeWidgetItem | None:
    """The row a button beside a list acts on: the selected one, else the only one. None: the
    caller says what to choose (buttons that did nothing with nothing selected, found in the
    real app) and the list takes the keyboard."""
    item = tree.currentItem()
    if item is not None and item.isSelected():
        return item
    if tree.topLevelItemCount() == 1:
        return tree.topLevelItem(0)
    tree.setFocus()
    return None

