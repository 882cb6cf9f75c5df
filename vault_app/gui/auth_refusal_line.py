"""The authorization form's refusal goes once what it was about changes (K10).

Found: "The authorization lacks required elements: a purpose…" stayed in red under the form
after the purpose was typed, so the form read as refused while it was right (and a screen reader
had been told a refusal nothing took back). A refusal names its field (VaultError.field); a
change of that field, or of a field that answers it with it (any of the three "Covers" ticks,
the expiration's date or event), takes the words away: Record says them again if they still
hold. A refusal about another field stays, being still true; one naming no field this form
shows could have been answered by any change, and goes at the first.

Only the refusal: the minor's warning on the same line ("Check before recording: …") is the
form's own, taken back when the signature changes (auth_dialog._signature_changed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

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


class RefusalLine:
    """Watches the form's fields (`fields`: each field's key and widget) and empties `message`
    when the refusal it shows is about the one that changed. `changed(key)` for what changes
    otherwise than by its widget's own signal (the scan, chosen in a file chooser)."""

    def __init__(self, message: QLabel, fields: Mapping[str, QWidget]) -> None:
        self.message = message
        self.keys = frozenset(fields)
        self._about: tuple[str, str] | None = None  # the refusal's field, and its words as shown
        for key, widget in fields.items():
            _on_change(widget, lambda key=key: self.changed(key))

    def refused(self, exc: BaseException) -> None:
        """`exc` was just said on the message line (or moved from it: auth_signer_problem)."""
        field = str(getattr(exc, "field", "") or "")
        if getattr(exc, "code", "") == "authorization.signer_member_missing":
            field = "signer_member_missing"
        self._about = (field, self.message.text()) if self.message.text() else None

    def changed(self, key: str) -> None:
        if self._about is None:
            return
        field, words = self._about
        if self.message.text() != words:  # the line says something else since (a warning, news)
            self._about = None
            return
        known = field in TOGETHER or field in self.keys
        if not known or key in TOGETHER.get(field, (field,)):
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


__all__ = ["TOGETHER", "RefusalLine"]
