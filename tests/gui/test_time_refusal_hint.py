"""A refused time says what the screen's time takes in the practice's convention (found in the
real app: a 12-hour practice's "6:00 PN" was refused with the core's "Use 24-hour HH:MM, e.g.
14:30." while "6:00 PM" is what the field takes). Real note, real dialog, real vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.clinical import parse_time
from vault_app.domain.errors import InvalidInput
from vault_app.domain.same_day_sessions import SEPARATE
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.gui.refusal_words import refusal_words
from vault_app.services import notes, sessions

pytestmark = pytest.mark.gui

DAY = "2026-11-20"


@pytest.fixture
def practice(request: pytest.FixtureRequest) -> Iterator[str]:
    dates.set_practice_locale(request.param)
    yield request.param
    dates.set_practice_locale(None)


def _core_refusal() -> InvalidInput:
    with pytest.raises(InvalidInput) as refused:
        parse_time("6:00 PN", "start time", field="start_time")
    assert "24-hour" in refused.value.hint  # the core's (the CLI's) own hint, not the screen's
    return refused.value


@pytest.mark.parametrize(("practice", "example", "also_24_hour"),
                         [("en_US", "2:30 PM", True), ("es_MX", "2:30 p.m.", True), ("es_ES", "14:30", False),
                          ("en_GB", "14:30", False)],
                         indirect=["practice"])
def test_the_hint_says_the_practice_s_own_time(practice: str, example: str, also_24_hour: bool,
                                               qtbot: object) -> None:
    message, hint = refusal_words(_core_refusal())
    assert message == "The start time is not a valid time."
    assert "HH:MM" not in hint and example in hint
    assert ("24-hour" in hint) == also_24_hour  # "14:30" is taken in a 12-hour practice too


@pytest.mark.parametrize("practice", ["en_US"], indirect=True)
def test_the_hint_in_spanish(practice: str, qtbot: object, spanish: None) -> None:
    _message, hint = refusal_words(_core_refusal())
    assert hint.startswith("Escriba la hora como la escribe esta consulta") and "14:30" in hint
    assert "2:30" in hint and "{" not in hint


@pytest.mark.parametrize("practice", ["en_US"], indirect=True)
def test_a_refused_time_in_a_us_practice_says_what_the_field_takes(
        practice: str, unlocked_app: AppController, qtbot) -> None:
    assert unlocked_app.vault is not None
    vault = unlocked_app.vault
    client_id = add_client(unlocked_app, qtbot, "Tim Typo")
    note_id = notes.create_progress_note(vault, client_id, template="free", text="Evening.", note_date=DAY).note_id
    assert unlocked_app.main_window is not None
    editor = unlocked_app.main_window.chart.open_note(note_id)
    assert editor is not None
    wait_ops(qtbot)
    dialog = editor.link_session()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.choice.setCurrentIndex(dialog.choice.findData(f"{SEPARATE}:"))
    dialog.start.setText("6:00 PN")
    dialog.save_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert dialog.isVisible() and "not a valid time" in said
    assert "HH:MM" not in said and "2:30 PM" in said
    assert sessions.list_sessions(vault, client_id) == []  # nothing recorded
    dialog.start.setText("6:00 PM")  # what the hint says is taken
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    editor.close()
    wait_ops(qtbot)
