"""An open access request whose copy is given but whose treatment plan or attached documents no copy
here holds: the request's window says what is still to give and records it given on paper
(services/access_copy_paper). The copy closed the request as "granted, without" them before: a part
withheld with no ground to deny it (45 CFR 164.524(c)(1), (d)(1))."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from vault_app.gui.access_copy_outcome import part_words
from vault_app.gui.confirm import confirm
from vault_app.gui.dates import show_date
from vault_app.services import access_copy_paper
from vault_app.services.access_copy_export_cover import ExportCover

if TYPE_CHECKING:
    from vault_app.gui.seam import App


class PaperGivenRow(QWidget):
    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperGivenRow")
        self.controller, self.request_id = controller, request_id
        self.pending: tuple[str, ...] = ()
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Given another way…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.record)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def load(self) -> None:
        rid = self.request_id
        self.controller.query(self, lambda v: access_copy_paper.still_to_give(v, rid)).success(self._show).run()

    def _show(self, found: tuple[tuple[str, ...], ExportCover]) -> None:
        pending, cover = found
        self.pending = pending
        # The way there is: nothing in the chart prints a plan or saves a document out (found by a
        # walker, who was told to "print them from the chart"); the complete open export holds both.
        self.label.setText(self.tr("Still to give: {parts}. No copy made here holds them; the Complete open export "
                                   "does (Clients menu, basis: the client's own access request): made under this "
                                   "request, it gives them, and the request is granted. Given another way: record it "
                                   "(Given another way…); or deny them in writing, with a ground (45 CFR "
                                   "164.524(c)(1), (d)(1)).").format(parts=self.parts())
                           + "".join(" " + line for line in self._exports(cover)))
        self.setVisible(bool(pending))

    def _exports(self, cover: ExportCover) -> list[str]:
        """Why an open export under the request did not give a part: made before the app recorded what an
        export held (not counted, never guessed), or the part attached or changed after it."""
        lines = [self.tr("The Complete open export of {day} is not counted: it was made before the app recorded "
                         "what an export holds. If it held them, record them with Given another way…").format(
            day=show_date(day)) for day in sorted(set(cover.older))]
        lines += [self.tr("The {part} changed after the Complete open export of {day}: that export does not give "
                          "them as they are now.").format(part=part_words(code), day=show_date(day))
                  for code, day in cover.changed if code in self.pending]
        return lines

    def parts(self) -> str:
        return ", ".join(part_words(code) for code in self.pending)

    def record(self) -> QMessageBox:
        """Asked first: it grants the request, as given today."""
        rid, parts = self.request_id, self.pending

        def given() -> None:
            self.controller.op(self, lambda v: access_copy_paper.record_given_on_paper(v, rid, parts),
                               label=self.tr("Recording…")).run()

        return confirm(self, self.tr("Given another way"),
                       self.tr("Record that these were given today (the Complete open export, or on paper)? The "
                               "request is then granted."),
                       [self.parts()], self.tr("Record as given"), given)


__all__ = ["PaperGivenRow"]
