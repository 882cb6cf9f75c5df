"""The destruction wizard's Confirm page: the chart number typed, then the destruction run
from it (the live part on the worker, the deletion and the backups' purge beside it), its
steps shown, and where it stopped if it did.

Apart from the wizard because it is the page that does the work: everything that runs, waits
or stops is here, while the wizard around it only orders the pages and holds the window
still while it runs. It names what it asks of the wizard (ConfirmingWizard) instead of
importing DestructionWizard, so that the two modules do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from vault_app.domain.errors import VaultError
from vault_app.gui import ledger_sealing_running, rekey_running
from vault_app.gui.beside_jobs import log_only
from vault_app.gui.dates import show_date
from vault_app.gui.destruction_meanwhile import refusal
from vault_app.gui.destruction_stop_words import past_no_return, stopped_text
from vault_app.gui.destruction_texts import app_copies_text, lock_outcome_text, outcome_text, step_words
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import wrapped_label
from vault_app.gui.worker_bridge import ToWorker
from vault_app.services import destruction, destruction_app_copies, destruction_beside, destruction_plan
from vault_app.services.destruction_progress import Step

if TYPE_CHECKING:
    from vault_app.gui.destruction_basis import BasisPage
    from vault_app.gui.destruction_notes import NotesPage
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


class ConfirmingWizard(Protocol):
    """What the Confirm page asks of its wizard (gui/destruction_wizard.DestructionWizard is one)."""

    controller: App
    client_id: str
    basis_page: BasisPage
    notes_page: NotesPage | None
    before_run: Callable[[], None]
    destroyed_chart: SignalInstance
    destroyed_notes: SignalInstance

    def chart_number(self) -> str: ...
    def running(self, running: bool) -> None: ...
    def beside(self) -> None: ...
    def next(self) -> None: ...


def _label(text: str = "", name: str = "") -> QLabel:
    # As on the wizard's other pages: what it says can be selected and copied.
    return wrapped_label(text, name, selectable=True)


class ConfirmPage(QWizardPage):
    # A destruction_progress.Step, emitted on the worker thread and heard on the GUI thread.
    stepped = Signal(object)
    # The backups' purge ended (None, or the error that stopped it), from its own thread.
    purged = Signal(object)

    def __init__(self, wiz: ConfirmingWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Confirm"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Destroy permanently"))
        self.text = _label("")
        # The basis page's early warning, said again where "Destroy permanently" is clicked (found
        # in review: this page said nothing of it). Shown only for an early destruction.
        self.early_note = _label("", "warningNote")
        self.early_note.setAccessibleName(self.tr("Early destruction"))
        self.early_note.setVisible(False)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Type the chart number to confirm"))
        self.confirm.textChanged.connect(self.completeChanged)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        # Idle, the empty bar read as a second input box under the chart number: shown only busy.
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Destruction progress"))
        self.status = _label(" ")  # the step: the page's main news while it runs, not a grey aside
        self.status.setAccessibleName(self.tr("Destruction step"))
        # Why Cancel is greyed out while the destruction runs (shown only then).
        self.why = _label(self.tr("Cancel is not available: once begun, a destruction cannot be stopped part-way. "
                                  "If the app or the computer stops, it is finished at the next unlock."), "calmNote")
        self.why.setVisible(False)
        self.message = _label("", "verdictRefused")
        layout = QVBoxLayout(self)
        layout.addWidget(self.early_note)
        layout.addWidget(self.text)
        layout.addWidget(self.confirm)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.why)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.busy = False
        # Past its "started" entry and stopped before the end (a backup drive that cannot be
        # written): nothing to confirm again (found: "Destroy permanently" came back clickable).
        self.stopped = False
        self.certificate: dict[str, Any] | None = None
        self._job: destruction_beside.PurgeJob | None = None
        self._to_worker: ToWorker | None = None
        self.stepped.connect(self._step)
        self.purged.connect(self._purge_ended, Qt.ConnectionType.QueuedConnection)
        wiz.controller.destruction_waits.connect(self._waits)

    def initializePage(self) -> None:
        self._said_first()
        # The safety copies a restore kept: read on the worker (the ledger), added when known.
        self.wiz.controller.query(self, destruction_app_copies.safety_copies).success(self._copies).run()

    def _copies(self, copies: list[dict[str, Any]]) -> None:
        self._said_first()
        if copies:
            self.text.setText(self.text.text() + "<br><br>" + app_copies_text(copies, done=False))

    def _said_first(self) -> None:
        self._say_early()
        number = self.wiz.chart_number()
        if self.wiz.notes_page is not None:
            self.text.setText(
                self.tr("This permanently deletes {0} of chart <b>{1}</b>, also from the backups this app "
                        "manages; the rest of the chart stays. It cannot be undone.<br><br>To confirm, type the "
                        "chart number <b>{2}</b>:").format(
                    self.wiz.notes_page.what(), number, number))
            return
        self.text.setText(
            self.tr("This permanently deletes every record of chart <b>{0}</b>: notes, sessions, "
                    "documents and psychotherapy notes, also from the backups this app manages. It "
                    "cannot be undone.<br><br>To confirm, type the chart number <b>{1}</b>:").format(number, number))

    def _say_early(self) -> None:
        """The basis chosen goes before the end of the retention period (domain.destruction.early_warning:
        the rule it departs from, and that it may breach it), in the screen's words."""
        early = self.wiz.basis_page.early_rule()
        self.early_note.setVisible(early is not None)
        if early is None:
            self.early_note.setText("")
            return
        number = self.wiz.chart_number()
        source = early.rule or self.tr("your retention policy")
        kept = (self.tr("This destruction is early: chart {0} must be kept until {1} under {2}.")
                .format(number, show_date(early.until.isoformat()), source)
                if early.until else
                self.tr("This destruction is early: chart {0} must be kept for a period that cannot be computed "
                        "under {1}.").format(number, source))
        breach = (self.tr("A client's written permission does not shorten a retention period set by state law or "
                          "your licensing board; destroying earlier may breach it.")
                  if early.kind == "permission" else
                  self.tr("An override departs from that rule and does not shorten it; destroying earlier may "
                          "breach it."))
        self.early_note.setText(f"{kept} {breach}")

    def isComplete(self) -> bool:
        return not self.busy and not self.stopped and self.confirm.text().strip() == self.wiz.chart_number()

    def validatePage(self) -> bool:
        if self.certificate is not None:
            return True
        if not self.busy:
            self.run_destruction()
        return False

    def run_destruction(self) -> None:
        if self.wiz.controller.destruction_running:
            # One at a time (chart_view refuses a second wizard; this one may have been open before).
            self.message.setText(refusal("again"))
            return
        basis = self.wiz.basis_page
        client_id, confirm, kind = self.wiz.client_id, self.confirm.text().strip(), basis.kind()
        reason, witness, permission = basis.reason.text().strip(), basis.witness.text().strip(), basis.permission_file
        # Selected psychotherapy notes only, or the whole chart (no note_ids at all).
        only: dict[str, Any] = {"note_ids": self.wiz.notes_page.chosen()} if self.wiz.notes_page is not None else {}

        stepped = self.stepped

        def report(step: Step) -> None:
            stepped.emit(step)  # queued to the GUI thread: the page lives there

        # Never refused: a lock waits for the destruction's end (controller.py).
        to_worker = self._to_worker = ToWorker(self.wiz.controller)
        self.wiz.before_run()

        def job(v: Vault) -> tuple[destruction.Carrying, destruction_beside.LiveView]:
            rekey_running.refuse_while_running("a chart is destroyed")  # both rewrite every compartment
            # Within the scans' size limit, and a scan: found reading the wizard, it read whatever file
            # was chosen whole into memory (a film, a disk image) before anything was said.
            data = destruction_plan.read_permission(permission) if kind == "permission" and permission else None
            return destruction_beside.begin(v, client_id, to_worker.submit, basis=kind, confirm=confirm,
                                            permission=data, override_reason=reason or None,
                                            witness=witness or None, progress=report, **only)

        self.busy = True
        # Said before the click; while it runs the page names no chart (a lock keeps it on screen).
        self.early_note.setVisible(False)
        self.setTitle(self.tr("Destroying the notes") if only else self.tr("Destroying the chart"))
        # Until the first step arrives (the checks before the point of no return): indeterminate.
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Checking that the chart can be destroyed…"))
        self.message.setText("")
        self.completeChanged.emit()
        self.wiz.running(True)
        # From the click on, past the "started" entry, the destruction cannot be undone. A lock
        # or quit asked for meanwhile waits for its end (controller.py), the backups' purge
        # included; the wizard says why Cancel is grey.
        # The chart's client id, while the whole chart goes: opening it meanwhile is refused.
        self.wiz.controller.destruction_begins(self, None if only else client_id,
                                               frozenset(only.get("note_ids") or ()))
        self.why.setVisible(True)
        self.confirm.setReadOnly(True)
        # Three parts (services/destruction_beside.py): the start of the live part (the decision
        # recorded, the chart closed to writes) is one operation on the worker; the chart's
        # deletion in slices (each one short operation handed to the worker), the rest of the
        # live part, the live vault's chain check and search (on the image the erase left) and
        # the backups' purge run from a thread of their own (the worker stays free for
        # autosaves and chart openings); the certificate is one short operation again.
        # No label: the wizard shows the progress itself, so no "Please wait" box covers it.
        # The first sealing stops before the erase rewrites the files and the image's
        # checkpoint of ledger.db (which its reads would hold up).
        self.wiz.controller.op(self, ledger_sealing_running.stopped_first(job)).success(self._purge_beside) \
            .failure(self._failed_and_idle).run()

    def _purge_beside(self, begun: tuple[destruction.Carrying, destruction_beside.LiveView]) -> None:
        carrying, live = begun
        self._job = destruction_beside.PurgeJob(carrying, live, on_end=self.purged.emit)
        self._job.start()
        self.wiz.beside()

    def _purge_ended(self, error: BaseException | None) -> None:
        job, self._job = self._job, None
        if error is not None or job is None:
            self._stopped(job.carrying if job is not None else None, error or RuntimeError("lost"))
            self._idle()
            return
        carrying = job.carrying

        def finish_failed(exc: BaseException) -> bool:
            self._stopped(carrying, exc)
            return True

        self.wiz.controller.op(self, lambda v: destruction_beside.finish(v, carrying)) \
            .success(self._done).failure(finish_failed).finally_(self._idle).run()

    def _stopped(self, carrying: destruction.Carrying | None, error: BaseException) -> None:
        """Past the point of no return and not finished: what it destroys is gone from the vault
        and cannot be confirmed again; why, and what to do in the app (Finish now)."""
        self.stopped = True
        self.status.setText(" ")
        # Why, and what to do in the app's terms (a core hint naming a command is not shown).
        self.message.setText(stopped_text(error))
        self.confirm.setVisible(False)
        self.text.setText(self.tr("The destruction was started and cannot be undone: what it destroys is deleted "
                                  "from the vault and can no longer be opened, changed or destroyed again. It is "
                                  "not finished yet."))
        line = self.tr("A destruction is not finished: Records > Destructions and certificates says why.")
        wiz, notes = self.wiz, self.wiz.notes_page is not None

        def say() -> None:  # the chart view clears what was destroyed, the status bar says it
            (wiz.destroyed_notes if notes else wiz.destroyed_chart).emit(wiz.client_id, line)

        if carrying is None:
            say()
            return
        key = str(carrying.payload["destruction_id"])
        # Recorded as the unlock's resume records it (the Destructions window then says why);
        # its change notice refreshes the client list, where the chart was still shown. Said
        # after it: the status bar's sentence would give way to the change.
        self.wiz.controller.op(self, lambda v: destruction.not_finished(v, key, error)).failure(log_only) \
            .finally_(say).run()

    def _failed_and_idle(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError) and past_no_return(exc):
            # Its "started" entry was written, then the live part stopped: as a stop of the purge,
            # said in the app's terms (its hint named `vault-app destruction resume`).
            self._stopped(None, exc)
            self._idle()
            return True
        handled = self._failed(exc)
        self._idle()
        return handled

    def _step(self, step: Step) -> None:
        if not self.busy:
            return
        self.progress.setRange(0, max(1, step.total))
        self.progress.setValue(step.done)
        self.status.setText(self.step_words(step))

    def step_words(self, step: Step) -> str:
        return step_words(step)

    def _waits(self, why: str) -> None:
        if not self.busy:
            return
        # Everything else is hidden now: the page keeps only the progress, not the chart number.
        self.text.setText(self.tr("The app closes as soon as the destruction has finished.") if why == "quit"
                          else self.tr("The vault locks as soon as the destruction has finished."))
        self.confirm.setVisible(False)
        self.early_note.setVisible(False)

    def _idle(self) -> None:
        self.busy = False
        if not self.stopped:
            self._say_early()  # back on the page to confirm again
        self.setTitle(self.tr("The destruction is not finished") if self.stopped else self.tr("Confirm"))
        self.why.setVisible(False)
        self.confirm.setReadOnly(False)
        self.progress.setRange(0, 1)
        self.progress.setVisible(False)
        self.completeChanged.emit()
        self.wiz.running(False)
        self.wiz.controller.destruction_ends(lock_outcome_text(self.certificate, failed=bool(self.message.text())))

    def _done(self, certificate: dict[str, Any]) -> None:
        self.certificate = certificate
        self.busy = False
        self.progress.setValue(self.progress.maximum())
        self.wiz.running(False)
        self.wiz.next()
        wiz = self.wiz
        (wiz.destroyed_notes if wiz.notes_page is not None else wiz.destroyed_chart).emit(
            wiz.client_id, outcome_text(certificate))

    def _failed(self, exc: BaseException) -> bool:
        self.status.setText(" ")
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            return True
        return False
