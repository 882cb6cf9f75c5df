"""The complete open export refusing a subpoena offers what the export wizard offers (found by a
walker: only the wizard did): the one-click legal hold, dated the day received, and the decision
record (gui/subpoena_refused.py, one piece serving both). And the refusal's hint names that button
on the screen, the command on the command line. Real vault, real gate, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.state_privilege import subpoena_state_refusals
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.gate_words import said_text
from vault_app.gui.open_export_dialog import OpenExportDialog
from vault_app.gui.refusal_words import names_a_command
from vault_app.services import holds, practice

pytestmark = pytest.mark.gui


def test_a_refused_subpoena_offers_the_hold(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, license_state="CA", license_number="PSY1")
    dialog = OpenExportDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.recipient.setText("Attorney X")
    dialog.purpose.setText("subpoena in case 24-CV-9")
    dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("subpoena"))
    dialog.basis.set_value("received_on", fx.days_ago(3))
    out = tmp_path / "subpoena.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.confirm.setText(fx.PASSWORD)
    offer = dialog.refused_offer
    assert not offer.isVisible()
    dialog.export_button.click()
    wait_ops(qtbot)
    assert dialog.error.text() and not out.exists()
    qtbot.waitUntil(lambda: offer.hold.isVisible())
    assert offer.record.isVisible()
    assert offer.hold.details.text() == f"subpoena received {show_date(fx.days_ago(3))}"
    assert holds.active_holds(vault, chart.client_id) == []  # offered, not placed
    qtbot.mouseClick(offer.hold.button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(holds.active_holds(vault, chart.client_id)) == 1)
    assert holds.active_holds(vault, chart.client_id)[0].reason == "subpoena"
    # Another basis chosen: the offer goes with the refusal.
    dialog.basis.basis.setCurrentIndex(dialog.basis.basis.findData("authorization"))
    assert not offer.isVisible()
    dialog.close()


def _button() -> str:
    return QCoreApplication.translate("SubpoenaHoldOffer", "Place a legal &hold").replace("&", "")


@pytest.mark.parametrize("joint", [False, True])
def test_the_hold_hint_names_the_button_on_screen_and_the_command_on_the_command_line(qapp: object,
                                                                                      joint: bool) -> None:
    _reasons, hint = subpoena_state_refusals("CA", {}, joint=joint)
    assert hint is not None and "vault-app hold add" in hint  # the CLI prints the core's words
    shown = said_text(hint)
    assert _button() in shown and not names_a_command(shown), shown


@pytest.mark.parametrize("joint", [False, True])
def test_the_hold_hint_names_the_button_in_spanish(qapp: object, spanish: None, joint: bool) -> None:
    _reasons, hint = subpoena_state_refusals("CA", {}, joint=joint)
    assert hint is not None
    shown = said_text(hint)
    assert _button() == "Imponer una retención legal"
    assert _button() in shown and not names_a_command(shown), shown
