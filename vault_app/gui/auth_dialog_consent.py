"""The authorization form's line on who consented to a minor's care, said under "Signer is" while a
personal representative signs, before Record: it decides whether a parent's signature is the one the
law asks for (45 CFR 164.502(g)(3)(i)). "Not recorded" where the chart does not say (found: the form
said nothing of it where a parent had consented, and only warned at Record where nothing was recorded).
Read from the chart (services/representatives.care_consent_on_file) for the day signed; said for a minor
of the age the client's form asks it of, or whose chart records it; nothing for an adult.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from vault_app.services import representatives

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.representatives import CareConsentOnFile
    from vault_app.services.vault import Vault



def _on_file(vault: Vault, client_id: str, on: str) -> CareConsentOnFile:
    return representatives.care_consent_on_file(vault, client_id, date.fromisoformat(on))


def consent_words(found: CareConsentOnFile) -> str:
    """The line in the screen's language ("": nothing to say for this client)."""
    if not found.shown:
        return ""
    if found.consented_by == "guardian":
        who = QCoreApplication.translate("AuthorizationConsentLine", "a parent or guardian, as the chart records")
    elif found.consented_by == "client":
        who = QCoreApplication.translate("AuthorizationConsentLine",
                                         "the client, a minor who consented to their own care, as the chart records")
    else:
        who = QCoreApplication.translate("AuthorizationConsentLine",
                                         "not recorded (record it on the client's form: it decides whether a "
                                         "parent or the minor signs)")
    said = QCoreApplication.translate("AuthorizationConsentLine", "Who consented to the minor's care: {who}.")
    return said.format(who=who)


class ConsentLine:
    """The label and what it says; shown while the form's signer is a personal representative."""

    def __init__(self) -> None:
        self.label = QLabel("")
        self.label.setObjectName("calmNote")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(QCoreApplication.translate("AuthorizationConsentLine",
                                                                "Who consented to the minor's care"))
        self.label.hide()
        self._words = ""
        self._representative = False

    def load(self, controller: App, owner: QWidget, client_id: str, on: str) -> None:
        """Read again for the day signed (the client's age on it decides whether it is asked)."""
        controller.query(owner, lambda v: _on_file(v, client_id, on)).success(self._read).run()

    def _read(self, found: CareConsentOnFile) -> None:
        self._words = consent_words(found)
        self.label.setText(self._words)
        self._show()

    def follow(self, representative: bool) -> None:
        self._representative = representative
        self._show()

    def _show(self) -> None:
        self.label.setVisible(bool(self._words) and self._representative)


__all__ = ["ConsentLine", "consent_words"]
