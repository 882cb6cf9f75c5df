"""Records > Charts eligible for destruction: the charts whose retention period has ended, what
blocks each, and Enter to open one (Clients > Destroy chart… destroys it: gui/destruction_wizard.py).
"Show upcoming charts too" lists every chart with the day it becomes eligible, as the command
line's `retention eligible --all` does (found by a walker: only charts already due were shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QTreeWidgetItem, QVBoxLayout, QWidget

from vault_app.gui import prefs
from vault_app.gui.chart_kept_until import rule_counted_from
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.widgets import add_row, give_form_mnemonics, make_tree, on_open, wrapped_label
from vault_app.services import complaints, retention

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class EligibleDialog(QDialog):
    """Charts whose retention period has ended, and what blocks them."""

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Charts eligible for destruction"))
        self.tree = make_tree([self.tr("Chart"), self.tr("Eligible on"), self.tr("Rule"), self.tr("Blocked by"),
                               self.tr("Standing")], self.tr("Eligible charts"))
        self.upcoming = QCheckBox(self.tr("Show &upcoming charts too, with the day each becomes eligible"))
        # As the therapist left it (a yes or no in the UI preferences): it reset at each opening.
        self.upcoming.setChecked(prefs.get("eligible/upcoming", False) in (True, "true"))
        self.upcoming.toggled.connect(lambda on: prefs.put("eligible/upcoming", bool(on)))
        self.upcoming.toggled.connect(self._load)
        self.note = wrapped_label("", "calmNote", selectable=True)
        # Found in the real app: the list named charts the therapist then had to find again by
        # number (Enter closed the list); now Enter or a double-click opens the chart.
        on_open(self.tree, self._open_chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(720, 420)
        give_form_mnemonics(self, [])  # Qt's Close had no letter
        self._load()

    def _load(self) -> None:
        every = self.upcoming.isChecked()
        self.controller.query(self, lambda v: ([e.as_dict(retention.today()) for e in (
            retention.statuses(v) if every else retention.eligible(v))], len(complaints.due_complaints(v)))) \
            .success(self._show).run()

    def _show(self, found: tuple[list[dict[str, Any]], int]) -> None:
        rows, complaints_due = found
        self.tree.clear()
        blocked = {"legal hold": self.tr("legal hold"), "open request": self.tr("open request")}
        standing = {"eligible": self.tr("eligible"), "held": self.tr("held"), "keep": self.tr("not yet"),
                    "unknown": self.tr("no contact recorded"),
                    # Therapy ended before the day the policy's preset applies from: kept, not eligible on it.
                    "uncovered": self.tr("not covered by the preset: kept")}
        for r in rows:
            # The end of retention, a deadline: its month in words, as `retention eligible` says it
            day = show_deadline(r["eligible_on"]) if r["eligible_on"] else "—"
            stops = ", ".join(blocked.get(b, b) for b in r["blocked_by"])
            add_row(self.tree, [r["chart_number"], day, self._rule(r) + self._death(r), stops,
                                standing.get(r["standing"], "")], r["client_id"])
        # A held chart is listed (the therapist sees why it stays) but never counted as eligible.
        past = [r for r in rows if r["past_retention"]]
        said = self._said(len(past), len([r for r in past if r["standing"] == "held"]))
        kept = len([r for r in rows if r["standing"] == "uncovered"])
        upcoming = len(rows) - len(past) - kept
        if upcoming:
            # One form for any count, and for none past the period ("No chart has reached…").
            said += " " + self.tr("Not yet past the retention period: %n, listed with the day each becomes "
                                  "eligible.", "", upcoming)
        if kept:
            # The preset applies to therapy ended from a day on; what applied before is not in the app's sources.
            said += " " + self.tr("Kept: %n, whose therapy ended before the day the retention preset applies from; "
                                  "the app's sources do not say what applied before: ask your licensing board.",
                                  "", kept)
        statute = next((r["statute"] for r in rows if r.get("statute")), "")
        if statute:
            # A policy saved under a state's name with shorter numbers (release 0.1.0's "California").
            said += " " + self.tr("Your retention policy keeps some charts less long than {0}, the rule it is named "
                                  "after: they are kept until that rule's day, shown here. Apply the preset again "
                                  "in Settings > Retention of records.").format(statute)
        if any(r.get("died_on") for r in rows):
            # What the 50 years mean for a destruction (gui/destruction_decedent.py says them in the wizard).
            said += " " + self.tr("For a client who died, HIPAA protects the records for 50 years after the death "
                                  "(45 CFR 164.502(f)): that is how long its privacy rules cover them, not a time "
                                  "they must be kept; the retention period decides when a chart may be destroyed.")
        if complaints_due:
            # The practice's complaints past their six years may go too (found: none ever could).
            said += " " + self.tr("Complaints past their six years (45 CFR 164.530(j)(2)): %n. Records > "
                                  "Complaints… destroys them.", "", complaints_due)
        self.note.setText(said)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
            self.tree.setFocus()

    def _said(self, listed: int, held: int) -> str:
        """The note under the list: how many charts, and which of them a legal hold keeps."""
        if not listed:
            return self.tr("No chart has reached the end of its retention period.")
        if held == listed:
            # None may be destroyed: "Destroy chart… destroys it. One of them is under a legal
            # hold: it … cannot be destroyed" was said of a lone held chart.
            return (self.tr("1 chart past its retention period is under a legal hold: it is not eligible and "
                            "cannot be destroyed until the hold is released. Enter opens it.") if held == 1 else
                    self.tr("%n charts past their retention period are all under a legal hold: none is eligible, "
                            "and none can be destroyed until its hold is released. Enter opens the chart chosen.",
                            "", held))
        text = (self.tr("%n chart past its retention period. Enter opens it; Clients > Destroy chart… "
                        "destroys it.", "", 1) if listed == 1 else
                self.tr("%n charts past their retention period. Enter opens the chart chosen; Clients > "
                        "Destroy chart… destroys it.", "", listed))
        if held:
            text += " " + (self.tr("One of them is under a legal hold: it is not eligible and cannot be destroyed "
                                   "until the hold is released.") if held == 1 else
                           self.tr("%n of them are under a legal hold: they are not eligible and cannot be "
                                   "destroyed until the holds are released.", "", held))
        return text

    def _rule(self, row: dict[str, Any]) -> str:
        """The rule in the screen's language (it was the domain's English on a Spanish screen)."""
        if row.get("uncovered_from"):
            return self.tr("therapy ended before {0}: not covered by the preset").format(
                show_date(row["uncovered_from"]))
        years = int(row["rule_years"])
        # One source per form: a policy of 1 year said "1 years" ("1 años").
        if row["rule_after_age"] is not None:
            rule = (self.tr("%n year after reaching age %1", "", years) if years == 1 else
                    self.tr("%n years after reaching age %1", "", years)).replace("%1", str(row["rule_after_age"]))
        else:
            rule = (self.tr("%n year after the last contact", "", years) if years == 1 else
                    self.tr("%n years after the last contact", "", years))
            # The day it counts from when not the last session the client list shows: "…: the discharge
            # on 02/12/2024" (wclose F6: "last contact" named two dates)
            rule = rule_counted_from(rule, row.get("counted_from") or "", show_date(row["last_contact"]))
        # Kept longer than the saved numbers by the state rule the policy is named after: cited.
        return self.tr("{0} under {1}").format(rule, row["statute"]) if row.get("statute") else rule

    def _death(self, row: dict[str, Any]) -> str:
        """"; died on …: HIPAA protects until …" for a chart whose client's death is recorded, else ""."""
        if not row.get("died_on"):
            return ""
        return "; " + self.tr("died on {0}: HIPAA protects until {1}").format(
            show_date(row["died_on"]), show_date(row["phi_protected_until"]))

    def _open_chart(self, item: QTreeWidgetItem) -> None:
        self.controller.open_chart(str(item.data(0, Qt.ItemDataRole.UserRole)))
        self.accept()


__all__ = ["EligibleDialog"]
