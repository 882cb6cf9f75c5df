"""Guardians, Record an authorization and the confidentiality decisions on a 1366x768 laptop at
150 % (910x512 logical pixels). Found on Xvfb in Spanish: "Tutores y representantes" opened 960
pixels high, "Registrar una autorización" 1019, the vault's "Decisiones de confidencialidad" and
a signed decision taller than the room too: their Save, Record and Close below the screen's
edge. Each now opens within the screen's room and can be made that small: what is taller
scrolls inside it, down only, its buttons outside (as test_dialogs_fit_150_percent)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QScrollArea, QWidget

from tests.gui import test_dialogs_fit_150_percent as fit
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui

# The screen and the languages of the other dialogs' fit tests
laptop_150 = fit.laptop_150
_assert_fits = fit._assert_fits


def _shown(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the layout's next pass


def _outside_the_scroll(dialog: QWidget, *buttons: QWidget) -> None:
    """The buttons that finish the dialog never scroll away with its body."""
    for area in dialog.findChildren(QScrollArea):
        held = area.widget()
        for button in buttons:
            assert held is None or not held.isAncestorOf(button), button


def test_the_guardians_fit_a_laptop_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                   language: str, laptop_150: None) -> None:
    from vault_app.gui.guardians_dialog import GuardiansDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, "Maximiliana Evangelina Sparrowstone")
    dialog = GuardiansDialog(unlocked_app, clients.read_chart(vault, client_id))
    _shown(qtbot, dialog)
    _assert_fits(dialog, "guardians")
    close = dialog.findChildren(QDialogButtonBox)[-1]
    _outside_the_scroll(dialog, dialog.save_button, close)
    dialog.reject()
    wait_ops(qtbot)


def test_the_authorization_fits_a_laptop_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                        language: str, laptop_150: None) -> None:
    from vault_app.gui.auth_dialog import AuthorizationDialog

    client_id = add_client(unlocked_app, qtbot, "Maximiliana Evangelina Sparrowstone")
    dialog = AuthorizationDialog(unlocked_app, client_id)
    _shown(qtbot, dialog)
    _assert_fits(dialog, "authorization")
    _outside_the_scroll(dialog, dialog.save_button)
    dialog.reject()
    wait_ops(qtbot)


def test_the_decisions_fit_a_laptop_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                   language: str, laptop_150: None) -> None:
    from tests.core.decision_helpers import complete, make_chart
    from vault_app.gui.decision_list import DecisionRecordDialog
    from vault_app.gui.disclosure_tabs import DecisionsDialog
    from vault_app.services import decisions

    vault = unlocked_app.vault
    assert vault is not None
    listed = DecisionsDialog(unlocked_app)
    _shown(qtbot, listed)
    _assert_fits(listed, "decisions")
    listed.reject()
    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "child_abuse", changes=complete("child_abuse", chart))
    decisions.sign(vault, draft.decision_id)
    record = DecisionRecordDialog(unlocked_app, draft.decision_id)
    _shown(qtbot, record)
    _assert_fits(record, "decision record")
    add = next(b for b in record.findChildren(QPushButton) if b is record.add_button)
    _outside_the_scroll(record, add)
    record.close()
    wait_ops(qtbot)
