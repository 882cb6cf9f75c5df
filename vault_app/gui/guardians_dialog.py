"""Parents, guardians and other personal representatives of one client: add them, correct
them, record when their authority changed or ended, or remove one entered by mistake."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain import coming_of_age
from vault_app.domain.clinical import GUARDIAN_AUTHORITIES, Guardian
from vault_app.domain.representatives import Standing, standing
from vault_app.domain.typed_signer import foster_without_order
from vault_app.gui.background import show_inline
from vault_app.gui.chart_words import ATTACHMENT_KIND, GUARDIAN_AUTHORITY, GUARDIAN_AUTHORITY_CHOICE, shown
from vault_app.gui.confirm import ask_yes_no
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import choice_box, error_label, hbox, line_edit
from vault_app.gui.guardian_may_sign_words import foster_no_order, may_sign_words
from vault_app.gui.guardian_records_basis import basis_box, detail_words
from vault_app.gui.held import half_typed_dates
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.outside_names import shown_name
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import (
    add_row,
    give_form_mnemonics,
    iso,
    make_tree,
    masked_name,
)
from vault_app.gui.wrapped_label import ClaimedLabel
from vault_app.services import clients, guardians
from vault_app.services.clinical_common import majority_and_consent

if TYPE_CHECKING:
    from vault_app.domain.clinical_notes import Chart
    from vault_app.domain.errors import RefusedByPolicy
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

ORDER_KINDS = ("custody_order", "court_order", "other")


class GuardiansDialog(GuardedDialog):
    """Escape (or the title bar's ×) asks before closing a guardian half-typed: a phone number
    typed and not saved was gone at one stray Escape (gui/escape_guard.py)."""

    changed = Signal()

    def __init__(self, controller: App, chart: Chart, parent: QWidget | None = None, *, privacy: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        # Privacy mode masks the names in the list as the overview does ("••• (mother, parent)"):
        # a parent's name often carries the client's surname. The form shows the selected one.
        self.privacy = privacy
        self.client_id: str = chart.client.client_id
        self.guardians: tuple[Guardian, ...] = chart.client.guardians
        self.date_of_birth = chart.client.date_of_birth
        self.majority: int | None = None  # the practice's age of majority, once read
        self.consent_age: int | None = None  # the practice's age of consent for treatment, once read
        self.care_consented_by = chart.client.care_consented_by  # who consented to a minor's care
        # A parent's agreement to confidential care (164.502(g)(3)(i)(C)): the minor then acts for themself.
        self.confidentiality_agreed_on = chart.client.confidentiality_agreed_on
        self.died_on = chart.client.died_on  # a representative's authority may have ended at it (164.502(g)(4))
        self.editing: str | None = None  # guardian id, or None for a new one
        self._shown: dict[str, Any] = {}  # the form as last filled: what differs was typed
        self.setWindowTitle(self.tr("Guardians and representatives"))  # never the client's name
        self.list = make_tree([self.tr("Name"), self.tr("Relationship"), self.tr("Authority"), self.tr("May sign"),
                               self.tr("From"), self.tr("Until")],
                              self.tr("Guardians and representatives"))
        self.list.currentItemChanged.connect(lambda item, _prev: self._select(item))

        self.name = line_edit("", self.tr("Guardian name"))
        self.relationship = line_edit("", self.tr("Relationship"),
                                      self.tr("e.g. mother, aunt, court-appointed guardian"))
        self.authority = choice_box(GUARDIAN_AUTHORITIES, "parent", self.tr("Kind of authority"),
                                    GUARDIAN_AUTHORITY_CHOICE)
        self.authority.currentIndexChanged.connect(self._show_legal_end)
        self.may_authorize = QCheckBox(self.tr("May sign authorizations and consents for the client"))
        # Unchecked: their authority is limited (a custody order); they then do not receive the client's
        # records either, unless the basis on which they may is recorded (representatives' "limited_authority").
        # Chosen from the bases the sources name, each with its citation, or another in words (it was free text).
        self.records_basis = basis_box()
        self.records_basis.setToolTip(self.tr(
            "One who may not sign does not receive the client's records (45 CFR 164.502(g)(3)) unless you record "
            "here the basis on which they may have them."))
        self.records_access = line_edit("", self.tr("Records despite the limit"), detail_words(""))
        self.records_basis.currentIndexChanged.connect(
            lambda _i: self.records_access.setPlaceholderText(detail_words(str(self.records_basis.currentData()))))
        self.may_authorize.toggled.connect(self._show_records_basis)
        # A foster parent who signs with no order: said while typed (Save refuses a new one), and for one an
        # earlier version saved, which stays correctable field by field (it refused every Save before).
        self.foster_warning = warning_note()
        self.foster_warning.setVisible(False)
        self.may_authorize.toggled.connect(self._show_foster)
        self.phone = line_edit("", self.tr("Guardian phone"))
        self.address = line_edit("", self.tr("Guardian address"))
        self.valid_from = OptionalDateField(self.tr("Authority starts on"), empty_text=self.tr("always"))
        self.valid_until = OptionalDateField(self.tr("Authority ends on"), empty_text=self.tr("open-ended"))
        self.valid_from.dateChanged.connect(self._show_legal_end)
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("Custody or court order"))
        self.order.addItem(self.tr("none attached"), None)
        for a in chart.attachments:
            if a.kind in ORDER_KINDS:
                self.order.addItem(f"{shown(ATTACHMENT_KIND, a.kind)}: {shown_name(a.filename)}", a.attachment_id)
        self.relationship.textChanged.connect(self._show_foster)
        self.order.currentIndexChanged.connect(self._show_foster)
        self.notes = line_edit("", self.tr("Notes about this representative"),
                               self.tr("e.g. joint legal custody per order of …"))
        self.message = error_label()

        self.form_box = QGroupBox(self.tr("New guardian"))
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Relationship:"), self.relationship)
        form.addRow(self.tr("Authority:"), self.authority)
        form.addRow("", self.may_authorize)
        form.addRow("", self.foster_warning)
        form.addRow(self.tr("Records despite the limit:"), self.records_basis)
        form.addRow(self.tr("Which order or law:"), self.records_access)
        # Said while the form is filled in, not only after Save (walk-teen round 33: "open-ended" and
        # "May sign" for a parent of a client who had turned 18 the day before).
        self.adult_warning = warning_note()
        self.adult_warning.setVisible(False)
        form.addRow("", self.adult_warning)
        # A row of two fields gets no buddy from the form: without one, neither label took an Alt
        # letter and the dates were reached only by Tab after Tab (found walking it by keyboard).
        from_label, until_label = QLabel(self.tr("In force from:")), QLabel(self.tr("until"))
        from_label.setBuddy(self.valid_from)
        until_label.setBuddy(self.valid_until)
        form.addRow(from_label, hbox(self.valid_from, until_label, self.valid_until))
        form.addRow(self.tr("Order:"), self.order)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Notes:"), self.notes)

        new = QPushButton(self.tr("New guardian"))
        new.clicked.connect(self.new_guardian)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setToolTip(
            self.tr("Only for an entry made by mistake; when authority ends, give the end date"))
        self.remove_button.clicked.connect(self.remove)
        self.save_button = QPushButton(self.tr("Save guardian"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # On a 1366x768 laptop at 150 % the window needed 475 pixels of the 466 there and opened
        # 640 high, Save and Close below the screen's edge (found on Xvfb in Spanish): the note,
        # the list and the form scroll, down only; the buttons and the message stay in view.
        body = QWidget()
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        # Its lines claimed, as the form's warnings (warning_note): a height for width of its own made the box
        # lay the form out below its minimum, rows over rows (found on Xvfb at 200 %).
        note = warning_note(self.tr(
            "Who may make decisions for this client. Whether they may sign authorizations, and the dates their "
            "authority is in force, decide whether an authorization they sign is accepted."), "calmNote")
        inside.addWidget(note)
        inside.addWidget(self.list, 1)
        inside.addWidget(self.form_box)
        # The list gives up its height first (its wish ignored, six lines kept): the form, where
        # one types, shows whole before the list's empty rows do (seen on Xvfb at 150 %).
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 6)
        self.body_area = DownOnlyScrollArea()
        self.body_area.setObjectName("guardiansBodyArea")
        self.body_area.setWidget(body)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(close)
        # An Alt letter each for the buttons and the fields' labels, in this window's language and
        # none twice (found in the real app: the buttons, then the labels, were reached only by
        # Tab after Tab past the whole form, or the mouse). Save first, then the labels: with New
        # guardian and Remove… before them, "Notes:" had no letter left in English.
        give_form_mnemonics(self, [self.save_button])
        # The May sign and Until columns whole (a start to come, a decline, the law's end), where
        # the screen has the room.
        self.resize(size_in_screen(self, QSize(920, 640)))
        self._fill_list()
        self.new_guardian()
        controller.query(self, majority_and_consent).success(self._majority_read).run()

    def _majority_read(self, ages: tuple[int, int]) -> None:
        self.majority, self.consent_age = ages
        self._show_legal_end()
        chosen = self.editing
        self._fill_list()
        # The row being edited stays current, quietly: the form keeps what was typed into it.
        self.list.blockSignals(True)
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    # --- list and form ---------------------------------------------------------------
    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for g in self.guardians:
            add_row(self.list, [masked_name(g.name, self.privacy), g.relationship,
                                shown(GUARDIAN_AUTHORITY, g.authority),
                                self._may_sign(g), show_date(g.valid_from),
                                self._until(g)],
                    g.guardian_id)
        self.list.blockSignals(False)

    def _show_legal_end(self, *_args: object) -> None:
        """An Until left empty reads as the list does: the day a parent's authority over a
        minor ends by law. The form said "open-ended" beside a list saying "03/14/2030
        (turns 18)" for the same parent (found in the real app)."""
        editing = next((g for g in self.guardians if g.guardian_id == self.editing), None)
        # The form's authority, with no recorded end: what the law alone says of it.
        # The From typed, not the one saved: a guardianship from the client's adulthood does not end at it
        # (domain/representatives.keeps_past_majority), and the warning said so only after Save (walker wfamily).
        typed_from = self.valid_from.text()
        form = replace(editing or Guardian("", "", "", "", "parent", True), valid_until=None,
                       authority=str(self.authority.currentData()),  # type: ignore[arg-type]
                       valid_from=date.fromisoformat(typed_from) if typed_from else None)
        found = None if self.majority is None else standing(form, self.date_of_birth, self.majority, date.today())
        ends = found.ends_on if found is not None and found.end_by_law else None
        if ends is None or (editing is None and ends <= date.today()):
            # A new guardian of an adult: no end is suggested. The day they came of age, years
            # ago, read as the end of an authority not yet recorded (found in the real app).
            text = self.tr("open-ended")
        elif ends <= date.today():
            text = self.tr("{0} by law (turned {1} on {2})").format(
                show_date(ends - timedelta(days=1)), self.majority, show_date(ends))
        else:
            text = self.tr("{0} by law (turns {1} on {2})").format(
                show_date(ends - timedelta(days=1)), self.majority, show_date(ends))
        self.valid_until.setSpecialValueText(text)
        adult = ends is not None and ends <= date.today() and found is not None and found.end_by_law
        if adult and ends is not None:
            self.adult_warning.setText(self.tr(
                "The client is an adult since {day} (turned {age}): a parent's authority ended then ({citation}), "
                "so this person may not sign or act for them, unless a court order keeps the authority (attach it "
                "and choose its authority) or a court appointed them once the client was an adult (a legal guardian: "
                "give the day of the appointment under In force from).").format(
                    day=masked_name(show_date(ends), self.privacy),  # the birthday
                    age=self.majority, citation=coming_of_age.CITATION))
        self.adult_warning.setVisible(adult)
        self.valid_until.updateGeometry()  # as wide as the words: Qt keeps the old width otherwise

    def _show_records_basis(self, *_args: object) -> None:
        """The basis is asked only of one who may not sign: one who signs has the records anyway."""
        limited = not self.may_authorize.isChecked()
        self.records_basis.setEnabled(limited)
        self.records_access.setEnabled(limited)

    def _show_foster(self, *_args: object) -> None:
        """The form says a foster parent allowed to sign with no order chosen: what the app then refuses, and
        the two ways out; for one saved so before, that their other details save as they are."""
        typed = foster_without_order(self.relationship.text(), self.may_authorize.isChecked(), self.order.currentData())
        saved = next((g for g in self.guardians if g.guardian_id == self.editing), None)
        if typed:
            text = self.tr(
                "The relationship says a foster parent, allowed to sign, with no court order chosen under Order. A "
                "foster parent generally does not hold the authority to act for the child (45 CFR 164.502(g)(3)): "
                "the app does not take their signature, give them the client's records, nor take a request from "
                "them for the client. Choose the court order under Order (attach it to the chart first), or untick "
                "May sign to keep them as the child's carer.")
            if saved is not None and foster_no_order(saved):
                text += " " + self.tr("Their other details can be corrected and saved meanwhile.")
            self.foster_warning.setText(text)
        self.foster_warning.setVisible(typed)

    def _standing(self, g: Guardian) -> Standing | None:
        """Their standing today (domain/representatives.standing: the rule the Overview, the
        command line and the refusal of a signature read); None until the age of majority is read."""
        return None if self.majority is None else standing(g, self.date_of_birth, self.majority, date.today())

    def _until(self, g: Guardian) -> str:
        """The last day in force: the recorded Until, or sooner the eve of the day a parent's
        authority over a minor ends by law, with that day (the list said nothing for a parent of
        a 17-year-old, as if it ran on; found in the real app). The law ends it ON the birthday:
        the list said "Until 12/06/2026 (turns 18)", read as the parent signing on the 6th."""
        found = self._standing(g)
        if found is not None and found.end_by_law and found.ends_on is not None:
            last, ends = show_date(found.last_day), show_date(found.ends_on)
            if found.ends_on <= date.today():
                return self.tr("{0} (turned {1} on {2})").format(last, self.majority, ends)
            return self.tr("{0} (turns {1} on {2})").format(last, self.majority, ends)
        return show_date(g.valid_until)

    def _may_sign(self, g: Guardian) -> str:
        return may_sign_words(g, self._standing(g), date_of_birth=self.date_of_birth, consent_age=self.consent_age,
                              majority=self.majority, care_consented_by=self.care_consented_by,
                              confidentiality_agreed_on=self.confidentiality_agreed_on, died_on=self.died_on)

    def select(self, guardian_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == guardian_id:
                self.list.setCurrentItem(item)

    def _select(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        guardian_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        g = next((x for x in self.guardians if x.guardian_id == guardian_id), None)
        if g is None:
            return
        self.editing = guardian_id
        self.form_box.setTitle(self.tr("Guardian"))
        self.name.setText(g.name)
        self.relationship.setText(g.relationship)
        self.authority.setCurrentIndex(max(0, self.authority.findData(g.authority)))
        self.may_authorize.setChecked(g.may_authorize)
        self.records_basis.setCurrentIndex(max(0, self.records_basis.findData(g.records_access_code)))
        self.records_access.setText(g.records_access_basis)
        self._show_records_basis()
        self.valid_from.set_day(g.valid_from)
        self.valid_until.set_day(g.valid_until)
        self.order.setCurrentIndex(max(0, self.order.findData(g.custody_order_attachment_id)))
        self.phone.setText(g.phone)
        self.address.setText(g.address)
        self.notes.setText(g.notes)
        self.remove_button.setEnabled(True)
        self.message.setText("")
        self._show_legal_end()
        self._show_foster()
        self._shown = self.fields()

    def new_guardian(self) -> None:
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentIndex(QModelIndex())  # no row is current: a new guardian
        self.list.blockSignals(False)
        self.form_box.setTitle(self.tr("New guardian"))
        for edit in (self.name, self.relationship, self.valid_from, self.valid_until, self.phone, self.address,
                     self.notes, self.records_access):
            edit.clear()
        self.authority.setCurrentIndex(0)
        self.may_authorize.setChecked(True)
        self.records_basis.setCurrentIndex(0)
        self._show_records_basis()
        self.order.setCurrentIndex(0)
        self.remove_button.setEnabled(False)
        self.message.setText("")
        self._show_legal_end()
        self._show_foster()
        self._shown = self.fields()
        self.name.setFocus()

    def typed(self) -> bool:
        """The form differs from the guardian it shows (or from a blank one): typed, a choice
        changed, or a date half-typed (which Qt does not keep as text)."""
        return self.fields() != self._shown or bool(half_typed_dates(self))

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(), "relationship": self.relationship.text().strip(),
            "authority": str(self.authority.currentData()), "may_authorize": self.may_authorize.isChecked(),
            "valid_from": self.valid_from.text().strip() or None,
            "valid_until": self.valid_until.text().strip() or None,
            "custody_order_attachment_id": self.order.currentData(),
            "phone": self.phone.text().strip(), "address": self.address.text().strip(),
            "notes": self.notes.text().strip(), "records_access_basis": self.records_access.text().strip(),
            "records_access_code": str(self.records_basis.currentData() or ""),
        }

    # --- actions ---------------------------------------------------------------------
    def save(self) -> None:
        if unfinished_date(self.valid_from, self.valid_until):
            return
        client_id, guardian_id, fields = self.client_id, self.editing, self.fields()
        current = next((g for g in self.guardians if g.guardian_id == guardian_id), None)
        changes = {k: val for k, val in fields.items() if current is None or val != _value(current, k)}
        if {"records_access_code", "records_access_basis"} & set(changes):  # one basis: its choice and words
            changes |= {k: fields[k] for k in ("records_access_code", "records_access_basis")}

        def job(v: Vault) -> tuple[tuple[Guardian, ...], str, list[RefusedByPolicy]]:
            if guardian_id is None:
                name, authority = changes.pop("name"), changes.pop("authority")
                added = guardians.add_guardian(v, client_id, name, authority=authority, **changes)
                guardian_id_saved = added.guardian_id
            else:
                if changes:
                    guardians.update_guardian(v, client_id, guardian_id, **changes)
                guardian_id_saved = guardian_id
            # A request they made whose copy no longer goes to them nor to the client: said, to be reviewed.
            review = guardians.requests_to_review(v, client_id, guardian_id_saved) if guardian_id else []
            return clients.get_client(v, client_id).guardians, guardian_id_saved, review

        self.message.setText("")
        self.controller.op(self, job, label=self.tr("Saving…")).success(self._saved) \
            .failure(show_inline_at(self.message, {
                "guardian_name": self.name, "relationship": self.relationship, "authority": self.authority,
                "guardian_phone": self.phone, "guardian_address": self.address, "guardian_notes": self.notes,
                "valid_from": self.valid_from, "valid_until": self.valid_until,
                "records_access_basis": self.records_access, "records_access_code": self.records_basis,
                "may_authorize": self.may_authorize,
                "custody_order_attachment_id": self.order},
                named={"authority": self.valid_until})).run()

    def _saved(self, result: tuple[tuple[Guardian, ...], str, list[RefusedByPolicy]]) -> None:
        self.guardians, guardian_id, review = result
        self._fill_list()
        self.select(guardian_id)
        self.message.setText("\n".join(refusal_text(r) for r in review))
        self.changed.emit()

    def remove(self) -> None:
        if self.editing is None:
            return
        ask_yes_no(
            self, self.tr("Remove this guardian?"),
            self.tr("Remove an entry only if it was made by mistake. If their authority has ended, "
            "give the date it ended instead, so the record shows who could decide when."), self.remove_confirmed)

    def remove_confirmed(self) -> None:
        client_id, guardian_id = self.client_id, self.editing
        if guardian_id is None:
            return

        def job(v: Vault) -> tuple[Guardian, ...]:
            guardians.remove_guardian(v, client_id, guardian_id)
            return clients.get_client(v, client_id).guardians

        self.controller.op(self, job,
                           label=self.tr("Removing…")).success(self._removed).failure(show_inline(self.message)) \
            .run()

    def _removed(self, guardians: tuple[Guardian, ...]) -> None:
        self.guardians = guardians
        self._fill_list()
        self.new_guardian()
        self.changed.emit()


def warning_note(text: str = "", name: str = "warningNote") -> ClaimedLabel:
    """An amber warning of the form (or a calm note), as tall as its lines at every scale
    (wrapped_label.ClaimedLabel)."""
    label = ClaimedLabel(text)
    label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # never more than its lines
    return label


def _value(guardian: Guardian, key: str) -> object:
    value = getattr(guardian, key)
    return iso(value) or None if key in ("valid_from", "valid_until") else value
