"""The chart's Overview tab: the client's details, consent and guardians, treatment plan (history:
history_tab.py; sessions and notes: sessions_tab.py; attachments: attachments_tab.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.coming_of_age import age_of
from vault_app.domain.decedent import authority_ended_by_death
from vault_app.domain.representatives import standing
from vault_app.domain.typed_signer import foster_without_order
from vault_app.gui.chart_binding import bind_to_chart
from vault_app.gui.chart_kept_until import show_status
from vault_app.gui.chart_side_by_side import SideBySide
from vault_app.gui.chart_words import GOAL_STATUS, GUARDIAN_AUTHORITY, shown
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.client_words import case_words
from vault_app.gui.dates import show_date
from vault_app.gui.guardians_dialog import GuardiansDialog
from vault_app.gui.overview_care_consent import CareConsentRow
from vault_app.gui.plan_dialog import PlanDialog
from vault_app.gui.widgets import add_row, iso, make_tree, masked_name, natural
from vault_app.services import clients_page
from vault_app.services.clinical_common import age_of_majority

if TYPE_CHECKING:
    from vault_app.domain.clinical import Guardian
    from vault_app.domain.clinical_notes import Chart
    from vault_app.gui.seam import ChartHost


def _data_label() -> QLabel:
    """A label that shows what the chart holds: plain text always. Qt guesses rich text from a tag
    before the first line break, so a name typed as "<a href=file:///etc/passwd>" was drawn as a link
    to click (found by a hostile-input walk of the real app)."""
    label = QLabel("")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _ChartButton(QPushButton):
    """A button to a member's (or a case's) chart: the whole name while there is room, cut at the
    end when the field column is narrower, the chart number always whole. Found on Xvfb: cut at
    a fixed 24 characters even with room, and at full width the row went under the labels."""

    def __init__(self, name: str, number: str) -> None:
        super().__init__()
        self._name, self._number = name, number
        # Narrower than its whole text when the column is (a push button's own policy never is).
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._fit(10_000)

    def _label(self, name: str) -> str:
        # "&" in a name is a letter in a button's text: doubled, it is shown as typed.
        return f"{name} ({self._number})".replace("&", "&&")

    def _padding(self) -> int:
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text().replace("&&", "&"))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance(f"{self._name} ({self._number})")
        return QSize(whole + self._padding(), hint.height())

    def minimumSizeHint(self) -> QSize:
        least = self.fontMetrics().horizontalAdvance(f"{self._name[:3]}… ({self._number})")
        return QSize(least + self._padding(), super().minimumSizeHint().height())

    def _fit(self, width: int) -> None:
        room = max(0, width - self._padding() - self.fontMetrics().horizontalAdvance(f" ({self._number})"))
        # Whole when given its whole hint (the pieces measured apart may round a pixel short).
        cut = self._name if width >= self.sizeHint().width() else \
            self.fontMetrics().elidedText(self._name, Qt.TextElideMode.ElideRight, room)
        self.setText(self._label(cut))
        self.setToolTip("" if cut == self._name else f"{self._name} ({self._number})")

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Not the first size, a new widget's default (100 pixels) given before its layout's pass.
        if event.oldSize().isValid():
            self._fit(event.size().width())
        super().resizeEvent(event)


class OverviewTab(QWidget):
    def __init__(self, view: ChartHost) -> None:
        super().__init__()
        self.view = view
        self.privacy = False
        self.chart: Chart | None = None
        self.majority: int | None = None  # the practice's age of majority, once read
        self.fields: dict[str, QLabel] = {}
        self.field_labels: list[QLabel] = []  # "Name:", "Diagnoses:", …: each leads to its field
        self.demo = demo = QGroupBox(self.tr("Client"))
        self._form = form = QFormLayout(demo)
        self._add_fields(form, (("name", self.tr("Name")), ("chart", self.tr("Chart number")),
                                ("members", self.tr("Members")),
                                ("cases", self.tr("Couple and family cases"))))
        self.members_box = QWidget()
        self.members_layout = QVBoxLayout(self.members_box)
        self.members_layout.setContentsMargins(0, 0, 0, 0)
        # Under the Members row (a case's chart) or the cases row (a member's): each a button to that chart.
        form.addRow("", self.members_box)
        self._add_fields(form, (("dob", self.tr("Date of birth")), ("status", self.tr("Status")),
                                ("last", self.tr("Last session")), ("contact", self.tr("Contact"))))
        self.member_buttons: list[QPushButton] = []
        self._members_asked = 0
        self.consent_box = consent = QGroupBox(self.tr("Consent and guardians"))
        self._cform = cform = QFormLayout(consent)
        self._add_fields(cform, (("consent", self.tr("Informed consent")), ("care", self.tr("Consent to care")),
                                 ("guardians", self.tr("Guardians"))))
        self.care_consent = CareConsentRow(view.controller, cform, self.fields["care"])  # a minor's chart only
        self.guardians_button = QPushButton(self.tr("Guardians…"))
        self.guardians_button.setAccessibleName(self.tr("Edit guardians and representatives"))
        self.guardians_button.clicked.connect(self.edit_guardians)
        cform.addRow("", natural(self.guardians_button))
        self._guardians_row = cform.rowCount() - 1
        # Alt and the "Guardians:" label's letter presses the button (Qt's label does, for a button
        # buddy): landing on the value, it left a keyboard user on "none", with the same word's
        # button out of reach (a walker, CA round).
        # The guardians are read out with it (its description), as the value was.
        guardians_label = next(lab for lab in self.field_labels if lab.buddy() is self.fields["guardians"])
        guardians_label.setBuddy(self.guardians_button)
        self._kind_shown(case=False, member_of=False)
        plan = QGroupBox(self.tr("Treatment plan"))
        pform = QFormLayout(plan)
        self._add_fields(pform, (("problems", self.tr("Problems")), ("diagnoses", self.tr("Diagnoses")),
                                 ("course", self.tr("Course")), ("goals", self.tr("Goals"))))
        self.plan_button = QPushButton(self.tr("Edit plan…"))
        self.plan_button.setAccessibleName(self.tr("Edit treatment plan"))
        self.plan_button.clicked.connect(self.edit_plan)
        pform.addRow("", natural(self.plan_button))
        # Members lettered last, from what the others leave: hidden on a person's chart, it took
        # the letter "Chart number" needed there.
        for key in ("members", "cases"):
            last = next(lab for lab in self.field_labels if lab.buddy() is self.fields[key])
            self.field_labels.remove(last)
            self.field_labels.append(last)
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setAccessibleName(self.tr("Edit client details"))
        self.edit_button.clicked.connect(self.edit_details)
        form.addRow("", natural(self.edit_button))
        # Side by side as long as the chart has room; narrower (Spanish beside the client list on
        # a 1000-pixel screen: "Consentimiento informado:" and the client's e-mail address), a
        # field goes under its label rather than hold the chart wider than the window.
        for box in (form, cform):
            box.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(self)
        # Side by side where the page has room for both, else one under the other: side by side
        # always, they held the Spanish chart at 476 pixels beside a pane of 390 (150 %, 1000x720).
        row = SideBySide()
        row.addWidget(demo)
        row.addWidget(consent)
        layout.addLayout(row)
        layout.addWidget(plan)
        layout.addStretch(1)

    def _add_fields(self, form: QFormLayout, named: tuple[tuple[str, str], ...]) -> None:
        """A row of `form` for each (key, words): what the chart holds, in self.fields[key]."""
        for key, text in named:
            label = _data_label()
            label.setAccessibleName(text)
            label.setWordWrap(True)
            self.fields[key] = label
            form.addRow(self._named(text, label), label)

    def _named(self, text: str, field: QLabel) -> QLabel:
        """The label before a field, leading to it: Alt and the label's letter (ChartView gives it
        one, clear of the window's others) put the keyboard on what the chart holds, to be read
        aloud or selected and copied. The labels had no letter (found in the real app)."""
        name = QLabel(f"{text}:")
        name.setBuddy(field)
        # Selectable from the keyboard once there; reached by its letter or a click, not by Tab,
        # which goes on from button to button as before.
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.field_labels.append(name)
        return name

    def minimumSizeHint(self) -> QSize:
        """At least as tall as its wrapped lines need at its width: in a low window (1024x600) the
        chart's pane scrolls, and the client's contact, wrapped onto a second line, was cut to its
        first instead (the pane gives a page its minimum, and a wrapped line's minimum is one line)."""
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._wrap_narrow()
            self.updateGeometry()  # narrower, its lines wrap more: the minimum above changes

    def _wrap_narrow(self) -> None:
        """Each value under its label when the value column has no room for the member buttons
        whole: found on Xvfb in Spanish at 150 %, "caso de pareja; abra el expediente de un
        miembro:" in a four-line column beside "Miembros:" and the buttons wrapped under the labels."""
        wanted = max((b.sizeHint().width() for b in self.member_buttons), default=0)
        labels = max((lab.sizeHint().width() for lab in self.field_labels
                      if self.demo.isAncestorOf(lab) and lab.isVisibleTo(self.demo)), default=0)
        margins = self.demo.contentsMargins()
        room = self.demo.width() - margins.left() - margins.right() - labels - self._form.horizontalSpacing()
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if wanted > room else QFormLayout.RowWrapPolicy.WrapLongRows
        if self._form.rowWrapPolicy() != policy:
            self._form.setRowWrapPolicy(policy)

    def edit_details(self) -> QDialog | None:
        if self.chart is None:
            return None
        dialog = ClientDetailsDialog(self.view.controller, self.chart.client, parent=self.window())
        bind_to_chart(dialog, self.chart.client, self.tr("Client details"), self.view.privacy)
        dialog.show_authorizations.connect(lambda: self.view.tabs.setCurrentWidget(self.view.authorizations))
        dialog.open()
        return dialog

    def edit_guardians(self) -> QDialog | None:
        if self.chart is None:
            return None
        dialog = GuardiansDialog(self.view.controller, self.chart, parent=self.window(), privacy=self.view.privacy)
        bind_to_chart(dialog, self.chart.client, self.tr("Guardians and representatives"), self.view.privacy)
        dialog.open()
        return dialog

    def edit_plan(self) -> QDialog | None:
        if self.chart is None:
            return None
        dialog = PlanDialog(self.view.controller, self.chart.client.client_id, self.chart.plan, parent=self.window())
        bind_to_chart(dialog, self.chart.client, self.tr("Treatment plan"), self.view.privacy)
        dialog.open()
        return dialog

    def activate(self) -> None:
        """Drawn from the chart: nothing of its own to load."""

    def show_chart(self, chart: Chart) -> None:
        self.chart = chart
        c = chart.client
        goes_by = " " + self.tr("(goes by {name})").format(name=c.preferred_name) if c.preferred_name else ""
        self.fields["name"].setText(masked_name(c.legal_name + goes_by, self.privacy))
        self.fields["chart"].setText(c.chart_number)
        self._show_dob()
        self._kind_shown(case=c.is_case, member_of=bool(chart.cases))
        self._show_members(c.member_ids if c.is_case else ())
        show_status(self, c)  # with a chart no longer in care, how long it is kept (gui/chart_kept_until)
        self.fields["last"].setText(show_date(c.last_contact) or self.tr("none yet"))
        contact = [p for p in (c.contact.phone, c.contact.email) if p]
        ok = [w for w, flag in ((self.tr("voicemail"), c.contact.voicemail_ok), (self.tr("text"), c.contact.text_ok),
                                (self.tr("email"), c.contact.email_ok), (self.tr("mail"), c.contact.mail_ok)) if flag]
        self.fields["contact"].setText(masked_name(", ".join(contact),
                                                   self.privacy) if contact else self.tr("not recorded"))
        if ok:
            self.fields["contact"].setText(self.fields["contact"].text() + "\n"
                                           + self.tr("May contact by: {ways}").format(ways=", ".join(ok)))
        consent = c.consent
        self.fields["consent"].setText(
            self.tr("limits discussed {discussed}, signed {signed}").format(
                discussed=show_date(consent.limits_discussed_on), signed=show_date(consent.consent_signed_on))
            if consent.complete else self.tr("not complete yet"))
        self._show_guardians()
        self.care_consent.show(c, self.privacy)
        # The practice's age of majority decides whether a parent still acts, and when a minor comes of age.
        if c.guardians or c.date_of_birth:
            self.view.controller.query(self, age_of_majority).success(self._majority_read).run()
        p = chart.plan
        self.fields["problems"].setText(p.problems if p and p.problems else self.tr("no plan yet"))
        self.fields["diagnoses"].setText(", ".join(p.diagnosis_codes) if p else "")
        course = [p.modality_frequency] if p and p.modality_frequency else []
        if p and p.start_date:
            course.append(self.tr("started {day}").format(day=show_date(p.start_date)))
        if p and p.review_date:
            course.append(self.tr("review by {day}").format(day=show_date(p.review_date)))
        self.fields["course"].setText(", ".join(course))
        self.fields["goals"].setText("\n".join(f"{i + 1}. {g.description} ({shown(GOAL_STATUS, g.status)})"
                                               for i, g in enumerate(p.goals)) if p else "")

    def _kind_shown(self, *, case: bool, member_of: bool) -> None:
        """A couple's or family's chart has members, not a birth date nor guardians of its own
        (each member's are in their chart): found showing "Date of birth: not recorded" and an
        empty Guardians, and never its members. A member's chart names the cases they are in."""
        self.demo.setTitle(self.tr("Couple or family case") if case else self.tr("Client"))
        self.consent_box.setTitle(self.tr("Consent") if case else self.tr("Consent and guardians"))
        self._form.setRowVisible(self.fields["members"], case)
        self._form.setRowVisible(self.fields["cases"], member_of and not case)
        self._form.setRowVisible(self.members_box, case or member_of)
        self._form.setRowVisible(self.fields["dob"], not case)
        self._cform.setRowVisible(self.fields["guardians"], not case)
        self._cform.setRowVisible(self._guardians_row, not case)

    def _show_members(self, member_ids: tuple[str, ...]) -> None:
        """The members by name and chart number, read for these few charts only."""
        self._members_asked += 1
        asked = self._members_asked
        if not member_ids:
            self._members_read(asked, (), {})
            return
        self.view.controller.query(self, lambda v: clients_page.chart_labels(v, member_ids)) \
            .success(lambda labels: self._members_read(asked, member_ids, labels)).run()

    def _members_read(self, asked: int, member_ids: tuple[str, ...], labels: dict[str, tuple[str, str]]) -> None:
        if asked != self._members_asked or self.chart is None:
            return
        for button in self.member_buttons:
            self.members_layout.removeWidget(button)
            button.deleteLater()
        self.member_buttons = []
        kind = case_words(self.chart.client.kind)
        self.fields["members"].setText(self.tr("{kind}; open a member's chart:").format(kind=kind)
                                       if member_ids else "")
        linked = [(m, *labels.get(m, ("", ""))) for m in member_ids] if member_ids else \
            [(c.case_id, c.chart_number, c.name) for c in self.chart.cases]
        self.fields["cases"].setText(self.tr("open a case's chart:") if not member_ids and linked else "")
        for chart_id, number, name in linked:
            whole = f"{masked_name(name, self.privacy)} ({number})"
            # A long name cut to the room the field column has, not the chart made wider than
            # the window (found on Xvfb: Spanish at 150 % scrolled sideways); the name in the tooltip.
            button = _ChartButton(masked_name(name, self.privacy), number)
            button.setAccessibleName(self.tr("Open the chart of {member}").format(member=whole))
            button.clicked.connect(lambda _=False, m=chart_id: self.view.controller.open_chart(m))
            self.members_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.member_buttons.append(button)
        self._wrap_narrow()

    def _majority_read(self, majority: int) -> None:
        self.majority = majority
        self._show_dob()
        self._show_guardians()

    def _show_dob(self) -> None:
        """The date of birth, the age and, for a minor, the day they come of age, when a parent's
        authority ends (domain/coming_of_age; walk-teen round 33 saw only the date, 4 days before).
        Masked whole in privacy mode: the age and the birthday give the date of birth away."""
        if self.chart is None:
            return
        c = self.chart.client
        if c.died_on is not None:  # the day of death, not an age still counting (found by a walker: "age 76")
            born = show_date(c.date_of_birth) if c.date_of_birth else self.tr("not recorded")
            text = self.tr("{day} (died on {died})").format(day=born, died=show_date(c.died_on))
            self.fields["dob"].setText(masked_name(text, self.privacy))
            return
        if not c.date_of_birth:
            self.fields["dob"].setText(self.tr("not recorded"))
            return
        text = show_date(c.date_of_birth)
        found = None if self.majority is None else age_of(c.date_of_birth, self.majority, date.today())
        if found is not None and found.minor:
            text = self.tr("{day} (age {age}; a minor: turns {majority} on {birthday})").format(
                day=text, age=found.years, majority=self.majority, birthday=show_date(found.majority_on))
        elif found is not None:
            text = self.tr("{day} (age {age})").format(day=text, age=found.years)
        self.fields["dob"].setText(masked_name(text, self.privacy))

    def _show_guardians(self) -> None:
        if self.chart is None:
            return
        self.fields["guardians"].setText("\n".join(self._guardian_line(g) for g in self.chart.client.guardians)
                                         or self.tr("none"))
        self.guardians_button.setAccessibleDescription(self.fields["guardians"].text())

    def _guardian_line(self, g: Guardian) -> str:
        """The guardian, and when they do not act today why, by the one rule the Guardians window,
        the command line and the refusal of a signature read (domain/representatives.standing).
        The Overview said nothing of a declined representative nor of one whose recorded start
        was to come, and "authority ended {day}" named the last day in force for a recorded end
        but the first day without for the law's."""
        line = f"{masked_name(g.name, self.privacy)} ({_guardian_role(g.relationship, g.authority)})"
        if self.majority is None or self.chart is None:
            return line
        found = standing(g, self.chart.client.date_of_birth, self.majority, date.today())
        died_on = self.chart.client.died_on
        if found.why != "declined" and authority_ended_by_death(g.authority, died_on, date.today()):
            said = self.tr("authority ended at the client's death on {day} (45 CFR 164.502(g)(4)); may no longer "
                           "sign").format(day=show_date(died_on))
        elif found.why == "declined":
            said = self.tr("not treated as representative since {day} ({citation}); may not sign").format(
                day=show_date(found.since), citation=found.citation)
        elif found.why == "not_yet":
            said = self.tr("authority from {day}; may not sign yet").format(day=show_date(found.since))
        elif found.why == "recorded_end":
            said = self.tr("authority until {day}; may no longer sign").format(day=show_date(found.last_day))
        elif found.why == "legal_end":
            # The birthday is the date of birth in another year: masked in privacy mode, as that is.
            said = self.tr("authority ended on {day}: the client turned {age}; may no longer sign").format(
                day=masked_name(show_date(found.since), self.privacy), age=self.majority)
        elif foster_without_order(g.relationship, g.may_authorize, g.custody_order_attachment_id):
            # Saved so before the rule: acts in nothing until the order is attached ("foster_without_order").
            said = self.tr("a foster parent, no court order attached: may not sign, nor receives the client's "
                           "records")
        elif not g.may_authorize:  # their authority limited: the records only on a recorded basis (164.502(g)(3))
            said = (self.tr("may not sign; receives the records on the basis recorded")
                    if g.has_records_basis else self.tr("may not sign, nor receives the client's records"))
        else:
            return line
        return line + " — " + said

    def set_privacy(self, on: bool) -> None:
        self.privacy = on
        if self.chart is not None:
            self.show_chart(self.chart)

    def clear(self) -> None:
        self.chart = None
        for label in self.fields.values():
            label.setText("")
        self._members_asked += 1
        self.care_consent.hide()
        for button in self.member_buttons:
            button.deleteLater()
        self.member_buttons = []


def _guardian_role(relationship: str, authority: str) -> str:
    """"mother, parent"; the authority alone when no relationship was typed or it only repeats
    the authority (it read "(, progenitor)" and "(parent, progenitor)" on a Spanish screen)."""
    rel, words = relationship.strip(), shown(GUARDIAN_AUTHORITY, authority)
    return f"{rel}, {words}" if rel and rel.lower() != authority.replace("_", " ") else words


# add_row, iso and make_tree are re-exported for requests_dialog.py (another engineer's file
# this week); new code imports them from gui.widgets.
__all__ = ["OverviewTab", "add_row", "iso", "make_tree"]

