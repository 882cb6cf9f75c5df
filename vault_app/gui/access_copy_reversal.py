"""The copy's window for a request whose denial a review reversed, whole or in part: its words
say what the reviewer's decision asks (45 CFR 164.524(d)(4): the practice gives the access the
reviewer allowed, (c)(1)), not a first grant's. Found: after a full reversal the window said the
request "closes as granted once every copy is written" (the review had granted it) and that the
treatment plan not in the copy could be "denied in writing" (the reviewer had just released it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def show_reversal(decision: str, intro: QLabel, not_held: QLabel) -> None:
    """`decision`: services/request_owed.reversal_owed's ("reversed", "partly_reversed"; "" leaves
    the window's words as they are)."""
    if not decision:
        return
    intro.setText(QCoreApplication.translate(
        "AccessCopyReversal", "The reviewer reversed the denial (45 CFR 164.524(d)(4)): give the client the access "
        "the reviewer allowed. The copy is made as a password-protected PDF for each kind below and recorded with "
        "the request, which the review granted. Psychotherapy notes are not part of the right of access.")
        if decision == "reversed" else QCoreApplication.translate(
            "AccessCopyReversal", "The reviewer reversed the denial in part (45 CFR 164.524(d)(4)): give the client "
            "what the reviewer released, and leave out what stays denied. The copy is made as a password-protected "
            "PDF for each kind below and recorded with the request. Psychotherapy notes are not part of the right "
            "of access."))
    not_held.setText(QCoreApplication.translate(
        "AccessCopyReversal", "Not in this copy: the treatment plan (its diagnoses and goals) and the documents "
        "attached to the chart. Where the reviewer released them, give them too, another way: the Complete open "
        "export holds them (45 CFR 164.524(c)(1))."))


__all__ = ["show_reversal"]
