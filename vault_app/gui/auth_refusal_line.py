"""The authorization form's refusal goes once what it was about changes (K10).

Found: "The authorization lacks required elements: a purpose…" stayed in red under the form
after the purpose was typed, so the form read as refused while it was right (and a screen reader
had been told a refusal nothing took back). A refusal names its field (VaultError.field); a
change of that field, or of a field that answers it with it (any of the three "Covers" ticks,
the expiration's date or event), takes the words away: Record says them again if they still
hold. A refusal about another field stays, being still true; one naming no field this form
shows could have been answered by any change, and goes at the first.

A refusal naming several missing elements (its params' "more") is not taken away whole: the
form is checked again as Record would (services' check_only, nothing stored) and the line says
what is still missing, or nothing (found in the real app: ticking "Progress notes" took away a
list of eight elements still missing). The keyboard stays where it is.

Only the refusal: the minor's warning on the same line ("Check before recording: …") is the
form's own, taken back when the signature changes (auth_dialog_signer._signature_changed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui.refusal_words import refusal_text
from vault_app.services import authorizations

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

# The fields one refusal is about together: changing any of them may answer it.
TOGETHER: Mapping[str, tuple[str, ...]] = {
    "covers": ("cover_progress", "cover_psychotherapy", "cover_billing"),
    "expiration": ("use_date", "expires_on", "expiration_event"),
    "expiration_event": ("use_date", "expires_on", "expiration_event"),
    "expires_on": ("use_date", "expires_on", "expiration_event"),
    "notes_range": ("notes_from", "notes_to"),
    "notes_from": ("notes_from", "notes_to"),
    "notes_to": ("notes_from", "notes_to"),
    # Who may sign depends on who, as what, for which member, and on the day (an age on it).
    "signer_name": ("signer_name", "signer_role", "signer_authority", "signer_member", "signed_on"),
    "signer_role": ("signer_name", "signer_role", "signer_authority", "signer_member", "signed_on", "part2"),
    "signer_authority": ("signer_name", "signer_role", "signer_authority", "signer_member"),
    "signer_member_missing": ("signer_member",),
    "signed_on": ("signed_on",),
    "part2_patient_name": ("part2",),
    "scan": ("scan",),
    "file_name": ("scan",),
}


# Run on the worker thread: the form as Record would check it, nothing stored.
def still_refused(vault: Vault, client_id: str, values: dict[str, Any], scan_chosen: bool) -> VaultError | None:
    try:
        authorizations.add_authorization(vault, client_id, check_only=True,
                                          scan_attachment_id="pending" if scan_chosen else None, **values)
    except VaultError as exc:
        return exc
    return None


class RefusalLine(QObject):
    """Watches the form's fields (`fields`: each field's key and widget) and empties `message`
    when the refusal it shows is about the one that changed. `changed(key)` for what changes
    otherwise than by its widget's own signal (the scan, chosen in a file chooser). `recheck`:
    asks the form to be checked again (a refusal naming several elements), answered by `rechecked`.
    A signal, not a callable of the form's kept here: the change signals' lambdas, which PySide
    keeps alive, would then hold the form (tests/gui/test_screen_kept_at_collection.py)."""

    recheck = Signal()

    def __init__(self, message: QLabel, fields: Mapping[str, QWidget], *, rechecks: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.keys = frozenset(fields)
        self._about: tuple[str, str] | None = None  # the refusal's field, and its words as shown
        self._more = False  # it names more elements missing than its field's
        # Once the typing pauses: not a check on the worker at every key.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.recheck)
        self._rechecks = rechecks
        for key, widget in fields.items():
            _on_change(widget, self._changed_of(key))

    def _changed_of(self, key: str) -> Callable[[], None]:
        return lambda: self.changed(key)

    def refused(self, exc: BaseException) -> None:
        """`exc` was just said on the message line (or moved from it: auth_signer_problem)."""
        field = str(getattr(exc, "field", "") or "")
        if getattr(exc, "code", "") == "authorization.signer_member_missing":
            field = "signer_member_missing"
        self._about = (field, self.message.text()) if self.message.text() else None
        params = getattr(exc, "params", None) or {}
        self._more = isinstance(params, dict) and bool(params.get("more"))

    def rechecked(self, exc: VaultError | None) -> bool:
        """The form checked again: what is still refused said instead, or nothing. Not when the
        line has said something else meanwhile (Record pressed, its own answer there): False then,
        True when the line now says what the check found (the form places it as Record's)."""
        if self._about is None or self.message.text() != self._about[1]:
            return False
        self._about = None
        self.message.setText(refusal_text(exc) if exc is not None else "")
        if exc is not None:
            self.refused(exc)
        return True

    def changed(self, key: str) -> None:
        if self._about is None:
            return
        field, words = self._about
        if self.message.text() != words:  # the line says something else since (a warning, news)
            self._about = None
            return
        known = field in TOGETHER or field in self.keys
        if not known or key in TOGETHER.get(field, (field,)):
            if self._more and self._rechecks:
                self._timer.start()  # what is still missing, said once worked out (rechecked)
                return
            self._about = None
            self.message.setText("")


def _on_change(widget: QWidget, then: Callable[[], None]) -> None:
    """`then` called at each change of `widget`'s value, by the signal its kind has."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: then())
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(lambda _on: then())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: then())
    elif isinstance(widget, QDateTimeEdit):
        widget.dateChanged.connect(lambda _day: then())


__all__ = ["TOGETHER", "RefusalLine", "still_refused"]
