"""Records > Destructions and certificates: every destruction the ledger records, and its signed
certificate saved again, as PDF and JSON, whenever someone asks for it (a board, an auditor, the
client's attorney). Found in the real app: the certificate could be saved only from the wizard's
last page; after Finish, a lock or a quit it was out of reach in the app, and the command line
that exports it refuses to open a vault the app has open.

An interrupted destruction is listed with why its last try stopped (a backup drive that cannot be
written, 2026-12-04: the list said only "finishes at the next unlock") and can be finished here
(Finish now: the steps of `vault-app destruction resume`); a completed one whose registered
backups were not reachable then has its backups purged here once the drive is back (Purge the
backups now: `destruction purge-backups`'s service). Neither happened in the app but at an unlock
or on the command line, which a therapist does not use. Both run their long part beside the
app's worker, as the wizard's destruction does (services/destruction_again_beside.py): the
window shows the step and is not modal, the note windows stay open to typing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import WrongPassphrase
from vault_app.gui import file_dialogs
from vault_app.gui.certificate_words import count_phrase
from vault_app.gui.compliance_box import ComplianceBox
from vault_app.gui.dates import show_date
from vault_app.gui.destruction_stop_words import listed_words
from vault_app.gui.destructions_jobs import DestructionJobs
from vault_app.gui.passphrase import PassphraseField
from vault_app.gui.refusal_words import coded_text
from vault_app.gui.widgets import add_row, give_form_mnemonics, make_tree, on_open, wrapped_label
from vault_app.gui.worker_bridge import ToWorker
from vault_app.services import certificates, destruction, destruction_again_beside, destruction_state
from vault_app.services.changes import Changes, Kind
from vault_app.services.destruction_beside import PurgeJob

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _listed(v: Vault) -> tuple[list[dict[str, Any]], tuple[str, dict[str, str | int]] | None]:
    """Every destruction, and why the last try at an interrupted one stopped (code, params)."""
    return destruction.list_destructions(v), destruction_state.not_finished(v.vault_id)


class DestructionsDialog(DestructionJobs, QDialog):
    # From the job's thread (or the worker's), heard on the GUI thread: a step of Finish now,
    # the i-th backup of Purge the backups now, and each job's end.
    stepped = Signal(object)
    purging = Signal(int)
    resumed_beside = Signal(object)
    purged_beside = Signal(object, object)

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
        # Both delete the chart's psychotherapy notes (from the vault, from the backups): with them
        # locked, Finish now stopped at once ("the psychotherapy notes were locked", found in the
        # real app), so they are unlocked here first, as on the wizard's basis page.
        self.psy_note = wrapped_label(self.tr("This deletes the chart's psychotherapy notes too: unlock them first."),
                                      "calmNote", selectable=True)
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Passphrase for psychotherapy notes"))
        self.passphrase.on_enter(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock psychotherapy notes"))
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self._unlock)
        self.psy_problem = wrapped_label("", "verdictRefused", selectable=True)
        self.psy_row = QWidget()
        psy_layout = QVBoxLayout(self.psy_row)
        psy_layout.setContentsMargins(0, 0, 0, 0)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.passphrase, 1)
        unlock_row.addWidget(self.unlock_button)
        psy_layout.addWidget(self.psy_note)
        psy_layout.addLayout(unlock_row)
        psy_layout.addWidget(self.psy_problem)
        self.psy_problem.setVisible(False)
        self.psy_row.setVisible(False)
        # A bound method: Qt drops the connection with this window (the controller lives on).
        controller.psychotherapy_changed.connect(self._psy_changed)
        # Finish now and Purge the backups now run beside the worker (destruction_again_beside):
        # their progress is shown here, no "please wait" covers the app meanwhile.
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.step = wrapped_label("", "calmNote")
        self.step.setVisible(False)
        self._job: PurgeJob | destruction_again_beside.PurgeAgainJob | None = None
        self._to_worker: ToWorker | None = None
        self.stepped.connect(self._stepped, Qt.ConnectionType.QueuedConnection)
        self.purging.connect(self._purging, Qt.ConnectionType.QueuedConnection)
        self.resumed_beside.connect(self._resume_ended, Qt.ConnectionType.QueuedConnection)
        self.purged_beside.connect(self._purge_ended, Qt.ConnectionType.QueuedConnection)
        self._rows: dict[str, dict[str, Any]] = {}
        self._stopped: tuple[str, dict[str, str | int]] | None = None
        self._busy = False
        self._said_of: str | None = None  # the destruction `saved` speaks of
        self._reloading = False  # the list cleared and filled again: the same one stays chosen
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.act_button)
        row.addWidget(self._file_parts())
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
        layout.addWidget(self.psy_row)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.saved)
        self.compliance = ComplianceBox(controller, self)
        layout.addWidget(self.compliance, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        controller.changed.connect(self._on_changes)
        # A bound method: Qt drops the connection with this window.
        controller.destruction_waits.connect(self._waits)
        # Alt letters for the buttons and field labels that had none, Qt's own Close among them
        # (found in Spanish on Xvfb: none underlined); none shared in the window.
        give_form_mnemonics(self, [self.save_button, self.act_button, self.file_button])
        self.load()

    def _waits(self, why: str) -> None:
        """A lock or quit asked for while Finish now or Purge the backups now runs: the app
        covers everything but this window (its progress) until the end. Found in the real app:
        the list of destructions (chart numbers), the compliance records and the save button
        stayed, so a certificate's file chooser opened over the locked app and its save was
        dropped without a word. As the wizard's page: only the progress is left."""
        if not self._busy:
            return
        for widget in (self.tree, self.why, self.psy_row, self.save_button, self.act_button, self.file_button,
                       self.saved, self.compliance):
            widget.setVisible(False)
        self.note.setText(self.tr("The app closes as soon as the destruction has finished.") if why == "quit"
                          else self.tr("The vault locks as soon as the destruction has finished."))

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
        self._reloading = True
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
        self._reloading = False
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
        if self.chosen() != self._said_of and not self._reloading:
            # What Finish now, Purge the backups now or a save said is of the destruction it acted on
            # (found: "The destruction is finished" stayed under the next one chosen).
            self.saved.setText("")
            self._said_of = None
        self.save_button.setEnabled(item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole)))
        row = self._rows.get(self.chosen() or "")
        interrupted = row is not None and str(row["state"]).startswith("interrupted")
        pending = 0 if row is None or not str(row["state"]).startswith("completed") \
            else int(row.get("backups_not_reachable") or 0)
        # A backup a restore was made from that still holds the chart: the same button purges it.
        holding = 0 if row is None or not str(row["state"]).startswith("completed") \
            else int(row.get("backups_still_holding") or 0)
        pending += holding
        # A destruction running now (the wizard's) is listed as interrupted until it ends: Finish
        # now there would resume it beside itself, and Purge the backups now would race it.
        elsewhere = self.controller.destruction_running and not self._busy
        words = self.tr("Finish now") if interrupted else self.tr("Purge the backups now")
        if self.act_button.text().replace("&", "") != words:
            self.act_button.setText(words)
            give_form_mnemonics(self, [self.act_button])  # its new words get a letter again
        self.act_button.setVisible((interrupted or pending > 0) and not elsewhere)
        # Purge a backup file…: any completed destruction (a file the register does not name).
        completed = row is not None and str(row["state"]).startswith("completed")
        self.file_button.setVisible(completed and not elsewhere)
        self.file_button.setEnabled(not self._busy)
        locked = (interrupted or pending > 0 or (completed and self._file_wanted)) and not elsewhere \
            and not self._busy and not self.controller.psychotherapy_open
        self.psy_row.setVisible(locked)
        self.act_button.setEnabled(not self._busy and not locked)
        if locked and self._file_wanted:
            self.passphrase.setFocus()
        if interrupted and elsewhere:
            self.why.setText(self.tr("A destruction is running now; this list shows it finished once it ends."))
        elif interrupted:
            self.why.setText(self.stopped_words())
        elif holding:
            self.why.setText(self.tr("%n backup a restore was made from still holds this chart (it was destroyed "
                                     "again in the vault, not in that file). Choose Purge the backups now.", "",
                                     holding) if holding == 1 else
                             self.tr("%n backups restores were made from still hold this chart (it was destroyed "
                                     "again in the vault, not in those files). Choose Purge the backups now.", "",
                                     holding))
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
            # The backup drive's refusal is said whole (its hint in the app's terms); every other
            # reason by its code (destruction_stop_words).
            said = coded_text(code, params) if code == destruction_state.NOT_WRITABLE_CODE \
                else listed_words(code, params)
            if said:
                return said
        return self.tr("This destruction was started and is not finished: the chart's records can no longer be "
                       "opened or changed. Finish now tries again; the app also tries at each unlock.")

    def _psy_changed(self, unlocked: bool) -> None:
        self._save_state()
        if unlocked:
            self._go_on_after_unlock()

    def _unlock(self) -> None:
        phrase = self.passphrase.text()
        self.passphrase.clear()
        if phrase:
            self.psy_problem.setVisible(False)
            self.controller.unlock_psychotherapy(self, phrase, on_error=self._refused)

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, WrongPassphrase):
            return False
        self.psy_problem.setText(self.tr("That passphrase is not right. Type it again."))
        self.psy_problem.setVisible(True)
        self.passphrase.setFocus()
        return True

    def open(self) -> None:
        # Not modal: while Finish now or Purge the backups now runs beside the worker, the note
        # windows stay open to typing (a window-modal dialog blocked them: found in the real app).
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.show()

    def reject(self) -> None:
        # Not while Finish now or Purge the backups now runs: the lock's wait is held by this
        # window (destruction_hold.py), and its end is said here.
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def busy(self) -> bool:
        """Whether Finish now or Purge the backups now runs (its job beside the worker included)."""
        return self._busy

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
        self._said_of = certificate_id
        self.controller.op(self, lambda v: certificates.export(v, certificate_id, json_path=json_path, pdf_path=pdf),
                           label=self.tr("Saving…")) \
            .success(lambda written: self.saved.setText(self.tr("Saved: {0}").format(", ".join(written.values())))) \
            .run()
