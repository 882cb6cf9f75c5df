"""A session's billing as the Session details window says it (session_dialog.py): the account's
word, as the Sessions tab's Billing column says it (domain/billing.shown_billing_state), with the
issued superbill or statement that lists the session and its day. Found: the window said
"Unbilled" (the mark by hand) for a session an issued superbill lists.

In the Session details window's context, as its other words (gui/cpt_rule_words.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.billing import (
    BILLED_STATEMENT,
    BILLED_SUPERBILL,
    MARKED_PAID_NOTHING_CHARGED,
    MARKED_PAID_UNRECORDED,
    PAID,
    PART_PAID,
)
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.services.session_billing_said import BillingSaid

# The window's words (lupdate reads them here), in the Session details window's context.
_BILLED = QT_TRANSLATE_NOOP("SessionDialog", "Billed. {on} No payment is recorded for it yet (Clients > Account).")
# Billed and charged nothing (no fee for its code, or 0.00): "No payment is recorded for it yet" read
# as money owed.
_BILLED_FREE = QT_TRANSLATE_NOOP("SessionDialog", "Billed. {on} The account charges nothing for it (no fee is set "
                                 "for its code, or its fee is 0.00), so nothing is charged and nothing is owed.")
_WORDS = {
    "superbill": QT_TRANSLATE_NOOP("SessionDialog", "On the superbill issued {date}."),
    "statement": QT_TRANSLATE_NOOP("SessionDialog", "On the statement issued {date}."),
    BILLED_SUPERBILL: _BILLED,
    BILLED_STATEMENT: _BILLED,
    PAID: QT_TRANSLATE_NOOP("SessionDialog", "Paid: recorded payments cover this session (Clients > Account). {on}"),
    PART_PAID: QT_TRANSLATE_NOOP("SessionDialog", "Part paid: recorded payments cover part of this session; the "
                                 "rest is owed (Clients > Account). {on}"),
    MARKED_PAID_UNRECORDED: QT_TRANSLATE_NOOP("SessionDialog", "Marked paid, but no payment is recorded for it: the "
                                              "account still counts it as owed. {on}"),
    MARKED_PAID_NOTHING_CHARGED: QT_TRANSLATE_NOOP("SessionDialog", "Marked paid, but the account charges nothing "
                                                   "for it (no fee is set, or its fee is 0.00). {on}"),
}


def _said(key: str) -> str:
    return QCoreApplication.translate("SessionDialog", _WORDS[key])


def on_document(said: BillingSaid) -> str:
    """"On the superbill issued 12/01/2026." / "On the statement issued …"; "" on none."""
    if said.document in ("superbill", "statement"):
        return _said(said.document).format(date=show_date(said.issued))
    return ""


def billing_said(said: BillingSaid) -> str:
    """The Billing row's words; "" where the mark is the whole story (no account word, no issued
    document): the mark's own row says it."""
    on = on_document(said)
    if said.state in (BILLED_SUPERBILL, BILLED_STATEMENT) and not said.charged:
        return QCoreApplication.translate("SessionDialog", _BILLED_FREE).format(on=on).strip()
    if said.state in (BILLED_SUPERBILL, BILLED_STATEMENT, PAID, PART_PAID, MARKED_PAID_UNRECORDED,
                      MARKED_PAID_NOTHING_CHARGED):
        return _said(said.state).format(on=on).strip()
    return on


__all__ = ["billing_said", "on_document"]
