"""The window that records a client's written revocation of an authorization (from the chart's
Authorizations tab, disclosure_tabs.py): the day it arrived, which came first of the letter and
a disclosure made that same day, and what was disclosed under the authorization after it
arrived (45 CFR 164.508(b)(5))."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from vault_app.gui.date_field import ISO, date_picker, unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.forms import error_label
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import give_form_mnemonics, wrapped_label
from vault_app.services import authorizations, revocation_order

if TYPE_CHECKING:
    from vault_app.domain.accounting_reliance import LetterOrder
    from vault_app.domain.disclosure import DisclosureRecord
    from vault_app.gui.seam import App
    from vault_app.services.revocation_order import AfterRevocation
    from vault_app.services.vault import Vault


def _revoked(vault: Vault, auth_id: str, day: str) -> AfterRevocation:
    """Record the revocation; the disclosures made under it on or after the day it arrived."""
    return revocation_order.disclosed_after_revocation(vault, authorizations.revoke(vault, auth_id, received_on=day))


# The answers to "which came first?" for a disclosure made the day the letter arrived (found by a
# walker: an export at 04:10 and a letter received at 04:15 were said to be after the revocation).
ORDER_CHOICES: tuple[tuple[LetterOrder | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("RevocationDialog", "Not known")),
    ("disclosure_first", QT_TRANSLATE_NOOP("RevocationDialog", "It went out before the letter arrived")),
    ("letter_first", QT_TRANSLATE_NOOP("RevocationDialog", "The letter arrived first")),
)


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
        # The same-day question, and what is listed for want of an answer: said plainly, not as an
        # error (the red line is for a refusal, and for what went out after the letter).
        self.note = wrapped_label("")
        self.note.hide()
        # Asked after it is recorded, of each disclosure made the day the letter arrived.
        self.order_form = QFormLayout()
        self.orders: dict[str, QComboBox] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.after_revocation: AfterRevocation | None = None
        self.said = False  # what went out meanwhile is on the page: OK closes
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
        layout.addWidget(self.note)
        layout.addLayout(self.order_form)
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
        if self.said:  # recorded; the disclosures made meanwhile were said: Close
            super().accept()
            return
        if self.after_revocation is not None:  # recorded; the same-day question answered
            self._answer()
            return
        auth_id, day = self.auth_id, self.received_on()
        self.message.setText("")
        self.controller.op(self, lambda v: _revoked(v, auth_id, day),
                           label=self.tr("Recording…")).success(self._recorded).failure(show_inline_at(
            self.message, {"revocation_received_on": self.received},
            named={"date the revocation was received": self.received, "revocation date": self.received})).run()

    def _recorded(self, result: object) -> None:
        after: AfterRevocation = result  # type: ignore[assignment]
        if not after:
            super().accept()
            return
        self.after_revocation = after
        self.received.setEnabled(False)
        if self.cancel is not None:
            self.cancel.hide()  # recorded: nothing left to cancel
        if not after.same_day:
            self._say(after)
            return
        # The day alone cannot tell which came first: asked, "Not known" as it stands.
        self._note(self._same_day_question(after.same_day))
        for r in after.same_day:
            box = QComboBox()
            for _order, words in ORDER_CHOICES:
                box.addItem(QCoreApplication.translate("RevocationDialog", words))
            box.setAccessibleName(self.tr("Which came first, {0} or the letter").format(r.disclosure_id))
            self.orders[r.disclosure_id] = box
            self.order_form.addRow(self.tr("{0} to {1}:").format(r.disclosure_id, r.recipient.name), box)
        if self.ok is not None:
            self.ok.setText(self.tr("Record answers"))
        next(iter(self.orders.values())).setFocus()

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _same_day_question(self, same_day: tuple[DisclosureRecord, ...]) -> str:
        day = show_date(same_day[0].day)
        words = (self.tr("%n disclosure under this authorization went out on {day}, the day the revocation was "
                         "received. Did it go out before the letter arrived? One made before was made in reliance on "
                         "the authorization and is not affected (45 CFR 164.508(b)(5)(i)).", "", 1)
                 if len(same_day) == 1 else
                 self.tr("%n disclosures under this authorization went out on {day}, the day the revocation was "
                         "received. Did each go out before the letter arrived? One made before was made in reliance "
                         "on the authorization and is not affected (45 CFR 164.508(b)(5)(i)).", "", len(same_day)))
        return words.format(day=day)

    def answers(self) -> dict[str, LetterOrder]:
        """The orders chosen; "Not known" says nothing."""
        chosen = {d: ORDER_CHOICES[box.currentIndex()][0] for d, box in self.orders.items()}
        return {d: order for d, order in chosen.items() if order is not None}

    def _answer(self) -> None:
        answers, auth_id, after = self.answers(), self.auth_id, self.after_revocation
        for box in self.orders.values():
            box.setEnabled(False)
        if not answers and after is not None:
            self._say(after)
            return
        self.controller.op(self, lambda v: revocation_order.record_letter_order(v, auth_id, answers),
                           label=self.tr("Recording…")).success(self._answered).failure(
            show_inline_at(self.message, {})).run()

    def _answered(self, result: object) -> None:
        after: AfterRevocation = result  # type: ignore[assignment]
        self.after_revocation = after
        if not after:  # each went out before the letter: nothing taken from the exclusion
            super().accept()
            return
        self._say(after)

    def _say(self, after: AfterRevocation) -> None:
        # A revocation recorded days after it arrived: what went out meanwhile relied on nothing
        # (45 CFR 164.508(b)(5)); the accounting lists it. Said here, the dialog left open to read it.
        breach = ""
        if after.after:
            made = ", ".join(f"{r.disclosure_id} ({show_date(r.day)})" for r in after.after)
            n = len(after.after)
            words = (self.tr("%n disclosure under this authorization was made on or after the day the revocation "
                             "was received: {made}. The revocation had already taken effect (45 CFR 164.508(b)(5)), "
                             "so it is listed in the client's accounting of disclosures (45 CFR 164.528). Review what "
                             "went out, and whether it is a breach to assess (45 CFR 164.402).", "", 1) if n == 1
                     else self.tr("%n disclosures under this authorization were made on or after the day the "
                                  "revocation was received: {made}. The revocation had already taken effect (45 CFR "
                                  "164.508(b)(5)), so they are listed in the client's accounting of disclosures (45 "
                                  "CFR 164.528). Review what went out, and whether it is a breach to assess (45 CFR "
                                  "164.402).", "", n))
            breach = words.format(made=made)
        self.message.setText(breach)
        if after.same_day:
            # Not known which came first: listed (one too many is harmless), no breach suggested.
            made = ", ".join(r.disclosure_id for r in after.same_day)
            n = len(after.same_day)
            words = (self.tr("%n disclosure went out on the day the revocation was received, which came first not "
                             "recorded: {made}. The client's accounting of disclosures lists it as made the day of "
                             "the revocation (45 CFR 164.528).", "", 1) if n == 1
                     else self.tr("%n disclosures went out on the day the revocation was received, which came first "
                                  "not recorded: {made}. The client's accounting of disclosures lists them as made "
                                  "the day of the revocation (45 CFR 164.528).", "", n))
            self._note(words.format(made=made))
        else:
            self._note("")
        self.said = True
        if self.ok is not None:
            self.ok.setText(self.tr("Close"))


__all__ = ["RevocationDialog"]
