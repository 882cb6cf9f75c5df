"""The request window's small record windows (a review referred or decided, a statement of
disagreement or a rebuttal, the client's ask that a denial go with later disclosures, an
inspection): their words, a form, the line where a problem is said, Cancel and the one step. The
step runs once the dates typed are whole; the window closes once it is recorded, or says the
refusal with what was typed still there and the keyboard on the field it concerns. Five windows
had these lines each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.escape_guard import GuardedDialog, typed_into
from vault_app.gui.forms import error_label
from vault_app.gui.refusal_words import refusal_text

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


class RecordDialog(GuardedDialog):
    """A subclass builds its fields and its buttons, then lay_out(); its record() checks with ready() and runs the
    step with run_step(); refused_focus() names the field a refusal concerns."""

    def __init__(self, controller: App, request_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.request_id = controller, request_id
        self.setObjectName(name)

    def lay_out(self, intro: str, form: QFormLayout, buttons: tuple[QDialogButtonBox, QPushButton], *,
                form_grows: bool = False) -> None:
        """The words, the form (taking the height left when `form_grows`: a text to type), the
        problem line, and `buttons`: forms.action_buttons(self, <the step>, self.record), made by
        the window itself (tests/gui/test_form_mnemonics finds the forms by that call)."""
        words = QLabel(intro)
        words.setWordWrap(True)
        self.message = error_label()
        self.buttons, self.record_button = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addLayout(form, 1 if form_grows else 0)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def typed(self) -> bool:
        return typed_into(self)

    def record(self) -> None:
        raise NotImplementedError

    def ready(self, *dates: QDateEdit) -> bool:
        """The last problem cleared; False (said, the keyboard on it) while a date is half typed."""
        self.message.setText("")
        return not unfinished_date(*dates)

    def run_step(self, step: Callable[[Vault], object], busy: str) -> None:
        """`step` recorded off the window's thread (`busy`: what the wait says); closed once done."""
        self.controller.op(self, step, label=busy).success(lambda _r: self.accept()).failure(self._refused).run()

    def refused_focus(self, exc: VaultError) -> QWidget | None:
        """The field a refusal concerns, to take the keyboard; None leaves it where it is."""
        return None

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, VaultError):
            return False
        self.message.setText(refusal_text(exc))
        field = self.refused_focus(exc)
        if field is not None:
            field.setFocus()
        return True


def day_of(field: QDateEdit) -> date:
    """The day a date field holds (checked whole first: RecordDialog.ready)."""
    d = field.date()
    return date(d.year(), d.month(), d.day())


__all__ = ["RecordDialog", "day_of"]
