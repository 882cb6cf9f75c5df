"""After signing, the decision window is done: found in the real app, its last page showed Finish
and Cancel side by side, Cancel offering to undo what cannot be undone. Only Close is shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.core.decision_helpers import make_chart
from tests.gui.conftest import wait_ops
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

W = QWizard.WizardButton


def _signed_subpoena(vault: Vault, qtbot: Any) -> Any:
    chart = make_chart(vault)
    dialog = open_dialog(vault, qtbot, chart.client_id, trigger="subpoena")
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    for _ in range(5):
        press(dialog, qtbot)
    dialog.reasoning_page.reasoning.setPlainText("Subpoena from opposing counsel, no court order attached.")
    press(dialog, qtbot)
    dialog.client_page.answers["no"].setChecked(True)
    dialog.client_page.reason.setText("Will call the client and their attorney tomorrow.")
    dialog.client_page.reason_code.setCurrentIndex(dialog.client_page.reason_code.findData("not_yet"))
    press(dialog, qtbot)
    # Before signing, Cancel is there (leaving keeps the draft).
    assert dialog.button(W.CancelButton).isVisible()
    qtbot.waitUntil(lambda: dialog.button(W.CommitButton).isEnabled())
    press(dialog, qtbot, W.CommitButton)
    assert dialog.currentPage() is dialog.done_page
    return dialog


def _shown(dialog: Any) -> list[str]:
    return [dialog.button(which).text() for which in (W.BackButton, W.NextButton, W.CommitButton, W.FinishButton,
                                                        W.CancelButton) if dialog.button(which).isVisible()]


def test_after_signing_only_close_is_offered(vault: Vault, qtbot: Any) -> None:
    dialog = _signed_subpoena(vault, qtbot)
    assert _shown(dialog) == ["&Close"]
    qtbot.mouseClick(dialog.button(W.FinishButton), Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_after_signing_only_close_is_offered_in_spanish(vault: Vault, qtbot: Any, spanish: None) -> None:
    dialog = _signed_subpoena(vault, qtbot)
    assert _shown(dialog) == ["&Cerrar"]
