"""The Account window says what the Sessions tab says of a session marked paid by hand
(domain/billing.shown_billing_state, the one truth): "marked paid, not in the account" where the
account still charges it with no payment recorded; found by a walker where the session's own line
read "no fee set" (its add-on code priced) and nothing said it was marked paid. A session
marked paid with nothing charged says it is a mark; one the recorded payments cover, and one not
marked paid, say nothing more than "session"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.billing import session_billing_states
from vault_app.gui import i18n
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.account_rows import SESSION_ROLE
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui


def _session_line(dialog: AccountDialog, session_id: str) -> tuple[str, str, str]:
    tree = dialog.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, SESSION_ROLE) == session_id)
    return item.text(1), item.text(3), item.toolTip(1)


UNRECORDED = ("session (marked paid, not in the account)", "no payment is recorded")
MARK_ONLY = ("session (marked paid)", "no fee is set")
PLAIN = ("session", "")


@pytest.mark.parametrize(("case", "fees", "addons", "marked", "paid", "state", "amount", "said"), [
    # the walker's case: the own code has no fee, its add-on has one, no payment
    ("own code unpriced", {"90785": "25"}, ["90785"], "paid", "", "marked_paid_unrecorded", "no fee set",
     UNRECORDED),
    ("priced, unpaid", {"90837": "180"}, [], "paid", "", "marked_paid_unrecorded", "$180.00", UNRECORDED),
    ("priced, part paid", {"90837": "180"}, [], "paid", "50", "part_paid", "$180.00", PLAIN),
    ("priced, paid", {"90837": "180"}, [], "paid", "180", "paid", "$180.00", PLAIN),
    # nothing is charged: the mark stands (shown_billing_state), said as a mark, not as money in
    ("nothing charged", {}, [], "paid", "", "marked_paid_nothing_charged", "no fee set", MARK_ONLY),
    ("not marked paid", {"90837": "180"}, [], "billed", "", "billed", "$180.00", PLAIN),
])
def test_a_session_marked_paid_is_said_on_the_account(
        unlocked_app: AppController, qtbot, case: str, fees: dict[str, str], addons: list[str], marked: str,
        paid: str, state: str, amount: str, said: tuple[str, str]) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Mara Marked")
    for code, fee in fees.items():
        billing.set_scheduled_fee(vault, code, fee)
    session = sessions.add_session(vault, client_id, date="2026-08-21", duration_minutes=53, cpt_code="90837",
                                   addon_codes=addons, billing_status=marked)
    if paid:
        billing.record_payment(vault, client_id, paid_on="2026-08-22", amount=paid, method="check")
    whole = billing.account(vault, client_id)
    # the Sessions tab's truth for this session, as the Account window is to say it
    assert session_billing_states({session.session_id: marked}, whole.charges,
                                  whole.paid_cents)[session.session_id] == state, case
    dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    what, shown_amount, tip = _session_line(dialog, session.session_id)
    assert (what, shown_amount) == (said[0], amount), case
    assert said[1] in tip and (tip == "") == (said[1] == ""), case
    dialog.close()
    wait_ops(qtbot)


def test_the_marked_paid_words_are_spanish(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Mara Marcada")
    billing.set_scheduled_fee(vault, "90785", "25")
    session = sessions.add_session(vault, client_id, date="2026-08-21", duration_minutes=53, cpt_code="90837",
                                   addon_codes=["90785"], billing_status="paid")
    assert i18n.install("es") == "es"
    try:
        dialog = AccountDialog(unlocked_app, client_id, chart_number="1", parent=window)
        qtbot.addWidget(dialog)
        wait_ops(qtbot)
        what, shown_amount, tip = _session_line(dialog, session.session_id)
        assert (what, shown_amount) == ("sesión (marcada pagada, no en la cuenta)", "sin honorario fijado")
        assert "ningún pago" in tip
        assert QCoreApplication.translate("AccountDialog", UNRECORDED[0]) != UNRECORDED[0]
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
