"""The export wizard's What page never scrolls sideways: in Spanish its measures check box ("Añadir
las escalas (PHQ-9, GAD-7) aplicadas entre las fechas de estas notas, con sus gráficos de
evolución") did not wrap, the page scrolled sideways and cut the fields at the right (found in the
real app at 1280x860, and on a 1366x768 laptop at 150 %). Real widgets, a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollArea

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note
from vault_app.gui import i18n, screen_fit
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

LAPTOP_150 = QRect(0, 0, 910, 512)  # 1366x768 at 150 %
DESKTOP = QRect(0, 0, 1280, 860)


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("room", [DESKTOP, LAPTOP_150], ids=["1280x860", "1366x768-at-150"])
def test_the_what_page_needs_no_sideways_scroll(unlocked_app: AppController, qtbot: Any, language: str,
                                                room: QRect, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: room)
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    assert wizard is not None
    wait_ops(qtbot)
    qtbot.waitExposed(wizard)
    what = wizard.what_page  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: what.items.topLevelItemCount() == 1)
    assert what.with_measures.isVisible()
    area = what.findChild(QScrollArea)
    assert isinstance(area, QScrollArea)
    body = area.widget()
    # Laid out at the wizard's width (at least the view's), then nothing wider than the view.
    qtbot.waitUntil(lambda: body.width() >= area.viewport().width() > 0)
    assert body.minimumSizeHint().width() <= area.viewport().width(), (body.minimumSizeHint(), area.viewport())
    assert area.horizontalScrollBar().maximum() == 0
    assert not area.horizontalScrollBar().isVisible()
    # The words wrap, whole: the label is as tall as its lines.
    words = what.measures_words
    assert ("escalas" if language == "es" else "measures") in words.text()
    assert words.height() >= words.heightForWidth(words.width())
    assert area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    wizard.close()


def test_the_words_tick_the_box_by_click_and_by_their_letter(unlocked_app: AppController, qtbot: Any,
                                                            language: str) -> None:
    window = unlocked_app.main_window
    assert window is not None
    _chart_with_signed_note(unlocked_app, qtbot)
    wizard = window.chart.start_export()
    assert wizard is not None
    wait_ops(qtbot)
    qtbot.waitExposed(wizard)
    what = wizard.what_page  # type: ignore[attr-defined]
    box, words = what.with_measures, what.measures_words
    assert words.buddy() is box and "&" not in box.accessibleName() and box.accessibleName()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    text = words.text()
    letter = text[text.index("&") + 1]
    qtbot.keyClick(wizard, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.isChecked())  # Qt's click of a buddy button is animated
    assert what.fields() == ()
    wizard.close()
