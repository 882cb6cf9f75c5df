"""The measure dialog on a Spanish screen puts the PHQ-9 in its published Spanish (USA)
wording: the instruction line, each item and the four answers, from the domain's cited data
(not es.ts); the GAD-7 in its own, from the same series (held since the thirty-ninth round's
walk found it English on a Spanish screen). What is saved is the answer values and the English
band key, the same whichever language the screen is in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from tests.core.test_measures_spanish_wording import (
    GAD7_CITED_ITEMS,
    PHQ9_CITED_ITEMS,
    PHQ9_CITED_OPTIONS,
    PHQ9_CITED_PROMPT,
)
from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.domain.measures import get_instrument
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.services import measures

pytestmark = pytest.mark.gui

ANSWERS = [2, 2, 1, 1, 1, 1, 1, 1, 0]


@pytest.fixture
def spanish() -> Iterator[None]:
    assert i18n.install("es") == "es"
    try:
        yield
    finally:
        assert i18n.install("en") == "en"


def _item_words(dialog: MeasureDialog) -> list[str]:
    # Without the "&" the app adds to a buddy label for its Alt key.
    by_box = {label.buddy(): label.text().replace("&", "", 1) for label in dialog.items_box.findChildren(QLabel)
              if label.buddy() is not None}
    return [by_box[box] for box in dialog.answer_boxes]


def _answer_words(dialog: MeasureDialog) -> list[list[str]]:
    return [[box.itemText(i) for i in range(1, box.count())] for box in dialog.answer_boxes]


def _enter(dialog: MeasureDialog, qtbot, day: QDate) -> None:  # type: ignore[no-untyped-def]
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("phq9"))
    dialog.when.setDate(day)
    dialog.set_answers(ANSWERS)
    dialog.save_button.click()
    wait_ops(qtbot)


def test_phq9_items_prompt_and_answers_are_the_published_spanish(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, spanish: None) -> None:
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("phq9"))
    assert dialog.prompt.text() == PHQ9_CITED_PROMPT
    assert _item_words(dialog) == [f"{n}. {text}" for n, (_id, text) in enumerate(PHQ9_CITED_ITEMS, 1)]
    assert _answer_words(dialog) == [[f"{v}  {label}" for v, label in PHQ9_CITED_OPTIONS]] * 9
    # The answer kept under each word is the instrument's value, as in English.
    assert [dialog.answer_boxes[0].itemData(i) for i in range(dialog.answer_boxes[0].count())] == [None, 0, 1, 2, 3]
    assert dialog.answer_boxes[8].accessibleName().endswith(PHQ9_CITED_ITEMS[8][1])
    dialog.set_answers(ANSWERS)
    assert dialog.score_label.text().endswith("moderada")  # the band as the screen says it

    # The GAD-7 in its published Spanish too: the series' instruction line and answers, its own items.
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("gad7"))
    assert dialog.prompt.text() == PHQ9_CITED_PROMPT
    assert _item_words(dialog) == [f"{n}. {text}" for n, (_id, text) in enumerate(GAD7_CITED_ITEMS, 1)]
    assert _answer_words(dialog) == [[f"{v}  {label}" for v, label in PHQ9_CITED_OPTIONS]] * 7
    assert get_instrument("gad7").options[0].label == "Not at all"  # the instrument's own stays
    dialog.reject()


def test_english_screens_keep_the_english_phq9(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    phq9 = get_instrument("phq9")
    assert dialog.prompt.text() == phq9.prompt
    assert _item_words(dialog) == [f"{n}. {item.text}" for n, item in enumerate(phq9.items, 1)]
    assert _answer_words(dialog)[0] == ["0  Not at all", "1  Several days", "2  More than half the days",
                                        "3  Nearly every day"]
    dialog.reject()


def test_what_is_saved_is_the_same_in_either_language(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab, cid = _open_tab(unlocked_app, qtbot)
    assert i18n.install("es") == "es"
    try:
        dialog = tab.enter_measure()
        assert isinstance(dialog, MeasureDialog)
        wait_ops(qtbot)
        _enter(dialog, qtbot, QDate(2026, 3, 2))
    finally:
        assert i18n.install("en") == "en"
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    _enter(dialog, qtbot, QDate(2026, 3, 9))
    vault = unlocked_app.vault
    assert vault is not None
    spanish, english = measures.list_measures(vault, cid)
    stored = [(m.instrument, m.answers, m.total, m.band, m.risk_items) for m in (spanish, english)]
    assert stored[0] == stored[1] == ("phq9", tuple(ANSWERS), 10, "moderate", ())
    assert spanish.as_dict().keys() == english.as_dict().keys()
