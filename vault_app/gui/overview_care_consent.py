"""The Overview's line on who consented to a minor's care (clients.care_consented_by, migration 0107), and a
parent's confidentiality agreement about it (clients.confidentiality_agreed_on, migration 0108).

It decides whether a parent or the minor signs an authorization (45 CFR 164.502(g)(3); domain/who_acts),
and the chart said it nowhere but in Client details. Shown for a minor (services/representatives.
care_consent_on_file says when); masked in privacy mode with the rest of what the Overview says of the
client (the date of birth and the contact are)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel

from vault_app.gui.dates import show_date
from vault_app.gui.widgets import masked_name
from vault_app.services import representatives

if TYPE_CHECKING:
    from vault_app.domain.clinical import Client
    from vault_app.gui.seam import App
    from vault_app.services.representatives import CareConsentOnFile


class CareConsentRow(QObject):
    """The row `field` of `form`, hidden until the chart is read to be a minor's."""

    def __init__(self, controller: App, form: QFormLayout, field: QLabel) -> None:
        super().__init__(field)
        self.controller, self.form, self.field = controller, form, field
        self._asked = 0  # each read gets a ticket: a late answer for another chart is dropped
        self.hide()

    def hide(self) -> None:
        self._asked += 1
        self.field.setText("")
        self.form.setRowVisible(self.field, False)

    def show(self, client: Client, privacy: bool) -> None:
        if client.is_case:  # each member's chart says theirs
            self.hide()
            return
        self._asked += 1
        asked, client_id = self._asked, client.client_id
        self.controller.query(self.field, lambda v: representatives.care_consent_on_file(v, client_id)) \
            .success(lambda found: self._read(asked, found, privacy)).run()

    def _read(self, asked: int, found: CareConsentOnFile, privacy: bool) -> None:
        if asked != self._asked:
            return
        self.form.setRowVisible(self.field, found.shown)
        self.field.setText(masked_name(self.words(found), privacy) if found.shown else "")

    def words(self, found: CareConsentOnFile) -> str:
        said = self._consent_words(found)
        if found.agreed_on is None:
            return said
        # 45 CFR 164.502(g)(3)(i)(C): said with the consent, as it decides who acts for the minor too.
        agreed = self.tr("{who} agreed on {day} to a confidential relationship between you and the minor about this "
                         "care: the minor, not a parent, exercises the rights for it (45 CFR 164.502(g)(3)(i)(C))")
        who = found.agreed_by or self.tr("A parent or guardian")
        return said + "\n" + agreed.format(who=who, day=show_date(found.agreed_on))

    def _consent_words(self, found: CareConsentOnFile) -> str:
        # The day it was recorded, on this computer's calendar (the ledger keeps UTC).
        day = show_date(datetime.fromisoformat(found.recorded_at).astimezone().date()) if found.recorded_at else ""
        if found.consented_by == "guardian":
            return self.tr("by a parent or guardian (recorded {day})").format(day=day) if day else \
                self.tr("by a parent or guardian")
        if found.consented_by == "client":
            return self.tr("by the client, a minor who consented to their own care (recorded {day})").format(
                day=day) if day else self.tr("by the client, a minor who consented to their own care")
        return self.tr("not recorded: it decides whether a parent or the minor signs; record it under Edit "
                       "details… (Care consented to by)")


__all__ = ["CareConsentRow"]
