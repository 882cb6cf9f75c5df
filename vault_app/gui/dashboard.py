"""The dashboard: what needs attention today, in plain words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from vault_app.domain.worklist import SECTIONS
from vault_app.gui.change_watch import only_views
from vault_app.services.changes import Changes

if TYPE_CHECKING:
    from vault_app.gui.controller import AppController


class Card(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.value = QLabel("…")
        self.value.setObjectName("pageTitle")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("calmNote")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        self.setAccessibleName(title)
        self.setMinimumHeight(120)

        self.links = QVBoxLayout()
        self.links.setSpacing(0)
        layout.addLayout(self.links)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def set_links(self, links: list[tuple[str, Callable[[], None]]]) -> None:
        """Each item the card counts, as a button that opens it: a number is a way in."""
        while self.links.count():
            item = self.links.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for text, action in links:
            button = QPushButton(text)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left; text-decoration: underline;")
            button.clicked.connect(action)
            self.links.addWidget(button)

    def clear(self) -> None:
        self.value.setText("…")
        self.detail.setText("")
        self.set_links([])


MAX_LINKS = 5
CARDS = (
    ("requests", "Requests due"),
    ("authorizations", "Authorizations expiring"),
    ("unsigned", "Unsigned notes"),
    ("eligible", "Eligible for destruction"),
    ("backup", "Last verified backup"),
    ("ledger", "Audit ledger"),
    ("worklist", "Worklist"),
)
# Cards whose count is also a worklist section: the number leads to the list.
WORKLIST_OF_CARD = {"requests": "requests_due", "authorizations": "authorizations_expiring",
                    "unsigned": "unsigned_notes"}


class DashboardPage(QScrollArea):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        title = QLabel("Today")
        title.setObjectName("pageTitle")
        self.cards = {key: Card(text) for key, text in CARDS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, (key, _text) in enumerate(CARDS):
            grid.addWidget(self.cards[key], i // 3, i % 3)
        self.verify_button = QPushButton("Verify the whole ledger now")
        self.verify_button.setAccessibleName("Verify the whole ledger")
        self.verify_button.clicked.connect(self.verify_ledger)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(body)
        self.data: dict[str, Any] = {}
        controller.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        """Counts follow what changed (a note signed, an appointment recorded) while on screen."""
        if self.isVisible() and not only_views(changes):
            self.refresh()

    def open_note(self, client_id: str, note_id: str) -> None:
        self.controller.open_chart(client_id, note_id)

    def refresh(self) -> None:
        from vault_app.gui import data
        from vault_app.gui.worklist import sections

        self.controller.call(self, data.dashboard, on_success=self._show)
        self.controller.query(self, sections).success(self._show_worklist).run()

    def open_worklist(self, section: str) -> None:
        window: Any = self.window()
        if hasattr(window, "show_worklist"):
            window.show_worklist(section)

    def _to_note(self, client_id: str, note_id: str) -> Callable[[], None]:
        def go(*_checked: object) -> None:
            self.open_note(client_id, note_id)
        return go

    def _to_worklist(self, section: str) -> Callable[[], None]:
        def go(*_checked: object) -> None:
            self.open_worklist(section)
        return go

    def _show_worklist(self, work: dict[str, list[Any]]) -> None:
        counts = {key: len(work.get(key, [])) for key, _title in SECTIONS}
        total = sum(counts.values())
        self.cards["worklist"].show_value(str(total), "Everything owed, oldest first; open a section:" if total
                                          else "Nothing is owed.")
        self.cards["worklist"].set_links([
            (f"{title}: {counts[key]}", self._to_worklist(key)) for key, title in SECTIONS if counts[key]])
        for card, section in WORKLIST_OF_CARD.items():
            self.cards[card].value.setToolTip("Click the worklist link below to see them all")
            if counts.get(section) and card != "unsigned":
                self.cards[card].set_links([(f"All {counts[section]} in the worklist", self._to_worklist(section))])

    def _show(self, d: Any) -> None:
        overdue, soon = d["requests_overdue"], d["requests_due_soon"]
        self.cards["requests"].show_value(
            f"{len(overdue)} overdue" if overdue else (f"{len(soon)} due soon" if soon else "None due"),
            "\n".join([f"{r.kind} request, chart {d['charts'].get(r.client_id, '?')}: due {r.due_on}"
                       + (" (OVERDUE)" if r in overdue else "") for r in (overdue + soon)[:4]])
            or "No request is due in the next 7 days.")
        auths = d["authorizations_expiring"]
        self.cards["authorizations"].show_value(
            str(len(auths)), "\n".join(f"chart {d['charts'].get(a.client_id, '?')}: expires {a.expires_on}"
                                       for a in auths[:4]) or "None expires in the next 30 days.")
        unsigned = d["unsigned"]
        self.cards["unsigned"].show_value(
            str(len(unsigned)), "Notes still unsigned after the set number of days; open one:" if unsigned
            else "Every note is signed on time.")
        links: list[tuple[str, Callable[[], None]]] = [
            (f"chart {d['charts'].get(n.client_id, '?')}: {n.note_date.isoformat()}",
             self._to_note(n.client_id, n.note_id))
            for n in unsigned[:MAX_LINKS]]
        self.cards["unsigned"].set_links(links)  # all of them: the Worklist card's "Unsigned notes"
        eligible = d["eligible"]
        self.cards["eligible"].show_value(
            str(len(eligible)), "Charts past their retention period (Records > Charts eligible…)." if eligible
            else "No chart has reached the end of its retention period.")
        backup = d["backup"]
        if backup is None:
            self.cards["backup"].show_value("—", "Backups are not available in this version.")
        elif backup["age_days"] is None:
            self.cards["backup"].show_value("Never", "Make a backup now: Vault > Backups (Ctrl+Shift+B).")
        else:
            age = backup["age_days"]
            self.cards["backup"].show_value("today" if age == 0 else f"{age} day{'s' if age != 1 else ''} ago",
                                            backup["detail"])
        self._show_ledger(d["ledger"])

    def _show_ledger(self, state: Any) -> None:
        self.cards["ledger"].show_value(
            f"{state['entries']} entries", "Verified on unlock from the last checkpoint: intact.")

    def verify_ledger(self) -> None:
        self.controller.call(self, lambda v: v.verify_ledger(), on_success=self._verified,
                             label="Verifying every ledger entry…")

    def _verified(self, report: Any) -> None:
        if report.ok:
            self.cards["ledger"].show_value(f"{report.entries_checked} entries", "Fully verified just now: intact.")
        else:
            self.cards["ledger"].show_value("Problem found", "; ".join(report.problems[:3]))

    def clear(self) -> None:
        for card in self.cards.values():
            card.clear()
