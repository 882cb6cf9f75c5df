"""A minor's account window proposes the guardian as the addressee of a statement or superbill.
Found walking a therapist's day (wday3, round 45): for a 12-year-old with his father recorded,
"Addressed to" opened on "The client", whom a minor's statement is never addressed to (the
service refuses it: superbill.minor_needs_guardian), so every first try was refused. An adult's
window still opens on the client, a guardian recorded or not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians

pytestmark = pytest.mark.gui


def _opened(app: AppController, qtbot, client_id: str, chart: str) -> AccountDialog:
    dialog = AccountDialog(app, client_id, chart_number=chart, parent=app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


@pytest.mark.parametrize(("years", "addressed_to_guardian"), [(12, True), (30, False)])
def test_the_addressee_proposed_for_a_minor_is_the_guardian(unlocked_app: AppController, qtbot, years: int,
                                                           addressed_to_guardian: bool) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    born = date.today() - timedelta(days=365 * years + 30)
    client = clients.create_client(vault, "Liam Chen", chart_number="LC-1", date_of_birth=born.isoformat())
    father = guardians.add_guardian(vault, client.client_id, "Wei Chen", authority="parent" if years < 18 else
                                    "legal_guardian", address="5 North Ln")
    dialog = _opened(unlocked_app, qtbot, client.client_id, "LC-1")
    try:
        assert dialog.addressee.count() == 2
        assert dialog.addressee.currentData() == (father.guardian_id if addressed_to_guardian else None)
        # a choice made stays through the window's refreshes
        dialog.addressee.setCurrentIndex(0 if addressed_to_guardian else 1)
        chosen = dialog.addressee.currentData()
        dialog.refresh()
        wait_ops(qtbot)
        assert dialog.addressee.currentData() == chosen
    finally:
        dialog.close()
        wait_ops(qtbot)
