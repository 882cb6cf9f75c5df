"""The window that records a client's written revocation of an authorization (from the chart's
Authorizations tab, disclosure_tabs.py): the day it arrived, and what was disclosed under the
authorization on or after that day (45 CFR 164.508(b)(5))."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from vault_app.gui.date_field import ISO, date_picker, unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.forms import error_label
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import give_form_mnemonics, wrapped_label
from vault_app.services import authorizations

if TYPE_CHECKING:
    from vault_app.domain.disclosure import DisclosureRecord
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _revoked(vault: Vault, auth_id: str, day: str) -> list[DisclosureRecord]:
    """Record the revocation; the disclosures made under it on or after the day it arrived."""
    return authorizations.disclosed_after_revocation(vault, authorizations.revoke(vault, auth_id, received_on=day))


class RevocationDialog(QDialog):
    """When the client's written revocation arrived: a date picked, not typed. The dialog
    records it and closes only once it is recorded: a date the rules refuse (before the
    authorization was signed) is said here, with the date still there to change; it closed
    first and the refusal came in a box, the date chosen gone."""

    def __init__(self, controller: App, auth_id: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.auth_id = auth_id
        self.setWindowTitle(self.tr("Record a revocation"))
        self.received = date_picker(self.tr("Date the written revocation was received"))
        self.received.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("Authorization:"), wrapped_label(summary))  # which one, with several on file
        form.addRow(self.tr("Received on:"), self.received)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.after_revocation: list[DisclosureRecord] = []
        ok = self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("Record revocation"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr(
            "The client (or their representative) revoked this authorization in writing. The revocation takes "
            "effect when received, "
            "except for what was already done in reliance on it (45 CFR 164.508(b)(5)).")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        # Alt letters for Received on and the buttons, none twice (found by a walker: none had one)
        give_form_mnemonics(self, [b for b in (ok, self.cancel) if b is not None])

    def changeEvent(self, event: QEvent) -> None:
        # As wide as its title with the chart number (bind_to_chart sets it after) and the
        # app's name the title bar adds: 440 pixels cut "Registrar una revocación · DEMO-00002
        # — Therapy Vault" to "Registrar una revocación… O-00002 — …". Measured in bold, as
        # title bars draw it, with room for the bar's icon and buttons.
        if event.type() == QEvent.Type.WindowTitleChange:
            font = self.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            app_name = QGuiApplication.applicationDisplayName()
            shown = f"{self.windowTitle()} — {app_name}" if app_name else self.windowTitle()
            self.setMinimumWidth(max(440, QFontMetrics(font).horizontalAdvance(shown) + 200))
        super().changeEvent(event)

    def received_on(self) -> str:
        return self.received.date().toString(ISO)

    def accept(self) -> None:
        if unfinished_date(self.received):  # said under the field, once, the keyboard there
            self.message.setText("")
            return
        if self.after_revocation:  # recorded; the disclosures made meanwhile were said: Close
            super().accept()
            return
        auth_id, day = self.auth_id, self.received_on()
        self.message.setText("")
        self.controller.op(self, lambda v: _revoked(v, auth_id, day),
                           label=self.tr("Recording…")).success(self._recorded).failure(show_inline_at(
            self.message, {"revocation_received_on": self.received},
            named={"date the revocation was received": self.received, "revocation date": self.received})).run()

    def _recorded(self, result: object) -> None:
        after: list[DisclosureRecord] = result  # type: ignore[assignment]
        if not after:
            super().accept()
            return
        # A revocation recorded days after it arrived: what went out meanwhile relied on nothing
        # (45 CFR 164.508(b)(5)); the accounting lists it. Said here, the dialog left open to read it.
        self.after_revocation = after
        made = ", ".join(f"{r.disclosure_id} ({show_date(r.day)})" for r in after)
        words = (self.tr("%n disclosure under this authorization was made on or after the day the revocation was "
                         "received: {made}. The revocation had already taken effect (45 CFR 164.508(b)(5)), so it "
                         "is listed in the client's accounting of disclosures (45 CFR 164.528). Review what went "
                         "out, and whether it is a breach to assess (45 CFR 164.402).", "", 1) if len(after) == 1
                 else self.tr("%n disclosures under this authorization were made on or after the day the "
                              "revocation was received: {made}. The revocation had already taken effect (45 CFR "
                              "164.508(b)(5)), so they are listed in the client's accounting of disclosures (45 "
                              "CFR 164.528). Review what went out, and whether it is a breach to assess (45 CFR "
                              "164.402).", "", len(after)))
        self.message.setText(words.format(made=made))
        self.received.setEnabled(False)
        if self.ok is not None:
            self.ok.setText(self.tr("Close"))
        if self.cancel is not None:
            self.cancel.hide()


__all__ = ["RevocationDialog"]
