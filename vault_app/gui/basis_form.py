"""Choose a legal basis and fill its evidence, built from the domain's basis specifications."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.disclosure_basis import SPECS, LegalBasis, Moved, asked_fields, moved_from
from vault_app.domain.state_privilege import COUNSEL_FIELD, counsel_asked, privilege_for
from vault_app.domain.state_so_ordered import so_ordered_for
from vault_app.domain.subpoena import RECEIVED_FIELD
from vault_app.gui.basis_words import basis_title, choice_words, evidence_label, kind_words
from vault_app.gui.chart_words import ATTACHMENT_KIND, shown
from vault_app.gui.combo_whole import WholeLine, show_whole
from vault_app.gui.dates import show_date, show_description
from vault_app.gui.decision_prompt_words import STATE_WORDS
from vault_app.gui.optional_date_field import OptionalDateField
from vault_app.gui.outside_names import shown_name
from vault_app.gui.request_due_words import short_words
from vault_app.gui.widgets import chooser_button, let_go
from vault_app.services import attachments, request_due, requests

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


def access_request_choices(vault: Vault, client_id: str) -> list[tuple[str, str]]:
    """(request id, label) for the client's open access requests, named by the day each was
    received and what it asked for, and due by the date that binds with the rule that sets it
    (services/request_due, as the CLI, the dashboard and the Requests tab say it: HIPAA's stored
    date read a month late for a California practice, found by a walker); the id stays behind the
    label. Worker side (translate is thread-safe, per Qt's documentation)."""

    state = request_due.license_state(vault)
    rows = []
    for q in requests.list_requests(vault, client_id=client_id, open_only=True):
        if q.kind != "access":
            continue
        asked = show_description(q.description) or QCoreApplication.translate("BasisForm", "nothing described")
        due = request_due.deadline(q, state)
        rows.append((q.id, QCoreApplication.translate("BasisForm", "Received {received}: {asked} (due {due}, {rule})")
                     .format(received=show_date(q.received_on), asked=asked, due=show_date(due.day),
                             rule=short_words(due))))
    return rows


def attachment_choices(vault: Vault, client_id: str) -> list[tuple[str, str]]:
    """(attachment id, "kind: file name") for the client's attachments, the choices of a basis's
    attached-document field. Worker side."""
    return [(a.attachment_id, f"{shown(ATTACHMENT_KIND, a.kind)}: {shown_name(a.filename)}")
            for a in attachments.list_attachments(vault, client_id)]



def _let_go(row: QFormLayout.TakeRowResult) -> None:
    """A row's widgets out of the form (widgets.let_go): removeRow deleted them at once, and they
    crashed the app now and then when the fields were rebuilt from the answer of the page's own
    Attach (a widget deleted under events still being delivered)."""
    for item in (row.labelItem, row.fieldItem):
        let_go(item.widget() if item is not None else None)


class BasisForm(QWidget):
    changed = Signal()
    # The evidence fields were built anew (another basis, the attachments listed again): the
    # host gives their labels Alt letters again.
    rebuilt = Signal()

    def __init__(self, parent: QWidget | None = None, *, attach: Callable[[str], None] | None = None) -> None:
        """`attach`: what a button beside an attached-document field does, given the field's name
        (the export wizard attaches a scan there and then); None: no such button."""
        super().__init__(parent)
        self.attach = attach
        self.specs = SPECS
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Legal basis"))
        for key, spec in SPECS.items():
            title = basis_title(key)
            self.basis.addItem(f"{title[:1].upper()}{title[1:]} ({spec.citation})", key)
        self.authorization = QComboBox()
        self.authorization.setAccessibleName(self.tr("Authorization on file"))
        self._kept_authorization = 0
        # Sentences, not words: read whole in the list, the tooltip, and a line under the closed box
        # while it cuts them (gui/combo_whole.py).
        top = QFormLayout()
        self.basis_whole, self.authorization_whole = WholeLine(), WholeLine()
        for line in (self.basis_whole, self.authorization_whole):
            line.setObjectName("calmNote")
        top.addRow(self.tr("Basis:"), self.basis)
        top.addRow("", self.basis_whole)
        top.addRow(self.tr("Authorization:"), self.authorization)
        top.addRow("", self.authorization_whole)
        self.whole_choices = (
            show_whole(self.basis, self.tr("Legal basis"), self.basis_whole,
                       lambda shown: top.setRowVisible(self.basis_whole, shown)),
            show_whole(self.authorization, self.tr("Authorization on file"), self.authorization_whole,
                       lambda shown: top.setRowVisible(self.authorization_whole, shown)))
        self.citation = QLabel("")
        self.citation.setObjectName("calmNote")
        self.citation.setWordWrap(True)
        self.fields_host = QWidget()
        self.fields_form = QFormLayout(self.fields_host)
        self.fields_form.setContentsMargins(0, 0, 0, 0)
        # A label too long to leave its field room (a serious threat's recipient, longer still in
        # Spanish) goes above its field: beside it, the typed text showed in a stub (seen on Xvfb).
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.inputs: dict[str, QWidget] = {}
        self.attachments: list[tuple[str, str]] = []
        self.access_requests: list[tuple[str, str]] = []
        # The client's records are Part 2 records: a court order then asks the 42 CFR 2.64 fields.
        # None: the window does not say (the open export, a manual record), and every field shows.
        self.part2: bool | None = None
        # The practice's license state: where its privilege bars a subpoena alone, counsel's tick
        # is not offered (domain/state_privilege.counsel_asked).
        self.license_state = ""
        # What was typed for each basis, kept while the fields are built anew (the attachments
        # listed again after one is attached, another basis chosen and this one again): it was
        # wiped each time, and attaching the signed order lost the judge and the case typed.
        self.typed: dict[str, dict[str, Any]] = {}
        self.shown_kind: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.citation)
        layout.addWidget(self.fields_host)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.authorization.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._basis_changed()

    def set_authorizations(self, rows: list[tuple[str, str]]) -> None:
        """(authorization id, label) pairs for the client."""
        self.authorization.clear()
        if not rows:
            self.authorization.addItem(self.tr("No authorization on file for this client"), None)
        for auth_id, label in rows:
            self.authorization.addItem(label, auth_id)
        if not self.authorization.isEnabled():  # another basis: the first one kept for later, none named
            self._kept_authorization = 0
            with QSignalBlocker(self.authorization):
                self.authorization.setCurrentIndex(-1)

    def _authorization_in_use(self, in_use: bool) -> None:
        """The Authorization box names an authorization only under the authorization basis: greyed
        under another, it still named one, as if that basis leaned on it too (walker wspan2 #22). The
        one chosen is kept and comes back with the basis."""
        box = self.authorization
        if in_use == box.isEnabled():
            return
        with QSignalBlocker(box):
            # Only while greyed: with a placeholder, Qt adds items to an empty box choosing none,
            # and the chart's first authorization was not chosen (ci126).
            if in_use:
                box.setPlaceholderText("")
                box.setCurrentIndex(min(max(self._kept_authorization, 0), box.count() - 1))
            else:
                self._kept_authorization = box.currentIndex()
                box.setPlaceholderText(self.tr("Not used for this basis"))
                box.setCurrentIndex(-1)
        box.setEnabled(in_use)  # its tooltip, screen-reader name and line under it follow (combo_whole)

    def set_attachments(self, rows: list[tuple[str, str]]) -> None:
        self.attachments = rows
        self._basis_changed()

    def set_part2(self, part2: bool) -> None:
        """Whether the client is flagged Part 2 (42 CFR Part 2): what the gate asks differs."""
        if part2 != self.part2:
            self.part2 = part2
            self._basis_changed()

    def set_license_state(self, state: str) -> None:
        if state != self.license_state:
            self.license_state = state
            self._basis_changed()

    def set_access_requests(self, rows: list[tuple[str, str]]) -> None:
        """(request id, how it reads) for the client's open access requests: the basis
        "the client's own access request" picks one of these, never a typed id."""
        self.access_requests = rows
        self._basis_changed()

    def kind(self) -> str:
        return str(self.basis.currentData())

    def _basis_changed(self) -> None:
        spec = self.specs[self.kind()]
        if self.shown_kind is not None:
            self.typed[self.shown_kind] = self.evidence()
        while self.fields_form.rowCount():
            _let_go(self.fields_form.takeRow(0))
        self.inputs = {}
        self._authorization_in_use(spec.kind == "authorization")
        note = f"{spec.citation}."
        if not spec.allows:
            note += " " + self.tr("This is never enough on its own to release records: press Check for what to do.")
        found = privilege_for(self.license_state) if spec.kind == "subpoena" else None
        if found is not None:
            # Said as soon as the basis is chosen: the gate refuses a subpoena alone in this state
            # whatever the fields below hold (found by a walker filling every assurance for nothing).
            note += " " + self.tr(
                "{state} (your license state) bars a release on a subpoena alone, whatever is filled in below "
                "({citation}): the app refuses it. Release only with a written authorization or under a court "
                "order signed by a judge.").format(state=QCoreApplication.translate("DecisionPromptWords",
                                                                        STATE_WORDS.get(found.name, found.name)),
                                      citation=found.citation)
        so_ordered = so_ordered_for(self.license_state, spec.kind)
        if so_ordered is not None:
            # A New York subpoena a judge signed: on both bases it could be taken for (walk-NY round 36).
            note += " " + self.tr(
                "{state}: a subpoena signed (\"so ordered\") by a judge may be an order of the court, but the "
                "state's privilege for psychologists ({citation}) still protects what was said in psychotherapy: "
                "ask counsel before you treat it as a court order (not checked against the statute's own "
                "text).").format(state=QCoreApplication.translate("DecisionPromptWords",
                                                                  STATE_WORDS.get(so_ordered.name, so_ordered.name)),
                                 citation=so_ordered.citation)
        self.citation.setText(note)
        # What the gate will require of this client, and only the choices it accepts: one rule
        # (domain/disclosure_basis.asked_fields).
        for f in asked_fields(spec.kind, part2=self.part2):
            if f.name == COUNSEL_FIELD and not counsel_asked(self.license_state):
                continue
            words = evidence_label(spec.kind, f.name)
            # A label starts as a list item does ("the court"), so that the gate's list of what
            # is lacking says the same words; over a box or beside one it starts a sentence.
            label = words[:1].upper() + words[1:]
            widget: QWidget
            if f.type == "bool":
                widget = QCheckBox(label)
                widget.toggled.connect(lambda _b: self.changed.emit())
            elif f.type == "choice":
                widget = QComboBox()
                if f.unchosen:  # the therapist's own choice: none made for them (gives no evidence)
                    widget.addItem(self.tr("Choose…"), None)
                for c in f.choices:
                    widget.addItem(choice_words(c), c)
                widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
            elif f.type == "attachment":
                widget = QComboBox()
                widget.addItem(self.tr("(none attached)"), None)
                # Not `label`: that name is the row's own words, and the row read the last
                # attached file's name ("authorization: scan.png:", found on the real app).
                for att_id, att_name in self.attachments:
                    widget.addItem(att_name, att_id)
                widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
            elif f.name == "request_id":
                # The evidence is an id, but a person chooses the request by when it came and
                # what it asked for (the ids are not shown anywhere on screen).
                widget = QComboBox()
                if not self.access_requests:
                    widget.addItem(self.tr("No open access request: record it in the chart's Requests tab first"),
                                   None)
                # Not `label`: that name is the row's own words, and the row read as the last
                # request's (found by a walker), as the attachments' did.
                for request_id, request_words in self.access_requests:
                    widget.addItem(request_words, request_id)
                widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
            elif f.type == "kinds":
                widget = QWidget()
                row = QHBoxLayout(widget)
                row.setContentsMargins(0, 0, 0, 0)
                for k in ("progress", "psychotherapy", "billing"):
                    box = QCheckBox(kind_words(k))
                    box.setObjectName(k)
                    box.toggled.connect(lambda _b: self.changed.emit())
                    row.addWidget(box)
            elif f.type == "date":
                widget = OptionalDateField(words)
                if f.name == RECEIVED_FIELD:
                    widget.set_day(date.today())  # the day a subpoena or order came: today unless changed
                widget.dateChanged.connect(lambda _d: self.changed.emit())
            else:
                widget = QLineEdit()
                widget.setMinimumWidth(240)  # what WrapLongRows keeps beside a label
                widget.textChanged.connect(lambda _t: self.changed.emit())
            widget.setAccessibleName(words)
            self.inputs[f.name] = widget
            shown = self.tr("{label}:") if f.required else self.tr("{label} (optional):")
            if f.type == "bool":
                # Across the whole row: beside a column of long labels (longer in Spanish) the
                # box's own sentence was cut off at the window's edge (seen on Xvfb).
                self.fields_form.addRow(widget)
            elif f.type == "attachment" and self.attach is not None:
                # The signed copy attached here and then: it had to be attached in the chart's
                # Attachments tab first, and the wizard left for it lost all that was typed.
                row_label = QLabel(shown.format(label=label))
                row_label.setBuddy(widget)
                self.fields_form.addRow(row_label, self._with_attach_button(f.name, widget))
            else:
                # Its buddy, so that the page gives the label an Alt letter and the letter lands in
                # the field: without one, the judge, court, case number and date had none (found
                # by a walker). A row of boxes is reached at its first box.
                row_label = QLabel(shown.format(label=label))
                boxes = widget.findChildren(QCheckBox) if type(widget) is QWidget else []
                row_label.setBuddy(boxes[0] if boxes else widget)
                self.fields_form.addRow(row_label, widget)
        for moved in moved_from(spec.kind):
            self.fields_form.addRow(self._lead_to(moved))
        self._tab_through_fields()
        # Shown now, not on the layout's next turn: the page's letters go to what is shown
        # (wizard_letters.give_shown_mnemonics), and the new rows were not yet.
        for i in range(self.fields_form.count()):
            item = self.fields_form.itemAt(i)
            shown_widget = item.widget() if item is not None else None
            if shown_widget is not None:
                shown_widget.show()
        self.shown_kind = spec.kind
        for name, value in self.typed.get(spec.kind, {}).items():
            if name in self.inputs:
                self.set_value(name, value)
        self.rebuilt.emit()
        self.changed.emit()

    def _lead_to(self, moved: Moved) -> QWidget:
        """Where a choice no longer offered went, in words, and a button that goes there: a
        therapist who means a duty to warn looked for it under "required by law" and found no way on."""
        host = QWidget()
        host.setObjectName(f"moved_{moved.choice}")
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        to = SPECS[moved.to]
        # Not "never required by law": some states' laws do require a warning. HIPAA still
        # records it under the serious-threat basis, with the state's law named in its field.
        note = QLabel(self.tr("For a {choice}, choose the basis \"{basis}\" ({citation}): in this app a warning is "
                              "recorded under that basis, which also covers a warning a state law requires; name "
                              "that law in the field \"{statute}\".").format(
            choice=choice_words(moved.choice), basis=basis_title(moved.to), citation=to.citation,
            statute=evidence_label(moved.to, "statute")))
        note.setObjectName("calmNote")
        note.setWordWrap(True)
        row.addWidget(note, 1)
        button = QPushButton(self.tr("Use that basis"))
        button.setObjectName(f"go_{moved.to}")
        button.clicked.connect(lambda _c=False: self.go_to(moved.to))
        row.addWidget(button)
        return host

    def go_to(self, kind: str) -> None:
        """Choose basis `kind`, taking along what was typed in the fields both bases ask (the agency,
        the statute, the report's reference), where nothing is typed there yet."""
        carried = {k: v for k, v in self.evidence().items() if k in {f.name for f in SPECS[kind].fields}}
        self.typed[kind] = {**carried, **self.typed.get(kind, {})}
        self.basis.setCurrentIndex(self.basis.findData(kind))
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    def _with_attach_button(self, name: str, box: QWidget) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box, 1)
        button = chooser_button(self.tr("Attach a document…"))
        button.setObjectName(f"attach_{name}")
        button.setAccessibleName(self.tr("Attach a scan for this field"))
        attach = self.attach
        if attach is not None:
            button.clicked.connect(lambda _c=False: attach(name))
        row.addWidget(button)
        return host

    def _tab_through_fields(self) -> None:
        """Tab goes from the basis to its evidence fields, in the order shown. Qt's order is
        the order widgets were made: fields made when the basis changed came after the page's
        Check button and the wizard's buttons, so Tab from the basis reached Check, what the
        therapist typed there went nowhere, and Enter checked an empty form."""
        previous: QWidget = self.authorization
        for widget in self.inputs.values():
            boxes = list(widget.findChildren(QCheckBox)) if type(widget) is QWidget else [widget]
            for box in boxes:
                QWidget.setTabOrder(previous, box)
                previous = box

    def set_value(self, name: str, value: Any) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, (QLineEdit, OptionalDateField)):
            widget.setText(str(value))
        else:
            for box in widget.findChildren(QCheckBox):
                box.setChecked(box.objectName() in value)

    def evidence(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, (QLineEdit, OptionalDateField)):
                values[name] = widget.text().strip()
            else:
                values[name] = [b.objectName() for b in widget.findChildren(QCheckBox) if b.isChecked()]
        return {k: v for k, v in values.items() if v not in ("", None)}

    def legal_basis(self) -> LegalBasis:
        auth_id = self.authorization.currentData() if self.kind() == "authorization" else None
        return LegalBasis(self.kind(), self.evidence(), auth_id)  # type: ignore[arg-type]
