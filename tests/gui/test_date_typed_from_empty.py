"""A date of birth left "not given" and then typed into only in part: one digit ("5", or a
careless "-5") started the date from today's and Save stored 05/05 of this year as the birth
date, a day nobody typed (found typing hostile input into the new-client form). Until every
part is typed (or a day is picked), Save is held and the field says so; the name typed stays.
Real Qt widgets (offscreen), real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _new_client(app: AppController) -> ClientDialog:
    window = app.main_window
    assert window is not None
    window.client_list.new_client()
    return next(d for d in window.findChildren(ClientDialog) if d.isVisible())


def _names_and_births(app: AppController, qtbot: object) -> list[tuple[str, date | None]]:
    got: list[list[tuple[str, date | None]]] = []
    app.op(None, lambda v: [(c.legal_name, c.date_of_birth) for c in clients.list_clients(v)]).success(got.append).run()
    wait_ops(qtbot)
    return got[0]


@pytest.mark.parametrize("typed", ["-5", "5", "0203"])
@pytest.mark.parametrize("key", ["save", "enter"])
def test_a_birth_date_typed_in_part_is_not_saved_as_today_s_parts(
        unlocked_app: AppController, qtbot, typed: str, key: str) -> None:
    dialog = _new_client(unlocked_app)
    dialog.legal_name.setText("Ann Partdate")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, typed)
    if key == "save":
        dialog.save_button.click()
    else:
        qtbot.keyClick(dialog.date_of_birth, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible() and dialog.legal_name.text() == "Ann Partdate"
    assert "not complete" in dialog.date_of_birth.problem()
    assert _names_and_births(unlocked_app, qtbot) == []
    dialog.save_button.click()  # a second Save is held too, until the date is typed or picked
    wait_ops(qtbot)
    assert dialog.isVisible() and _names_and_births(unlocked_app, qtbot) == []


def test_the_whole_birth_date_typed_is_saved(unlocked_app: AppController, qtbot) -> None:
    dialog = _new_client(unlocked_app)
    dialog.legal_name.setText("Ann Wholedate")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, "02031980")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.date_of_birth.problem()
    assert _names_and_births(unlocked_app, qtbot) == [("Ann Wholedate", date(1980, 2, 3))]
