"""Light and dark appearance on top of the platform's native style, and the icons.

"system" follows the OS colour scheme. Explicit light/dark uses Qt's colour-scheme
hint where the style supports it and falls back to a palette otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel

from vault_app.gui import focus_ring

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette, QStyleHints

THEMES = ("system", "light", "dark")
# Next to this module (installed package and PyInstaller bundle alike). importlib.resources
# cost ~5 ms (its import and first lookup) on the way to the unlock window.
ICONS = Path(__file__).resolve().parent / "icons"
_custom_palette = False
_following = True  # the theme is "system": the sheet follows the palette (follow_system)
_listening = False  # follow_system hears the desktop's colour-scheme changes

# Small, calm adjustments only: the native style does the rest.
STYLE_SHEET = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; }
QLabel#sectionTitle { font-weight: 600; }
QLabel#calmNote { color: palette(placeholder-text); }
QLabel#warningNote { color: #8a4b00; }
QLabel#verdictOk { color: #2f7d46; font-weight: 600; }
QLabel#verdictRefused { color: #b03a2e; font-weight: 600; }
QLabel#recoveryKey { font-family: monospace; font-size: 14pt; padding: 8px; }
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; }
QLabel[centered="true"] { qproperty-alignment: AlignHCenter; }
"""
# A warning note (amber) is what to know before going on, not a refusal:
# 5.9:1 on the light window, 8:1 on the dark; the calm notes' grey made it read as an aside.
# The verdicts' green and red above are 2.6:1 and 2.2:1 on the dark window (found on Xvfb: a
# refusal in Backups hard to read); lighter ones read at 7:1 and 6:1 there.
DARK_STYLE_SHEET = STYLE_SHEET + """
QLabel#verdictOk { color: #7fd48f; }
QLabel#verdictRefused { color: #ff8a80; }
QLabel#warningNote { color: #ffc870; }
"""
# Fusion draws an indicator's border a shade darker than the window: on the dark window an
# unchecked box was a dark square on dark (Settings, lists of notes to tick; found on Xvfb).
# Drawn from icons/indicator-*.svg instead, whose edges read at 3:1 or more in every state
# (tests/gui/test_dark_theme_indicators.py); the light theme keeps the native ones.
_INDICATOR_STATES = (
    ("unchecked", "off"),
    ("checked", "on"),
    ("indeterminate", "partly"),
)


def _indicator_rules(selectors: str, shape: str, states: tuple[tuple[str, str], ...]) -> str:
    rules = [f"{selectors} {{ width: 14px; height: 14px; }}"]
    for variant in ("", "focus", "disabled"):  # later rules win: disabled over focus
        for pseudo, name in states:
            stem = "-".join(part for part in (shape, name, variant) if part)
            where = ", ".join(f"{s.strip()}:{pseudo}{':' + variant if variant else ''}" for s in selectors.split(","))
            rules.append(f'{where} {{ image: url("{(ICONS / f"indicator-{stem}.svg").as_posix()}"); }}')
    return "\n".join(rules) + "\n"


DARK_STYLE_SHEET += _indicator_rules(
    "QCheckBox::indicator, QGroupBox::indicator, QAbstractItemView::indicator", "check", _INDICATOR_STATES
)
DARK_STYLE_SHEET += _indicator_rules("QRadioButton::indicator", "radio", _INDICATOR_STATES[:2])
# Fusion's X on a Close button is dark grey (1.6:1 on the dark window) where buttons carry icons
DARK_STYLE_SHEET += f'QDialogButtonBox {{ dialog-close-icon: url("{(ICONS / "close-dark.svg").as_posix()}"); }}\n'


def center(label: QLabel) -> None:
    """Centre a label's text through the style sheet: `label.setAlignment` needs PySide6's
    `Qt` namespace, which the first window is built without (see unlock.py)."""
    label.setProperty("centered", True)


_ICONS: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon of that name, made once per process. A QIcon keeps the pixmaps it has drawn
    from its SVG, so the same one given to every window (each unlock builds a main window, a
    lock an unlock window) draws each size once, and the warm-up's drawing (warmup.py) serves
    the first window too; a fresh QIcon read the file and drew it again at each first paint."""
    made = _ICONS.get(name)
    if made is None:
        made = _ICONS[name] = QIcon(str(ICONS / f"{name}.svg"))
    return made


def _dark_palette() -> QPalette:
    # Lazy (start-up): PySide6 builds a class on its first read; only the dark theme needs these
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    base, window, text = QColor(37, 39, 43), QColor(45, 47, 52), QColor(226, 228, 232)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, window)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 154, 160))
    p.setColor(QPalette.ColorRole.Highlight, QColor(79, 124, 172))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.Link, QColor(130, 170, 220))
    p.setColor(QPalette.ColorRole.Mid, QColor(80, 83, 90))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 133, 140))
    return p


def apply(app: QApplication, theme: str = "system", *, first_paint_pending: bool = False) -> None:
    """Set the theme. With `first_paint_pending` (the start-up path), "system" reads no palette:
    the caller calls `follow_system` once the first window is drawn."""
    theme = theme if theme in THEMES else "system"
    focus_ring.install(app)  # once: the ring follows the keyboard, the style stays the platform's
    global _following
    _following = theme == "system"
    hints = QGuiApplication.styleHints()
    global _custom_palette
    if theme != "dark" and _custom_palette:
        app.setPalette(app.style().standardPalette())
        _custom_palette = False
    if theme == "system":
        # Following the OS is Qt's default: the start-up path (almost always this one)
        # touches no palette, which saves PySide6 creating QPalette's and QColor's types.
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        elif hasattr(hints, "setColorScheme"):
            from PySide6.QtCore import Qt  # Lazy (start-up): see _explicit

            hints.setColorScheme(Qt.ColorScheme.Unknown)
    else:
        _explicit(app, hints, theme)
    app.setStyleSheet(DARK_STYLE_SHEET if theme == "dark" else STYLE_SHEET)
    app.setWindowIcon(icon("app"))
    if theme == "system" and not first_paint_pending:
        follow_system(app)


def follow_system(app: QApplication) -> None:
    """With "system", the sheet that reads on the palette the app actually got: a dark desktop
    kept the light sheet's green and red (2.6:1 and 2.2:1 on its window). Telling needs the
    palette, which the start-up path does not read (see apply): launcher.Boot calls this after
    the first paint; later desktop switches come through the colour-scheme signal."""
    if not _following:
        return
    # Lazy (start-up): PySide6 builds QPalette's type on its first read (see apply)
    from PySide6.QtGui import QPalette

    dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    sheet = DARK_STYLE_SHEET if dark else STYLE_SHEET
    if app.styleSheet() != sheet:  # setting a sheet re-polishes every widget
        app.setStyleSheet(sheet)
    global _listening
    hints = QGuiApplication.styleHints()
    if not _listening and hasattr(hints, "colorSchemeChanged"):
        # Queued: the new palette reaches the app after the hint's signal.
        # Lazy (start-up): as QPalette above, a type the way to the first window does not need
        from PySide6.QtCore import QTimer

        hints.colorSchemeChanged.connect(lambda *_: QTimer.singleShot(0, lambda: follow_system(app)))
        _listening = True


def _explicit(app: QApplication, hints: QStyleHints, theme: str) -> None:
    """Light or dark whatever the OS says."""
    global _custom_palette
    # Lazy (start-up): PySide6 builds the whole `Qt` namespace (93 enums, ~20 ms) the first time
    # QtCore.Qt is read; the unlock window is drawn before anything reads it.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    window = app.palette().color(QPalette.ColorRole.Window)
    if theme == "dark" and window.lightness() > 128:
        # The style ignored the colour-scheme hint (e.g. Fusion without a platform theme).
        app.setPalette(_dark_palette())
        _custom_palette = True
    elif theme == "light" and window.lightness() < 128:
        app.setPalette(app.style().standardPalette())
