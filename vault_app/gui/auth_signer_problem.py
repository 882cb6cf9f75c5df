"""The authorization form's refusal about who signs, said under "Signer is".

Found in review: the minor's own signature refused where the chart says a parent consented
(services/representatives.require_client_may_sign, field "signer_role") was said only on the
form's message line, below its scroll area, while the keyboard went to "Signer is" up in the
form: the reason and the field apart, the reason out of view on a laptop's screen. It is said in
a row under the field, as the form's date fields say theirs (gui/field_problem.py), and goes
once the signer changes or another refusal is said; or the day signed, the Part 2 consent or the
member who signed (`also`): who may sign is judged on the day, for that consent, for that member,
and the refusal stayed under the field once another day had answered it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea

from vault_app.gui.field_problem import FieldProblem

FIELD = "signer_role"


class SignerProblem:
    """Moves a refusal naming the signer's role from the form's message line to under the field."""

    def __init__(self, role: QComboBox, message: QLabel, scroll: QScrollArea,
                 also: Sequence[SignalInstance] = ()) -> None:
        self.problem = FieldProblem(role, "signerProblem")
        self.message, self.scroll = message, scroll
        role.currentIndexChanged.connect(lambda _index: self.problem.go())
        for changed in also:
            changed.connect(lambda *_args: self.problem.go())

    def refused(self, exc: BaseException, *, in_view: bool = True) -> None:
        """After the form said `exc` on its message line: there still for a refusal about another
        field; said under "Signer is" (and not twice) for one about the signer's role. `in_view`: the
        row scrolled into view (Record's answer; a recheck while typing leaves the view where it is)."""
        if str(getattr(exc, "field", "") or "") != FIELD:
            self.problem.go()
            return
        self.problem.say(self.message.text())
        self.message.setText("")
        if in_view:
            # Once placed and laid out: the row under the field in view too, not the field alone.
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.problem))


__all__ = ["SignerProblem"]
