"""An access request asked "to inspect the record", granted in the request's window by the
inspection arranged (day and place), no copy made (45 CFR 164.524(c)(2)(i), (c)(3)(i)).

Found by a walker (W14): the window's only grant was "Granted: provide the copy…", which made
password-protected PDFs and logged them as disclosures, for a client who came in and read the
chart. The rules are domain/access_inspection's, the step services/request_inspection's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from vault_app.domain.access_inspection import INSPECTION_THEN_COPY, inspection_arranged
from vault_app.domain.errors import VaultError
from vault_app.gui.date_field import date_picker
from vault_app.gui.forms import action_buttons
from vault_app.gui.request_record_dialog import RecordDialog, day_of
from vault_app.services import request_inspection

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.gui.seam import App


class InspectionDialog(RecordDialog):
    """The day and place of the inspection; it closes once the request is granted, a refusal
    (a day past the due date, say) said in it with what was typed still there."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None, *,
                 both: bool = False) -> None:
        super().__init__(controller, request_id, "requestInspectionDialog", parent)
        # Asked for both (inspect and copies): recording the inspection leaves the request open for the copy
        self.setWindowTitle(self.tr("Inspection") if both else self.tr("Granted: inspection"))
        self.day = date_picker(self.tr("Day of the inspection"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place of the inspection"))
        self.place.setPlaceholderText(self.tr("e.g. the office, 12 Elm Street, room 2"))
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Place:"), self.place)
        self.lay_out(self.tr("The client asked to inspect the record and for copies. Arrange a convenient day and "
                             "place with them and record it here: the request stays open, the copy still owed by "
                             "its due date (45 CFR 164.524(a)(1), (c)(3)(i)).") if both else
                     self.tr("The client asked to inspect the record. Arrange a convenient day and place with them; "
                             "recording it grants the request. No copy is made and nothing is sent "
                             "(45 CFR 164.524(c)(2)(i), (c)(3)(i))."), form,
                     action_buttons(self, self.tr("Record the inspection") if both else self.tr("Grant by inspection"),
                                    self.record))
        self.resize(540, 240)

    def record(self) -> None:
        if not self.ready(self.day):
            return
        on, place, rid = day_of(self.day), self.place.text(), self.request_id
        self.run_step(lambda v: request_inspection.grant_by_inspection(v, rid, inspect_on=on, place=place),
                      self.tr("Recording…"))

    def refused_focus(self, exc: VaultError) -> QWidget:
        return self.place if exc.field == "inspect_place" else self.day


class InspectionRow(QWidget):
    """Shown for an open access request asked to inspect the record, or to inspect it and for copies."""

    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.request_id = controller, request_id
        self.label = QLabel(self.tr("The client asked to inspect the record: once the day and place are arranged, "
                                    "grant it here; no copy is made."))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Granted: inspection…"))
        self.button.setAutoDefault(False)  # a deliberate press, as the request's other steps
        self.button.clicked.connect(self.ask)
        self.both = False  # asked for both: the inspection leaves the copy owed
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def show_request(self, q: ClientRequest) -> None:
        self.both = q.asked in INSPECTION_THEN_COPY
        self.setVisible(q.kind == "access" and q.asked in ("inspect", *INSPECTION_THEN_COPY) and not q.closed)
        if not self.both:
            return
        arranged = inspection_arranged(q)
        self.label.setText(self.tr("Inspection recorded: {inspection}. The copy the client also asked for is still "
                                   "owed: Granted: provide the copy…").format(inspection=arranged) if arranged
                           else self.tr("The client asked to inspect the record and for copies: record the "
                                        "inspection here once the day and place are arranged; the copy is still "
                                        "owed after it."))
        self.button.setText(self.tr("Inspection…"))

    def ask(self) -> InspectionDialog:
        dialog = InspectionDialog(self.controller, self.request_id, parent=self.window(), both=self.both)
        dialog.open()
        return dialog


__all__ = ["InspectionDialog", "InspectionRow"]
