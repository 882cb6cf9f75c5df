"""The account window's list (account_dialog.py): a client's charges and payments as rows,
newest first, each session's row keeping its id and each payment's its own.
Apart from the dialog for its length (the dialog's own file stays under the team's limit); the
words stay in the dialog's translation context, "AccountDialog"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from vault_app.domain.billing import ADDON_KIND, Account, code_with_units
from vault_app.gui.account_words import method_words
from vault_app.gui.dates import show_date
from vault_app.gui.money import show_money

SESSION_ROLE = Qt.ItemDataRole.UserRole
PAYMENT_ROLE = Qt.ItemDataRole.UserRole + 1


def account_rows(account: Account) -> list[QTreeWidgetItem]:
    """The rows of the list: Date, What, CPT, Amount."""
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
