"""The Client step of the confidentiality-decision dialog: whether the client was told (and
when and how, or why not), and the follow-up steps, offered for the trigger and the outcome in
the screen's language; a step left as offered is kept in the domain's English."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from vault_app.domain.decision_guide import follow_ups_for
from vault_app.domain.decisions import REASON_LABELS
from vault_app.gui.decision_pages import StepPage, check, checked, date_edit, iso, label, radio_row, set_iso, text_box
from vault_app.gui.decision_prompt_words import kept, prompt_words, shown
from vault_app.gui.decision_words import reason_words
from vault_app.gui.widgets import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vault_app.domain.decision_guide import TriggerGuide
    from vault_app.domain.decisions import Decision
    from vault_app.gui.decision_pages import DecisionSteps

CHOOSE = QT_TRANSLATE_NOOP("ClientPage", "Choose…")


class ClientPage(StepPage):
    step = "client"

    def __init__(self, dialog: DecisionSteps) -> None:
        super().__init__(dialog)
        self.banner = label("", "verdictRefused")
        box, self.group, self.answers = radio_row(
            [("yes", QT_TRANSLATE_NOOP("StepPage", "Yes, the client was told")),
             ("no", QT_TRANSLATE_NOOP("StepPage", "No, not (yet)"))],
            self.tr("Client informed"))
        self.on = date_edit(self.tr("Date the client was told"))
        self.how = QLineEdit()
        self.how.setAccessibleName(self.tr("How the client was told"))
        self.reason_code = QComboBox()
        self.reason_code.setAccessibleName(self.tr("Why the client was not told"))
        # No reason is preselected: whatever is shown here ends up in a signed record.
        self.reason_code.addItem(self.tr(CHOOSE), None)
        for key in REASON_LABELS:
            self.reason_code.addItem(reason_words(key), key)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why not, in a few words"))
        self.follow_up = text_box(self.tr("Follow-up steps, one per line"), 90)
        form = QFormLayout()
        form.addRow(self.tr("Told on:"), self.on)
        form.addRow(self.tr("How:"), self.how)
        form.addRow(self.tr("Why not:"), self.reason_code)
        form.addRow("", self.reason)
        self.body.addWidget(self.banner)
        self.body.addWidget(box)
        self.body.addLayout(form)
        self.body.addWidget(label(self.tr("Follow-up (one step per line):"), "sectionTitle"))
        self.body.addWidget(self.follow_up)
        self.group.buttonToggled.connect(lambda *_a: self._toggle())
        self._filled_for: tuple[str, str | None] = ("", None)
        self._offered = ""

    def _toggle(self) -> None:
        told = checked(self.answers) == "yes"
        for widget in (self.on, self.how):
            widget.setEnabled(told)
        for reason_widget in (self.reason_code, self.reason):
            reason_widget.setEnabled(not told)

    def adapt(self, guide: TriggerGuide) -> None:
        silent = guide.must_not_tell_client
        self.banner.setText(self.tr("The client must not be told about this decision.") if silent else "")
        self.banner.setVisible(silent)
        self.answers["yes"].setEnabled(not silent)
        outcome = self.dialog.outcome_page.outcome()
        offered = "\n".join(prompt_words(step) for step in follow_ups_for(guide, outcome))
        untouched = self.follow_up.toPlainText() == self._offered
        if (self._filled_for != (guide.trigger, outcome) and not self.dialog.loaded
                and (untouched or self._filled_for[0] != guide.trigger)):
            # Steps fit what was done (no "discuss the warning" when none was given); text
            # the therapist already edited for this trigger is theirs and stays.
            self.follow_up.setPlainText(offered)
            self._offered = offered
        if self._filled_for[0] != guide.trigger and not self.dialog.loaded:
            self.reason_code.setCurrentIndex(0)  # another trigger: an earlier choice does not carry over
            if silent:
                check(self.answers, "no")
        self._filled_for = (guide.trigger, outcome)
        self._toggle()

    def values(self) -> dict[str, Any]:
        answer = checked(self.answers)
        informed: dict[str, Any] = {"informed": None if answer is None else answer == "yes"}
        if answer == "yes":
            informed.update(on=iso(self.on), how=self.how.text())
        elif answer == "no":
            informed.update(reason_code=self.reason_code.currentData(), reason=self.reason.text())
        offered = self.offerable()
        steps = [kept(line.strip(), offered) for line in self.follow_up.toPlainText().splitlines() if line.strip()]
        return {"client_informed": informed, "follow_up": steps}

    def offerable(self) -> tuple[str, ...]:
        guide = self.dialog.guide
        return guide.follow_ups + guide.follow_ups_if_disclosed + guide.follow_ups_if_withheld if guide else ()

    def load(self, decision: Decision) -> None:
        ci = decision.client_informed
        if ci.informed is not None:
            check(self.answers, "yes" if ci.informed else "no")
        set_iso(self.on, ci.on)
        self.how.setText(ci.how)
        if ci.reason_code:
            self.reason_code.setCurrentIndex(self.reason_code.findData(ci.reason_code))
        self.reason.setText(ci.reason)
        offered = self.offerable()
        self.follow_up.setPlainText("\n".join(shown(step, offered) for step in decision.follow_up))


__all__ = ["ClientPage"]
