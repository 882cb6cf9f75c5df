"""Destroy a chart: eligibility -> basis -> confirm by typing the chart number -> progress -> certificate.
(The list of charts eligible for destruction: gui/eligible_charts.py; the Confirm page, which
runs the destruction: gui/destruction_confirm.py.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from vault_app.gui import file_dialogs, offered_file_names
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.destruction_basis import BasisPage
from vault_app.gui.destruction_clock import clock_words
from vault_app.gui.destruction_confirm import ConfirmPage
from vault_app.gui.destruction_decedent import decedent_words
from vault_app.gui.destruction_notes import NotesPage
from vault_app.gui.destruction_texts import certificate_text
from vault_app.gui.hold_words import reasons_in_line
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import wrapped_label
from vault_app.services import certificates, clients, clock_behind, holds, retention

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _label(text: str = "", name: str = "") -> QLabel:
    return wrapped_label(text, name, selectable=True)


def eligibility(vault: Vault, client_id: str) -> dict[str, Any]:
    status = retention.status_for(vault, client_id)
    client = clients.get_client(vault, client_id)
    gap = clock_behind.gap_before(vault, status.eligible_on if status else None)
    return {
        # Due only by a clock that jumped more than a year past the vault's record (found by a walker).
        "clock_gap": gap.isoformat() if gap else None,
        "chart_number": client.chart_number,
        "died_on": client.died_on.isoformat() if client.died_on else None,
        "eligible_on": status.eligible_on.isoformat() if status and status.eligible_on else None,
        "eligible": bool(status and status.eligible(retention.today())),
        "rule": status.rule if status else "",
        # What an early destruction names (domain.destruction.early_destruction): the rule's citation, and today.
        "source": retention.rule_name(vault),
        # A chart the policy's preset does not cover (therapy ended before its first day): never eligible on it.
        "uncovered_from": status.uncovered_from.isoformat() if status and status.uncovered_from else None,
        "last_contact": status.last_contact.isoformat() if status and status.last_contact else None,
        "today": retention.today().isoformat(),
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

    def _years(self, n: int) -> str:
        return self.tr("%n year", "", n) if n == 1 else self.tr("%n years", "", n)

    def _show(self, facts: dict[str, Any]) -> None:
        self.facts = facts
        policy = facts["policy"]
        # Each count in its own form: Settings allows 1 year, and "1 years" ("1 años") was said.
        lines = [self.tr("Retention policy: adults {0} after the last contact; minors the later of that and "
                         "{1} after age {2}.").format(self._years(policy["adult_years"]),
                                                      self._years(policy["minor_years"]), policy["majority"])]
        if facts["eligible"]:
            lines.append(self.tr("Chart {0} reached the end of its retention period on {1}.")
                         .format(facts["chart_number"], show_deadline(facts["eligible_on"])))
        elif facts["eligible_on"]:
            # Found by a walker: "can be destroyed earlier ... with the client's written permission" here,
            # while the next page says (truly) that permission does not shorten a state's period.
            lines.append(self.tr("Chart {0} must be kept until {1}. Neither the client's written permission nor "
                                 "an override shortens a retention period set by state law or your licensing "
                                 "board; only the end of that period makes the chart due. Destroying it earlier "
                                 "is an early destruction that may breach that rule: the next page asks for the "
                                 "client's signed permission or an override, and why, and the certificate "
                                 "records both.")
                         .format(facts["chart_number"], show_deadline(facts["eligible_on"])))
        elif facts.get("uncovered_from"):
            lines.append(self.tr("Chart {0} is not eligible on its retention period: {1} applies to therapy ended "
                                 "on or after {2}, and this chart's last contact was {3}. The app's sources do not "
                                 "say what applied before; ask your licensing board before destroying it.")
                         .format(facts["chart_number"], facts["source"], show_date(facts["uncovered_from"]),
                                 show_date(facts["last_contact"])))
        else:
            lines.append(self.tr("The retention period cannot be computed (no contact date)."))
        if facts.get("died_on"):
            lines.append(decedent_words(facts["died_on"]))
        if facts["holds"]:
            lines.append(self.tr("It is under a legal hold ({0}): it cannot be destroyed.")
                         .format(reasons_in_line(facts["holds"])))
        if facts["open_requests"]:
            lines.append(self.tr("It has an open client request: finish that first."))
        if facts["eligible"] and facts.get("clock_gap"):
            lines.append(clock_words(facts["today"], facts["clock_gap"]))
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
        suggested = str(Path.home() / offered_file_names.destruction_certificate(self.wiz.chart_number(), date.today()))
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
