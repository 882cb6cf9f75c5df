"""The practice's fees: the fee schedule by CPT code and the missed-appointment fee policy.

The same service calls as `vault-app fee schedule` and `vault-app fee policy`, one per
action, on the worker. Money is typed as dollars and cents and kept as integer cents; a
bad amount is explained under the form and nothing typed is lost. The dialog names no
client, so it is the same in privacy mode. It refreshes itself from change notices
(Kind.BILLING), so a fee set elsewhere (the CLI is a separate process; another window of
this app is not) shows here while it is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.amounts import amount_text, parse_amount
from vault_app.domain.billing import FeePolicy
from vault_app.domain.codes import DESCRIPTIONS
from vault_app.domain.errors import VaultError
from vault_app.gui.change_watch import touches
from vault_app.gui.dates import practice_locale
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.money import show_money
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import give_form_mnemonics
from vault_app.services import billing
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

CODE_ROLE = Qt.ItemDataRole.UserRole
# domain.codes.DESCRIPTIONS in the screen's language: the app's own plain words for each code,
# spelt out again here for pyside6-lupdate (tests/gui/test_spanish_list_chart_fees.py keeps the
# two equal). A code keeps its English words until it has an entry here. The code itself is
# what the session, the account and the superbill carry, in every language.
SERVICE_WORDS = {
    "90791": QT_TRANSLATE_NOOP("FeesDialog", "Psychiatric diagnostic evaluation"),
    "90832": QT_TRANSLATE_NOOP("FeesDialog", "Psychotherapy, 30 minutes (16-37)"),
    "90834": QT_TRANSLATE_NOOP("FeesDialog", "Psychotherapy, 45 minutes (38-52)"),
    "90837": QT_TRANSLATE_NOOP("FeesDialog", "Psychotherapy, 60 minutes (53 or more)"),
    "90839": QT_TRANSLATE_NOOP("FeesDialog", "Psychotherapy for crisis, first 60 minutes (30-74)"),
    "90840": QT_TRANSLATE_NOOP("FeesDialog", "Psychotherapy for crisis, each additional 30 minutes (add-on)"),
    "90846": QT_TRANSLATE_NOOP("FeesDialog", "Family psychotherapy without the patient, 50 minutes"),
    "90847": QT_TRANSLATE_NOOP("FeesDialog", "Family / couple psychotherapy with the patient, 50 minutes"),
    "90853": QT_TRANSLATE_NOOP("FeesDialog", "Group psychotherapy"),
    "90785": QT_TRANSLATE_NOOP("FeesDialog", "Interactive complexity (add-on)"),
    "99354": QT_TRANSLATE_NOOP("FeesDialog", "Prolonged service, first hour beyond the usual time (add-on)"),
    "99417": QT_TRANSLATE_NOOP("FeesDialog", "Prolonged office visit, each additional 15 minutes (add-on)"),
}


def service_words(code: str) -> str:
    """A code's description in the screen's language. A description reworded in the domain shows
    in its new English until this table follows it, never as the old wording's translation."""
    english = DESCRIPTIONS.get(code, "")
    if SERVICE_WORDS.get(code) != english:
        return english
    return QCoreApplication.translate("FeesDialog", english)


# Run on the worker thread (the services, and their first import, never on the GUI thread).
def _load(vault: Vault) -> tuple[dict[str, int], FeePolicy]:
    return billing.fee_schedule(vault), billing.policy(vault)


def _set_fee(vault: Vault, code: str, amount: str, tag: str) -> dict[str, int]:
    return billing.set_scheduled_fee(vault, code, parse_amount(amount, tag, "fee", field="fee"))


def _remove_fee(vault: Vault, code: str) -> dict[str, int]:
    return billing.remove_scheduled_fee(vault, code)


def _set_policy(vault: Vault, no_show: str | None, late_cancel: str | None, tag: str) -> FeePolicy:
    # The policy as the form shows it: `clear` first, so an emptied field means "no fee".
    return billing.set_policy(
        vault, no_show=None if no_show is None else parse_amount(no_show, tag, "no-show fee", field="no_show_fee"),
        late_cancel=None if late_cancel is None else parse_amount(late_cancel, tag, "late-cancel fee",
                                                                             field="late_cancel_fee"), clear=True)


def plain_amount(cents: int | None) -> str:
    """Cents as a field shows them for editing, in the practice's writing (what parse_amount
    reads back): 7500 -> "75.00" in the US, "75,00" in Spain; None -> ""."""
    return "" if cents is None else amount_text(cents, practice_locale(), grouped=False)


LINE_EDIT_SIDE = 2  # QLineEdit's fixed inner margin each side of its text (qlineedit_p.h)


def fit_placeholder(combo: QComboBox) -> None:
    """An editable combo box at least as wide as its hint in any language: the style's own
    size for a box whose text is the hint (arrow, frame) plus the line edit's margins (its
    width came from its five-digit codes, so "e.g. 90837" read "e.g. …")."""
    line = combo.lineEdit()
    if line is None:
        return
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = True
    metrics = line.fontMetrics()
    text = QSize(metrics.horizontalAdvance(line.placeholderText()), metrics.height())
    margins = line.textMargins()
    text += QSize(margins.left() + margins.right() + 2 * LINE_EDIT_SIDE + 2, 0)
    style = combo.style()
    combo.setMinimumWidth(style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width())


class FeesDialog(GuardedDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("feesDialog")
        self.setWindowTitle(self.tr("Fees and missed-appointment policy"))
        self.schedule: dict[str, int] = {}
        self.policy_on_file = FeePolicy()
        self.entry_put = ("", "")  # the code and fee the dialog itself last put in the fields

        fees = QGroupBox(self.tr("Fee schedule (the fee of a session, by its CPT code)"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("CPT"), self.tr("Service"), self.tr("Fee")])
        self.tree.setAccessibleName(self.tr("Fee schedule"))
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 70)
        # The service takes the room the fee leaves: at a fixed 420 pixels a longer description
        # (Spanish 90840) was cut while the fee column stood half empty (found on Xvfb).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda item, _old: self._pick(item))
        self.code = QComboBox()
        self.code.setEditable(True)
        self.code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed code is not a new list entry
        self.code.setAccessibleName(self.tr("CPT code"))
        for code in sorted(DESCRIPTIONS):
            self.code.addItem(f"{code}", code)
            self.code.setItemData(self.code.count() - 1, service_words(code), Qt.ItemDataRole.ToolTipRole)
        self.code.setCurrentText("")
        line = self.code.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. 90837"))
            line.returnPressed.connect(self.set_fee)
            fit_placeholder(self.code)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Fee"))
        self.amount.setPlaceholderText(self.tr("e.g. {amount}").format(amount=plain_amount(18000)))
        self.amount.returnPressed.connect(self.set_fee)
        self.set_button = QPushButton(self.tr("Set fee"))
        self.set_button.setAutoDefault(False)
        self.set_button.clicked.connect(self.set_fee)
        self.remove_button = QPushButton(self.tr("Remove the selected fee"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_fee)
        entry = QHBoxLayout()
        # Buddies, so that their Alt letters (given below) take the keyboard to the code and fee.
        code_label, fee_label = QLabel(self.tr("CPT:")), QLabel(self.tr("Fee:"))
        code_label.setBuddy(self.code)
        fee_label.setBuddy(self.amount)
        entry.addWidget(code_label)
        entry.addWidget(self.code)
        entry.addWidget(fee_label)
        entry.addWidget(self.amount, 1)
        entry.addWidget(self.set_button)
        fees_layout = QVBoxLayout(fees)
        fees_layout.addWidget(self.tree, 1)
        fees_layout.addLayout(entry)
        fees_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        missed = QGroupBox(self.tr("Missed appointments"))
        self.no_show = QLineEdit()
        self.no_show.setAccessibleName(self.tr("No-show fee"))
        self.no_show.setPlaceholderText(self.tr("no fee"))
        self.late_cancel = QLineEdit()
        self.late_cancel.setAccessibleName(self.tr("Late cancellation fee"))
        self.late_cancel.setPlaceholderText(self.tr("no fee"))
        for field in (self.no_show, self.late_cancel):
            field.returnPressed.connect(self.save_policy)
        self.policy_button = QPushButton(self.tr("Save the policy"))
        self.policy_button.setAutoDefault(False)
        self.policy_button.clicked.connect(self.save_policy)
        explain = QLabel(self.tr("Charged on the client's account when you record a no-show or a late cancellation. "
                         "Empty: no fee. {zero}: recorded, nothing charged. A cancellation in time, or by you, "
                         "is never charged.").format(zero=plain_amount(0)))
        explain.setWordWrap(True)
        explain.setObjectName("calmNote")
        form = QFormLayout(missed)
        form.addRow(self.tr("No-show fee:"), self.no_show)
        form.addRow(self.tr("Late cancellation fee:"), self.late_cancel)
        form.addRow("", self.policy_button)
        form.addRow(explain)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Fees message"))
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(fees, 1)
        layout.addWidget(missed)
        layout.addLayout(bottom)
        # Within the screen: Close below a 1366x768 laptop's edge at 150 % otherwise.
        self.resize(size_in_screen(self, QSize(700, 560)))
        # Alt letters for the buttons and field labels that had none, Qt's own Close among them
        # (found in Spanish on Xvfb: none underlined); none shared in the window.
        give_form_mnemonics(self, [self.set_button, self.policy_button, close])
        self.code.setFocus()
        controller.changed.connect(self._on_changes)
        self.refresh()

    def typed(self) -> bool:
        """A fee or a policy amount typed and not saved, read from what the fields hold now:
        Qt's changed flags stay set after Set fee empties the fields, and a row chosen in the
        list fills them with the fee on file, typed by nobody (and they stay so once it is
        removed)."""
        if (self.code.currentText().strip(), self.amount.text().strip()) != self.entry_put:
            return True
        policy = self.policy_on_file
        return self.no_show.text().strip() != plain_amount(policy.no_show_cents) or \
            self.late_cancel.text().strip() != plain_amount(policy.late_cancel_cents)

    # --- what is shown ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.controller.query(self, _load).success(self._show).run()

    def _show(self, loaded: tuple[dict[str, int], FeePolicy]) -> None:
        schedule, policy = loaded
        self._show_schedule(schedule)
        self.policy_on_file = policy
        # A field being typed into keeps its text: a notice from another save must not
        # overwrite what the therapist has not saved yet.
        for field, cents in ((self.no_show, policy.no_show_cents), (self.late_cancel, policy.late_cancel_cents)):
            if not field.isModified():
                field.setText(plain_amount(cents))

    def _show_schedule(self, schedule: dict[str, int]) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, CODE_ROLE) if current is not None else None
        self.schedule = dict(schedule)
        self.tree.blockSignals(True)  # rebuilding the list is not the user choosing a row
        self.tree.clear()
        for code, cents in sorted(schedule.items()):
            item = QTreeWidgetItem([code, service_words(code), show_money(cents)])
            item.setToolTip(1, item.text(1))  # whole, in a window narrowed below it
            item.setData(0, CODE_ROLE, code)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if code == keep:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.remove_button.setEnabled(bool(schedule))
        if not schedule:
            self.message.setText(self.message.text()
                                 or self.tr("No fees yet: choose a CPT code, type its fee, Set fee."))

    def _pick(self, item: QTreeWidgetItem | None) -> None:
        """Choosing a row puts its code and fee in the fields, to change it."""
        if item is None:
            return
        code = str(item.data(0, CODE_ROLE))
        self.code.setCurrentText(code)
        self.amount.setText(plain_amount(self.schedule.get(code)))
        self.entry_put = (code, self.amount.text())

    def _on_changes(self, changes: Changes) -> None:
        if touches(changes, Kind.BILLING):
            self.refresh()

    # --- actions ------------------------------------------------------------------------
    def set_fee(self) -> None:
        code, amount, tag = self.code.currentText().strip(), self.amount.text().strip(), practice_locale()
        self.message.setText("")
        self.controller.op(self, lambda v: _set_fee(v, code, amount, tag), label=self.tr("Saving the fee…")).success(
            lambda schedule: self._fee_set(code.upper(), schedule)).failure(self._failed).run()

    def _fee_set(self, code: str, schedule: dict[str, int]) -> None:
        self._show_schedule(schedule)
        self.message.setText(self.tr("{code}: {fee} from now on. Sessions already attended keep the fee they had; "
                                     "those that had none take this one.")
                             .format(code=code, fee=show_money(schedule[code]))
                             if code in schedule else self.tr("Saved."))
        self.amount.clear()
        self.code.setCurrentText("")
        self.entry_put = ("", "")
        self.code.setFocus()

    def remove_fee(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a fee in the list first (arrow keys)."))
            return
        code = str(item.data(0, CODE_ROLE))
        self.controller.op(self, lambda v: _remove_fee(v, code), label=self.tr("Removing the fee…")).success(
            lambda schedule: self._removed(code, schedule)).failure(self._failed).run()

    def _removed(self, code: str, schedule: dict[str, int]) -> None:
        self._show_schedule(schedule)
        self.message.setText(self.tr("{code} has no fee in the schedule now.").format(code=code))

    def save_policy(self) -> None:
        no_show = self.no_show.text().strip() or None
        late = self.late_cancel.text().strip() or None
        self.message.setText("")
        tag = practice_locale()
        self.controller.op(self, lambda v: _set_policy(v, no_show, late, tag),
                           label=self.tr("Saving the policy…")).success(self._policy_saved).failure(self._failed).run()

    def _policy_saved(self, policy: FeePolicy) -> None:
        self.policy_on_file = policy
        for field, cents in ((self.no_show, policy.no_show_cents), (self.late_cancel, policy.late_cancel_cents)):
            field.setText(plain_amount(cents))
            field.setModified(False)

        def said(cents: int | None) -> str:
            return self.tr("no fee") if cents is None else show_money(cents)

        self.message.setText(self.tr("Policy saved: no-show {no_show}, late cancellation {late}.").format(
            no_show=said(policy.no_show_cents), late=said(policy.late_cancel_cents)))

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            focus_refused(exc, {"fee": self.amount, "no_show_fee": self.no_show, "late_cancel_fee": self.late_cancel,
                                "cpt_code": self.code})
            return True
        return False


def open_fees(controller: App, parent: QWidget) -> FeesDialog:
    """From the agenda, a client's account or the Vault menu: one dialog, the same everywhere."""
    dialog = FeesDialog(controller, parent)
    dialog.open()
    return dialog


__all__ = ["SERVICE_WORDS", "FeesDialog", "fit_placeholder", "open_fees", "plain_amount", "service_words"]
