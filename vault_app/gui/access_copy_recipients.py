"""Who the copy may be sent to, as the copy's window lists them: the client and each recorded
representative; one the rules refuse on the day (services.access_copy.recipients' `barred`: a parent
whose authority ended at the client's majority, one declined...) is shown greyed, never chosen, with
the reason said under the list. Found by a walker: the ex-guardian father of an adult was offered, and
refused only after both PDF passwords were typed, below the window's fold (45 CFR 164.502(g)(2)-(3)).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel

from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import masked_representative
from vault_app.services.access_copy import CLIENT

if TYPE_CHECKING:
    from vault_app.services.access_copy import CopyRecipients


def fill_recipients(combo: QComboBox, reasons: QLabel, found: CopyRecipients, *, privacy: bool) -> None:
    """The list filled; the barred greyed (not selectable), each reason said in `reasons`."""
    combo.clear()
    barred = dict(found.barred)
    said: list[str] = []
    for key, label in found.choices:
        shown = (QCoreApplication.translate("AccessCopyDialog", "The client") if key == CLIENT
                 else masked_representative(label, privacy))
        if key in barred:
            shown = QCoreApplication.translate("AccessCopyDialog", "{who} (may not receive it)").format(who=shown)
            said.append(QCoreApplication.translate("AccessCopyDialog", "{who}: {why}").format(
                who=masked_representative(label, privacy), why=refusal_text(barred[key])))
        combo.addItem(shown, key)
        if key in barred:
            model = combo.model()
            if isinstance(model, QStandardItemModel):
                item = model.item(combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(refusal_text(barred[key]))
    combo.setCurrentIndex(max(0, combo.findData(found.default)))
    reasons.setText("\n".join(said))
    reasons.setVisible(bool(said))


__all__ = ["fill_recipients"]
