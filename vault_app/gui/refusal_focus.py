"""A refusal at Save that names a field takes the keyboard there, as a form's own refusals do
(a date half-typed, a file not given): found in the real app, "The date of birth is in the
future." was said under the form while the keyboard stayed on the Save button, disabled
during the save, so it had moved on to Cancel, and the next Enter or Space closed the form.

A refusal says its field in words a program reads (VaultError.field, "date_of_birth"); each
form maps those keys to its widgets. The words of the message are no way to find it: they
change with the screen's language (gui/refusal_words.py) and with any rewording.

A refusal the core has not yet given a field is still found by its first words, as before:
the services name what they refuse first ("The revocation date is before the authorization
was signed."), domain/clinical's parse_date writes "The {what} ...". Such a form's mapping is
keyed by those words, or given as `named` beside the one keyed by fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QWidget

from vault_app.gui.background import show_inline


def _take(field: QWidget) -> QWidget | None:
    if not field.isEnabled():
        return None
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(field, QDateTimeEdit):  # from its first part: a date typed again replaces it
        field.setSelectedSection(field.sectionAt(0))
    return field


def focus_named(exc: BaseException, fields: Mapping[str, QWidget]) -> QWidget | None:
    """The field the refusal names in its first words ("The {what} ..."), given the keyboard;
    None when none is. For refusals without a field."""
    message = str(getattr(exc, "message", ""))
    for what, field in fields.items():
        if message.startswith(f"The {what} ") and field.isEnabled():
            return _take(field)
    return None


def focus_refused(exc: BaseException, fields: Mapping[str, QWidget],
                  named: Mapping[str, QWidget] | None = None) -> QWidget | None:
    """The widget of the refusal's field (`fields` by field key), given the keyboard. A refusal
    without a field, or with one this form does not show, falls back to its first words
    (`named`, else the keys of `fields` read as words)."""
    key = str(getattr(exc, "field", "") or "")
    if key and key in fields:
        return _take(fields[key])
    return focus_named(exc, fields if named is None else named)


def show_inline_at(label: QLabel, fields: Mapping[str, QWidget], *kinds: type[BaseException],
                   named: Mapping[str, QWidget] | None = None) -> Callable[[BaseException], bool]:
    """`show_inline`, and the keyboard on the field the refusal is about."""
    shown = show_inline(label, *kinds)

    def handle(exc: BaseException) -> bool:
        if not shown(exc):
            return False
        focus_refused(exc, fields, named)
        return True

    return handle


__all__ = ["focus_named", "focus_refused", "show_inline_at"]
