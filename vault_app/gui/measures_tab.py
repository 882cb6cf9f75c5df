"""The chart's Measures tab: each instrument's trend as a chart (bands shaded, the
reliable-change threshold marked) and the results in a table, with "Enter a measure…".

It keeps itself current from the change notices (App.changed): whenever an
operation anywhere records or corrects a measure of this chart (Kind.MEASURES), it reloads
if shown, or on its next showing. Nothing else connects to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from vault_app.domain.measures.record import Measure, Trend
from vault_app.gui import theme
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_words import CHANGE, SEVERITY, shown
from vault_app.gui.dates import show_date
from vault_app.gui.measure_chart import TrendChart
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.widgets import add_row, aloud_label, empty_note, make_tree
from vault_app.services import measures
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.measure_dialog import MeasureDialog
    from vault_app.gui.seam import App, ChartHost
    from vault_app.services.vault import Vault


class MeasuresView:
    """What the tab shows for one chart: every current result, one trend per instrument, and
    the open risk flag as services/measures.risk_followup judged it."""

    def __init__(self, results: list[Measure], trends: list[Trend],
                 risk: measures.RiskFollowup | None = None) -> None:
        self.results = results
        self.trends = {t.instrument.key: t for t in trends}
        self.risk = risk


def _read(vault: Vault, client_id: str) -> MeasuresView:
    return MeasuresView(measures.list_measures(vault, client_id), measures.trends(vault, client_id),
                        measures.risk_followup(vault, client_id))


class MeasuresTab(QWidget):
    def __init__(self, controller: App, view: ChartHost) -> None:
        super().__init__()
        self.controller = controller
        self.view = view
        self.client_id: str | None = None
        self._loaded_for: str | None = None
        self.loads = 0  # how many times it read the chart (tests: refreshes are not wired)
        self.data: MeasuresView | None = None
        self.dialog: MeasureDialog | None = None
        self._entered: str | None = None  # the measure just entered: the chart shows it next
        self.instrument_box = QComboBox()
        self.instrument_box.setAccessibleName(self.tr("Measure to chart"))
        self.instrument_box.currentIndexChanged.connect(self._show_trend)
        self.add_button = QPushButton(theme.icon("note"), self.tr("Enter a measure…"))
        self.add_button.clicked.connect(self.enter_measure)
        self.risk_note = aloud_label("", "verdictRefused")  # said to a screen reader as it comes
        self.risk_note.setAccessibleName(self.tr("Risk flag"))
        self.risk_note.hide()
        self.chart = TrendChart(self)
        self.table = make_tree([self.tr("Date"), self.tr("Measure"), self.tr("Total"), self.tr("Severity"),
                                self.tr("Since the first"), self.tr("Risk item")],
                               self.tr("Measure results"))
        self.empty = empty_note(
            self.tr("No measures yet. Enter a PHQ-9 or GAD-7 the client completed to start a trend."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.instrument_box)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.risk_note)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        controller.changed.connect(self._on_changes)

    # --- the chart tab protocol -------------------------------------------------------------------
    def show_chart(self, chart: Any) -> None:
        self.client_id = chart.client.client_id
        self._loaded_for = None
        if self.view.tabs.currentWidget() is self:
            self.activate()

    def activate(self) -> None:
        if self.client_id is None or self.client_id == self._loaded_for:
            return
        self._loaded_for = self.client_id
        client_id = self.client_id
        self.loads += 1
        self.controller.query(self, lambda v: _read(v, client_id)).success(
            lambda data: self._show(client_id, data)).run()

    def clear(self) -> None:
        self.client_id = None
        self._loaded_for = None
        self.data = None
        self.table.clear()
        self.instrument_box.clear()
        self.chart.set_trend(None)
        self.risk_note.hide()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _on_changes(self, changes: Changes) -> None:
        # A note signed (or amended) may document the last flag's safety plan: the risk line follows.
        if self.client_id is None or not changes.touches_client(self.client_id, Kind.MEASURES, Kind.NOTES):
            return
        self._loaded_for = None  # stale: reload now if shown, else when next shown
        if self.view.tabs.currentWidget() is self:
            self.activate()

    # --- showing -----------------------------------------------------------------------------------
    def _show(self, client_id: str, data: MeasuresView) -> None:
        if client_id != self.client_id:
            return  # another chart is on screen by now
        self.data = data
        wanted = self._entered or self.instrument_box.currentData()
        self._entered = None
        self.instrument_box.blockSignals(True)
        self.instrument_box.clear()
        for key, trend in data.trends.items():
            self.instrument_box.addItem(trend.instrument.title, key)
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(wanted)))
        self.instrument_box.blockSignals(False)
        self.table.clear()
        # The service's words, as the PDF says them ("first result" for the first: no finding).
        said = {m_id: words for t in data.trends.values() for m_id, words in measures.changes_said(t).items()}
        change = {m_id: self.tr("first result") if words == measures.FIRST_RESULT else shown(CHANGE, words)
                  for m_id, words in said.items()}
        for m in reversed(data.results):
            title = data.trends[m.instrument].instrument.title if m.instrument in data.trends else m.instrument
            item: QTreeWidgetItem = add_row(self.table, [show_date(m.taken_on), title, str(m.total),
                                                         shown(SEVERITY, m.band),
                                                         change.get(m.measure_id, ""),
                                                         self.tr("yes") if m.risk else ""], m.measure_id)
            if m.risk:
                item.setToolTip(5, self.tr("A risk item was answered above zero (PHQ-9 item 9)."))
        risk = data.risk
        if risk is not None:
            last = risk.measure
            # With no session linked no note was touched: "that session's note" pointed at none.
            # Asked while it is not done: once that note is signed with a safety plan, said so
            # (found on the real app: the tab went on asking after the plan was signed).
            check = (self.tr("The safety plan is documented in the signed note of {day}.").format(
                        day=show_date(risk.plan_signed)) if risk.plan_signed is not None
                     else self.tr("Check the risk assessment and safety plan in that session's note.")
                     if risk.session_linked
                     else self.tr("No session is linked to it: record the risk assessment and safety plan in a "
                                  "progress note."))
            warn = "" if risk.plan_signed is not None else "⚠ "  # done: no longer a warning
            self.risk_note.setText(warn + self.tr("Risk item answered above zero on {day} ({measure}).").format(
                day=show_date(last.taken_on), measure=data.trends[last.instrument].instrument.title) + " " + check)
        self.risk_note.setVisible(risk is not None)
        self.empty.setVisible(not data.results)
        self._show_trend()

    def _show_entered(self, key: str) -> None:
        """After a GAD-7 was entered the chart stayed on the PHQ-9 (found in the real app):
        it shows the measure just entered, now or when the tab has read it."""
        found = self.instrument_box.findData(key)
        if found >= 0:
            self.instrument_box.setCurrentIndex(found)
        else:  # its first result: in the list once the tab has read it
            self._entered = key

    def _show_trend(self) -> None:
        key = self.instrument_box.currentData()
        self.chart.set_trend(self.data.trends.get(key) if self.data is not None and key else None)

    # --- actions -----------------------------------------------------------------------------------
    def enter_measure(self) -> MeasureDialog | None:
        client = self.view.shown_client()
        if client is None:
            return None
        key = self.instrument_box.currentData() or "phq9"
        self.dialog = MeasureDialog(self.controller, client.client_id, instrument=str(key), parent=self.window(),
                                    privacy=self.view.privacy, open_note=self.open_note)
        bind_to_chart(self.dialog, client, self.tr("Enter a measure"), self.view.privacy)
        self.dialog.saved.connect(lambda result: self._show_entered(result.measure.instrument))
        self.dialog.open()
        return self.dialog

    def open_note(self, note_id: str | None, way: str) -> object:
        """Where a flagged measure's next steps are written (services/measures.note_way): a note's
        risk screening, or a signed note's addendum (its risk fields are read-only)."""
        if way == "addendum" and note_id is not None:
            editor = self.view.open_note(note_id)
            if isinstance(editor, NoteEditor):
                editor.show_addendum()
            return editor
        return self.view.open_note_at_risk(note_id)
