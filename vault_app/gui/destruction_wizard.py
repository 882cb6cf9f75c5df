"""Destroy a chart: eligibility -> basis -> confirm by typing the chart number -> progress -> certificate.
(The list of charts eligible for destruction: gui/eligible_charts.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vault_app.domain.errors import VaultError
from vault_app.gui import file_dialogs, ledger_sealing_running, offered_file_names, rekey_running
from vault_app.gui.beside_jobs import log_only
from vault_app.gui.dates import show_date
from vault_app.gui.destruction_basis import BasisPage
from vault_app.gui.destruction_meanwhile import refusal
from vault_app.gui.destruction_notes import NotesPage
from vault_app.gui.destruction_stop_words import past_no_return, stopped_text
from vault_app.gui.destruction_texts import (
    app_copies_text,
    certificate_text,
    lock_outcome_text,
    outcome_text,
    step_words,
)
from vault_app.gui.hold_words import reasons_in_line
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import wrapped_label
from vault_app.gui.worker_bridge import ToWorker
from vault_app.services import (
    certificates,
    clients,
    destruction,
    destruction_app_copies,
    destruction_beside,
    destruction_plan,
    holds,
    retention,
)
from vault_app.services.destruction_progress import Step

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _label(text: str = "", name: str = "") -> QLabel:
    return wrapped_label(text, name, selectable=True)


def eligibility(vault: Vault, client_id: str) -> dict[str, Any]:
    status = retention.status_for(vault, client_id)
    client = clients.get_client(vault, client_id)
    return {
        "chart_number": client.chart_number,
        "eligible_on": status.eligible_on.isoformat() if status and status.eligible_on else None,
        "eligible": bool(status and status.eligible(retention.today())),
        "rule": status.rule if status else "",
        "holds": [h.reason for h in holds.active_holds(vault, client_id)],
        "open_requests": retention.open_requests(vault, client_id),
        # The policy's numbers, not domain's English sentence: the page words it in its language.
        "policy": _policy_numbers(retention.policy(vault)),
    }


def _policy_numbers(policy: Any) -> dict[str, int]:
    return {"adult_years": policy.adult_years, "minor_years": policy.minor_years_after_majority,
            "majority": policy.age_of_majority}


class EligibilityPage(QWizardPage):
    def __init__(self, wiz: DestructionWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Is this chart due for destruction?"))
        self.text = _label(self.tr("Checking…"))
        self.text.setAccessibleName(self.tr("Eligibility"))
        QVBoxLayout(self).addWidget(self.text)
        self.facts: dict[str, Any] | None = None

    def initializePage(self) -> None:
        client_id = self.wiz.client_id
        self.wiz.controller.query(self, lambda v: eligibility(v, client_id)).success(self._show).run()

    def _show(self, facts: dict[str, Any]) -> None:
        self.facts = facts
        policy = facts["policy"]
        lines = [self.tr("Retention policy: adults {0} years after the last contact; minors the later of that and "
                         "{1} years after age {2}.").format(policy["adult_years"], policy["minor_years"],
                                                            policy["majority"])]
        if facts["eligible"]:
            lines.append(self.tr("Chart {0} reached the end of its retention period on {1}.")
                         .format(facts["chart_number"], show_date(facts["eligible_on"])))
        elif facts["eligible_on"]:
            lines.append(self.tr("Chart {0} must be kept until {1}. It can be destroyed earlier only with the "
                                 "client's written permission or a documented override.")
                         .format(facts["chart_number"], show_date(facts["eligible_on"])))
        else:
            lines.append(self.tr("The retention period cannot be computed (no contact date)."))
        if facts["holds"]:
            lines.append(self.tr("It is under a legal hold ({0}): it cannot be destroyed.")
                         .format(reasons_in_line(facts["holds"])))
        if facts["open_requests"]:
            lines.append(self.tr("It has an open client request: finish that first."))
        self.text.setText("\n\n".join(lines))
        self.completeChanged.emit()
        if self.isComplete():
            # Found in the real app: Next is greyed until these facts arrive, so the wizard
            # opened with the keyboard on Cancel; Enter closed it, and what was typed next
            # went into the main window behind (a client's details dialog, its name field).
            self.wiz.button(QWizard.WizardButton.NextButton).setFocus()

    def isComplete(self) -> bool:
        # A hold or an open request refuses every basis: no way on that ends in a refusal.
        return self.facts is not None and not self.facts["holds"] and not self.facts["open_requests"]


class ConfirmPage(QWizardPage):
    # A destruction_progress.Step, emitted on the worker thread and heard on the GUI thread.
    stepped = Signal(object)
    # The backups' purge ended (None, or the error that stopped it), from its own thread.
    purged = Signal(object)

    def __init__(self, wiz: DestructionWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Confirm"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Destroy permanently"))
        self.text = _label("")
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
            paths = [str(c.get("path", "")) for c in copies]
            self.text.setText(self.text.text() + "<br><br>" + app_copies_text(paths, done=False))

    def _said_first(self) -> None:
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

    def _idle(self) -> None:
        self.busy = False
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
        if self.wiz.notes_page is not None:
            self.wiz.destroyed_notes.emit(self.wiz.client_id, outcome_text(certificate))
        else:
            self.wiz.destroyed_chart.emit(self.wiz.client_id, outcome_text(certificate))

    def _failed(self, exc: BaseException) -> bool:
        self.status.setText(" ")
        if isinstance(exc, VaultError):
            self.message.setText(refusal_text(exc))
            return True
        return False


class CertificatePage(QWizardPage):
    def __init__(self, wiz: DestructionWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Destroyed and verified"))
        self.text = _label("")
        self.text.setAccessibleName(self.tr("Destruction certificate"))
        self.save_button = QPushButton(self.tr("Save the signed certificate (PDF and JSON)…"))
        self.save_button.clicked.connect(self._choose)
        # A push button in a dialog takes Enter while it has the keyboard (auto-default), so after
        # one save, or with the keyboard landing on it, Enter opened Save again while Finish was
        # drawn as the default. Enter now does what the default button shows; Space still saves.
        self.save_button.setAutoDefault(False)
        self.saved = _label("", "calmNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def initializePage(self) -> None:
        cert = self.wiz.confirm_page.certificate or {}
        self.text.setText(certificate_text(cert))

    def _choose(self) -> None:
        suggested = str(Path.home() / offered_file_names.destruction_certificate())
        path = file_dialogs.save_file(self, self.tr("Save certificate"), suggested, "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, pdf: Path) -> None:
        cert_id = str((self.wiz.confirm_page.certificate or {}).get("certificate_id"))
        json_path = pdf.with_suffix(".json")
        self.wiz.controller.op(self, lambda v: certificates.export(v, cert_id, json_path=json_path, pdf_path=pdf),
                               label=self.tr("Saving…")) \
            .success(lambda written: self.saved.setText(self.tr("Saved: {0}").format(", ".join(written.values())))) \
            .run()


class DestructionWizard(QWizard):
    destroyed_chart = Signal(str, str)  # client id, the sentence for the status bar
    destroyed_notes = Signal(str, str)  # the same, when selected psychotherapy notes went
    # Client id: the long part runs beside the worker from now on, the chart (or the chosen
    # notes) closed to writes; its windows close (chart_view.py).
    destroying = Signal(str)

    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None,
                 before_run: Callable[[], None] | None = None, *, notes: bool = False,
                 privacy: bool = False) -> None:
        """`notes`: selected psychotherapy notes of the chart, chosen on a page of their own,
        rather than the whole chart."""
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        # Saves what the chart's open editors still hold, queued ahead of the destruction: once
        # it begins, the chart takes no write (its deletion runs in slices beside the worker).
        self.before_run = before_run or (lambda: None)
        self.setObjectName("destructionWizard")
        self.setWindowTitle(self.tr("Destroy psychotherapy notes") if notes else self.tr("Destroy a chart"))
        # After a completed destruction there is nothing left to cancel: the certificate page has only Finish.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.eligibility_page = EligibilityPage(self)
        self.basis_page = BasisPage(controller, lambda: self.eligibility_page.facts)
        # After the basis page, which unlocks the psychotherapy notes the list needs.
        self.notes_page = NotesPage(controller, client_id, privacy=privacy) if notes else None
        self.confirm_page = ConfirmPage(self)
        self.certificate_page = CertificatePage(self)
        for page in (self.eligibility_page, self.basis_page, self.notes_page, self.confirm_page,
                     self.certificate_page):
            if page is not None:
                self.addPage(page)
        # Within the screen: Next and Cancel below a 1366x768 laptop's edge at 150 % otherwise.
        self.resize(size_in_screen(self, QSize(700, 520)))
        self._running = False

    # While a destruction runs there is nothing to go back to and nothing to cancel: Back
    # leaves the button row (Qt recomputes its state on every page change) and Cancel stays,
    # greyed out, beside the page's sentence saying why. Escape and the window's close do nothing.
    _ROW = (QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)

    def running(self, running: bool) -> None:
        if running == self._running:
            return
        self._running = running
        stopped = self.confirm_page.stopped
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.CancelButton] if running or stopped
                             else list(self._ROW))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not running)
        if stopped:
            # Nothing to go back to or cancel: the window only closes.
            self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))

    @property
    def is_running(self) -> bool:
        return self._running

    def beside(self) -> None:
        """The long part (the deletion in slices, the search, the backups' purge: minutes at a
        large practice) runs beside the worker: from now on the wizard is not modal, so the
        therapist can type in another chart's note or open another chart meanwhile (found: the
        window-modal wizard blocked them). What would be wrong meanwhile is refused
        (destruction_meanwhile.py); the wizard still cannot be closed until the end."""
        self.destroying.emit(self.client_id)
        if self.windowModality() == Qt.WindowModality.NonModal:
            return
        # Qt changes a shown window's modality only when it is shown again; in the same place, with
        # the keyboard it had (Destroy permanently was just clicked). Its parent has the keyboard
        # while it is hidden: some platforms (offscreen) kept it on the hidden window, so the
        # window shown again never became the active one.
        place, parent = self.geometry(), self.parentWidget()
        self.hide()
        self.setWindowModality(Qt.WindowModality.NonModal)
        if parent is not None:
            parent.activateWindow()
        self.show()
        self.setGeometry(place)
        self.raise_()
        self.activateWindow()

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)

    def chart_number(self) -> str:
        facts = self.eligibility_page.facts
        return str(facts["chart_number"]) if facts else "\0"
