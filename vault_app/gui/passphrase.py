"""Passphrase entry: a field with show/hide, and a strength meter with plain advice.

The estimate is deliberately conservative and simple (no dictionary download): it
counts the character pool and length, and discounts repeats, sequences and
common words. It steers people to long passphrases rather than clever symbols.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
_COMMON = (
    "password", "passwort", "letmein", "welcome", "qwerty", "azerty", "admin", "secret",
    "therapy", "therapist", "counsel", "client", "patient", "monkey", "dragon", "iloveyou",
    "123456", "abc123", "login", "sunshine", "princess", "football", "baseball",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")


class Strength(NamedTuple):
    # A NamedTuple rather than a frozen dataclass: `dataclasses` (~3.5 ms to import) is
    # otherwise not loaded on the way to the unlock window, which shows this module's field.
    score: int  # 0 (too weak) .. 4 (excellent)
    bits: float
    label: str
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.score >= 2


# English here (estimate() is pure and tested as such); StrengthMeter translates what it shows.
LABELS = (
    QT_TRANSLATE_NOOP("StrengthMeter", "Too weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Excellent"),
)
TOO_SHORT = QT_TRANSLATE_NOOP("StrengthMeter", "Use at least {0} characters; four or more words is better.")
ADVICE = (
    TOO_SHORT,
    QT_TRANSLATE_NOOP("StrengthMeter", "Easy to guess. Add more words: a short sentence only you would think of "
                                       "works well."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Acceptable. A few more words would make it much stronger."),
    "",  # "Strong." and "Excellent." need no advice: the label says it (it read "Excellent. Excellent.")
    "",
)


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, 0.0, LABELS[0], TOO_SHORT.format(MIN_LENGTH))
    lowered = passphrase.lower()
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"[0-9]", passphrase) else 0
    pool += 33 if re.search(r"[^A-Za-z0-9]", passphrase) else 0
    effective = _effective_length(lowered)
    bits = effective * math.log2(max(pool, 10))
    words = [w for w in re.split(r"[^a-z]+", lowered) if len(w) >= 3]
    if len(words) >= 4:
        # Several separate words: count them like diceware words (about 11 bits each at worst).
        bits = max(bits, 11.0 * len(words))
    for word in _COMMON:
        if word in lowered:
            bits -= 4.7 * len(word)
    bits = max(bits, 0.0)
    if bits < 40:
        score, advice = 1, ADVICE[1]
    elif bits < 60:
        score, advice = 2, ADVICE[2]
    elif bits < 80:
        score, advice = 3, ADVICE[3]
    else:
        score, advice = 4, ADVICE[4]
    return Strength(score, bits, LABELS[score], advice)


def _effective_length(text: str) -> float:
    """Length with repeated characters and keyboard/alphabet runs counted at a fraction."""
    total = 0.0
    prev = ""
    for i, ch in enumerate(text):
        if ch == prev:
            total += 0.2
        elif i >= 1 and any(text[i - 1 : i + 1] in seq for seq in _SEQUENCES):
            total += 0.3
        else:
            total += 1.0
        prev = ch
    return total


# The property of a field whose text is a secret (a passphrase, a recovery key, a PDF password):
# what is selected in it is never offered as X11's primary selection (gui/clipboard.CopyGuard).
# Found by the attacker's walk: Show, the passphrase triple-clicked to check it, Unlock, and any
# application's middle-click pasted the vault's passphrase for as long as the vault was open.
KEPT_FROM_SELECTION = "keptFromSelection"


def keep_secret(edit: QLineEdit) -> None:
    """`edit`'s text, shown or not, never goes to the primary selection."""
    edit.setProperty(KEPT_FROM_SELECTION, True)


def _is_show_key(event: QKeyEvent) -> bool:
    from PySide6.QtCore import Qt  # Lazy (start-up): read once a key is typed

    return event.key() == Qt.Key.Key_H and event.modifiers() == Qt.KeyboardModifier.ControlModifier


class ShowKey(QObject):
    """Ctrl+H in a hidden field shows what was typed, and again hides it. Show stays out of the
    Tab order (a Space meant for the next field showed a passphrase), and an Alt letter is only
    safe where the window's letters are known (the unlock window's): elsewhere a keyboard-only
    therapist who cannot see the dots well could never check them (found at 200 %). A key of
    the field itself works in every window; the ShortcutOverride keeps a window's own Ctrl+H
    from taking it while the field has the keyboard."""

    def __init__(self, edit: QLineEdit, toggle: Callable[[], object]) -> None:
        super().__init__(edit)
        self._toggle = toggle
        edit.setAccessibleDescription(QCoreApplication.translate(
            "PassphraseField", "Ctrl+H shows or hides what is typed"))
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent)
                and _is_show_key(event)):
            if kind == QEvent.Type.KeyPress:
                self._toggle()
            event.accept()
            return True
        return super().eventFilter(watched, event)


def show_by_key(edit: QLineEdit) -> QLineEdit:
    """A hidden field without a Show button (a PDF password, a PIN): Ctrl+H shows and hides it.
    Shown, its text is selectable: kept from the primary selection as a passphrase is."""
    keep_secret(edit)

    def toggle() -> None:
        hidden = edit.echoMode() == QLineEdit.EchoMode.Password
        edit.setEchoMode(QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password)

    ShowKey(edit, toggle)
    return edit


class PassphraseField(QWidget):
    """A password line edit with a show/hide button."""

    textChanged = Signal(str)

    def __init__(
        self, placeholder: str = "", accessible_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        keep_secret(self.edit)  # Show makes its text selectable
        self.edit.setPlaceholderText(placeholder)
        accessible_name = accessible_name or self.tr("Passphrase")  # a default cannot be translated
        self.edit.setAccessibleName(accessible_name)
        # Password echo already asks input methods not to learn or predict the text.
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show {0}").format(accessible_name.lower()))
        self.toggle.setToolTip(self.tr("Show or hide what is typed (Ctrl+H)"))
        self.toggle.toggled.connect(self._toggle)
        ShowKey(self.edit, self.toggle.toggle)
        # Out of the Tab order: Tab from the passphrase went to Show, and the confirmation's
        # first Space then showed the passphrase on screen (found in the real app, first run).
        # On the event loop's first turn: the unlock window is painted before PySide6's `Qt`
        # namespace is read (gui/launcher.py, tests/gui/test_startup_imports.py).
        QTimer.singleShot(0, self, self._keyboard_ways)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        self.edit.textChanged.connect(self.textChanged)
        self.setFocusProxy(self.edit)
        self._submit: Callable[[], object] | None = None
        self._words: tuple[str, str] | None = None

    def with_letters(self, show: str, hide: str) -> None:
        """Show and Hide with Alt letters free in the window they are in (the unlock window's):
        here they have none, as another window's letters may be any."""
        self._words = (show, hide)
        self.toggle.setText(hide if self.toggle.isChecked() else show)

    def _keyboard_ways(self) -> None:
        from PySide6.QtCore import Qt  # Lazy (start-up): the `Qt` namespace, ~20 ms, after the first paint

        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A label's Alt letter gives focus to its buddy (this field, in a form's row) only if the
        # buddy takes focus: with none, Alt and the letter did nothing (the export wizard). Tab
        # still stops on the edit alone: Qt skips a widget whose focus goes to a proxy.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def on_enter(self, submit: Callable[[], object]) -> None:
        """Enter in the field does `submit` (unlock) and nothing else. In a wizard Enter also
        pressed Next: the import went on with the passphrase unused and its psychotherapy
        notes skipped (found in the real app)."""
        self._submit = submit
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import Qt  # Lazy (start-up): the `Qt` namespace, read once a key is typed

        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        if (watched is getattr(self, "edit", None) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self._submit is not None):
            self._submit()
            return True
        return super().eventFilter(watched, event)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        show, hide = self._words or (self.tr("Show"), self.tr("Hide"))
        self.toggle.setText(hide if shown else show)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()


class MeterFace(QWidget):
    """A strength meter's face: a bar of five steps and a line of words under it (this
    meter, and gui/new_passphrase_fields.ZxcvbnMeter, which judges on the worker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        # translate() spelled out: a subclass's tr() would look in the subclass's context.
        self.bar.setAccessibleName(QCoreApplication.translate("StrengthMeter", "Passphrase strength"))
        self.label = QLabel(" ")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)


class StrengthMeter(MeterFace):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength = estimate("")

    def update_for(self, passphrase: str) -> Strength:
        self.strength = estimate(passphrase)
        self.bar.setValue(self.strength.score)
        self.label.setText(f"<b>{self.tr(self.strength.label)}.</b> {self._advice()}".strip() if passphrase else " ")
        self.bar.setAccessibleDescription(self.tr(self.strength.label))
        return self.strength

    def _advice(self) -> str:
        # The advice is looked up by its English template (the too-short one carries the length).
        if self.strength.score == 0:
            return self.tr(TOO_SHORT).format(MIN_LENGTH)
        return self.tr(self.strength.advice) if self.strength.advice else ""
