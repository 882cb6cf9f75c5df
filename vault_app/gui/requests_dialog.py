"""Access, amendment and accounting requests: see due dates, extend, decide, read letters.
A request is recorded in its own form (new_request_dialog.py), named here too for the
screens and tests that open it from this module.

Each dialog refreshes itself from the controller's change notices (Kind.REQUESTS), so a
decision taken in the detail dialog shows in the list behind it without wiring the two.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.letter_language import DEFAULT_LETTERS_IN
from vault_app.domain.request_owing import RELEASED
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.access_copy_drafts import parts_given_words
from vault_app.gui.accounting_dialog import AccountingDialog
from vault_app.gui.chart_binding import bind_like, chart_title
from vault_app.gui.chart_words import representative_words
from vault_app.gui.confidential_note import ConfidentialNote
from vault_app.gui.confirm import confirm
from vault_app.gui.dates import show_date, show_deadline
from vault_app.gui.keyboard_back import back_after
from vault_app.gui.letter_language_field import LetterLanguageNote
from vault_app.gui.new_request_dialog import NewRequestDialog as NewRequestDialog  # re-exported
from vault_app.gui.practice_details_open import said_with_the_way
from vault_app.gui.request_denial_dialog import DenialDialog
from vault_app.gui.request_detail_words import letter_kind
from vault_app.gui.request_disagreement import DisagreementRow
from vault_app.gui.request_due_words import no_extension_words
from vault_app.gui.request_grounds import GROUND_WORDS as GROUND_WORDS  # re-exported
from vault_app.gui.request_grounds import denial_choices as denial_choices  # re-exported
from vault_app.gui.request_inspection import InspectionRow
from vault_app.gui.request_letter_save import LetterSaveDialog
from vault_app.gui.request_paper_given import PaperGivenRow
from vault_app.gui.request_review_row import ReviewRow, reviewable
from vault_app.gui.request_summary import plain_summary, read_detail, rest_given, summary_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.seam import App
from vault_app.gui.widgets import (
    give_button_mnemonics,
    leaves_by_tab,
)
from vault_app.services import amendment_notices, request_amendments, request_due, requests
from vault_app.services.access_copy_given import GivenPart, given_list
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.domain.amendment_notice import ToInform
    from vault_app.gui.request_summary import Found, LeftOut


class RequestDetailDialog(QDialog):
    def __init__(self, controller: App, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.request_id = request_id
        self.client_id: str | None = None  # known once the request is read
        self.kind = ""
        self.by_representative = False  # who made it: the grounds offered depend on it
        self.grounds_open: tuple[str, ...] | None = None  # and today's license state and client's age
        self.plain_summary = ""
        self.amendment_text = ""  # an amendment typed, until the notes are amended with it
        self.extension_reason = ""  # the reason for an extension typed, until the request is extended
        # The ground last chosen: a denial refused (no practice phone for its letter) asked
        # for the ground again from the list's first one, the choice made forgotten.
        self.ground = ""
        self.more_grounds: tuple[str, ...] = ()  # the other grounds ticked, kept the same way
        self.denial_words = ("", "")  # what is denied and released, typed last: kept the same way
        self.left_out: LeftOut = ((), 0)  # what the copy of the rest left out as denied, once read
        self.setWindowTitle(self.tr("Request"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Request summary"))
        # Where the copy just given was written: the copy's window closed on success with
        # its file names on it, and nothing said where they went (found in the real app).
        self.copy_label = QLabel("")
        self.copy_label.setWordWrap(True)
        self.copy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_label.setAccessibleName(self.tr("Where the copy is"))
        self.copy_label.hide()
        self.letters = QPlainTextEdit()
        self.letters.setReadOnly(True)
        self.letters.setAccessibleName(self.tr("Letters sent"))
        self.extend_button = QPushButton(self.tr("Extend once (with a written notice)…"))
        self.extend_button.clicked.connect(self.extend)
        self.grant_button = QPushButton(self.tr("Granted: provide the copy…"))
        self.grant_button.clicked.connect(self.grant)
        self.deny_button = QPushButton(self.tr("Deny, with grounds…"))
        self.deny_button.clicked.connect(self.deny)
        self.withdraw_button = QPushButton(self.tr("Withdrawn"))
        self.withdraw_button.clicked.connect(self.withdraw)
        # After an accepted amendment: who received an amended note and must be told
        # (164.526(c)(3)); the app listed them only on the command line.
        self.to_inform: list[ToInform] = []
        self.inform_label = QLabel("")
        self.inform_label.setWordWrap(True)
        self.inform_label.setAccessibleName(self.tr("Who is to be told of the amendment"))
        self.inform_button = QPushButton(self.tr("Informed of the amendment…"))
        self.inform_button.setAutoDefault(False)
        self.inform_button.clicked.connect(self.record_informed)
        row = QHBoxLayout()
        for b in (self.extend_button, self.grant_button, self.deny_button, self.withdraw_button):
            # The dialog opened with the keyboard on Extend, taking Enter: the Enter that
            # opened the request from the list, pressed twice, asked to extend it. Each step
            # here is a deliberate Space or click.
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        if self.close_button is not None:
            self.close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        # The parts of an access copy given so far, and when (gui/access_copy_drafts.given_words).
        self.given_parts = QLabel("")
        self.given_parts.setWordWrap(True)
        self.given_parts.hide()
        layout.addWidget(self.given_parts)
        layout.addWidget(self.copy_label)
        layout.addLayout(row)
        layout.addWidget(ConfidentialNote(controller, request_id, self))  # where to send letters (164.522(b))
        self.letter_note = LetterLanguageNote(controller, request_id, self)  # the letters' language (fletters)
        layout.addWidget(self.letter_note)
        informed = QHBoxLayout()
        informed.addWidget(self.inform_label, 1)
        informed.addWidget(self.inform_button)
        layout.addLayout(informed)
        # A denied amendment: the client's statement of disagreement and the practice's rebuttal
        # (164.526(d)); only the command line recorded them, the app locked (found in the real app).
        self.disagreement = DisagreementRow(controller, request_id, self)
        layout.addWidget(self.disagreement)
        self.paper = PaperGivenRow(controller, request_id, self)  # the plan and documents no copy holds
        layout.addWidget(self.paper)
        self.review = ReviewRow(controller, request_id, self)  # a reviewable denial's review (164.524(a)(4))
        layout.addWidget(self.review)
        self.inspection = InspectionRow(controller, request_id, self)  # granted by inspection, no copy made
        layout.addWidget(self.inspection)
        self._show_to_inform(None)  # shown for an accepted amendment only
        title = QLabel(self.tr("Letters"))
        title.setObjectName("sectionTitle")
        # Each letter as the PDF to print and mail: only the command line wrote one.
        self.letter_list: list[tuple[str, str]] = []
        self.letters_language = ""  # the newest letter's (save_letter names the file by it)
        self.save_letter_button = QPushButton(self.tr("Save a letter as PDF…"))
        self.save_letter_button.setAutoDefault(False)
        self.save_letter_button.clicked.connect(self.save_letter)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.save_letter_button)
        layout.addLayout(heading)
        layout.addWidget(self.letters, 1)
        layout.addWidget(close)
        # Within the screen: 520 high put Close below a 1366x768 laptop's edge at 150 %.
        self.resize(size_in_screen(self, QSize(700, 520)))
        controller.changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        """An extension, decision or the copy given (here or elsewhere) shows at once."""
        # An amendment request's acceptance is logged as amendment.accepted (Kind.AMENDMENTS)
        # A disclosure: an open export under the request gives parts of it (what is still to give changes)
        if changes.touches_client(self.client_id, Kind.REQUESTS, Kind.AMENDMENTS, Kind.DISCLOSURES):
            self.load()

    def load(self) -> None:
        rid = self.request_id
        self.paper.load()  # first: shown before _show gives the buttons their Alt letters
        self.controller.query(self, lambda v: read_detail(v, rid)).success(self._show).run()
        self.controller.query(self, lambda v: given_list(v, rid)).success(self._show_given_parts).run()

    def _show_given_parts(self, parts: tuple[GivenPart, ...]) -> None:
        self.given_parts.setText(parts_given_words(parts))
        self.given_parts.setVisible(bool(parts))

    def _show(self, found: Found) -> None:
        detail, to_inform, maker, self.left_out, drafts = found
        made_by = representative_words(maker.name, maker.authority, maker.relationship) if maker else ""
        self._show_to_inform(to_inform)
        q = detail.request
        self.disagreement.show_request(q, [str(lt["kind"]) for lt in detail.letters])
        self.review.show_request(q, detail.owed)
        self.inspection.show_request(q)
        self.kind, self.client_id = q.kind, q.client_id
        self.by_representative, self.grounds_open = q.by_representative, detail.grounds
        privacy = bool(self.property("privacy"))
        self.summary.setText(summary_text(detail, made_by, self.left_out, drafts, privacy=privacy))
        self.plain_summary = plain_summary(detail)
        due = detail.deadline or request_due.deadline(q, "")
        open_ = not q.closed
        # The notice must go out within the first period: past it the button asked for a reason,
        # then refused it (found in the real app, an access request a day past 30 days).
        # Nor where the license state's deadline allows none (found by a walker in New York).
        no_extension = no_extension_words(q, due)
        self.extend_button.setEnabled(q.may_extend_on(date.today()) and not no_extension)
        self.extend_button.setToolTip(no_extension or (
            "" if not open_ or q.extension is not None or self.extend_button.isEnabled()
            else self.tr("Too late to extend: the written notice had to go out by {day}.")
            .format(day=show_deadline(q.original_due))))
        # An accounting is answered by producing it, here, for this request: from the Records
        # menu it named no request, so the request stayed open and fell overdue once given.
        self.grant_button.setText({"accounting": self.tr("Provide the accounting…"),
                                   "amendment": self.tr("Accept: amend the notes…")}.get(
                                       q.kind, self.tr("Granted: provide the copy…")))
        # Denied in part: the rest is still given (164.524(d)(1)), by this button; reversed on review,
        # what the reviewer released (164.524(d)(4)): "granted" with nothing given and the button greyed (W12).
        rest = q.kind == "access" and (q.status == "partially_granted" or detail.owed == RELEASED)
        if rest:
            self.grant_button.setText(self.tr("Provide the copy of what the reviewer released…")
                                      if detail.owed == RELEASED else self.tr("Provide the copy of the rest…"))
        # Given once: the button stayed enabled after, and a second copy was made and logged.
        given_tip = rest_given(q, self.left_out) if rest and not detail.owed else ""
        self.grant_button.setEnabled(open_ or bool(detail.owed))
        self.grant_button.setToolTip(given_tip)
        self.deny_button.setEnabled(open_ and q.kind != "accounting")
        self.withdraw_button.setEnabled(open_)
        # Alt letters (none had one: found in the real app), chosen again as Grant's words
        # follow the kind of request.
        give_button_mnemonics([self.extend_button, self.grant_button, self.deny_button, self.withdraw_button,
                               self.inform_button, self.save_letter_button,
                               *([self.paper.button] if not self.paper.isHidden() else []),
                               *([self.review.refer_button, self.review.decide_button] if reviewable(q) else []),
                               *([self.inspection.button] if not self.inspection.isHidden() else []),
                               # only when shown: hidden, they took letters Close then lacked
                               *([self.disagreement.button, self.disagreement.rebuttal_button,
                                  *([b for b in (self.disagreement.include_button,) if not b.isHidden()]),
                                  *([self.disagreement.letter_button]
                                    if not self.disagreement.letter_button.isHidden() else [])]
                                 if not self.disagreement.isHidden() else []),
                               *([self.close_button] if self.close_button else [])], set())
        # The newest letter's language names the file offered (carta-…/letter-…: request_letter_save).
        self.letters_language = str(detail.letters[-1].get("language") or "") if detail.letters else ""
        self.letter_list = [(str(lt["letter_id"]), self.tr("{kind} ({day})").format(
            kind=letter_kind(str(lt["kind"])), day=show_date(str(lt["letter_date"])))) for lt in detail.letters]
        self.save_letter_button.setEnabled(bool(self.letter_list))
        self.letters.setPlainText("\n\n".join(
            self.tr("— {kind} ({day}) —").format(kind=letter_kind(str(lt["kind"])),
                                                 day=show_date(str(lt["letter_date"])))
            + f"\n{lt['body']}" for lt in detail.letters) or self.tr("No letters yet."))

    def save_letter(self) -> QDialog:
        dialog = LetterSaveDialog(self.controller, self.request_id, self.letter_list, parent=self,
                                  language=self.letters_language or DEFAULT_LETTERS_IN)
        bind_like(dialog, self, dialog.windowTitle())
        dialog.open()
        return dialog

    def _show_to_inform(self, rows: list[ToInform] | None) -> None:
        self.to_inform = rows or []
        self.inform_label.setVisible(rows is not None)
        self.inform_button.setVisible(rows is not None)
        if rows is None:
            return
        if not rows:
            self.inform_label.setText(self.tr("Nobody received an amended note: ask the client whom to inform of "
                                              "the amendment and record each with Informed of the amendment… "
                                              "(45 CFR 164.526(c)(3)(i))."))
        else:
            self.inform_label.setText(self.tr("To inform of the amendment (45 CFR 164.526(c)(3)): {who}.").format(
                who="; ".join(self.tr("{name}, informed {day}").format(name=t.recipient, day=show_date(t.informed_on))
                              if t.informed_on else self.tr("{name}, restricted by the client: not to be sent").format(
                                  name=t.recipient) if t.restricted else self.tr("{name}, not yet").format(
                                  name=t.recipient) for t in rows)))
        # Always open: the persons the client names (164.526(c)(3)(i)) are not in the ledger, and
        # with no recipient there the button was greyed out, leaving them to the command line.
        self.inform_button.setEnabled(True)

    def record_informed(self) -> None:
        """The amendment was sent today to one who received an amended note, chosen, or to a
        person the client named, typed (recorded as named by the client)."""
        waiting = [t.recipient for t in self.to_inform if t.informed_on is None and not t.restricted]
        who, ok = QInputDialog.getItem(self, self.tr("Informed of the amendment"), self.tr(
            "With the client's agreement (45 CFR 164.526(c)(2)), sent the amendment today to (choose one who received "
            "the note, or type a person the client named):"),
            waiting, 0, True)
        known = {" ".join(t.recipient.casefold().split()) for t in self.to_inform}
        named = " ".join(who.casefold().split()) not in known
        if ok and who.strip():
            rid, on = self.request_id, QDate.currentDate().toString("yyyy-MM-dd")
            self.controller.op(self, lambda v: amendment_notices.record_informed(
                v, rid, recipient=who, informed_on=on, named_by_client=named, client_agreed=True),
                label=self.tr("Recording…")).run()

    def extend(self) -> None:
        """What the notice letter needs (the practice's phone, the state's deadline) is checked
        before the reason is asked: a walker typed the reason, then heard the practice had no
        phone for the letter, the reason lost (round 44). Refused for want of the phone, the refusal
        opens the practice details, and once they are saved the extension is asked again, the reason
        as typed (round 45: the walker closed the request to find Settings)."""
        rid, on = self.request_id, QDate.currentDate().toString("yyyy-MM-dd")
        self.controller.query(self, lambda v: requests.check_extension(v, rid, notice_on=on)).success(
            lambda _checked: self._ask_reason(on)).failure(
                said_with_the_way(self.controller, self, self.extend)).run()

    def _ask_reason(self, on: str) -> None:
        # The reason goes into the letter as typed, in the client's letter language: said above the
        # question (a Spanish screen asked "escríbalo en inglés" for a Spanish letter; a walker).
        said = self.letter_note.typed_words()
        asked = self.tr("Reason for the delay (it goes into the notice letter):")
        # A reason refused is offered again, as typed (kept until the request is extended with it).
        reason, ok = QInputDialog.getText(self, self.tr("Extend"), f"{said}\n\n{asked}" if said else asked,
                                          QLineEdit.EchoMode.Normal, self.extension_reason)
        if ok and reason.strip():
            self.extension_reason = reason
            rid = self.request_id
            self.controller.op(self, lambda v: requests.extend_request(v, rid, notice_on=on, reason=reason),
                               label=self.tr("Extending…")).success(self._extended).failure(
                                   said_with_the_way(self.controller, self, self.extend)).run()

    def _extended(self, _result: object) -> None:
        self.extension_reason = ""

    def grant(self) -> QDialog:
        """Granting access means giving the copy, an accounting request means producing the
        accounting, and accepting an amendment means amending the notes it names: done first,
        then the request closes (and this dialog hears it from the change notice)."""
        dialog: QDialog
        if self.kind == "amendment":
            return self.accept_amendment()
        if self.kind == "accounting" and self.client_id is not None:
            dialog = AccountingDialog(self.controller, self.client_id, self, request_id=self.request_id)
            dialog.setWindowTitle(chart_title(dialog.windowTitle(), str(self.property("chart_number") or "")))
        else:
            copy = AccessCopyDialog(self.controller, self.request_id, self.summary.text(), parent=self)
            bind_like(copy, self, copy.windowTitle())
            copy.granted.connect(self._copy_given)
            copy.way_chosen.connect(self._way_chosen)
            dialog = copy
        back_after(dialog, self, self.close_button)  # Esc closes this window after the grant too
        dialog.open()
        return dialog

    def _way_chosen(self, way: str) -> None:
        """Nothing to copy, and extending or denying chosen in the copy's window: this window's
        own step, once that window has closed."""
        QTimer.singleShot(0, self.extend if way == "extend" else self.deny)

    def _copy_given(self, where: str) -> None:
        self.copy_label.setText(where)
        self.copy_label.show()
        self.load()  # a copy that left the request open (the plan still to give) changes no request

    def accept_amendment(self) -> QInputDialog:
        """The amendment's text goes on every note the request names, as an amendment entry
        (the signed note stays as signed), and the acceptance letter is kept (164.526(c))."""
        question = QInputDialog(self)
        question.setWindowTitle(self.tr("Accept the amendment"))
        question.setLabelText(self.tr("The amendment, as it will be added to each note the request names:"))
        question.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        question.setTextValue(self.amendment_text)
        edit = question.findChild(QPlainTextEdit)
        if edit is not None:
            leaves_by_tab(edit)  # Tab goes on to OK
        question.textValueSelected.connect(self._send_amendment)
        question.open()
        return question

    def _send_amendment(self, text: str) -> None:
        if not text.strip():
            return
        # Kept until the notes are amended: refused (no practice phone for the letter yet),
        # the next Accept offers it again rather than losing what was typed.
        self.amendment_text = text
        rid = self.request_id
        self.controller.op(self, lambda v: request_amendments.accept_amendment(v, rid, text=text),
                           label=self.tr("Amending the notes…")).success(self._amended).run()

    def _amended(self, _result: object) -> None:
        self.amendment_text = ""

    def deny(self) -> DenialDialog:
        """An access request is denied whole or in part (the rest released, 164.524(d)(1)); an
        amendment is denied on one ground (its denial is of the change asked, 164.526(d)). No
        ground is chosen for the therapist; the window stays until the denial is recorded."""
        choices = denial_choices(self.kind, self.by_representative, self.grounds_open)
        dialog = DenialDialog(choices, self.ground, parent=self, denied=self.denial_words[0],
                              granted=self.denial_words[1], amendment=self.kind == "amendment",
                              controller=self.controller, more=self.more_grounds, request_id=self.request_id)
        dialog.chosen.connect(lambda codes, denied, granted: self._send_denial(codes, denied, granted, dialog))
        back_after(dialog, self, self.close_button)
        dialog.open()
        return dialog

    def _send_denial(self, codes: list[str], denied: str, granted: str, dialog: DenialDialog) -> None:
        rid = self.request_id
        self.ground, self.more_grounds, self.denial_words = codes[0], tuple(codes[1:]), (denied, granted)
        self.controller.op(dialog, lambda v: requests.deny_request(v, rid, grounds=codes, denied=denied,
                                                                   granted=granted),
                           label=self.tr("Recording the denial…")).success(dialog.done_recorded).failure(
                               dialog.refused).run()

    def withdraw(self) -> QMessageBox:
        """Asked first: one press closed the request, and its legal due date with it."""
        rid = self.request_id

        def record() -> None:
            self.controller.op(self, lambda v: requests.withdraw(v, rid), label=self.tr("Recording…")).run()

        return confirm(self, self.tr("Withdrawn"), self.tr("Record that this request was withdrawn?"),
                       [self.plain_summary], self.tr("Record as withdrawn"), record,
                       warnings=[self.tr("Only when the client (or their representative) withdrew it: the request "
                                         "closes and its due date is no longer followed.")])


__all__ = ["GROUND_WORDS", "NewRequestDialog", "RequestDetailDialog", "denial_choices"]
