"""The account window's list (account_dialog.py): a client's charges and payments as rows,
newest first, each session's row keeping its id and each payment's its own, and saying what the
account makes of a session marked paid by hand, as the Sessions tab does.
Apart from the dialog for its length (the dialog's own file stays under the team's limit); the
words stay in the dialog's translation context, "AccountDialog"."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from vault_app.domain.billing import (
    ADDON_KIND,
    BILLED_STATEMENT,
    BILLED_SUPERBILL,
    MARKED_PAID_NOTHING_CHARGED,
    MARKED_PAID_UNRECORDED,
    Account,
    code_with_units,
)
from vault_app.gui.account_words import method_words
from vault_app.gui.dates import show_date
from vault_app.gui.money import show_money

SESSION_ROLE = Qt.ItemDataRole.UserRole
PAYMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def _marked_paid(item: QTreeWidgetItem, state: str | None) -> None:
    """A session marked paid by hand where the account says otherwise: its state is
    domain.billing.shown_billing_state's, the Sessions tab's Billing column's. Unsaid here, the
    Sessions tab read "marked paid, not in the account" while this line read "session" and
    "no fee set" (its add-on code priced), and nothing said why the balance counted it."""
    if state == MARKED_PAID_UNRECORDED:
        item.setText(1, QCoreApplication.translate("AccountDialog", "session (marked paid, not in the account)"))
        item.setToolTip(1, QCoreApplication.translate(
            "AccountDialog", "Marked paid under Sessions & notes, but no payment is recorded for it: the account "
                             "still counts it as owed. Record the payment below."))
    elif state == MARKED_PAID_NOTHING_CHARGED:
        # Nothing is charged, so the mark stands (shown_billing_state); said as a mark, not as money in.
        item.setText(1, QCoreApplication.translate("AccountDialog", "session (marked paid)"))
        item.setToolTip(1, QCoreApplication.translate(
            "AccountDialog", "Marked paid under Sessions & notes, but no fee is set for it: the account charges "
                             "nothing for it and records no payment. Set its fee to charge it."))
    elif state in (BILLED_SUPERBILL, BILLED_STATEMENT):
        # Left "unbilled" but listed on an issued superbill or statement: billed, and still owed.
        item.setText(1, QCoreApplication.translate("AccountDialog", "session (billed: superbill issued)")
                     if state == BILLED_SUPERBILL else
                     QCoreApplication.translate("AccountDialog", "session (billed: statement issued)"))
        item.setToolTip(1, QCoreApplication.translate(
            "AccountDialog", "An issued superbill or statement lists this session; no payment is recorded for it "
                             "yet."))


def account_rows(account: Account, states: Mapping[str, str]) -> list[QTreeWidgetItem]:
    """The rows of the list: Date, What, CPT, Amount. `states`: session id -> its billing as the
    account shows it (services.billing.session_billing)."""
    labels = {"session": QCoreApplication.translate("AccountDialog", "session"),
              ADDON_KIND: QCoreApplication.translate("AccountDialog", "add-on code"),
              "no_show": QCoreApplication.translate("AccountDialog", "no-show fee"),
              "late_cancel": QCoreApplication.translate("AccountDialog", "late-cancel fee")}
    rows: list[tuple[date, QTreeWidgetItem]] = []
    for c in account.charges:
        what = labels.get(c.kind, c.kind)
        item = QTreeWidgetItem([show_date(c.on), what, code_with_units(c.cpt_code, c.units),
                                show_money(c.cents) if c.priced else QCoreApplication.translate(
                                    "AccountDialog", "no fee set")])
        if c.kind == "session":
            item.setData(0, SESSION_ROLE, c.ref_id)
            _marked_paid(item, states.get(c.ref_id))
        rows.append((c.on, item))
    for p in account.payments:
        what = QCoreApplication.translate("AccountDialog", "payment ({method})").format(method=method_words(p.method))
        paid = QTreeWidgetItem([show_date(p.paid_on), what, "", show_money(-p.amount_cents)])
        paid.setData(0, PAYMENT_ROLE, p.payment_id)
        rows.append((p.paid_on, paid))
    # Newest first by the date itself: sorted as shown text ("12/03/2025" after "10/07/2026"),
    # a client's second year of sessions and payments was mixed into the first.
    rows.sort(key=lambda row: row[0], reverse=True)
    return [item for _on, item in rows]


__all__ = ["PAYMENT_ROLE", "SESSION_ROLE", "account_rows"]
