"""The theme applied at start-up and switched later: "system" (the start-up path, which
touches no palette) and the explicit light and dark themes, in every order, on the real
QApplication (offscreen: Fusion, no platform theme, so dark needs the fallback palette)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from vault_app.gui import theme


def _window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


@pytest.mark.parametrize(
    ("sequence", "dark_after_each"),
    [
        (["system"], [False]),
        (["dark"], [True]),
        (["light"], [False]),
        (["dark", "system"], [True, False]),
        (["dark", "light", "dark"], [True, False, True]),
        (["system", "dark", "bogus"], [False, True, False]),  # an unknown name means "system"
    ],
)
def test_theme_sequence(qapp: QApplication, sequence: list[str], dark_after_each: list[bool]) -> None:
    theme.apply(qapp, "system")
    light = _window_lightness(qapp)
    assert light > 128  # offscreen Fusion is light by default
    try:
        for name, dark in zip(sequence, dark_after_each, strict=True):
            theme.apply(qapp, name)
            assert (_window_lightness(qapp) < 128) is dark, name
            assert qapp.styleSheet() == (theme.DARK_STYLE_SHEET if name == "dark" else theme.STYLE_SHEET)
            assert not qapp.windowIcon().isNull()
    finally:
        theme.apply(qapp, "system")
    assert _window_lightness(qapp) == light


def test_icons_are_found_next_to_the_module() -> None:
    names = sorted(p.stem for p in theme.ICONS.glob("*.svg"))
    assert "app" in names and "lock" in names
    for name in names:
        assert not theme.icon(name).isNull(), name
        assert not theme.icon(name).pixmap(16, 16).isNull(), name
