"""Who signs an authorization: the representative the form proposes for a minor (filled in as
the signer, said beside it while the form still names them), the consent to the minor's care
that goes with it, and a minor's warning read before recording (it stands only for the
signature it was read for). Held apart from the form (auth_dialog.py, past the ~450 lines a
file keeps to).

Mixed into AuthorizationDialog (before its dialog class); the form's widgets and state are the
form's (set in its __init__). Its words are said in its own translation context, AuthDialogSigner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from vault_app.gui.chart_words import representative_words
from vault_app.gui.refusal_words import problem_text
from vault_app.gui.widgets import masked_representative
from vault_app.services import authorizations, representatives

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox

    from vault_app.domain.clinical import Guardian
    from vault_app.gui.auth_dialog_consent import ConsentLine
    from vault_app.gui.date_field import DateField
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

    _Dialog = QDialog  # what the mixin is mixed into, for the type checker
else:
    _Dialog = object


# Run on the worker thread (the services never run on the GUI thread).
def proposed_signer(vault: Vault, client_id: str) -> tuple[Guardian, str] | None:
    """The representative the form proposes as signer, and how they are named ("Jane Roe, parent")."""
    found = authorizations.proposed_signer(vault, client_id)
    return None if found is None else (found, representatives.label(found))


# The signer's fields, which the app fills in itself for a minor (not typing, on their own).
SIGNER_FIELDS = ("signer_name", "signer_role", "signer_authority", "proposed")


class AuthDialogSigner(_Dialog):
    """Mixed into AuthorizationDialog: the signer proposed, the consent line, a minor's warning."""

    controller: App
    client_id: str
    proposed: tuple[str, str, str] | None
    signer_name: QLineEdit
    signer_role: QComboBox
    signer_authority: QLineEdit
    signer_note: QLabel
    signed_on: DateField
    part2: QCheckBox
    consent_line: ConsentLine
    message: QLabel
    save_button: QPushButton
    _restored: bool
    _initial: dict[str, Any]
    _warned_for: tuple[str, str, bool] | None
    _warning_read: str

    # The form's own (it overrides it); not in a TYPE_CHECKING block, where lupdate would lose
    # this class's name as the context of its strings (as in chart_actions.py).
    def _held_fields(self) -> dict[str, Any]:
        raise NotImplementedError

    def _propose(self, found: tuple[Guardian, str] | None) -> None:
        if found is None:  # the client signs
            return
        guardian, _english = found
        # In the screen's language (found in the real app: "parent (mother)" on a Spanish form, and
        # the English authority then recorded from its field); English reads as the domain's label.
        label = representative_words(guardian.name, guardian.authority, guardian.relationship)
        if self._restored and self.proposed is not None:
            # Held text is back with the signer proposed before the lock, as the therapist
            # left it: the note only, if that one is still the representative proposed.
            if self.proposed[0] == guardian.guardian_id:
                self._say_proposed(label)
            return
        if self.signer_name.text().strip():  # a signer typed already
            return
        privacy = bool(self.property("privacy"))
        self.proposed = (guardian.guardian_id, guardian.name, label.split(", ", 1)[1])
        self.signer_role.setCurrentIndex(self.signer_role.findData("personal_representative"))
        # Privacy mode: the name stays off the screen; left empty, the proposed one is recorded.
        self.signer_name.setText("" if privacy else guardian.name)
        self.signer_authority.setText(self.proposed[2])
        # The proposal is the app's, not typing: alone, it is not held nor asked about at Escape.
        now = self._held_fields()
        self._initial.update({key: now[key] for key in SIGNER_FIELDS})
        self._say_proposed(label)

    def _say_proposed(self, label: str) -> None:
        privacy = bool(self.property("privacy"))
        self.signer_note.setText(self.tr(
            "Proposed: {who}, the client's personal representative, who signs for this minor (45 CFR 164.502(g), "
            "164.508(c)(1)(vi)): under your age of consent for treatment, or above it unless the chart says the minor "
            "consented to their own care. From the age of majority, or where the minor consented to their own care, "
            "the client signs.").format(who=masked_representative(label, privacy)))
        self._note_follows_signer()  # a form restored with another signer: not beside it

    def _role_changed(self, *_args: object) -> None:
        # The proposed representative's authority ("parent") does not describe a client's own signature.
        if (self.proposed is not None and self.signer_role.currentData() == "client"
                and self.signer_authority.text() == self.proposed[2]):
            self.signer_authority.clear()
        self._note_follows_signer()

    def _note_follows_signer(self, *_args: object) -> None:
        # "Proposed: Jane Roe, parent" beside another signer's name read as if Jane Roe signed
        # (found in the real app): the note stays only while the form still names the proposed one.
        if self.proposed is not None and self.signer_note.text():
            self.signer_note.setVisible(self.guardian_id() is not None)

    def guardian_id(self) -> str | None:
        """The proposed representative's id while the form still names them as the signer."""
        if (self.proposed is not None and self.signer_role.currentData() == "personal_representative"
                and self.signer_name.text().strip() in ("", self.proposed[1])):
            return self.proposed[0]
        return None

    def restored_also(self) -> str:
        """Said after "Restored: …" on the message line (gui/held.restore_held): the warning read."""
        return self._check_text(self._warning_read) if self._warned_for is not None else ""

    def _check_text(self, warning: str) -> str:
        """The warning (a Problem of the core) in the screen's language, by its code: the core's
        English showed on a Spanish form (found in the real app)."""
        return self.tr("Check before recording: {0}").format(problem_text(warning))

    def _signature(self) -> tuple[str, str, bool]:
        return str(self.signer_role.currentData()), self.signed_on.date().toString("yyyy-MM-dd"), self.part2.isChecked()

    def _consent_read(self, *_args: object) -> None:
        self.consent_line.load(self.controller, self, self.client_id, self.signed_on.date().toString("yyyy-MM-dd"))

    def _consent_follows(self, *_args: object) -> None:
        self.consent_line.follow(self.signer_role.currentData() == "personal_representative")

    def _signature_changed(self, *_args: object) -> None:
        if self._warned_for is not None and self._warned_for != self._signature():
            self.forget_warning()

    def forget_warning(self) -> None:
        """A minor's warning read no longer stands (another signer, day, or member)."""
        if self._warned_for is not None:
            self._warned_for, self._warning_read = None, ""
            self.message.setText("")
            self.save_button.setText(self.tr("Record authorization"))


__all__ = ["SIGNER_FIELDS", "AuthDialogSigner", "proposed_signer"]
