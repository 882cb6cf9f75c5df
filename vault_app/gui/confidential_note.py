"""The client's confidential-communications request said where letters and copies are made: the
request's window, a letter's save as PDF, the access copy (45 CFR 164.522(b): a reasonable request
to be reached by other means or at another place must be accommodated).

Found by a walker (W7): the request was kept in the chart's Contact ("mail only to PO Box 9; never
the home address") but neither the request's window nor the copy's said it; the letters carry no
address, so the one who mails them must be told there. Hidden when the client asked nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from vault_app.services import clients, requests

if TYPE_CHECKING:
    from vault_app.domain.clinical import ContactPreferences
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _contact(vault: Vault, request_id: str) -> ContactPreferences:
    return clients.get_client(vault, requests.get_request(vault, request_id).client_id).contact


class ConfidentialNote(QLabel):
    """Reads the request's client's contact on the worker; shows the instruction, or stays hidden."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.controller, self.request_id = controller, request_id
        self.setObjectName("confidentialNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the client's words, never markup
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("How the client asked to be reached"))
        self.hide()
        self.load()

    def load(self) -> None:
        rid = self.request_id
        self.controller.query(self, lambda v: _contact(v, rid)).success(self._show).run()

    def _show(self, contact: ContactPreferences) -> None:
        asked = contact.confidential_request.strip()
        if not asked:
            self.hide()
            return
        said = self.tr("⚠ The client asked to be reached only this way (45 CFR 164.522(b)): “{asked}”. Send "
                       "letters and copies only as they asked.").format(asked=asked)
        if contact.safe_address.strip():
            said += " " + self.tr("Safe address for mail: {address}.").format(
                address=", ".join(line.strip() for line in contact.safe_address.splitlines() if line.strip()))
        self.setText(said)
        self.show()


__all__ = ["ConfidentialNote"]
