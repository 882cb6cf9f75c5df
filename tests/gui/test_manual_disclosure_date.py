"""A disclosure made outside the app, recorded afterwards, keeps the day it was made: found on
the real app (seventeenth round). The form had no date, so a call to a hotline made on Friday
and written down on Monday was recorded, and listed in the client's accounting of
disclosures (45 CFR 164.528(b)(2)(i): the date of each disclosure), as made on Monday."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import accounting, export

pytestmark = pytest.mark.gui


def _filled(unlocked_app: AppController, qtbot, name: str):  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, name=name)
    dialog = window.chart.disclosures.record_manual()
    assert dialog is not None
    wait_ops(qtbot)
    dialog.recipient.setText("Child protective services hotline")
    dialog.purpose.setText("mandatory child abuse report")
    dialog.description.setText("report of suspected abuse, no notes sent")
    form = dialog.basis
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    form.set_value("law_kind", "child_abuse_report")
    form.set_value("agency", "County CPS")
    return dialog, client_id


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _filled_again(window, qtbot, made: date):  # type: ignore[no-untyped-def]
    """One more on the chart already open: an accountable disclosure made on `made`."""
    dialog = window.chart.disclosures.record_manual()
    wait_ops(qtbot)
    dialog.recipient.setText("County CPS")
    dialog.purpose.setText("follow-up report")
    dialog.description.setText("follow-up call")
    form = dialog.basis
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    form.set_value("law_kind", "child_abuse_report")
    form.set_value("agency", "County CPS")
    dialog.made_on.setDate(_qdate(made))
    return dialog


def test_the_disclosure_keeps_the_day_it_was_made(unlocked_app: AppController, qtbot) -> None:
    dialog, client_id = _filled(unlocked_app, qtbot, "Dora Datedcall")
    assert dialog.made_on.date() == QDate.currentDate()  # today unless said otherwise
    made = date.today() - timedelta(days=3)
    dialog.made_on.setDate(_qdate(made))
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == "", dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    (record,) = export.disclosures(vault, client_id)
    assert record.manual and record.day == made
    (line,) = accounting.build(vault, client_id).lines
    assert line.first.day == made
    # the chart's list is by the day each was made, newest first: a later one goes on top
    window = unlocked_app.main_window
    assert window is not None
    window.chart.tabs.setCurrentWidget(window.chart.disclosures)
    window.chart.disclosures.activate()
    later = _filled_again(window, qtbot, made + timedelta(days=1))
    later.save()
    wait_ops(qtbot)
    tree = window.chart.disclosures.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10_000)
    earlier = _filled_again(window, qtbot, made - timedelta(days=1))  # recorded last, made first
    earlier.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=10_000)
    shown = [tree.topLevelItem(i).text(0) for i in range(3)]
    assert shown == [show_date(made + timedelta(days=1)), show_date(made), show_date(made - timedelta(days=1))]


def test_a_day_still_to_come_is_said_and_nothing_is_recorded(unlocked_app: AppController, qtbot) -> None:
    dialog, client_id = _filled(unlocked_app, qtbot, "Fern Futuredate")
    dialog.made_on.setDate(_qdate(date.today() + timedelta(days=2)))
    dialog.save()
    wait_ops(qtbot)
    assert "in the future" in dialog.message.text()
    assert dialog.isVisible() and dialog.recipient.text() == "Child protective services hotline"
    vault = unlocked_app.vault
    assert vault is not None
    assert export.disclosures(vault, client_id) == []
    dialog.reject()
    wait_ops(qtbot)


def test_enter_on_a_half_typed_day_says_so_and_records_nothing(unlocked_app: AppController, qtbot) -> None:
    """Enter on a date typed wrong was held by the field and did nothing, without a word."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog, client_id = _filled(unlocked_app, qtbot, "Hal Halftyped")
    dialog.activateWindow()
    dialog.made_on.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.made_on, timeout=10_000)
    qtbot.keyClick(dialog.made_on, Qt.Key.Key_Slash)  # a separator typed: into its day
    qtbot.keyClicks(dialog.made_on, "2:30 PM")  # a time typed into the date, as in the agenda
    assert not dialog.made_on.hasAcceptableInput(), dialog.made_on.text()
    qtbot.keyClick(dialog.made_on, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.isVisible() and "not complete" in dialog.made_on.problem()  # said once, by the field
    assert dialog.message.text() == ""
    vault = unlocked_app.vault
    assert vault is not None
    assert export.disclosures(vault, client_id) == []
    dialog.reject()
    wait_ops(qtbot)
