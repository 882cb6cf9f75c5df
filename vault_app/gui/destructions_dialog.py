"""Records > Destructions and certificates: every destruction the ledger records, and its signed
certificate saved again, as PDF and JSON, whenever someone asks for it (a board, an auditor, the
client's attorney). Found in the real app: the certificate could be saved only from the wizard's
last page; after Finish, a lock or a quit it was out of reach in the app, and the command line
that exports it refuses to open a vault the app has open.

An interrupted destruction is listed with why its last try stopped (a backup drive that cannot be
written, 2026-12-04: the list said only "finishes at the next unlock") and can be finished here
(Finish now: the service `vault-app destruction resume` runs); a completed one whose registered
backups were not reachable then has its backups purged here once the drive is back (Purge the
backups now: `destruction purge-backups`'s service). Neither happened in the app but at an unlock
or on the command line, which a therapist does not use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.gui import file_dialogs, ledger_sealing_running, rekey_running
from vault_app.gui.certificate_words import count_phrase
from vault_app.gui.compliance_box import ComplianceBox
from vault_app.gui.dates import show_date
from vault_app.gui.refusal_words import coded_text
from vault_app.gui.widgets import add_row, make_tree, on_open, wrapped_label
from vault_app.services import certificates, destruction, destruction_state
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _listed(v: Vault) -> tuple[list[dict[str, Any]], tuple[str, dict[str, str | int]] | None]:
    """Every destruction, and why the last try at an interrupted one stopped (code, params)."""
    return destruction.list_destructions(v), destruction_state.not_finished(v.vault_id)


class DestructionsDialog(QDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Destructions and certificates"))
        self.note = wrapped_label(self.tr("Every destruction recorded in the vault's ledger. The signed certificate of "
                                          "a completed one can be saved again at any time."), "calmNote")
        self.tree = make_tree([self.tr("Certificate"), self.tr("Chart"), self.tr("Destroyed"), self.tr("Basis"),
                               self.tr("Date"), self.tr("State")], self.tr("Recorded destructions"))
        self.tree.currentItemChanged.connect(lambda *_a: self._save_state())
        on_open(self.tree, lambda _item: self._choose())  # Enter or a double-click saves the certificate
        self.save_button = QPushButton(self.tr("Save the signed certificate (PDF and JSON)…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._choose)
        # Finish now (an interrupted one) or Purge the backups now (backups not reachable then).
        self.act_button = QPushButton(self.tr("Finish now"))
        self.act_button.setAutoDefault(False)
        self.act_button.setVisible(False)
        self.act_button.clicked.connect(self._act)
        # Why the chosen destruction is not finished, or which backups still hold its chart.
        self.why = wrapped_label("", "verdictRefused", selectable=True)
        self.why.setAccessibleName(self.tr("Why it is not finished"))
        self.why.setVisible(False)
        self.saved = wrapped_label("", "calmNote", selectable=True)
        self._rows: dict[str, dict[str, Any]] = {}
        self._stopped: tuple[str, dict[str, str | int]] | None = None
        self._busy = False
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.act_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)  # Enter in the list saves; it must not also close the dialog
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.why)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        self.compliance = ComplianceBox(controller, self)
        layout.addWidget(self.compliance, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        controller.changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.DESTRUCTION):
            self.load()

    def load(self) -> None:
        self.controller.query(self, _listed).success(self._arrived).run()
        self.compliance.load()

    def _arrived(self, listed: tuple[list[dict[str, Any]], tuple[str, dict[str, str | int]] | None]) -> None:
        rows, self._stopped = listed
        self._show(rows)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        chosen = self.chosen()
        self._rows = {str(d["certificate_id"]): d for d in rows}
        self.tree.clear()
        for d in reversed(rows):  # the latest first
            item = add_row(self.tree, [d["certificate_id"], d["chart_number"], self._what(d),
                                       self._basis(str(d["basis"])), show_date(str(d["started_at"])),
                                       self._state(str(d["state"]))], str(d["certificate_id"]))
            item.setData(1, Qt.ItemDataRole.UserRole, str(d["state"]).startswith("completed"))
            if d["certificate_id"] == chosen:
                self.tree.setCurrentItem(item)
        latest = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and latest is not None:
            self.tree.setCurrentItem(latest)
            self.tree.setFocus()  # arrows choose, Enter saves
        if not rows:
            self.note.setText(self.tr("No destruction has been recorded in this vault."))
        self._save_state()

    def _what(self, d: dict[str, Any]) -> str:
        if d["scope"] == "chart":
            return self.tr("the whole chart")
        return count_phrase("psychotherapy_notes", int(d["note_count"]))

    def _basis(self, kind: str) -> str:
        return {"retention": self.tr("retention period ended"), "permission": self.tr("client's written request"),
                "override": self.tr("documented reason")}.get(kind, kind)

    def _state(self, state: str) -> str:
        if state.startswith("completed"):
            return self.tr("completed") if state == "completed" else self.tr("completed after a failed verification")
        if state == "verification failed":
            return self.tr("verification failed")
        return self.tr("interrupted: finishes at the next unlock")

    def chosen(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _save_state(self) -> None:
        item = self.tree.currentItem()
        self.save_button.setEnabled(item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole)))
        row = self._rows.get(self.chosen() or "")
        interrupted = row is not None and str(row["state"]).startswith("interrupted")
        pending = 0 if row is None or not str(row["state"]).startswith("completed") \
            else int(row.get("backups_not_reachable") or 0)
        # A destruction running now (the wizard's) is listed as interrupted until it ends: Finish
        # now there would resume it beside itself, and Purge the backups now would race it.
        elsewhere = self.controller.destruction_running and not self._busy
        self.act_button.setText(self.tr("Finish now") if interrupted else self.tr("Purge the backups now"))
        self.act_button.setVisible((interrupted or pending > 0) and not elsewhere)
        self.act_button.setEnabled(not self._busy)
        if interrupted and elsewhere:
            self.why.setText(self.tr("A destruction is running now; this list shows it finished once it ends."))
        elif interrupted:
            self.why.setText(self.stopped_words())
        elif pending:
            self.why.setText(self.tr("%n registered backup was not reachable when the chart was destroyed (its drive "
                                     "was not connected) and still holds it. Connect that drive, then choose Purge "
                                     "the backups now.", "", pending) if pending == 1 else
                             self.tr("%n registered backups were not reachable when the chart was destroyed (their "
                                     "drive was not connected) and still hold it. Connect that drive, then choose "
                                     "Purge the backups now.", "", pending))
        self.why.setVisible(interrupted or pending > 0)

    def stopped_words(self) -> str:
        """Why the last try (the unlock's, Finish now, the wizard's) stopped, in the screen's
        language by its code (the wizard's words), and what to do in the app's terms."""
        if self._stopped is not None and self._stopped[0]:
            code, params = self._stopped
            said = coded_text(code, params)
            if said:
                return said
        return self.tr("This destruction was started and is not finished: the chart's records can no longer be "
                       "opened or changed. Finish now tries again; the app also tries at each unlock.")

    def _act(self) -> None:
        certificate_id = self.chosen()
        row = self._rows.get(certificate_id or "")
        if certificate_id is None or row is None or self._busy or self.controller.destruction_running:
            return
        self._busy = True
        self.act_button.setEnabled(False)
        self.saved.setText("")
        # As the wizard's destruction: a lock or quit asked for meanwhile waits for its end
        # (destruction_hold.py), and the first sealing of the ledger stops before the files are rewritten.
        self.controller.destruction_begins(self)
        if str(row["state"]).startswith("interrupted"):
            def finish(v: Vault) -> list[dict[str, Any]]:
                rekey_running.refuse_while_running("a chart is destroyed")
                return destruction.resume_interrupted(v)

            self.controller.op(self, ledger_sealing_running.stopped_first(finish),
                               label=self.tr("Finishing the destruction…")) \
                .success(self._finished).finally_(self._act_ended).run()
            return

        def purge(v: Vault) -> dict[str, Any]:
            rekey_running.refuse_while_running("a chart is destroyed")
            return destruction.purge_backups_again(v, certificate_id)

        self.controller.op(self, ledger_sealing_running.stopped_first(purge),
                           label=self.tr("Purging the backups…")).success(self._purged) \
            .finally_(self._act_ended).run()

    def _act_ended(self) -> None:
        self._busy = False
        self.controller.destruction_ends()
        self.load()

    def _finished(self, resumed: list[dict[str, Any]]) -> None:
        done = all(r["state"] == "completed" for r in resumed)
        self.saved.setText(self.tr("The destruction is finished; its signed certificate can be saved now.") if done
                           else self.tr("The destruction is still not finished."))

    def _purged(self, report: dict[str, Any]) -> None:
        left = len(report.get("backups_not_reachable") or ())
        if not report.get("ok"):
            self.saved.setText(self.tr("A backup could not be purged; the chart's certificate lists it."))
        elif left:
            self.saved.setText(self.tr("The backups present were purged; %n is still not reachable.", "", left)
                               if left == 1 else
                               self.tr("The backups present were purged; %n are still not reachable.", "", left))
        else:
            self.saved.setText(self.tr("The chart was purged from every registered backup."))

    def _choose(self) -> None:
        certificate_id = self.chosen()
        if certificate_id is None or not self.save_button.isEnabled():
            return
        # The certificate's id, not "destruction-certificate.pdf": several saved side by side stay apart.
        suggested = str(Path.home() / f"{certificate_id}.pdf")
        path = file_dialogs.save_file(self, self.tr("Save certificate"), suggested, "PDF (*.pdf)")
        if path:
            self.save_to(certificate_id, Path(path))

    def save_to(self, certificate_id: str, pdf: Path) -> None:
        json_path = pdf.with_suffix(".json")
        self.saved.setText("")
        self.controller.op(self, lambda v: certificates.export(v, certificate_id, json_path=json_path, pdf_path=pdf),
                           label=self.tr("Saving…")) \
            .success(lambda written: self.saved.setText(self.tr("Saved: {0}").format(", ".join(written.values())))) \
            .run()
