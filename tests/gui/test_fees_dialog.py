"""The fee schedule and the missed-appointment fee policy on screen: reached from the agenda
(F), a client's account and the Vault menu; amounts in whole cents, a bad amount explained
under the form with nothing typed lost; the dialog follows change notices (Kind.BILLING)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_agenda import _select
from tests.gui.test_chart import add_client
from vault_app.domain.billing import FeePolicy
from vault_app.gui.controller import AppController
from vault_app.gui.fees_dialog import FeesDialog, plain_amount
from vault_app.services import appointments, billing

pytestmark = pytest.mark.gui


def _rows(dialog: FeesDialog) -> list[tuple[str, str]]:
    return [(dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(2))
            for i in range(dialog.tree.topLevelItemCount())]


@pytest.mark.parametrize(("cents", "shown"), [(None, ""), (0, "0.00"), (5, "0.05"), (7550, "75.50"),
                                              (1_234_500, "12345.00")])
def test_plain_amount_is_what_parse_money_reads_back(cents: int | None, shown: str) -> None:
    from vault_app.domain.billing import parse_money

    assert plain_amount(cents) == shown
    if cents is not None:
        assert parse_money(shown) == cents


def test_fee_schedule_from_the_agenda_by_keyboard(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    window.show_agenda()
    wait_ops(qtbot)
    agenda = window.agenda
    qtbot.keyClick(agenda.table, Qt.Key.Key_F)
    dialog = agenda.fees_dialog
    assert isinstance(dialog, FeesDialog) and dialog.isVisible()
    wait_ops(qtbot)
    assert _rows(dialog) == [] and "No fees yet" in dialog.message.text()

    # a code and a fee, Enter in the fee field saves it: kept as integer cents
    dialog.code.setCurrentText("90837")
    dialog.amount.setText("180")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert billing.fee_schedule(vault) == {"90837": 18000}
    assert _rows(dialog) == [("90837", "$180.00")]
    assert "$180.00" in dialog.message.text() and dialog.amount.text() == ""

    # bad amounts and a bad code: explained inline, the typed text kept, nothing stored
    for code, amount, said in (("90834", "12.345", "amount such as 75.00"),
                               ("90834", "-40", "amount such as 75.00"),
                               ("90834", "forty", "amount such as 75.00"),
                               ("90834", "2000000", "between 0.00 and"),
                               ("9083", "140", "not a valid CPT code")):
        dialog.code.setCurrentText(code)
        dialog.amount.setText(amount)
        dialog.set_button.click()
        wait_ops(qtbot)
        assert said in dialog.message.text(), (amount, dialog.message.text())
        assert dialog.amount.text() == amount and dialog.code.currentText() == code
        assert billing.fee_schedule(vault) == {"90837": 18000}
        assert dialog.isVisible()

    # "$1,140.50" is dollars and cents; choosing a row fills the fields to change it
    dialog.code.setCurrentText("90834")
    dialog.amount.setText("$1,140.50")
    dialog.set_button.click()
    wait_ops(qtbot)
    assert billing.fee_schedule(vault) == {"90834": 114050, "90837": 18000}
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.code.currentText() == "90837" and dialog.amount.text() == "180.00"
    dialog.amount.setText("190.00")
    dialog.set_button.click()
    wait_ops(qtbot)
    assert billing.fee_schedule(vault)["90837"] == 19000

    # remove the selected fee
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert dialog.tree.currentItem().text(0) == "90834"
    dialog.remove_button.click()
    wait_ops(qtbot)
    assert billing.fee_schedule(vault) == {"90837": 19000} and _rows(dialog) == [("90837", "$190.00")]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_missed_appointment_policy_charges_a_no_show(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Nell Absent")
    window.menu_actions["fees"].trigger()  # Vault > Fees and missed-appointment policy…, beside Settings…
    (dialog,) = [d for d in window.findChildren(FeesDialog) if d.isVisible()]
    wait_ops(qtbot)
    assert dialog.no_show.text() == "" and dialog.late_cancel.text() == ""

    dialog.no_show.setText("75")
    dialog.late_cancel.setText("fifty")
    dialog.policy_button.click()
    wait_ops(qtbot)
    assert "late-cancel fee must be an amount" in dialog.message.text()
    assert billing.policy(vault) == FeePolicy()  # nothing saved, nothing typed lost
    assert dialog.no_show.text() == "75" and dialog.late_cancel.text() == "fifty"
    dialog.late_cancel.setText("50.5")
    qtbot.keyClick(dialog.late_cancel, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert billing.policy(vault) == FeePolicy(no_show_cents=7500, late_cancel_cents=5050)
    assert dialog.no_show.text() == "75.00" and dialog.late_cancel.text() == "50.50"
    assert "no-show $75.00" in dialog.message.text()

    # an emptied field is "no fee"; 0.00 records without charging
    dialog.late_cancel.setText("")
    dialog.no_show.setText("0")
    dialog.policy_button.click()
    wait_ops(qtbot)
    assert billing.policy(vault) == FeePolicy(no_show_cents=0, late_cancel_cents=None)
    dialog.no_show.setText("75.00")
    dialog.policy_button.click()
    wait_ops(qtbot)
    dialog.accept()

    # the policy at work: a no-show from the agenda charges 75.00 on the client's account
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="11:00")
    window.show_agenda()
    agenda = window.agenda
    agenda.show_day(day)
    wait_ops(qtbot)
    _select(agenda, appt.appointment_id)
    agenda.set_status("no_show")
    wait_ops(qtbot)
    # Asked first (a fee is charged); Cancel is the default, so the answer is chosen.
    box = agenda.fee_question
    qtbot.waitUntil(box.isVisible, timeout=10_000)
    assert billing.account(vault, client_id).balance_cents == 0
    next(b for b in box.buttons() if b.text().replace("&", "") == "Charge the fee").click()
    wait_ops(qtbot)
    assert "Fee under your policy: $75.00" in agenda.message.text()
    assert billing.account(vault, client_id).balance_cents == 7500


def test_the_dialog_follows_change_notices_and_keeps_unsaved_typing(unlocked_app: AppController, qtbot) -> None:
    """Another screen (here the account dialog's own way in) sets a fee: every open fee
    dialog shows it from the change notice; a policy field being typed into keeps its text."""
    from vault_app.gui.account_dialog import AccountDialog

    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Otto Ledger")
    account = AccountDialog(unlocked_app, client_id, parent=window)
    account.show()
    wait_ops(qtbot)
    first = account.open_fees()  # the account's "Fee schedule…" button
    second = window.open_fees()
    assert isinstance(first, FeesDialog) and isinstance(second, FeesDialog) and first is not second
    wait_ops(qtbot)
    first.no_show.setText("60")
    first.no_show.setModified(True)  # as typing does
    second.code.setCurrentText("90791")
    second.amount.setText("220.00")
    second.set_button.click()
    wait_ops(qtbot)
    assert _rows(first) == [("90791", "$220.00")] == _rows(second)
    assert first.no_show.text() == "60"  # not overwritten by the refresh
    # a policy saved elsewhere shows in a field nobody is typing in
    second.late_cancel.setText("40")
    second.policy_button.click()
    wait_ops(qtbot)
    assert first.late_cancel.text() == "40.00" and first.no_show.text() == "60"
    assert billing.policy(vault) == FeePolicy(no_show_cents=None, late_cancel_cents=4000)
    for dialog in (first, second, account):
        dialog.accept()


def test_fees_dialog_runs_no_service_code_on_the_gui_thread(unlocked_app: AppController, qtbot) -> None:
    from tests.gui.test_responsiveness import Threads

    window = unlocked_app.main_window
    assert window is not None
    threads = Threads()
    with threads.during("fees"):
        dialog = window.open_fees()
        wait_ops(qtbot)
        assert isinstance(dialog, FeesDialog)
        dialog.code.setCurrentText("90834")
        dialog.amount.setText("150")
        dialog.set_button.click()
        wait_ops(qtbot)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        dialog.remove_button.click()
        wait_ops(qtbot)
        dialog.no_show.setText("80")
        dialog.policy_button.click()
        wait_ops(qtbot)
        dialog.accept()
    assert threads.core_calls_on_gui == []


@pytest.mark.parametrize("hint", ["", "p. ej. 90837"])  # the English one, and Spanish's longer one
def test_the_cpt_box_is_wide_enough_for_its_hint(unlocked_app: AppController, qtbot, hint: str) -> None:
    """The CPT box took its width from its five-digit codes: its hint read "e.g. …"."""
    from vault_app.gui.fees_dialog import fit_placeholder

    window = unlocked_app.main_window
    assert window is not None
    dialog = FeesDialog(unlocked_app, window)
    qtbot.addWidget(dialog)
    line = dialog.code.lineEdit()
    assert line is not None
    if hint:
        line.setPlaceholderText(hint)
        fit_placeholder(dialog.code)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)

    needed = line.fontMetrics().horizontalAdvance(line.placeholderText())
    margins = line.textMargins()
    room = line.contentsRect().width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's inner margin
    assert needed <= room, (line.placeholderText(), needed, room)


def test_fees_are_written_and_typed_the_practice_s_way(unlocked_app: AppController, qtbot) -> None:
    """As the account writes them (found with the Spanish account: its fees read 1.400,00 US$ in a
    practice in Spain, the fee schedule it opens still $1,400.00)."""
    from vault_app.gui import dates

    vault = unlocked_app.vault
    assert vault is not None
    billing.set_scheduled_fee(vault, "90837", "1400.00")
    dates.set_practice_locale("es_ES")
    try:
        dialog = FeesDialog(unlocked_app)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        assert _rows(dialog) == [("90837", "1.400,00\xa0US$")]
        assert plain_amount(140000) == "1400,00"  # the field to edit it: what parse_amount reads in Spain
    finally:
        dates.set_practice_locale("en_US")
