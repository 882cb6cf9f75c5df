"""Denying an access request, all of it or a part: the ground, what is denied, and what is
released anyway.

45 CFR 164.524(d)(1): having grounds to deny part of what was asked, the practice must still
give access to the rest. The request window offered one ground and then closed the whole
request as denied, every button greyed, the copy of the rest with them (found in the real
app). A part denied records the request as partially granted (services.requests.deny_request
with what is released), its letter says what is given, and the copy of the rest can be given
after.

One denial may rest on several grounds, as the command line's repeated --ground: the
psychotherapy notes (not reviewable) and one progress note on endangerment (reviewable) in one
letter, with every basis and the review paragraph for the reviewable ones (164.524(d)(2)). The
window took one ground and then greyed "Deny", so the second ground and the client's review
right could not be written (found by a walker). The first ground is chosen in the list; the
others are ticked below it, each said reviewable or not (domain/requests.Ground.reviewable).

An amendment is denied here too (amendment=True: one ground, nothing released, 164.526(d)).
No ground is chosen until the therapist chooses one: the amendment's list started on "Not
created by this practice" and Enter took it, for a note this practice signed (found in the
real app). The window stays open until the denial is recorded: refused (no practice phone
for the letter) it says so with what was typed still in it, and opens the practice details.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import VaultError
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS
from vault_app.gui.announce import AloudLabel
from vault_app.gui.letter_language_field import letter_words_note
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.seam import App
from vault_app.gui.widgets import give_form_mnemonics
from vault_app.gui.wrapped_label import WrappedLabel

# The refusal whose fix is in the practice details (domain/letters.py _contact).
NO_CONTACT = "letter.practice_contact_missing"


class DenialDialog(QDialog):
    """Emits `chosen` (the ground codes, the first chosen first; what is denied; what is released:
    "" for a whole denial). It closes once the caller says the denial was recorded (done), or shows
    its refusal (refused)."""

    chosen = Signal(list, str, str)

    def __init__(self, choices: list[tuple[str, str]], ground: str = "", parent: QWidget | None = None,
                 *, denied: str = "", granted: str = "", amendment: bool = False,
                 controller: App | None = None, more: tuple[str, ...] = (), request_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("requestDenialDialog")
        self.setWindowTitle(self.tr("Deny"))
        self.controller = controller
        self.codes = [code for code, _label in choices]
        # As tall as its lines (gui/wrapped_label.py): a plain label's one-line minimum opened an
        # amendment's Deny window too short at 150 %, this paragraph cut at the top and the bottom
        # until a ground was chosen (walker wday4, Spanish).
        intro = self.intro = WrappedLabel(self._intro_words(amendment, whole=False))
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Ground for the denial"))
        self.ground.addItems([label for _code, label in choices])
        # None chosen until the therapist chooses (a ground chosen before a refusal is kept).
        self.ground.setPlaceholderText(self.tr("Choose the ground…"))
        self.ground.setCurrentIndex(self.codes.index(ground) if ground in self.codes else -1)
        # The other grounds of the same denial (access only), each said reviewable or not.
        self.more = QListWidget()
        self.more.setAccessibleName(self.tr("Other grounds for the same denial"))
        # Whole lines, wrapped (cut at the list's edge they hid "not reviewable", found on Xvfb).
        self.more.setWordWrap(True)
        self.more.setResizeMode(QListView.ResizeMode.Adjust)
        for code, label in choices:
            found = ACCESS_DENIAL_GROUNDS.get(code)
            if found is not None and found.whole:
                continue  # stands alone (domain/requests.whole_ground_refusal): chosen above or not at all
            words = self.tr("{ground}: the client may ask for a review") if found is not None and found.reviewable \
                else self.tr("{ground}: not reviewable")
            item = QListWidgetItem(words.format(ground=label))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in more and code != ground else Qt.CheckState.Unchecked)
            self.more.addItem(item)
        self.more.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.whole = QRadioButton(self.tr("Deny the whole request"))
        self.part = QRadioButton(self.tr("Deny a part only: the rest is released"))
        self.part.setChecked(True)  # the rule's default: release what the ground does not cover
        scope = QButtonGroup(self)
        scope.addButton(self.part)
        scope.addButton(self.whole)
        self.denied = QLineEdit()
        self.denied.setAccessibleName(self.tr("What is denied"))
        self.denied.setText(denied)
        self.denied.setPlaceholderText(self.tr("e.g. the notes naming the client's brother"))
        self.granted = QLineEdit()
        self.granted.setAccessibleName(self.tr("What is released anyway"))
        self.granted.setText(granted)
        self.granted.setPlaceholderText(self.tr("e.g. the other progress notes and the billing information"))
        # Said to a screen reader as it comes, at once (a refusal): it was seen, never heard (found in review).
        self.message = AloudLabel("", assertive=True)
        self.message.setObjectName("fieldProblem")
        self.message.hide()
        # Shown with the refusal for a letter that cannot say how to reach the practice.
        self.practice_button = QPushButton(self.tr("Open the practice details…"))
        self.practice_button.setAutoDefault(False)
        self.practice_button.clicked.connect(self.open_practice)
        self.practice_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Ground:"), self.ground)
        form.addRow(self.tr("&Other grounds too:"), self.more)
        form.addRow("", self.part)
        form.addRow("", self.whole)
        form.addRow(self.tr("What is &denied:"), self.denied)
        self.granted_label = QLabel(self.tr("What is &released anyway:"))
        self.granted_label.setBuddy(self.granted)
        form.addRow(self.granted_label, self.granted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("Record the denial"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        # Said before the words are typed: they go into the letter as typed, in its language (walker wspanish).
        self.in_english = letter_words_note(controller, request_id, self, (self.denied, self.granted))  # (fletters)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.in_english)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.practice_button)
        layout.addWidget(buttons)
        for widget in (self.more, self.part, self.whole, self.denied, self.granted):
            # The whole row, its label too (hiding the field left "What is denied:" alone)
            form.setRowVisible(widget, not amendment)
        self.amendment = amendment
        self.whole.toggled.connect(self._scope)
        self.ground.currentIndexChanged.connect(self._ground_chosen)
        self.more.itemChanged.connect(lambda _item: self._unsay())
        self._ground_chosen(self.ground.currentIndex())  # a ground kept from a refused try is followed too
        self._scope()
        give_form_mnemonics(self, [self.record_button])
        self.ground.setFocus()

    def _ground_chosen(self, index: int) -> None:
        """A ground that answers the whole request (domain/requests.Ground.whole: the requester is not
        the client's representative) chooses "Deny the whole request", and a part only is no longer
        offered: nothing of it is released to them (domain/requests.whole_ground_refusal; found in
        review: "Deny a part only" could still be chosen after it, the rest then given to the requester)."""
        found = ACCESS_DENIAL_GROUNDS.get(self.codes[index]) if 0 <= index < len(self.codes) else None
        whole = found is not None and found.whole and not self.amendment
        if whole:
            self.whole.setChecked(True)
        self.part.setEnabled(not whole)
        # The ground chosen above is not offered again below; a whole ground stands alone
        # (domain/requests.whole_ground_refusal), so no other is offered with it.
        for row in range(self.more.count()):
            item = self.more.item(row)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            other = ACCESS_DENIAL_GROUNDS.get(code)
            item.setHidden(0 <= index < len(self.codes) and code == self.codes[index])
            offered = not whole and not (other is not None and other.whole)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled if offered
                          else item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            if not offered:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.part.setToolTip(self.tr("This ground denies the whole request: nothing is released to one who is not "
                                     "the client's personal representative (45 CFR 164.502(g)).") if whole else "")
        # The rule's "the rest is still released" does not hold for this ground (found in review).
        self.intro.setText(self._intro_words(self.amendment, whole=whole))
        self.adjustSize()

    def _intro_words(self, amendment: bool, *, whole: bool) -> str:
        if amendment:
            return self.tr("The amendment asked is denied on one ground; the client may then file a statement of "
                           "disagreement (45 CFR 164.526(d)).")
        if whole:
            return self.tr("This ground denies the whole request: one who is not the client's personal "
                           "representative has no right of access, so nothing is released to them "
                           "(45 CFR 164.502(g)).")
        return self.tr("Whatever is not denied on a ground is still released: deny only the part the ground "
                       "covers, and give the copy of the rest (45 CFR 164.524(d)(1)).")

    def _scope(self) -> None:
        partial = self.part.isChecked()
        self.granted.setEnabled(partial)
        self.granted_label.setEnabled(partial)
        self._unsay()

    def _record(self) -> None:
        denied, granted = self.denied.text().strip(), self.granted.text().strip()
        self.practice_button.hide()
        if self.ground.currentIndex() < 0:
            self._say(self.tr("Choose the ground for the denial: none is chosen for you."))
            self.ground.setFocus()
            return
        first = self.codes[self.ground.currentIndex()]
        if self.amendment:
            self.chosen.emit([first], "", "")
            return
        if self.part.isChecked() and not (denied and granted):
            # Both halves go into the letter: "We are giving you access to …", "We are denying access to …".
            self._say(self.tr("Say what is denied and what is released, or choose to deny the whole request."))
            (self.denied if not denied else self.granted).setFocus()
            return
        self.chosen.emit([first, *self.more_grounds()], denied, granted if self.part.isChecked() else "")

    def more_grounds(self) -> list[str]:
        """The other grounds ticked, in the list's order (the one chosen above is never among them)."""
        first = self.codes[self.ground.currentIndex()] if self.ground.currentIndex() >= 0 else ""
        out = []
        for row in range(self.more.count()):
            item = self.more.item(row)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked and not item.isHidden() and code != first:
                out.append(code)
        return out

    def _say(self, text: str) -> None:
        """A line under the form: the window grows to hold it (it kept its height, the intro's
        lines cut off above, found on Xvfb)."""
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def _unsay(self) -> None:
        """The line gone with its words: the same problem, should it come again, is said again."""
        self.message.hide()
        self.message.setText("")

    def done_recorded(self, _result: object = None) -> None:
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        """The denial refused: said here, the words kept; False for an error not the user's."""
        if not isinstance(exc, VaultError):
            return False
        self.practice_button.setVisible(exc.code == NO_CONTACT and self.controller is not None)
        self._say(refusal_text(exc))
        if self.practice_button.isVisible():
            self.practice_button.setFocus()
        return True

    def open_practice(self) -> QDialog:
        """Settings, where the practice's name and phone are set, over this window, the cursor in
        Phone: the denial waits with its words (the walker closed the request to get there)."""
        from vault_app.gui.settings_dialog import SettingsDialog  # Lazy (start-up)

        assert self.controller is not None
        settings = SettingsDialog(self.controller, parent=self)
        settings.open()
        phone = settings.profile.get("phone")
        settings.pages.setCurrentIndex(1)  # "About you and the practice", where the phone is
        if phone is not None:
            # Once shown: the dialog gives its first field the keyboard as it opens.
            QTimer.singleShot(0, phone.setFocus)
        return settings


__all__ = ["DenialDialog"]
