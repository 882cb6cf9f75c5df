"""The account window's question before a superbill for sessions an earlier one listed is made
again (a duplicate claim, unless it replaces a lost or corrected copy). Apart from the dialog
(account_dialog.py) for its length; the words stay in its translation context, "AccountDialog"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.superbill_repeats import AlreadyIssued
from vault_app.gui.confirm import confirm
from vault_app.gui.dates import show_date


def ask_issue_again(parent: QWidget, exc: AlreadyIssued, again: Callable[[], None]) -> QMessageBox:
    """The superbills already issued for these sessions, each with its sessions' days; `again`
    makes another when the therapist says so."""
    summary = [QCoreApplication.translate("AccountDialog", "{id}, issued {issued}: the sessions of {days}").format(
        id=r.disclosure_id, issued=show_date(r.issued_on), days=", ".join(show_date(d) for d in days))
        for r, days in exc.each]
    question = QCoreApplication.translate(
        "AccountDialog", "A superbill for these services was already issued on {issued} ({ids}). Issue another?")
    warning = QCoreApplication.translate(
        "AccountDialog", "Both sent to a health plan claim those sessions twice. Issue another only to replace "
        "it (a lost copy, a corrected fee): the new superbill says which one it replaces.")
    return confirm(
        parent, QCoreApplication.translate("AccountDialog", "Superbill already issued"),
        question.format(issued=", ".join(sorted({show_date(r.issued_on) for r in exc.found})),
                        ids=", ".join(r.disclosure_id for r in exc.found)),
        summary, QCoreApplication.translate("AccountDialog", "Issue another"), again, warnings=[warning])
