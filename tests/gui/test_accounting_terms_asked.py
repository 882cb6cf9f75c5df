"""Records > Accounting of disclosures asks what the command line asks (round 46, a walker's
finding 9): the day the client asked (the six years run back from it, 45 CFR 164.528(a)(1)), a
shorter period the client asked for (164.528(a)(3)), and a fee for a second accounting within
12 months with its advance notice and the client's choice (164.528(c)(2)). A therapist who uses
only the window could not produce those accountings. The rules stay in the core
(domain/accounting_terms.py, services/accounting.py); the window asks and says. Real vault,
real widgets, real PDF read back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import accounting

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot, client_id: str, out: Path):  # type: ignore[no-untyped-def]
    from vault_app.gui.accounting_dialog import AccountingDialog

    dialog = AccountingDialog(app, client_id, app.main_window)
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _provided(app: AppController) -> list[dict[str, object]]:
    assert app.vault is not None
    return [e.payload for e in app.vault.ledger.entries(kinds=("accounting.provided",))]


def test_a_shorter_period_from_the_day_of_the_request(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked_on, since = fx.days_ago(10), fx.days_ago(400)
    out = tmp_path / "accounting.pdf"
    dialog = _dialog(unlocked_app, qtbot, chart.client_id, out)
    # Left alone, they say what the accounting then covers, not "not set".
    assert dialog.requested_on.text() == "" and dialog.since.text() == ""
    assert "today" in dialog.requested_on.specialValueText()
    assert "six years" in dialog.since.specialValueText()
    dialog.requested_on.setText(asked_on.isoformat())
    dialog.since.setText(since.isoformat())
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.result_label.text()
    (made,) = _provided(unlocked_app)
    assert made["as_of"] == asked_on.isoformat() and made["period_start"] == since.isoformat()
    assert made["fee"] == {"charge": False}
    text = " ".join(fx.pdf_text(out))
    assert f"Period covered {since.isoformat()} to {asked_on.isoformat()}" in text, text
    assert "The first accounting in any 12-month period is free of charge." in text
    # The day given is said as the day of the request, not "none recorded" beside a period ending on it.
    assert f"Request received {asked_on.isoformat()} (as given; not recorded as a request)" in text, text
    # The window says the period it covered, beside the file.
    said = dialog.result_label.text()
    assert "Period covered:" in said and fx.days_ago(400).strftime("%Y") in said, said

    # Longer than six years before the request: the law's refusal, with its citation, nothing made.
    dialog.path.setText(str(tmp_path / "longer.pdf"))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    dialog.since.setText((asked_on - timedelta(days=7 * 366)).isoformat())
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert not (tmp_path / "longer.pdf").exists()
    assert "164.528(a)(1), (a)(3)" in dialog.result_label.text(), dialog.result_label.text()
    assert len(_provided(unlocked_app)) == 1
    dialog.close()


def test_a_fee_with_its_notice_and_the_clients_choice(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    out = tmp_path / "second.pdf"
    dialog = _dialog(unlocked_app, qtbot, chart.client_id, out)
    # No fee unless asked: the notice and the choice wait for it.
    assert not dialog.fee.isChecked()
    assert not dialog.fee_notice_on.isEnabled() and not dialog.client_choice.isEnabled()
    dialog.fee.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fee, timeout=10_000)
    qtbot.keyClick(dialog.fee, Qt.Key.Key_Space)  # by keyboard
    assert dialog.fee.isChecked()
    assert dialog.fee_notice_on.isEnabled() and dialog.client_choice.isEnabled()

    # The first accounting in 12 months is free: refused with the law's words.
    dialog.fee_notice_on.setText(fx.days_ago(2).isoformat())
    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData("proceed"))
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert not out.exists()
    assert "free (45 CFR 164.528(c)(2))" in dialog.result_label.text(), dialog.result_label.text()

    accounting.produce(vault, chart.client_id, out=tmp_path / "first.pdf", password=fx.PASSWORD)
    # A second one: the notice not recorded is refused, then the choice not recorded.
    dialog.fee_notice_on.setText("")
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert not out.exists()
    assert "told of it in advance (45 CFR 164.528(c)(2))" in dialog.result_label.text(), dialog.result_label.text()
    dialog.fee_notice_on.setText(fx.days_ago(2).isoformat())
    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData(""))
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert not out.exists()
    assert "withdraw or modify the request" in dialog.result_label.text(), dialog.result_label.text()

    dialog.client_choice.setCurrentIndex(dialog.client_choice.findData("modified"))
    dialog.produce_button.click()
    wait_ops(qtbot)
    assert out.exists(), dialog.result_label.text()
    made = _provided(unlocked_app)[-1]
    assert made["fee"] == {"charge": True, "notice_on": fx.days_ago(2).isoformat(), "client_choice": "modified"}
    text = " ".join(fx.pdf_text(out))
    assert (f"We told you of a reasonable, cost-based fee on {fx.days_ago(2).isoformat()}, before preparing it, "
            "and you chose to modify your request.") in text, text
    assert "Fee:" in dialog.result_label.text(), dialog.result_label.text()
    dialog.close()


def test_the_terms_are_asked_in_spanish(spanish_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = spanish_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    dialog = _dialog(spanish_app, qtbot, chart.client_id, tmp_path / "a.pdf")
    words = " ".join(w.text() for w in dialog.findChildren(type(dialog.result_label)))
    assert "Solicitud recibida" in words.replace("&", ""), words
    assert "Cobrar" in dialog.fee.text().replace("&", "")
    assert "seis años" in dialog.since.specialValueText()
    dialog.since.setText((fx.today() - timedelta(days=7 * 366)).isoformat())
    dialog.produce_button.click()
    wait_ops(qtbot)
    said = dialog.result_label.text()
    assert "seis años anteriores a la solicitud" in said and "164.528(a)(1), (a)(3)" in said, said
    dialog.close()
