"""The Guardians form says what the list will say once saved, as the From date is typed (walker
wfamily): a 66-year-old's court-appointed conservator, "Legal guardian", read "a parent's authority ended
then (turned 18)" in orange and "until 12/31/1977 by law" while In force from said 03/01/2025; only after
Save did the list say "May sign: yes". Both sides: a From on or after the birthday of majority clears the
warning; none (or one before it) keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def test_the_warning_follows_the_from_date_being_typed(unlocked_app: AppController, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    born = date(date.today().year - 66, 1, 1)
    client = clients.create_client(vault, "Robert Vance", date_of_birth=born.isoformat())
    guardians.add_guardian(vault, client.client_id, name="Susan Vance", relationship="conservator",
                           authority="legal_guardian")
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.overview.edit_guardians()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.adult_warning.isVisibleTo(dialog), "no start recorded: read as a minor's guardian"
    dialog.valid_from.set_day(date(date.today().year - 1, 3, 1))
    assert not dialog.adult_warning.isVisibleTo(dialog)
    assert dialog.valid_until.lineEdit().text() == "open-ended"
    dialog.valid_from.set_day(date(born.year + 17, 6, 1))  # appointed while a minor: ended at 18
    assert dialog.adult_warning.isVisibleTo(dialog)
    dialog.valid_from.set_day(None)
    assert dialog.adult_warning.isVisibleTo(dialog)
    dialog.reject()
    wait_ops(qtbot)
