"""A refusal at Save that names a field takes the keyboard there, as a form's own refusals do
(a date half-typed, a file not given): found in the real app, "The date of birth is in the
future." was said under the form while the keyboard stayed on the Save button, disabled
during the save, so it had moved on to Cancel, and the next Enter or Space closed the form.

The services name what they refuse in their first words ("The date of birth is in the
future.", "The revocation date is before the authorization was signed."): domain/clinical's
parse_date writes "The {what} ...", and each form says which of its fields each name is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QWidget

from vault_app.gui.background import show_inline


def focus_named(exc: BaseException, fields: Mapping[str, QWidget]) -> QWidget | None:
    """The field the refusal names ("The {what} ..."), given the keyboard; None when none is."""
    message = str(getattr(exc, "message", ""))
    for what, field in fields.items():
        if message.startswith(f"The {what} ") and field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QDateTimeEdit):  # from its first part: a date typed again replaces it
                field.setSelectedSection(field.sectionAt(0))
            return field
    return None


def show_inline_at(label: QLabel, fields: Mapping[str, QWidget],
                   *kinds: type[BaseException]) -> Callable[[BaseException], bool]:
    """`show_inline`, and the keyboard on the field the refusal names."""
    shown = show_inline(label, *kinds)

    def handle(exc: BaseException) -> bool:
        if not shown(exc):
            return False
        focus_named(exc, fields)
        return True

    return handle


__all__ = ["focus_named", "show_inline_at"]
