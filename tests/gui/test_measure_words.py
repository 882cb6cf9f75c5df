"""The measure dialog's own sentences about an instrument (its name, the risk flag, the flag's next
steps) read in the screen's language; in English exactly as the instrument data and the service say
them, so the two cannot drift apart unseen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_measures_tab import _open_tab
from vault_app.domain.measures import get_instrument
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.gui.measure_words import NAME, NEXT_STEPS, RISK_MESSAGE
from vault_app.services import measures

pytestmark = pytest.mark.gui

RISKY = [0, 0, 0, 0, 0, 0, 0, 0, 1]  # item 9 above "Not at all"


@pytest.fixture
def spanish() -> Iterator[None]:
    assert i18n.install("es") == "es"
    try:
        yield
    finally:
        assert i18n.install("en") == "en"


def test_the_english_words_are_the_instruments_and_the_services() -> None:
    assert {key: get_instrument(key).name for key in NAME} == NAME
    assert {key: get_instrument(key).risk_message for key in RISK_MESSAGE} == RISK_MESSAGE
    assert NEXT_STEPS == measures.NEXT_STEPS


def _risky_phq9(app: AppController, qtbot) -> MeasureDialog:  # type: ignore[no-untyped-def]
    tab, _cid = _open_tab(app, qtbot)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("phq9"))
    dialog.set_answers(RISKY)
    return dialog


def test_a_spanish_screen_says_the_risk_flag_and_its_steps_in_spanish(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = _risky_phq9(unlocked_app, qtbot)
    phq9 = dialog.instrument_box.itemText(dialog.instrument_box.findData("phq9"))
    assert phq9 == "PHQ-9: Cuestionario sobre la Salud del Paciente-9 (depresión)"
    flag = dialog.risk_label.text()
    assert "«Ningún día»" in flag and "Not at all" not in flag  # the answer the Spanish form shows
    dialog.save_button.click()
    wait_ops(qtbot)
    after = dialog.after_text.toPlainText() if hasattr(dialog.after_text, "toPlainText") else dialog.after_text.text()
    assert "Valore ahora el riesgo de suicidio" in after
    assert "«Riesgo inminente de autolesión o suicidio»" in after
    assert not any(step in after for step in measures.NEXT_STEPS)
    dialog.reject()


def test_an_english_screen_says_them_as_the_service_does(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    dialog = _risky_phq9(unlocked_app, qtbot)
    assert dialog.risk_label.text() == "⚠ " + get_instrument("phq9").risk_message
    dialog.save_button.click()
    wait_ops(qtbot)
    after = dialog.after_text.toPlainText() if hasattr(dialog.after_text, "toPlainText") else dialog.after_text.text()
    # The steps of the note's state (no session here: a note for today), as the service says them.
    assert dialog.result_ is not None and dialog.result_.flag is not None
    assert dialog.result_.flag.next_steps == measures.next_steps("no_session")
    assert all(step in after for step in dialog.result_.flag.next_steps)
    dialog.reject()
