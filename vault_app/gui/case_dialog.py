"""New couple or family case: a joint chart of its own, linking clients who have charts.

Who may be a member is the services' word (clients.case_member_choices, create_case): the list
offers what they offer and a refusal (one member, a case chosen) is shown in their words. The
members are chosen by keyboard as by mouse: type a name or chart number, Down to the list,
Space or Enter to choose or un-choose; what was chosen stays chosen while another name is
searched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.clinical import CASE_KINDS
from vault_app.domain.errors import InvalidInput
from vault_app.gui.client_words import case_words, status_words
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.widgets import masked_name
from vault_app.services import clients

if TYPE_CHECKING:
    from vault_app.domain.clinical import ClientSummary, JointCase
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

_ID = Qt.ItemDataRole.UserRole
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CaseDialog(GuardedDialog):
    saved = Signal(str)

    def __init__(self, controller: App, parent: QWidget | None = None, *, privacy: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.privacy = privacy
        self.setWindowTitle(self.tr("New couple or family case"))
        self.setObjectName("caseDialog")
        self.chosen: dict[str, str] = {}  # client id: how the member is named, in the order chosen
        self.shown_for: str | None = None  # the search the list answers
        self._asked = 0  # a newer search makes an older answer moot
        # Enter pressed in the search before it answered what was typed: the words it was for,
        # acted on once the answer comes (typing on drops it: a new search, chosen from anew).
        self._enter_for: str | None = None
        # The same for Down (and a Space after it: choose the first client found).
        self._down_for: str | None = None
        self._space_for: str | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the case"))
        self.name.setPlaceholderText(self.tr("e.g. Rivera couple"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of case"))
        for kind in CASE_KINDS:
            self.kind.addItem(case_words(kind), kind)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a member"))
        self.search.setPlaceholderText(self.tr("Type a name or chart number, then Down"))
        self.search.setClearButtonEnabled(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Clients who may be members"))
        self.choices.setMinimumHeight(160)
        self.more = QLabel("")
        self.more.setObjectName("calmNote")
        self.more.hide()
        self.members = QLabel("")
        self.members.setTextFormat(Qt.TextFormat.PlainText)  # names as typed: "<b>" is not bold
        self.members.setWordWrap(True)
        # Alt and the Members label's letter: the keyboard on the members chosen, to be read aloud.
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.members.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Name of the case:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Find a member:"), self.search)
        form.addRow(self.tr("Clients:"), self.choices)
        form.addRow("", self.more)
        form.addRow(self.tr("Members:"), self.members)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        buttons, self.save_button = action_buttons(self, self.tr("Create case"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._typed_search)
        self.choices.itemChanged.connect(self._item_changed)
        self.search.installEventFilter(self)
        self.choices.installEventFilter(self)
        self._show_members()
        self.resize(560, 480)
        self.refresh()

    # --- the clients offered -------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        self._asked += 1
        asked, words = self._asked, self.search.text().strip()
        self.controller.query(self, lambda v: clients.case_member_choices(v, words)) \
            .success(lambda found: self._show(asked, words, *found)).run()

    def _show(self, asked: int, words: str, rows: list[ClientSummary], more: bool) -> None:
        if asked != self._asked:
            return
        self.choices.blockSignals(True)  # filling the list is not choosing
        self.choices.clear()
        for row in rows:
            item = QListWidgetItem(self._line(row))
            item.setData(_ID, row.client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.client_id in self.chosen else Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.choices.blockSignals(False)
        if rows:
            self.choices.setCurrentRow(0)
        self.more.setText(self.tr("More clients match: type more of the name.") if more
                          else self.tr("No client matches.") if not rows else "")
        self.more.setVisible(more or not rows)
        self.shown_for = words
        if self._enter_for == words:
            self._enter_for = None
            self._enter_in_search()
        if self._down_for == words:
            self._down_for = None
            space, self._space_for = self._space_for == words, None
            if rows:
                self._to_list()
                if space:
                    self._toggle(self.choices.item(0))

    def _to_list(self) -> None:
        self.choices.setFocus(Qt.FocusReason.TabFocusReason)
        if self.choices.currentRow() < 0:
            self.choices.setCurrentRow(0)

    def _typed_search(self, _text: str) -> None:
        self._enter_for = None
        self._down_for = self._space_for = None  # typing on is a new search: nothing waits for it
        self._debounce.start()

    def _line(self, row: ClientSummary) -> str:
        name = masked_name(row.display_name, self.privacy)
        if row.status != "active":
            return f"{name} ({row.chart_number}, {status_words(row.status)})"
        return f"{name} ({row.chart_number})"

    def _item_changed(self, item: QListWidgetItem) -> None:
        client_id = str(item.data(_ID))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.setdefault(client_id, item.text())
        else:
            self.chosen.pop(client_id, None)
        self._show_members()

    def _show_members(self) -> None:
        self.members.setText("; ".join(self.chosen.values()) if self.chosen
                             else self.tr("none chosen yet (at least two)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search to the list, Up from its first row back; Enter in the list
        chooses (as Space does) rather than create the case half chosen."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down:
            # Typed faster than the search answers, Down went to the last search's list and the
            # Space after it un-chose a member chosen there (found by a walker). It waits, as Enter does.
            words = self.search.text().strip()
            if self.shown_for != words:
                self._down_for = words
                if self._debounce.isActive():
                    self.refresh()  # now, not after the pause
                return True
            if self.choices.count():
                self._to_list()
            return True
        if (watched is self.search and key == Qt.Key.Key_Space and self._down_for is not None
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._space_for = self._down_for  # Down then Space: the first client found, once found
            return True
        if watched is self.search and key in _ENTER and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            # Not Create case (the dialog's default) with the members half chosen. Typed faster
            # than the search answers, the list was an older search's: Enter went to it, or did
            # nothing, and a second Enter was needed (found by walkers). It waits for the answer.
            words = self.search.text().strip()
            if self.shown_for == words:
                self._enter_in_search()
            else:
                self._enter_for = words
                if self._debounce.isActive():
                    self.refresh()  # now, not after the pause: the answer is being waited for
            return True
        if watched is self.choices and key == Qt.Key.Key_Up and self.choices.currentRow() <= 0:
            self.search.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if watched is self.choices and key in _ENTER and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            item = self.choices.currentItem()
            if item is not None:
                self._toggle(item)
            return True
        return super().eventFilter(watched, event)

    def _enter_in_search(self) -> None:
        """Enter on the list that answers what is typed: the one client found is chosen,
        several are for the arrows to choose among."""
        if self.choices.count() == 1:
            self._toggle(self.choices.item(0))
        elif self.choices.count():
            self.choices.setFocus(Qt.FocusReason.TabFocusReason)

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    # --- saving ------------------------------------------------------------------------
    def typed(self) -> bool:
        return bool(self.name.text().strip() or self.chosen)

    def save(self) -> None:
        name, kind, members = self.name.text().strip(), str(self.kind.currentData()), list(self.chosen)

        def job(v: Vault) -> JointCase:
            return clients.create_case(v, name, members, kind=kind)

        self.save_button.setEnabled(False)
        refused = show_inline_at(self.message, {"name": self.name, "legal_name": self.name}, InvalidInput)
        self.controller.op(self, job, label=self.tr("Saving…")).success(self._saved) \
            .failure(refused).finally_(lambda: self.save_button.setEnabled(True)).run()

    def _saved(self, case: JointCase) -> None:
        self.accept()
        self.saved.emit(case.case_id)


def open_new_case(controller: App, parent: QWidget, *, privacy: bool = False) -> CaseDialog:
    """The form as the Clients menu opens it: once saved, the case's chart opens."""
    dialog = CaseDialog(controller, parent=parent, privacy=privacy)
    dialog.saved.connect(lambda case_id: controller.open_chart(case_id))
    dialog.open()
    return dialog


__all__ = ["CaseDialog", "open_new_case"]
