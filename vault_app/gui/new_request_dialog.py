"""Recording a client's request (access, amendment, accounting): the form a chart's Requests tab
opens, with the date received, what is asked, who made it and, for an amendment, the notes it is
made on. The requests themselves, their due dates and decisions are requests_dialog.py's.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.claimed_authority import CLAIMS, claim_refusal
from vault_app.domain.clinical import age_on
from vault_app.domain.decedent import executor_claim_questioned
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.requests import ClientRequest
from vault_app.gui import request_members
from vault_app.gui.chart_words import representative_words
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import show_date
from vault_app.gui.escape_guard import GuardedDialog
from vault_app.gui.forms import action_buttons, error_label
from vault_app.gui.held import HeldEntry
from vault_app.gui.refusal_focus import show_inline_at
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.request_due_words import access_rules
from vault_app.gui.seam import App
from vault_app.gui.widgets import MASK, form_letters, give_every_button_a_letter, masked_representative, wrapped_label
from vault_app.services import clients, notes, practice, representatives, request_due, request_refused

if TYPE_CHECKING:
    from vault_app.domain.clinical import Guardian
    from vault_app.domain.clinical_notes import NoteSummary
    from vault_app.services.vault import Vault

# Marked for translation here, translated where shown (context: NewRequestDialog).
KINDS = (("access", QT_TRANSLATE_NOOP("NewRequestDialog", "To see or get a copy of the record (30 days)")),
         ("amendment", QT_TRANSLATE_NOOP("NewRequestDialog", "To amend the record (60 days)")),
         ("accounting", QT_TRANSLATE_NOOP("NewRequestDialog", "An accounting of disclosures (60 days)")))


def _date_edit(name: str) -> QDateEdit:
    return date_picker(name)


# Run on the worker thread (the services never run on the GUI thread).
def _signed_notes(vault: Vault, client_id: str) -> list[NoteSummary]:
    """The notes an amendment can be made on: signed progress notes (a draft is still edited)."""
    return [n for n in notes.list_notes(vault, client_id) if n.signed]


NOTE_ROLE = Qt.ItemDataRole.UserRole

# The client, a recorded representative (their guardian id), or one not recorded in the chart.
BY_CLIENT, BY_OTHER = "client", "other"


def _representatives(vault: Vault, client_id: str, on: str) -> list[tuple[Guardian, RefusedByPolicy | None]]:
    """Each representative recorded in the chart (named on screen as "Jane Roe, parent"), with the refusal of
    their request for the client's records on `on`, the day received (None: they may): found by the walker,
    a parent whose authority ended at the client's 18th birthday was offered under Made by, then refused at
    Record (the same rules: 164.502(g)); then one refused was dropped without a word, so that the only
    choice left called the client's recorded mother "not recorded in the chart"."""
    day = date.fromisoformat(on)
    found: list[tuple[Guardian, RefusedByPolicy | None]] = []
    for g in clients.get_client(vault, client_id).guardians:
        try:
            representatives.require_may_act(vault, g, "request_records", day)
        except RefusedByPolicy as exc:
            found.append((g, exc))
            continue
        found.append((g, None))
    return found


def _age_facts(vault: Vault, client_id: str) -> tuple[date | None, int, date | None]:
    """The client's date of birth, the practice's age of majority and the recorded death: the claim is judged
    on the day received."""
    client = clients.get_client(vault, client_id)
    return client.date_of_birth, practice.load(vault).jurisdiction.age_of_majority, client.died_on


# The claim's words (domain/claimed_authority.CLAIMS), marked here, translated where shown.
CLAIM_WORDS = {
    "parent": QT_TRANSLATE_NOOP("NewRequestDialog", "Parent or guardian of a minor"),
    "adult_guardian": QT_TRANSLATE_NOOP("NewRequestDialog", "Court-appointed guardian or conservator (court order)"),
    "health_care_poa": QT_TRANSLATE_NOOP("NewRequestDialog", "Health care power of attorney"),
    "executor": QT_TRANSLATE_NOOP("NewRequestDialog", "Executor or administrator of a deceased client's estate"),
    "other": QT_TRANSLATE_NOOP("NewRequestDialog", "Other (say which in Details)"),
}


def requester_words(name: str, claim: str) -> str:
    """Who made a request not recorded in the chart, and the authority they claim, in the screen's
    language (kept as data: written into the details, it stayed English on a Spanish screen)."""
    words = CLAIM_WORDS.get(claim)
    if words is None:
        return QCoreApplication.translate("NewRequestDialog", "Made by {name}.").format(name=name)
    return QCoreApplication.translate("NewRequestDialog", "Made by {name}, claiming: {authority}.").format(
        name=name, authority=QCoreApplication.translate("NewRequestDialog", str(words)))


class NewRequestDialog(GuardedDialog):
    def __init__(self, controller: App, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.client_id = client_id
        self.said = ""  # what was recorded, for the chart's status bar (gui/requests_tab.py)
        self.setWindowTitle(self.tr("Record a request"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of request"))
        for key, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("NewRequestDialog", str(text)), key)
        # An access request: to inspect, for copies, or both. A state's deadline may differ by it (N.Y.
        # PHL 18(2): inspection in 10 days, copies within a reasonable time): found by a walker, a request
        # for copies was held to the 10 days to inspect, as the form never asked (domain/state_deadlines).
        self.asked = QComboBox()
        self.asked.setAccessibleName(self.tr("What the client asked for"))
        self.asked.addItem(self.tr("Not said (the earlier deadline counts)"), "")
        self.asked.addItem(self.tr("To inspect the record"), "inspect")
        self.asked.addItem(self.tr("Copies of the record"), "copies")
        self.asked.addItem(self.tr("Both: to inspect it and copies"), "both")
        self.asked_label = QLabel(self.tr("Asked for:"))
        self.asked_label.setBuddy(self.asked)
        self.received = _date_edit(self.tr("Date received"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What is asked for"))
        # Who made it: a recorded representative is named (the copy goes to them by default, and
        # the rules of 164.502(g) are asked when it is recorded).
        self.made_by = QComboBox()
        self.made_by.setAccessibleName(self.tr("Made by"))
        self.made_by.addItem(self.tr("The client"), BY_CLIENT)
        self.made_by.addItem(self.tr("A personal representative not recorded in the chart"), BY_OTHER)
        self._wanted_made_by = BY_CLIENT
        # Why a recorded representative listed greyed may not request the records on the day received.
        self.refused_note = wrapped_label("", "calmNote")
        self.refused_note.setAccessibleName(self.tr("Why a recorded representative cannot be chosen"))
        self.refused_note.setVisible(False)
        # Her request documented as made and refused on the rule, in one step (an access request:
        # the right the rules deny her; 164.502(g), 164.524(a)(1)): one button per greyed name.
        self.refused_box = QWidget()
        self._refused_layout = QVBoxLayout(self.refused_box)
        self._refused_layout.setContentsMargins(0, 0, 0, 0)
        self.refused_box.setVisible(False)
        # One not recorded in the chart: who they are and the authority they claim (164.502(g)), judged
        # at once against the client's age (found by a walker: an adult's father was taken unasked).
        self.requester = QLineEdit()
        self.requester.setAccessibleName(self.tr("Name of the person who made the request"))
        self.requester_label = QLabel(self.tr("Their name:"))
        self.requester_label.setBuddy(self.requester)  # its Alt letter takes the keyboard there (seen on Xvfb: none)
        self.claim = QComboBox()
        self.claim.setAccessibleName(self.tr("Authority they claim"))
        for c in CLAIMS:
            self.claim.addItem(QCoreApplication.translate("NewRequestDialog", str(CLAIM_WORDS[c.code])), c.code)
        # No choice until the therapist makes one: "Parent or guardian of a minor" came first for an
        # adult client, with its red warning before anything was chosen (found by a walker).
        self.claim.setPlaceholderText(self.tr("Choose the authority they claim…"))
        self.claim.setCurrentIndex(-1)
        self.claim_label = QLabel(self.tr("Authority they claim:"))
        self.claim_label.setBuddy(self.claim)
        # What to do next, not a refusal: Record saves the request as it is. Calm, and below the
        # buttons: red above them, it read as if recording had failed, and the window grew under
        # the pointer so the first click, where Record had been, saved nothing (found by a walker).
        self.claim_warning = wrapped_label("", "calmNote")
        self.claim_warning.setAccessibleName(self.tr("Whether they may act for the client"))
        self._age_facts: tuple[date | None, int, date | None] | None = None
        # An amendment is made on notes: they are named with the request, or it could never be
        # accepted (the app recorded amendment requests without notes, and none could be made).
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes the client asks to amend"))
        self.notes_label = QLabel(self.tr("Notes to amend:"))
        self._wanted_notes: set[str] = set()  # ticked in text held at a lock, before the list is read
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow(self.asked_label, self.asked)
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.tr("Details:"), self.description)
        form.addRow(self.notes_label, self.notes)
        form.addRow(self.tr("Made by:"), self.made_by)
        form.addRow("", self.refused_note)
        form.addRow("", self.refused_box)
        form.addRow(self.requester_label, self.requester)
        form.addRow(self.claim_label, self.claim)
        buttons, _action = action_buttons(self, self.tr("Record"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        layout.addWidget(self.claim_warning)
        layout.addStretch(1)  # spare height below: the buttons stay put as the note comes and goes
        self.resize(560, 260)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        # A refusal of the date (one in the future) stayed on screen after the date was fixed.
        self.received.dateChanged.connect(lambda _day: self.message.setText(""))
        # Who may have made it depends on the day received: the list follows the date.
        self.received.dateChanged.connect(self._ask_representatives)
        self.made_by.activated.connect(self._chosen)
        self.made_by.currentIndexChanged.connect(self._show_claim)
        self.claim.currentIndexChanged.connect(self._show_claim)
        self.received.dateChanged.connect(self._show_claim)
        # "Name the person…" goes once both are given (it stayed up after they were: found by a walker).
        self.requester.textChanged.connect(self._named)
        self.claim.currentIndexChanged.connect(self._named)
        self._show_claim()
        controller.query(self, lambda v: _age_facts(v, client_id)).success(self._got_age_facts).run()
        controller.query(self, lambda v: _signed_notes(v, client_id)).success(self._show_notes).run()
        controller.query(self, request_due.license_state).success(self._show_state).run()
        self._ask_representatives()

    def _show_state(self, state: str) -> None:
        """The access request's deadline that applies: the license state's where the app knows it
        (found: "30 days" beside California's 5 working days), else HIPAA's 30 days."""
        rules = access_rules(state)
        index = self.kind.findData("access")
        if rules and index >= 0:
            self.kind.setItemText(index, self.tr("To see or get a copy of the record ({rules})").format(rules=rules))

    def _ask_representatives(self, *_args: object) -> None:
        client_id, on = self.client_id, self.received.date().toString("yyyy-MM-dd")
        self.controller.query(self, lambda v: (request_members.adult_members(v, client_id, on),
                                               _representatives(v, client_id, on))).success(self._show_people).run()

    def _show_people(self, found: tuple[list[tuple[str, str, str]], list[tuple[Guardian, RefusedByPolicy | None]]]
                     ) -> None:
        self._members = found[0]
        self._show_representatives(found[1])

    def _got_age_facts(self, facts: tuple[date | None, int, date | None]) -> None:
        self._age_facts = facts
        self._show_claim()

    def _executor_questioned(self) -> bool:
        if self.made_by.currentData() != BY_OTHER or self._age_facts is None:
            return False
        day = self.received.date().toPython()
        return isinstance(day, date) and executor_claim_questioned(str(self.claim.currentData()), self._age_facts[2],
                                                                   day)

    def claim_words(self) -> str:
        """What the claim says of this person on the day received, in the screen's language ("": nothing)."""
        if self.made_by.currentData() != BY_OTHER or self._age_facts is None:
            return ""
        born, majority, _died_on = self._age_facts
        day = self.received.date().toPython()
        if self._executor_questioned():
            return self.tr("The chart records no death of this client on or before the day received: an executor or "
                           "administrator acts for a deceased client's estate (45 CFR 164.502(g)(4)). If the client "
                           "has died, record the date of death first (Edit details… on the chart); otherwise choose "
                           "the authority the person really holds.")
        age = age_on(born, day) if born is not None and isinstance(day, date) else None
        found = claim_refusal(str(self.claim.currentData()), age, majority)
        if found is None:
            return ""
        return self.tr("The client is {age} and has reached the age of majority ({majority}): a parent's authority "
                       "has ended (45 CFR 164.502(g)(3)), so this person is not the client's personal "
                       "representative, unless a court order appointed them. The right of access is the client's "
                       "(45 CFR 164.524(a)(1)). Record saves the request as it is; then deny it: the requester is "
                       "not the client's personal representative. Or, with a court order, choose that "
                       "authority.").format(age=age, majority=majority)

    def _show_claim(self, *_args: object) -> None:
        other = self.made_by.currentData() == BY_OTHER
        for w in (self.requester, self.requester_label, self.claim, self.claim_label):
            w.setVisible(other)
        said = self.claim_words()
        self.claim_warning.setText(said)
        self.claim_warning.setVisible(bool(said))

    def _name_them(self) -> str:
        return self.tr("Name the person who made the request, and the authority they claim (45 CFR 164.502(g)).")

    def _named(self, *_args: object) -> None:
        if (self.message.text() == self._name_them() and self.requester.text().strip()
                and self.claim.currentIndex() >= 0):
            self.message.setText("")

    def _chosen(self, _index: int) -> None:
        """The therapist's choice, kept across a change of the date (the list is rebuilt then)."""
        self._wanted_made_by = str(self.made_by.currentData())

    def _show_representatives(self, rows: list[tuple[Guardian, RefusedByPolicy | None]]) -> None:
        while self.made_by.count() > 2:  # the client and the one not recorded stay, first and last
            self.made_by.removeItem(1)
        privacy = bool(self.property("privacy"))
        request_members.show(self.made_by, getattr(self, "_members", []), privacy)
        why: list[str] = []
        model = self.made_by.model()
        for g, refused in rows:
            # In the screen's language: «Ana Prueba, progenitor (madre)», not the domain's "parent".
            label = masked_representative(representative_words(g.name, g.authority, g.relationship), privacy)
            at = self.made_by.count() - 1
            if refused is None:
                self.made_by.insertItem(at, label, g.guardian_id)
                continue
            # Listed, greyed, and said why under the list: the request is not theirs to make that day.
            self.made_by.insertItem(at, self.tr("{who}: may not request the records").format(who=label),
                                    g.guardian_id)
            item = model.item(at) if isinstance(model, QStandardItemModel) else None
            if item is not None:
                item.setEnabled(False)
            words, _hint = refusal_words(refused)
            if privacy and g.name.strip():
                words = words.replace(g.name.strip(), MASK)
            why.append(self.tr("{who}: {why}").format(who=label, why=words))
        self.refused_note.setText("\n".join(why))
        self.refused_note.setVisible(bool(why))
        self._refused_buttons([(g, masked_representative(representative_words(g.name, g.authority, g.relationship),
                                                         privacy)) for g, refused in rows if refused is not None])
        found = self.made_by.findData(self._wanted_made_by)
        if found >= 0 and not (self.made_by.model().flags(self.made_by.model().index(found, 0))
                               & Qt.ItemFlag.ItemIsEnabled):
            found = -1
        if found < 0 and self._wanted_made_by not in (BY_CLIENT, BY_OTHER):
            self.message.setText(self.tr("The representative chosen may not request the client's records on that "
                                         "day (see the Guardians window); choose who made the request."))
        self.made_by.setCurrentIndex(max(0, found))

    def _refused_buttons(self, refused: list[tuple[Guardian, str]]) -> None:
        old: list[QWidget] = []
        while self._refused_layout.count():
            item = self._refused_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                old.append(widget)
                widget.deleteLater()
        made: list[QPushButton] = []
        for g, label in refused:
            button = QPushButton(self.tr("Record a request made by {who}, refused on this rule").format(who=label))
            button.setAccessibleDescription(self.tr("Records the request made by them, denied on the rule above "
                                                    "with its citation, and keeps the reply to them."))
            button.clicked.connect(lambda _checked=False, gid=g.guardian_id, who=label: self.save_refused(gid, who))
            self._refused_layout.addWidget(button)
            made.append(button)
        # Made after the form's letters were given: an Alt letter of their own (found by a walker: none).
        give_every_button_a_letter(made, {letter for w, letter in form_letters(self) if letter and w not in old})
        self._kind_changed()

    def save_refused(self, guardian_id: str, who: str = "") -> None:
        """Recorded as the representative's request of the kind chosen, denied on the rule that greys them;
        `said` tells the chart what was recorded (one press recorded a denial without a word: a walker)."""
        if unfinished_date(self.received):
            return
        client_id, received, text = self.client_id, self.received.date().toString("yyyy-MM-dd"), self.description.text()
        kind = str(self.kind.currentData())
        self.controller.op(
            self, lambda v: request_refused.add_refused_request(v, client_id, received_on=received, kind=kind,
                                                                guardian_id=guardian_id, description=text),
            label=self.tr("Recording the request…")).success(lambda _done: self._recorded_refused(who)) \
            .failure(show_inline_at(self.message, {"request_received_on": self.received,
                                                   "request_description": self.description})).run()

    def _kind_changed(self, *_args: object) -> None:
        amendment = self.kind.currentData() == "amendment"
        self.asked.setVisible(self.kind.currentData() == "access")
        self.asked_label.setVisible(self.kind.currentData() == "access")
        self.notes.setVisible(amendment)
        self.notes_label.setVisible(amendment)
        # Recorded as refused: access, amendment and accounting alike (each right is the individual's,
        # exercised only by their personal representative: domain/refused_requester.RIGHTS).
        self.refused_box.setVisible(self._refused_layout.count() > 0)

    def _show_notes(self, rows: list[NoteSummary]) -> None:
        checked = set(self.note_ids()) | self._wanted_notes
        self.notes.clear()
        for n in rows:
            item = QListWidgetItem(f"{show_date(n.note_date)} · {n.preview[:70]}")
            item.setData(NOTE_ROLE, n.note_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n.note_id in checked else Qt.CheckState.Unchecked)
            self.notes.addItem(item)

    def note_ids(self) -> list[str]:
        return [str(self.notes.item(i).data(NOTE_ROLE)) for i in range(self.notes.count())
                if self.notes.item(i).checkState() == Qt.CheckState.Checked]

    def held_entry(self) -> HeldEntry | None:
        if not self.description.text().strip():
            return None
        return {"where": "records", "dialog": "new_request", "context": {"client_id": self.client_id},
                "fields": {"kind": str(self.kind.currentData()), "asked": str(self.asked.currentData()),
                           "received": self.received.date().toString("yyyy-MM-dd"),
                           "description": self.description.text(), "made_by": str(self.made_by.currentData()),
                           "requester": self.requester.text(), "claim": str(self.claim.currentData()),
                           "notes": self.note_ids()}}

    def restore_fields(self, fields: dict[str, object]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(fields.get("kind"))))
        self.asked.setCurrentIndex(max(0, self.asked.findData(fields.get("asked", ""))))
        received = QDate.fromString(str(fields.get("received", "")), "yyyy-MM-dd")
        if received.isValid():
            self.received.setDate(received)
        self.description.setText(str(fields.get("description", "")))
        # Held before the representative was chosen by name: a tick only ("representative").
        self._wanted_made_by = str(fields.get("made_by") or (BY_OTHER if fields.get("representative") else BY_CLIENT))
        self.made_by.setCurrentIndex(max(0, self.made_by.findData(self._wanted_made_by)))
        self.requester.setText(str(fields.get("requester", "")))
        self.claim.setCurrentIndex(self.claim.findData(fields.get("claim")))  # -1: none chosen
        wanted = fields.get("notes")
        self._wanted_notes = {str(n) for n in wanted} if isinstance(wanted, list) else set()
        for i in range(self.notes.count()):
            item = self.notes.item(i)
            if item.data(NOTE_ROLE) in self._wanted_notes:
                item.setCheckState(Qt.CheckState.Checked)

    def save(self) -> None:
        if unfinished_date(self.received):
            return
        client_id, kind = self.client_id, str(self.kind.currentData())
        received, text = self.received.date().toString("yyyy-MM-dd"), self.description.text()
        made_by = str(self.made_by.currentData())
        member = request_members.is_member(made_by)
        guardian_id = None if made_by in (BY_CLIENT, BY_OTHER) or member else made_by
        if made_by == BY_OTHER:
            name, claim = self.requester.text().strip(), str(self.claim.currentData() or "")
            if not name or not claim:
                self.message.setText(self._name_them())
                (self.requester if not name else self.claim).setFocus()
                return
            if self._executor_questioned():  # the note above says why: its words again in red said it twice
                self.message.setText(self.tr("Not recorded: the note below Record says why."))
                self.claim.setFocus()
                return
        else:
            name = claim = ""
        note_ids = self.note_ids() if kind == "amendment" else []
        asked = str(self.asked.currentData() or "") if kind == "access" else ""
        if kind == "amendment" and not note_ids:
            self.message.setText(self.tr("Tick the notes the client asks to amend: the amendment is made on them."))
            self.notes.setFocus()
            return
        # The chart's Requests tab hears the new request from the change notice.
        self.controller.op(
            self, lambda v: request_members.record(
                v, client_id, made_by, kind=kind, received_on=received, description=text,
                by_representative=made_by != BY_CLIENT and not member, guardian_id=guardian_id,
                requester_name=name, requester_claim=claim, note_ids=note_ids, asked=asked),
            label=self.tr("Recording the request…")).success(self._saved) \
            .failure(show_inline_at(self.message, {"request_received_on": self.received,
                                                   "request_description": self.description, "notes": self.notes},
                                    named={"date the request was received": self.received})).run()

    def _saved(self, _q: ClientRequest) -> None:
        self.accept()

    def _recorded_refused(self, who: str) -> None:
        # Short: the status bar cut the longer words at 1280 px.
        self.said = self.tr("Recorded the request made by {who}, denied on the rule; open it for the reply "
                            "letter.").format(who=who)
        self.accept()


__all__ = ["NewRequestDialog", "requester_words"]
