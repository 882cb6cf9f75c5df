"""Records > Accounting of disclosures: a refused period or fee takes the keyboard to the field
at fault, its date selected, as the other forms do (gui/refusal_focus.py). It stayed where it
was (the password), and the day typed again went nowhere (round 46). And the refusal of a fee
whose client's choice is not recorded names the choices as the window shows them, not the
command line's "proceed or modified". Real vault, real widgets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import accounting

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot, client_id: str, out: Path):  # type: ignore[no-untyped-def]
    from vault_app.gui.accounting_dialog import AccountingDialog

    dialog = AccountingDialog(app, client_id, app.main_window)
    dialog.path.setText(str(out))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _produce_refused(dialog, qtbot, out: Path, at: QWidget) -> str:  # type: ignore[no-untyped-def]
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.password.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password.edit, timeout=10_000)
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert not out.exists()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is at, timeout=10_000)
    if isinstance(at, QDateTimeEdit):  # the day selected from its first part, to type again
        assert at.currentSectionIndex() == 0 and at.lineEdit().hasSelectedText()
    return str(dialog.result_label.text())


def test_a_refused_period_or_fee_takes_the_keyboard_to_its_field(unlocked_app: AppController, qtbot,
                                                                  tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    out = tmp_path / "a.pdf"
    dialog = _dialog(unlocked_app, qtbot, chart.client_id, out)
    # A period longer than six years: the period's start.
    dialog.since.setText((fx.today() - timedelta(days=7 * 366)).isoformat())
    said = _produce_refused(dialog, qtbot, out, dialog.since)
    assert "164.528(a)(1), (a)(3)" in said, said
    # Starting after the request: the period's start again (the request's day is the other end).
    dialog.requested_on.setText(fx.days_ago(30).isoformat())
    dialog.since.setText(fx.days_ago(10).isoformat())
    _produce_refused(dialog, qtbot, out, dialog.since)
    dialog.since.setText("")
    dialog.requested_on.setText("")

    # A fee on the first accounting in 12 months: the fee's box.
    dialog.fee.setChecked(True)
    dialog.fee_notice_on.setText(fx.days_ago(2).isoformat())
    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData("proceed"))
    said = _produce_refused(dialog, qtbot, out, dialog.fee)
    assert "free (45 CFR 164.528(c)(2))" in said, said

    accounting.produce(vault, chart.client_id, out=tmp_path / "first.pdf", password=fx.PASSWORD)
    # A second one: no notice and no choice recorded: the notice, said first.
    dialog.fee_notice_on.setText("")
    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData(""))
    _produce_refused(dialog, qtbot, out, dialog.fee_notice_on)
    # A notice dated after the accounting: the notice.
    dialog.fee_notice_on.setText((fx.today() + timedelta(days=3)).isoformat())
    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData("proceed"))
    _produce_refused(dialog, qtbot, out, dialog.fee_notice_on)
    # The notice recorded, the choice not: the choice, named as the window shows it.
    dialog.fee_notice_on.setText(fx.days_ago(2).isoformat())
    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData(""))
    said = _produce_refused(dialog, qtbot, out, dialog.client_choice)
    assert "“Go ahead with the request as asked” or “Changed the request”" in said, said
    assert "proceed or modified" not in said, said
    dialog.close()


def test_the_missing_choice_is_named_as_the_spanish_window_shows_it(spanish_app: AppController, qtbot,
                                                                    tmp_path: Path) -> None:
    vault = spanish_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    accounting.produce(vault, chart.client_id, out=tmp_path / "first.pdf", password=fx.PASSWORD)
    out = tmp_path / "b.pdf"
    dialog = _dialog(spanish_app, qtbot, chart.client_id, out)
    dialog.fee.setChecked(True)
    dialog.fee_notice_on.setText(fx.days_ago(2).isoformat())
    said = _produce_refused(dialog, qtbot, out, dialog.client_choice)
    shown = [dialog.client_choice.itemText(i) for i in (1, 2)]
    assert shown == ["Seguir con la solicitud tal como la pidió", "Cambió la solicitud"], shown
    assert "«Seguir con la solicitud tal como la pidió» o «Cambió la solicitud»" in said, said
    dialog.close()
