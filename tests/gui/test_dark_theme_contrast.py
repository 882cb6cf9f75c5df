"""The dark theme's words that say yes or no read on its background: the verdicts' green and red
were the light theme's (#2f7d46, #b03a2e), 2.6:1 and 2.2:1 on the dark window; a refusal in the
Backups window, the export or the destruction wizard was hard to read (found on Xvfb in the real
app with View > Appearance > Dark). Real QApplication, its style sheet, real labels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from vault_app.gui import theme

pytestmark = pytest.mark.gui

LEAST = 4.5  # WCAG AA for text of ordinary size


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["dark", "light"])
def appearance(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, "system")


@pytest.mark.parametrize("name", ["verdictOk", "verdictRefused"])
def test_a_verdict_reads_on_the_window(qapp: QApplication, qtbot, appearance: str, name: str) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Refused: the folder is not writable.")
    label.setObjectName(name)
    qtbot.addWidget(label)
    label.ensurePolished()
    words = label.palette().color(QPalette.ColorRole.WindowText)
    ground = label.palette().color(QPalette.ColorRole.Window)
    assert (ground.lightness() < 128) is (appearance == "dark")
    least = LEAST if appearance == "dark" else 4.0  # the light theme's green is 4.4:1, unchanged
    assert contrast(words, ground) >= least, (appearance, words.name(), ground.name())


@pytest.fixture
def dark_desktop(qapp: QApplication) -> Iterator[None]:
    """A desktop in dark colours: the platform hands the app a dark palette, as KDE or GNOME's
    dark scheme does (offscreen has no platform theme, so the test sets it the same way)."""
    theme.apply(qapp, "system")
    before = qapp.palette()
    qapp.setPalette(theme._dark_palette())
    yield
    qapp.setPalette(before)
    theme.apply(qapp, "system")


@pytest.mark.parametrize("name", ["verdictOk", "verdictRefused"])
def test_following_a_dark_desktop_reads_too(qapp: QApplication, qtbot, dark_desktop: None, name: str) -> None:  # type: ignore[no-untyped-def]
    """ "System" on a dark desktop kept the light sheet's green and red (2.6:1 and 2.2:1)."""
    theme.apply(qapp, "system")
    label = QLabel("Refused: the folder is not writable.")
    label.setObjectName(name)
    qtbot.addWidget(label)
    label.ensurePolished()
    words = label.palette().color(QPalette.ColorRole.WindowText)
    ground = label.palette().color(QPalette.ColorRole.Window)
    assert ground.lightness() < 128
    assert contrast(words, ground) >= LEAST, (words.name(), ground.name())


def test_the_start_reads_the_desktop_palette_after_the_first_paint(qapp: QApplication, dark_desktop: None) -> None:
    """The start-up path reads no palette (test_startup_imports.py): it starts with the light
    sheet, and the step after the first paint (launcher.Boot.build) picks the dark one."""
    theme.apply(qapp, "system", first_paint_pending=True)
    assert qapp.styleSheet() == theme.STYLE_SHEET
    theme.follow_system(qapp)
    assert qapp.styleSheet() == theme.DARK_STYLE_SHEET


def test_following_a_light_desktop_keeps_the_light_sheet(qapp: QApplication) -> None:
    theme.apply(qapp, "system")
    assert qapp.styleSheet() == theme.STYLE_SHEET
    theme.follow_system(qapp)
    assert qapp.styleSheet() == theme.STYLE_SHEET
