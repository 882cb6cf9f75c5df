"""The agenda's buttons name the single key that does what they do, in words the reader can
match: each button's tooltip starts "Key X:" ("Tecla X:"), the labels carry no hint (as
"(key X)" they wrapped the row at 125 %, test_agenda_buttons_one_row.py). Found on the
Spanish screens: "Otro estado… (S)", "Cuenta… (B)", "Tarifas… (F)" read as letters from
nowhere (the keys come from English words and stay the same in every language, agenda_keys.py).
Both languages, and each hint is checked against the key table itself, so a hint cannot name a
key that does something else."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from vault_app.gui.agenda_keys import KEYS
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

# The button, and the page method its key must call.
BUTTONS = [
    ("new_button", "new_appointment"),
    ("attend_button", "mark_attended"),
    ("status_button", "show_status_menu"),
    ("move_button", "move_appointment"),
    ("account_button", "open_account"),
    ("fees_button", "open_fees"),
]
_HINT = re.compile(r"^(?P<said>Key|Tecla) (?P<key>[A-Z]): (?P<words>.+)$")


class _Recorder:
    """Stands for the page: records which of its actions a key asked for."""

    mode = "week"

    def __init__(self) -> None:
        self.called: list[str] = []

    def __getattr__(self, name: str) -> object:
        return lambda *args: self.called.append(name)


def _key_calls(letter: str) -> list[str]:
    page = _Recorder()
    KEYS[getattr(Qt.Key, f"Key_{letter}")](page)  # type: ignore[arg-type]
    return page.called


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("button", "method"), BUTTONS)
def test_each_agenda_button_names_its_key_so_the_reader_can_match_it(
        unlocked_app: AppController, qtbot, request: pytest.FixtureRequest, language: str, button: str,
        method: str) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    from vault_app.gui.agenda import AgendaPage

    page = AgendaPage(unlocked_app)
    qtbot.addWidget(page)
    label = getattr(page, button).toolTip()
    hint = _HINT.match(label)
    assert hint is not None, f"no key named in {label!r}"
    assert _key_calls(hint["key"]) == [method], f"{label!r} names a key that does something else"
    assert hint["said"] == {"en": "Key", "es": "Tecla"}[language], label
    assert "(" not in getattr(page, button).text(), getattr(page, button).text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_agenda_buttons_name_their_keys_in_one_form(unlocked_app: AppController, qtbot,
                                                         request: pytest.FixtureRequest, language: str) -> None:
    """Found by the month-end walker: "Account… (key B)" beside "New appointment… (N)", two
    kinds of hint on one row. Each tooltip says "Key X" ("Tecla X")."""
    if language == "es":
        request.getfixturevalue("spanish")
    from vault_app.gui.agenda import AgendaPage

    page = AgendaPage(unlocked_app)
    qtbot.addWidget(page)
    said = {button: _HINT.match(getattr(page, button).toolTip()) for button, _method in BUTTONS}
    assert all(said.values()), said
    assert {hint["said"] for hint in said.values() if hint is not None} == {{"en": "Key", "es": "Tecla"}[language]}
