"""Granting a client's own access request: make the copy, then close the request.

Opened by "Granted" in the request's window. The request is the one chosen in the list
(no id to type). Who receives the copy (the client, or a recorded personal representative:
first the one who made the request), what it holds, the dates, the PDF password and the
folder are asked here; services.access_copy.grant_with_copy exports through the disclosure
gate and closes the request only when every copy was written, otherwise says what remains
(in gui/access_copy_outcome.py's words, with the kinds, parts and ways forward this window shows).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QSize, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.access_copy_parts import PARTS, left_out, named_in
from vault_app.domain.errors import VaultError
from vault_app.gui import file_dialogs
from vault_app.gui.access_copy_drafts import ask_about_drafts, given_words
from vault_app.gui.access_copy_outcome import KIND_WORDS, PART_WORDS, WAY_WORDS, outcome_text, outside_text
from vault_app.gui.access_copy_recipients import fill_recipients
from vault_app.gui.access_copy_rest_items import RestItemsBox
from vault_app.gui.access_copy_reversal import show_reversal
from vault_app.gui.access_fee_note import AccessFeeNote
from vault_app.gui.backup_folder_problems import expanded, path_problem
from vault_app.gui.confidential_note import ConfidentialNote
from vault_app.gui.confirm import confirm
from vault_app.gui.date_field import date_picker, unfinished_date
from vault_app.gui.dates import qt_date_format
from vault_app.gui.document_language import english_only_label
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import PasswordPair, action_buttons, error_label
from vault_app.gui.gate_words import said_text
from vault_app.gui.output_folder import last_folder, remember
from vault_app.gui.refusal_focus import focus_refused
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import (
    chooser_button,
    chooser_row,
    form_letters,
    give_button_mnemonics,
)
from vault_app.services.access_copy import (
    CLIENT,
    check_copy,
    close_nothing_held,
    grant_with_copy,
    recipients,
    unsigned_drafts,
)
from vault_app.services.access_copy_given import given_list
from vault_app.services.grant_receiver import client_now_adult
from vault_app.services.request_owed import reversal_owed

if TYPE_CHECKING:
    from vault_app.domain.requests import WayForward
    from vault_app.gui.seam import App
    from vault_app.services.access_copy import AccessCopyResult, CopyRecipients
    from vault_app.services.vault import Vault


class AccessCopyDialog(GuardedDialog):
    granted = Signal(str)  # where the copy is: the window closes, the request's window says it
    # With nothing to copy, extending or denying chosen here: the window closes, the request's
    # window (which has those steps) opens it ("extend" or "deny").
    way_chosen = Signal(str)

    def __init__(self, controller: App, request_id: str, summary: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.request_id = request_id
        self.setWindowTitle(self.tr("Provide the copy"))
        self.setObjectName("accessCopyDialog")
        self.intro = intro = QLabel(
            self.tr("The client, or their personal representative, asked for the client's records (45 CFR 164.524, "
                    "164.502(g)). The copy is made first, as a password-protected PDF for each kind below; the "
                    "request closes as granted once every copy is written. Psychotherapy notes are not part of the "
                    "right of access."))
        intro.setWordWrap(True)
        self.request_label = QLabel(summary)
        self.request_label.setWordWrap(True)
        # What an earlier try gave already (never made again), said before the copy is made.
        self.given_label = QLabel("")
        self.given_label.setWordWrap(True)
        self.given_label.setObjectName("accessCopyGiven")
        self.given_label.setAccessibleName(self.tr("Given already"))
        self.given_label.hide()
        # Who receives it: the ledger names them (found in the real app: a parent's copy was
        # logged as given to the client). Filled from the chart; the rules refuse one who may not.
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Send the copy to"))
        self.recipient.addItem(self.tr("The client"), CLIENT)
        # Why a representative is greyed in the list, said before anything is typed (gui/access_copy_recipients).
        self.barred_label = QLabel("")
        self.barred_label.setWordWrap(True)
        self.barred_label.setObjectName("accessCopyBarred")
        self.barred_label.setAccessibleName(self.tr("Who may not receive the copy"))
        self.barred_label.hide()
        self.progress_notes = QCheckBox(self.tr("Progress notes"))
        self.progress_notes.setChecked(True)
        # The PHQ-9 and other measures are part of the record the client may see (164.524(c)(1)):
        # the copy held none, though a denial's letter had promised them (found in the real app).
        self.measures = QCheckBox(self.tr("Outcome measures (PHQ-9, GAD-7…), with the progress notes"))
        self.measures.setChecked(True)
        self.progress_notes.toggled.connect(self.measures.setEnabled)
        self.billing = QCheckBox(self.tr("Billing information (sessions, codes)"))
        self.billing.setChecked(True)
        # What the copy never holds, said before it is made: the client has a right to it too
        # (found by a walker: the plan and its diagnoses left out, the window silent on it).
        self.not_held_label = QLabel(self.tr(
            "Not in this copy: the treatment plan (its diagnoses and goals) and the documents attached to the "
            "chart, which the client may have too (45 CFR 164.501). The Complete open export holds them: give "
            "it, or deny them in writing."))
        self.not_held_label.setWordWrap(True)
        self.not_held_label.setObjectName("accessCopyNotHeld")
        # The rest of a request denied in part: what its letter says is given, and what of it
        # the copy leaves out, said before the copy is made (filled once the request is read).
        self.promised = ""
        self.promise_label = QLabel("")
        self.promise_label.setWordWrap(True)
        self.promise_label.setAccessibleName(self.tr("What the letter says is given"))
        self.promise_label.hide()
        self.otherwise: dict[str, QCheckBox] = {}
        self.otherwise_box = QVBoxLayout()
        for box in (self.progress_notes, self.measures, self.billing):
            box.toggled.connect(self._show_promise)
        self.date_from = date_picker(self.tr("From"), QDate(1900, 1, 1))
        self.date_from.setSpecialValueText(self.tr("the first record"))
        self.date_from.setMinimumDate(QDate(1900, 1, 1))
        self.date_to = date_picker(self.tr("To"))
        for field in (self.date_from, self.date_to):
            field.setDisplayFormat(qt_date_format())  # the practice's way of writing a date
        # The rest of a request denied in part: what it carries, ticked off one by one, and the
        # word that what was denied is left out (found in the real app: the denied note was given).
        self.rest_items = RestItemsBox()
        for box in (self.progress_notes, self.billing):
            box.toggled.connect(self._show_rest_items)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._show_rest_items)
        self.passwords = PasswordPair()
        self.password, self.password_again = self.passwords.password, self.passwords.again
        # Where the last copy or letter went (else home), only proposed: asked in the folder chooser
        # at "Make the copy" unless typed or chosen here (a walker, round 46: at 150 % this row was
        # below the fold and both PDFs went into the home folder, which may be synced to a cloud).
        self.proposed = str(last_folder())
        self.folder = QLineEdit(self.proposed)
        self.folder_chosen = False
        self.folder.setAccessibleName(self.tr("Save the copy in"))
        browse = chooser_button(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = chooser_row(self.folder, browse)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Request:"), self.request_label)
        form.addRow("", self.given_label)
        form.addRow(self.tr("Send the copy to:"), self.recipient)
        form.addRow("", self.barred_label)
        self.confidential = ConfidentialNote(controller, request_id, self)  # how the client asked to be reached
        form.addRow("", self.confidential)
        form.addRow(self.tr("The copy holds:"), self.progress_notes)
        form.addRow("", self.measures)
        form.addRow("", self.billing)
        form.addRow("", self.not_held_label)
        form.addRow("", self.promise_label)
        form.addRow("", self.otherwise_box)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow("", self.rest_items)
        self.passwords.add_rows(form, self.tr("PDF password:"), self.tr("Confirm password:"))
        form.addRow(self.tr("Save in:"), folder_row)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What was made"))
        self.message = error_label()
        self._build_ways()
        self.buttons, self.make_button = action_buttons(self, self.tr("Make the copy and grant"), self.make)
        # The fields and what was made scroll; the buttons stay in sight: on a 1366x768 laptop at
        # 150 % the window was ~780 pixels high, "Make the copy and grant" below the screen's edge.
        body = QWidget()
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(intro)
        inside.addLayout(form)
        inside.addWidget(AccessFeeNote(self))  # what may be charged for it (164.524(c)(4))
        inside.addWidget(self.outcome)
        inside.addWidget(self.ways_box)
        inside.addStretch(1)
        self.body_area = DownOnlyScrollArea()
        self.body_area.setObjectName("accessCopyBody")
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_area, 1)
        self.in_english = english_only_label("access_copy")  # an English copy (gui/document_language)
        layout.addWidget(self.in_english)
        # What is wrong, in sight beside the buttons: at the fields' end it was below the fold at
        # 150 % ("The two passwords differ."), the button seemingly doing nothing (a walker, round 44).
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Room for the request, who receives it, and a refusal under them, within the screen.
        self.resize(size_in_screen(self, QSize(620, 560)))
        controller.query(self, lambda v: recipients(v, request_id)).success(self._show_recipients).run()
        controller.query(self, lambda v: given_list(v, request_id)).success(self._show_given).run()
        # A parent's request on or after the client's majority: the grant says whose the copy is (164.502(g)).
        self.adult_now = False
        controller.query(self, lambda v: client_now_adult(v, request_id)).success(
            lambda adult: setattr(self, "adult_now", bool(adult))).run()
        controller.query(self, lambda v: reversal_owed(v, request_id)).success(  # a review's reversal: its words
            lambda decision: show_reversal(decision, intro, self.not_held_label)).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_body()

    def _grow_to_body(self) -> None:
        """As tall as the fields and their lines ask, within the screen: at 1366x768 the window
        stayed 560 high and scrolled with room to spare (walker, round 33); what the screen has
        no room for still scrolls, the buttons in sight."""
        body = self.body_area.widget()
        inner = body.layout() if body is not None else None
        if inner is None or not self.isVisible():
            return
        view = self.body_area.viewport()
        extra = (inner.totalHeightForWidth(view.width()) if inner.hasHeightForWidth()
                 else inner.totalSizeHint().height()) - view.height()
        if extra > 0:
            self.resize(size_in_screen(self, QSize(self.width(), self.height() + extra)))

    def _show_given(self, parts: tuple[Any, ...]) -> None:
        self.given_label.setText(given_words(parts))
        self.given_label.setVisible(bool(parts))
        self._grow_to_body()

    def _build_ways(self) -> None:
        """What the therapist may do when the chart holds nothing of what the copy was to hold.
        Found in the real app: a refusal in the gate's words ("pick progress notes by id") and
        the request left open with no way on."""
        self.asked: tuple[tuple[Any, ...], date | None, date] | None = None  # kinds and dates last tried
        self.ways_box = QWidget()
        self.ways_box.setObjectName("accessCopyWays")
        self.ways_label = QLabel("")
        self.ways_label.setWordWrap(True)
        self.ways_label.setAccessibleName(self.tr("What you can do"))
        self.close_nothing_button = QPushButton(self.tr("Close the request as answered…"))
        self.close_nothing_button.clicked.connect(self.close_nothing_held)
        self.extend_way_button = QPushButton(self.tr("Extend once…"))
        self.extend_way_button.clicked.connect(lambda: self._hand_back("extend"))
        self.deny_way_button = QPushButton(self.tr("Deny, with grounds…"))
        self.deny_way_button.clicked.connect(lambda: self._hand_back("deny"))
        row = QHBoxLayout()
        for button in (self.close_nothing_button, self.extend_way_button, self.deny_way_button):
            button.setAutoDefault(False)  # Enter still makes the copy
            row.addWidget(button)
        row.addStretch(1)
        box = QVBoxLayout(self.ways_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ways_label)
        box.addLayout(row)
        self.ways_box.hide()

    def _show_ways(self, ways: tuple[WayForward, ...]) -> None:
        self.ways_box.setVisible(bool(ways))
        codes = {w.code for w in ways}
        self.ways_label.setText("\n".join(
            [self.tr("Nothing to copy: the request stays open. What the rule lets you do:")]
            + ["• " + self.tr(WAY_WORDS[w.code]).format(citation=w.citation) for w in ways if w.code in WAY_WORDS]))
        for code, button in (("close_nothing_held", self.close_nothing_button), ("extend", self.extend_way_button),
                             ("deny", self.deny_way_button)):
            button.setVisible(code in codes)
        if ways:
            # Its buttons brought into view once laid out: on a short screen the lines above them
            # filled the window, the buttons below its edge (found on Xvfb at 150 %).
            QTimer.singleShot(0, self._ways_in_view)

    def _ways_in_view(self) -> None:
        body = self.body_area.widget()
        laid = body.layout() if body is not None else None
        if laid is not None:
            laid.activate()
        shown = [b for b in (self.close_nothing_button, self.extend_way_button, self.deny_way_button)
                 if not b.isHidden()]
        if shown:
            self.body_area.ensureWidgetVisible(shown[0])

    def _hand_back(self, way: str) -> None:
        self.accept()
        self.way_chosen.emit(way)

    def close_nothing_held(self) -> QMessageBox | None:
        """Asked first: the request closes, its due date no longer followed."""
        if self.asked is None:
            return None
        kinds, date_from, date_to = self.asked
        rid = self.request_id
        not_held = [self.tr("No {what} in these dates.").format(what=self.tr(KIND_WORDS[k])) for k in kinds]

        def record() -> None:
            (self.controller.op(self, lambda v: close_nothing_held(v, rid, kinds=kinds, date_from=date_from,
                                                                   date_to=date_to),
                                label=self.tr("Closing the request…"))
             .success(self._closed).failure(self._failed).run())

        return confirm(self, self.tr("Close the request"), self.tr("Close the request as answered, with nothing "
                                                                   "to copy?"),
                       not_held, self.tr("Close as answered"), record,
                       warnings=[self.tr("Only once the client has been told in writing.")])

    def _closed(self, _request: object) -> None:
        self.granted.emit(self.tr("Closed as answered: the chart holds nothing of what was asked."))
        self.accept()

    def typed(self) -> bool:
        """The copy's password typed twice: Escape or the title bar's × asks before losing it
        (gui/escape_guard.py)."""
        return typed_into(self)

    def _show_recipients(self, found: CopyRecipients) -> None:
        fill_recipients(self.recipient, self.barred_label, found, privacy=bool(self.property("privacy")))
        self.promised = found.promised
        # A full grant: what the chart holds that no copy carries, offered too (walk-NY round 36).
        for code in dict.fromkeys((*named_in(self.promised), *found.outside)):
            if not PARTS[code].carried and code not in self.otherwise:
                box = QCheckBox(self.tr("Given another way (the Complete open export): {part}").format(
                    part=self.tr(PART_WORDS[code])))
                box.toggled.connect(self._show_promise)
                self.otherwise[code] = box
                self.otherwise_box.addWidget(box)
                # Added once the request is read, after the window's letters were given out: a
                # letter no other has here, or Alt cannot reach it (found in review).
                give_button_mnemonics([box], {letter for _w, letter in form_letters(self) if letter})
        self._show_promise()
        if found.denied or found.items:
            self.rest_items.fill(found.denied, found.items)
            self._show_rest_items()
        self._grow_to_body()

    def _dates(self) -> tuple[date | None, date]:
        """The dates asked: None from the first record."""
        start, end = self.date_from.date(), self.date_to.date()
        date_from = None if start == self.date_from.minimumDate() else date(start.year(), start.month(), start.day())
        return date_from, date(end.year(), end.month(), end.day())

    def _show_rest_items(self) -> None:
        if not self.rest_items.isHidden():
            self.rest_items.show_for(self.kinds(), *self._dates())

    def _copied(self) -> tuple[str, ...]:
        return (*self.kinds(), *(("measures",) if self.measures.isChecked() and self.progress_notes.isChecked()
                                 else ()))

    def _given_otherwise(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.otherwise.items() if box.isChecked())

    def _show_promise(self) -> None:
        """The letter's words, and what of them this copy leaves out (the rule is the core's:
        services.access_copy refuses such a copy, domain/access_copy_parts.py)."""
        self.promise_label.setVisible(bool(self.promised))
        if not self.promised:
            return
        said = self.tr("The denial's letter says the client is given: “{words}”.").format(words=self.promised)
        left = left_out(self.promised, self._copied(), self._given_otherwise())
        if left:
            said += " " + self.tr("This copy leaves out: {parts}.").format(
                parts=", ".join(self.tr(PART_WORDS[c]) for c in left))
        self.promise_label.setText(said)

    def _browse(self) -> None:
        chosen = file_dialogs.existing_directory(self, self.tr("Save the copy in"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.folder_chosen = True

    def _asked_where(self) -> bool:
        """The folder the therapist chose: the proposed one asked in the folder chooser first
        (keyboard: the folder's name typed, Enter); Cancel (Escape) makes nothing, grants nothing."""
        if self.folder_chosen or self.folder.text().strip() != self.proposed:
            return True
        chosen = file_dialogs.existing_directory(self, self.tr("Save the copy in"), self.proposed)
        if not chosen:
            self.message.setText(self.tr("Nothing was made: choose where to save the copy."))
            self.folder.setFocus()
            self._in_view(self.folder)
            return False
        self.folder.setText(chosen)
        self.folder_chosen = True
        return True

    def kinds(self) -> tuple[Any, ...]:
        return tuple(k for k, box in (("progress", self.progress_notes), ("billing", self.billing))
                     if box.isChecked())

    def make(self) -> None:
        self.message.setText("")
        if unfinished_date(self.date_from, self.date_to):
            return
        rid, kinds, password = self.request_id, self.kinds(), self.passwords.text()
        to = str(self.recipient.currentData() or CLIENT)
        if not self._asked_where():
            return
        # Said as the Backups screen says it, before any disk is asked: "~someone" naming no user
        # raised here on the GUI thread, a name over the system's limit failed on the worker.
        said = path_problem(self.folder.text().strip())
        if said is not None:
            self.message.setText(QCoreApplication.translate("BackupsDialog", said))
            self.folder.setFocus()
            self._in_view(self.folder)
            return
        folder = expanded(self.folder.text().strip())
        date_from, date_to = self._dates()
        self.asked = (kinds, date_from, date_to)
        self._show_ways(())
        self.make_button.setEnabled(False)
        measures, otherwise = self.measures.isChecked(), self._given_otherwise()
        leave_out, left_out_word = self.rest_items.left_out(), self.rest_items.confirmed()

        def copy(drafts: tuple[str, ...]) -> None:
            self.make_button.setEnabled(False)
            (self.controller.op(self, lambda v: grant_with_copy(v, rid, folder=folder, password=password, kinds=kinds,
                                                                date_from=date_from, date_to=date_to, to=to,
                                                                measures=measures, given_otherwise=otherwise,
                                                                leave_out=leave_out, denied_left_out=left_out_word,
                                                                leave_drafts=drafts),
                                label=self.tr("Making the copy…"))
             .success(self._done).failure(self._failed).finally_(lambda: self.make_button.setEnabled(True)).run())

        def drafts_found(drafts: tuple[Any, ...]) -> None:
            # Asked before anything is written (found in the real app: the billing copy was made and
            # logged, then the notes refused for a draft this window could not leave out).
            self.make_button.setEnabled(True)
            differ = self.passwords.differ()  # said once nothing else is in the way (checked_drafts)
            if differ:
                self.message.setText(differ)
                self.password.setFocus()
                self._in_view(self.password_again)  # both rows in view, the first too
                self._in_view(self.password)
                return
            if drafts:
                self.drafts_box = ask_about_drafts(self, drafts, copy)
                self.drafts_box.open()
            else:
                copy(())

        def checked_drafts(v: Vault) -> tuple[Any, ...]:
            """The drafts to ask about, once every refusal knowable without the password is past
            (services/access_copy_check; found in review: one the rules refuse as recipient was
            said only after the password, its check the copy's first). The drafts count as left
            out here: they are asked about next, and the copy leaves out any it makes."""
            drafts = unsigned_drafts(v, rid, kinds=kinds, date_from=date_from, date_to=date_to, to=to,
                                     measures=measures)
            check_copy(v, rid, folder=folder, kinds=kinds, date_from=date_from, date_to=date_to, to=to,
                       measures=measures, given_otherwise=otherwise, leave_out=leave_out,
                       denied_left_out=left_out_word, leave_drafts=tuple(d.id for d in drafts))
            return drafts

        (self.controller.query(self, checked_drafts)
         .success(drafts_found).failure(self._failed).finally_(lambda: self.make_button.setEnabled(True)).run())

    def _done(self, result: AccessCopyResult) -> None:
        self.outcome.setText(outcome_text(result, self.rest_items.items))
        self._show_ways(result.ways)
        # Made, and the request left open for what no copy holds: said in the request's window too.
        if result.granted or (result.outside and result.made):
            folders = sorted({str(path.parent) for _what, path in result.made})
            if result.made:
                remember(result.made[0][1].parent)
            made = self.tr("The copy is in {folder}: {files}.").format(
                folder=", ".join(folders), files=", ".join(path.name for _what, path in result.made))
            # To a parent, who consented to the minor's care not recorded: the open question, as the
            # export's Check says it (gui/gate_words), in the screen's language.
            question = said_text(result.question) if result.question and result.made else ""
            if self.adult_now and self.recipient.currentData() == CLIENT:
                made += " " + self.tr("The client is now an adult: the copy is for the client, not the parent who "
                                      "asked (45 CFR 164.502(g)).")
            without = outside_text(result.outside) if result.outside else ""
            self.granted.emit(" ".join(w for w in (made, question, without) if w))
            self.accept()

    def _in_view(self, field: QWidget | None) -> None:
        """The field a refusal is about scrolled into view, whole (the keyboard given to it scrolls
        nothing; Qt's ensureWidgetVisible is content with a line edit's text cursor in view)."""
        body = self.body_area.widget()
        if field is None or body is None or not body.isAncestorOf(field):
            return

        def scroll() -> None:
            at = field.mapTo(body, QPoint(0, 0))
            self.body_area.ensureVisible(at.x(), at.y() + field.height(), 0, 8)  # its bottom edge
            self.body_area.ensureVisible(at.x(), at.y(), 0, 8)  # and its top, first

        # Once the refusal's lines above the buttons are laid out: the fields' view is then smaller.
        QTimer.singleShot(0, scroll)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, VaultError):
            # In the screen's language by the refusal's code, the keyboard on the field it names.
            self.message.setText(refusal_text(exc))
            field = focus_refused(exc, {"password": self.password, "folder": self.folder,
                                        "copy_kinds": self.progress_notes, "recipient": self.recipient,
                                        "date_to": self.date_to, "denied_left_out": self.rest_items.confirm,
                                        "leave_out": self.rest_items.list})
            self._in_view(field)
            return True
        return False


__all__ = ["AccessCopyDialog"]
