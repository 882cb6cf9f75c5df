"""A parent who signed a form while the client was a minor, once the client is an adult (found by the
walker: the authorization form refused "not in force today" a form signed at 16, so the chart lost its
history; and Record a request offered that parent under Made by for today, then refused them). Real
vault, real widgets: the form is recorded after its check; Made by lets a representative be chosen only
for a day received on which they may act."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest

from tests.core import disclosure_fixtures as fx
from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, guardians, practice

pytestmark = pytest.mark.gui


def _born_18_years_and_180_days_ago() -> date:
    """18 today, 18 for about six months: a day when they were 16 is about two years ago."""
    day = fx.today() - timedelta(days=180)
    if (day.month, day.day) == (2, 29):
        day -= timedelta(days=1)
    return day.replace(year=day.year - 18)


def _adult_with_parent(app: AppController) -> tuple[str, str, date]:
    vault = app.vault
    assert vault is not None
    born = _born_18_years_and_180_days_ago()
    chart = fx.make_chart(vault, n=1, date_of_birth=born)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    mother = guardians.add_guardian(vault, chart.client_id, "Morgan Ellis", authority="parent",
                                    relationship="mother")
    at_16 = born.replace(year=born.year + 16) + timedelta(days=30)
    return chart.client_id, mother.guardian_id, at_16


def test_a_form_the_parent_signed_at_16_is_recorded_after_its_check(unlocked_app: AppController, qtbot,
                                                                     tmp_path: Path) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    client_id, _mother, at_16 = _adult_with_parent(unlocked_app)
    window.open_chart(client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    fill_authorization(dialog, signed_scan(tmp_path), signer="Morgan Ellis")
    dialog.signer_role.setCurrentIndex(dialog.signer_role.findData("personal_representative"))
    dialog.signer_name.setText("Morgan Ellis")
    dialog.signed_on.setDate(QDate(at_16.year, at_16.month, at_16.day))
    dialog.save_button.click()
    wait_ops(qtbot)
    said = dialog.message.text()
    assert "no longer holds from" in said and "164.508(b)(5)" in said, said
    assert dialog.save_button.text() == "Record anyway"
    assert authorizations.list_authorizations(vault, client_id) == [], "nothing recorded before the answer"
    dialog.save_button.click()
    wait_ops(qtbot)
    recorded = authorizations.list_authorizations(vault, client_id)
    assert [(a.signer.name, a.signer.role, a.signed_on) for a in recorded] == [
        ("Morgan Ellis", "personal_representative", at_16)]
    assert not dialog.isVisible()


def test_made_by_lets_the_parent_be_chosen_only_on_a_day_they_may_act(unlocked_app: AppController, qtbot) -> None:
    """Listed on both days (a refused representative is shown greyed and marked, not dropped: found by a
    walker), chosen only on the day they may act: the keyboard steps over them on the other."""
    from vault_app.gui.requests_dialog import NewRequestDialog

    client_id, mother, at_16 = _adult_with_parent(unlocked_app)
    dialog = NewRequestDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)

    def offered() -> list[str]:
        return [str(dialog.made_by.itemData(i)) for i in range(dialog.made_by.count())]

    def may_choose_mother() -> bool:
        model = dialog.made_by.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(dialog.made_by.findData(mother))
        return item is not None and item.isEnabled()

    def next_choice_from_the_client() -> str:
        """Made by as the therapist moves down from "The client" by the keyboard."""
        dialog.made_by.setCurrentIndex(0)
        QTest.keyClick(dialog.made_by, Qt.Key.Key_Down)
        return str(dialog.made_by.currentData())

    # Received today: the client is 18, the parent's authority has ended (164.502(g)).
    assert offered() == ["client", mother, "other"]
    assert not may_choose_mother()
    assert dialog.made_by.itemText(1) == "Morgan Ellis, parent (mother): may not request the records"
    assert dialog.refused_note.isVisible() and dialog.refused_note.text().startswith("Morgan Ellis, parent (mother): ")
    assert next_choice_from_the_client() == "other"
    dialog.received.setDate(QDate(at_16.year, at_16.month, at_16.day))
    qtbot.waitUntil(may_choose_mother)
    assert offered() == ["client", mother, "other"]
    assert dialog.made_by.itemText(1) == "Morgan Ellis, parent (mother)"
    assert not dialog.refused_note.isVisible()
    assert next_choice_from_the_client() == mother
    dialog.made_by.activated.emit(1)  # the therapist's choice, kept across a change of the date
    dialog.received.setDate(QDate(fx.today().year, fx.today().month, fx.today().day))
    qtbot.waitUntil(lambda: not may_choose_mother())
    assert dialog.made_by.currentData() == "client", "a representative refused that day is not left chosen"
    assert "may not request the client's records on that day" in dialog.message.text()
    dialog.reject()
    wait_ops(qtbot)
