"""A client's account: charges, payments and the balance; record a payment; issue a
superbill or statement PDF (through the disclosure gate, like every export)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.billing import PAYMENT_METHODS, unpriced_codes
from vault_app.domain.errors import VaultError
from vault_app.domain.superbill_fees import unpriced_services
from vault_app.gui import account_work
from vault_app.gui.account_bills import AccountBills
from vault_app.gui.account_message import MessageArea, MessageLabel
from vault_app.gui.account_rows import PAYMENT_ROLE, SESSION_ROLE, account_rows
from vault_app.gui.account_words import (
    client_addressee,
    date_edit,
    duplicates_words,
    method_words,
    undiagnosed_words,
    unpriced_words,
)
from vault_app.gui.appointment_dialog import initials
from vault_app.gui.change_watch import touches_client
from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import ISO, unfinished_date
from vault_app.gui.dates import practice_locale
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.fees_dialog import open_fees, plain_amount
from vault_app.gui.money import show_money
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import buddy_label, give_form_mnemonics, wrapped_label
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App


LIST_ROWS = 8  # the charges and payments the list keeps in view, however little room the forms leave


class AccountDialog(AccountBills, QDialog):
    _addressee_filled = False  # "Addressed to" filled once: a minor's first guardian proposed then only

    def __init__(self, controller: App, client_id: str, *, chart_number: str = "",
                 privacy: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.privacy = privacy
        self.setObjectName("accountDialog")
        # The title names the chart by number only: titles reach task switchers.
        self.setWindowTitle(self.tr("Account · chart {number}").format(number=chart_number) if chart_number
                            else self.tr("Account"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("CPT"), self.tr("Amount")])
        self.tree.setAccessibleName(self.tr("Charges and payments"))
        self.tree.setRootIsDecorated(False)
        self.fee_button = QPushButton(self.tr("Set the selected sessio&n's fee…"))
        # Not connected to set_fee itself: clicked(bool) reached it as what was typed, and the
        # question was never asked (a walker's click did nothing; a TypeError in the log).
        self.fee_button.clicked.connect(lambda: self.set_fee())
        self.schedule_button = QPushButton(self.tr("&Fee schedule…"))
        self.schedule_button.setToolTip(
            self.tr("The practice's fees by CPT code and the missed-appointment fee policy"))
        self.schedule_button.clicked.connect(self.open_fees)
        # A payment typed wrong (1400 for 140) could only be taken back with the command line.
        self.unpay_button = QPushButton(self.tr("Delete the selected pa&yment…"))
        self.unpay_button.clicked.connect(self.delete_payment)
        self.balance = QLabel("…")
        self.balance.setObjectName("sectionTitle")
        self.balance.setAccessibleName(self.tr("Balance"))
        self.message = MessageLabel()
        self.message.setAccessibleName(self.tr("Account message"))
        # Three lines kept whatever it says, a longer message's own lines (gui/account_message.py).
        self.message_area = MessageArea(self.message, self)
        # A code with no fee in the schedule (a session's own or an add-on) is counted 0
        # (domain/billing.py): said here, before a superbill with it reaches a health plan.
        self.unpriced = wrapped_label("", "calmNote")
        self.unpriced.setAccessibleName(self.tr("Codes with no fee"))
        self.unpriced.setVisible(False)
        # So is a visit with no diagnosis in force (domain/superbill_diagnosis): said at Issue only before.
        self.undiagnosed = wrapped_label("", "calmNote")
        self.undiagnosed.setAccessibleName(self.tr("Visits with no diagnosis"))
        self.undiagnosed.setVisible(False)

        pay = QGroupBox(self.tr("Record a payment"))
        self.paid_on = date_edit(date.today())
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. {amount}").format(amount=plain_amount(14000)))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.method = QComboBox()
        for m in PAYMENT_METHODS:
            self.method.addItem(method_words(m), m)
        self.method.setAccessibleName(self.tr("Payment method"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. check 1042 (never a card number)"))
        self.reference.setAccessibleName(self.tr("Reference"))
        self.pay_button = QPushButton(self.tr("Record &payment"))
        self.pay_button.clicked.connect(self.record_payment)
        form = QFormLayout(pay)
        row = QHBoxLayout()
        # A label for each field, each with its Alt letter (give_form_mnemonics below): one label
        # for three fields took the keyboard to the first only.
        row.addWidget(self.paid_on)
        for words, field in ((self.tr("Amo&unt:"), self.amount), (self.tr("&Method:"), self.method)):
            row.addWidget(buddy_label(words, field))
            row.addWidget(field, 1 if field is self.amount else 0)
        form.addRow(buddy_label(self.tr("&Date:"), self.paid_on), row)
        form.addRow(buddy_label(self.tr("R&eference:"), self.reference), self.reference)
        form.addRow("", self.pay_button)

        bill = self._bill_group()

        close = self.close_button = QPushButton(self.tr("Cl&ose"))
        close.clicked.connect(self.accept)
        # Enter does the action of the section it is typed in. With no button of its own, Qt
        # gave Enter to the first one, "Set the selected session's fee…": a payment amount
        # typed and Enter opened the session fee's question, where 140 would reprice the session.
        for button in (self.fee_button, self.schedule_button, self.unpay_button, self.pay_button, self.issue_button,
                       close):
            button.setAutoDefault(False)
        self.busy = False
        for field in (self.amount, self.reference):
            field.returnPressed.connect(lambda: self.record_payment() if self.amount.text().strip() else None)
        for field in (self.path, self.password):
            field.returnPressed.connect(self.issue)
        # On a 1366x768 laptop at 150 % the account needed 506 pixels of the 466 there: all but
        # the message line and Close scroll. Its width stays the dialog's whatever the balance
        # says (see _keep_balance_width): a longer balance widened what scrolls, and the fields
        # below moved sideways (test_account_still_and_repeat).
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(self.tr("&Charges and payments:"), self.tree))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.unpriced)
        layout.addWidget(self.undiagnosed)
        # The balance on a line of its own, above its buttons: beside them, a large credit's words
        # ("Saldo a favor: $99,999.00") widened the window past a 1366x768 laptop's edge at 150 %.
        layout.addWidget(self.balance)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.fee_button)
        top.addWidget(self.unpay_button)
        top.addWidget(self.schedule_button)
        layout.addLayout(top)
        layout.addWidget(pay)
        layout.addWidget(bill)
        self.body_area = DownOnlyScrollArea()
        self.body_area.setObjectName("accountBodyArea")
        self.message_area.above = self.body_area  # gives a long refusal room where it scrolls already
        self.body_area.setWidget(body)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        self._keep_balance_width()
        outer = QVBoxLayout(self)
        outer.addWidget(self.body_area, 1)
        # The message beside Close, not above it: its three reserved lines over Close stood empty
        # while the superbill's fields scrolled, cut, above them (found by a walker).
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_area, 1)
        # Make the PDF outside what scrolls: at 125 % on 1366x768 it sat below the fold under the
        # superbill's hints, reached only by scrolling (found by the Spanish walker).
        bottom.addWidget(self.issue_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(bottom)
        # The list gives up its height first (its wish ignored), but keeps eight rows and its
        # header: what is below scrolls. Five lines kept gave four rows beside the superbill's
        # hint at 125 % on a 1366x768 laptop (found by the month-end walker).
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self._keep_list_rows()
        self._tab_order()
        give_form_mnemonics(self, [self.issue_button, self.pay_button, close, self.schedule_button, self.browse,
                                   self.fee_button, self.unpay_button])
        self.resize(size_in_screen(self, QSize(680, 700)))
        controller.changed.connect(self._on_changes)
        self.refresh()

    def _tab_order(self) -> None:
        """Tab as the eye reads (Choose… was made after Make the PDF, and took Tab after it)."""
        chain = [self.tree, self.fee_button, self.unpay_button, self.schedule_button, self.paid_on, self.amount,
                 self.method, self.reference, self.pay_button, self.kind, self.first, self.last, self.addressee,
                 self.path, self.browse, self.password, self.issue_button, self.close_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _keep_list_rows(self) -> None:
        row = max(self.tree.fontMetrics().height() + 4, self.tree.sizeHintForRow(0))
        header = self.tree.header().sizeHint().height()
        self.tree.setMinimumHeight(header + LIST_ROWS * row + 2 * self.tree.frameWidth() + 2)

    def _keep_message_height(self) -> None:
        self.message_area.fit()

    def _keep_balance_width(self) -> None:
        """The balance's room is that of a large one, whatever it says now: sized by its text,
        it set the width of everything that scrolls with it. A large credit's words too: they are
        longer ("Saldo a favor: $140.00" against "Saldo: -$99,999.99"), and squeezed by the buttons
        beside it the label cut the cents off ("Saldo a favor: $140", found by the Spanish walker)."""
        amount = show_money(-9_999_999)
        metrics = self.balance.fontMetrics()
        large = max(metrics.horizontalAdvance(self.tr("Balance: {amount}").format(amount=amount)),
                    metrics.horizontalAdvance(self.tr("Credit: {amount}").format(amount=amount)))
        self.balance.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.balance.setMinimumWidth(large + 4)

    def changeEvent(self, event: QEvent) -> None:
        # A larger font (Settings, the theme) gets its three lines too. getattr: a window freed by
        # Python's cycle collector while shown has lost its attributes (test_overrides_after_collection).
        if (event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
                and getattr(self, "message_area", None) is not None and getattr(self, "balance", None) is not None):
            self._keep_message_height()
            self._keep_balance_width()
        super().changeEvent(event)

    def refresh(self) -> None:
        client_id = self.client_id
        self.controller.query(self, lambda v: account_work.account(v, client_id)).success(self._show).run()

    def _show(self, data: dict[str, Any]) -> None:
        account = data["account"]
        self._guardians(data["guardians"], data["split"], data["to_client"], minor=data["minor"])
        self._provider_missing = data["provider_missing"]
        self._unpriced_services = unpriced_services(data["account"].charges)
        self._show_provider()
        self.tree.clear()
        unpriced = unpriced_codes(account.charges)
        self.unpriced.setText(unpriced_words(unpriced))
        self.unpriced.setVisible(bool(unpriced))
        self.undiagnosed.setText(undiagnosed_words(data["undiagnosed"]))
        self.undiagnosed.setVisible(bool(data["undiagnosed"]))
        self.tree.addTopLevelItems(account_rows(account, data["billing"]))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)  # "payment (transfer)" read "payment (tr…"
        self._keep_list_rows()  # a row's own height known now
        # A credit said as one: "Balance: -$40.00" read as a slip or as owed (domain/statement.py).
        balance = account.balance_cents
        self.balance.setText(self.tr("Credit: {amount}").format(amount=show_money(-balance)) if balance < 0
                             else self.tr("Balance: {amount}").format(amount=show_money(balance)))
        self._duplicates = data["duplicates"]
        self.duplicates.setText(duplicates_words(self._duplicates))
        self.duplicates.setVisible(bool(self._duplicates))

    def _guardians(self, guardians: list[tuple[str, str]], split: dict[str, int], to_client: str, *,
                   minor: bool = False) -> None:
        """A minor's statement goes to a parent or guardian (their share, where split); a deceased
        client's, to their estate (domain/decedent.password_to): "The client" was said of one who had died.
        A minor's window opens on the first guardian (found by a walker: it opened on "The client",
        whom a minor's statement is never addressed to, so every first try was refused); a choice
        made stays through the window's refreshes."""

        first_fill, self._addressee_filled = not self._addressee_filled, True
        chosen = guardians[0][0] if first_fill and minor and guardians else self.addressee.currentData()
        self.addressee.clear()
        self.addressee.addItem(client_addressee(to_client), None)
        for guardian_id, name in guardians:
            shown = initials(name) if self.privacy else name
            share = f" ({split[guardian_id]}%)" if guardian_id in split else ""
            self.addressee.addItem(self.tr("Guardian: {name}").format(name=shown) + share, guardian_id)
        self.addressee.setCurrentIndex(max(0, self.addressee.findData(chosen)))

    def set_fee(self, typed: str = "", refused: str = "") -> None:
        """The chosen session's fee; refused, asked again with what was typed (it was lost)."""
        item = self.tree.currentItem()
        session_id = item.data(0, SESSION_ROLE) if item is not None else None
        if not session_id:
            self.message.setText(self.tr("Choose a session in the list first."))
            return
        asked = self.tr("Fee for this session (e.g. {amount}):").format(amount=plain_amount(14000))
        amount, ok = QInputDialog.getText(self, self.tr("Session fee"), f"{refused}\n\n{asked}" if refused else asked,
                                          QLineEdit.EchoMode.Normal, typed)
        if not ok:
            return
        tag = practice_locale()
        self.controller.op(self, lambda v: account_work.set_fee(v, str(session_id), amount.strip(), tag),
                           label=self.tr("Saving…")).success(
            lambda cents: self.message.setText(self.tr("Session fee set to {fee}.").format(fee=show_money(cents)))
        ).failure(lambda exc: self._fee_refused(exc, amount)).run()

    def _fee_refused(self, exc: BaseException, typed: str) -> bool:
        if not self._failed(exc):
            return False
        if getattr(exc, "field", "") == "session_fee":
            # After this callback returns: a modal question opened inside it held the op's end.
            QTimer.singleShot(0, lambda: self.set_fee(typed, refusal_text(exc)))
        return True

    def delete_payment(self) -> QMessageBox | None:
        """A payment entered by mistake, taken back after a question (logged, as every change)."""
        item = self.tree.currentItem()
        payment_id = item.data(0, PAYMENT_ROLE) if item is not None else None
        if item is None or not payment_id:
            self.message.setText(self.tr("Choose a payment in the list first."))
            return None
        summary = [f"{item.text(0)} · {item.text(1)} · {item.text(3).lstrip('-')}"]

        def delete() -> None:
            self.controller.op(self, lambda v: account_work.unpay(v, str(payment_id)),
                               label=self.tr("Deleting…")).success(
                lambda _r: self.message.setText(self.tr("Payment deleted."))).failure(self._failed).run()

        return confirm(self, self.tr("Delete payment"), self.tr("Delete this payment, entered by mistake?"), summary,
                       self.tr("Delete the payment"), delete)

    def open_fees(self) -> QDialog:
        self.fees_dialog = open_fees(self.controller, self)
        return self.fees_dialog

    def _on_changes(self, changes: Changes) -> None:
        if touches_client(changes, self.client_id, Kind.BILLING, Kind.SESSIONS, Kind.APPOINTMENTS,
                          Kind.PLANS):  # a plan's diagnosis, for the visits without one
            self.refresh()

    def record_payment(self) -> None:
        if self.busy:
            return  # a second Enter while the first payment is being saved records nothing
        if unfinished_date(self.paid_on):
            return
        client_id = self.client_id
        values = {"paid_on": self.paid_on.date().toString(ISO), "amount": self.amount.text().strip(),
                  "method": str(self.method.currentData()), "reference": self.reference.text()}
        self.busy = True
        tag = practice_locale()
        self.controller.op(self, lambda v: account_work.pay(v, client_id, values, tag),
                           label=self.tr("Saving…")).success(self._paid).failure(self._failed) \
            .finally_(self._idle).run()

    def _idle(self) -> None:
        self.busy = False

    def _paid(self, payment: Any) -> None:
        self.amount.clear()
        self.reference.clear()
        self.message.setText(self.tr("Payment of {amount} recorded.").format(amount=show_money(payment.amount_cents)))

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            focus_refused(exc, {"payment_date": self.paid_on, "payment": self.amount, "payment_method": self.method,
                                "payment_reference": self.reference},
                          named={"range of dates": self.last})
            return True
        return False


__all__ = ["AccountDialog"]
