"""The compliance records a destruction keeps (45 CFR 164.530(j): authorizations, requests,
disclosure evidence, six years from their own date), shown under Records > Destructions and
certificates, and those past their date destroyed there. Found in the real app: they were kept
and fell due out of sight; only `vault-app compliance` listed or destroyed them, and it refuses
the vault while the app has it open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vault_app.domain.compliance import destroyable
from vault_app.gui.compliance_words import kind_words
from vault_app.gui.confirm import confirm
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.widgets import add_row, make_tree, wrapped_label
from vault_app.services import clock_behind, compliance
from vault_app.services.clinical_common import today

if TYPE_CHECKING:
    from vault_app.domain.compliance import ComplianceRecord
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def kept(vault: Vault) -> tuple[list[ComplianceRecord], set[str], str | None]:
    """Every record kept, and those destroy_due would take today: past their date, the
    client's identity only once nothing else of that chart is kept; and the day of the vault's
    record before a clock's jump when they fell due only in it (services/clock_behind.py)."""
    records = compliance.all_records(vault)
    due = destroyable(records, today())
    gap = clock_behind.gap_before_any(vault, [r.keep_until for r in due])
    return records, {r.record_id for r in due}, gap.isoformat() if gap else None


class ComplianceBox(QGroupBox):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setTitle(self.tr("Compliance records kept after a destruction (45 CFR 164.530(j))"))
        self.tree = make_tree([self.tr("Chart"), self.tr("Record"), self.tr("Keep until")],
                              self.tr("Compliance records"))
        self.destroy_button = QPushButton(self.tr("Destroy the records past their date…"))
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.setEnabled(False)
        self.destroy_button.clicked.connect(self._ask)
        self.said = wrapped_label("", "calmNote", selectable=True)
        row = QHBoxLayout()
        row.addWidget(self.destroy_button)
        row.addWidget(self.said, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.due = 0
        self._after = ""  # what the last destruction did, said once the list is read again
        self._clock_gap: str | None = None  # due only by a clock that jumped (found by a walker)

    def load(self) -> None:
        self.controller.query(self, kept).success(self._show).run()

    def _show(self, found: tuple[list[ComplianceRecord], set[str], str | None]) -> None:
        records, due, self._clock_gap = found
        self.tree.clear()
        self.due = len(due)
        for r in sorted(records, key=lambda r: (r.keep_until, r.chart_number)):
            until = show_deadline(r.keep_until)
            add_row(self.tree, [r.chart_number, kind_words(r.kind),
                                self.tr("{0} (past)").format(until) if r.record_id in due else until], r.record_id)
        self.destroy_button.setEnabled(self.due > 0)
        after, self._after = self._after, ""
        if after:
            self.said.setText(after)
        elif not records:
            self.said.setText(self.tr("None kept."))
        elif not self.due:
            self.said.setText(self.tr("None is past its date yet."))
        else:
            self.said.setText("")


    def _ask(self) -> None:
        confirm(self, self.tr("Destroy compliance records"),
                self.tr("Destroy the compliance records past their retention date?"),
                [self.tr("They are deleted for good; the ledger keeps a signed record of which ones, without "
                         "their content."),
                 self.tr("The client's name goes with the last record that needs it.")],
                self.tr("Destroy"), self.destroy_due,
                [self.tr("Check this computer's clock first: it says {0}, more than a week after this vault's "
                         "record before today (of {1}), and these records became due in between. If the clock is "
                         "wrong, cancel and set it right.").format(show_date(today().isoformat()),
                                                                   show_date(self._clock_gap))]
                if self._clock_gap else None)

    def destroy_due(self) -> None:
        self.controller.op(self, lambda v: compliance.destroy_due(v, confirm=True),
                           label=self.tr("Destroying…")).success(self._destroyed).run()

    def _destroyed(self, signed: dict[str, Any]) -> None:
        count = len(signed["certificate"]["records"])
        self._after = self.tr("{0} destroyed; the signed record is in the ledger.").format(count)
        self.load()
