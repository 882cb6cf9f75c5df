"""New-passphrase fields and their strength meter, shared by Change passphrase, Replace every
key (gui/vault_keys_dialogs.py) and the restore dialog's Emergency Kit way (gui/restore_dialog.py).

The new passphrase is judged by zxcvbn, the estimator the services refuse weak passphrases with
(services/vault_keys.passphrase_strength), so the meter and the refusal never disagree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from vault_app.gui.background import run_op
from vault_app.gui.i18n import current_language
from vault_app.gui.passphrase import ADVICE, LABELS, MeterFace, PassphraseField
from vault_app.services.vault_keys import MIN_PASSPHRASE_LEN, STRENGTH_FLOOR, WARN_BELOW, passphrase_strength

STRENGTH_AFTER_MS = 150


def calm_note(text: str) -> QLabel:
    """A word-wrapped note in the calm style (theme.py's calmNote)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("calmNote")
    return label


class ZxcvbnMeter(MeterFace):
    """Strength of a new passphrase by zxcvbn, computed on the worker a moment after the
    last keystroke (its first use loads word lists: never on the GUI thread)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = -1
        self.judged = ""
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STRENGTH_AFTER_MS)
        self._timer.timeout.connect(self._judge)
        self.on_judged: list[Callable[[], None]] = []

    @property
    def acceptable(self) -> bool:
        return self.judged == self._pending and len(self.judged) >= MIN_PASSPHRASE_LEN and self.score >= STRENGTH_FLOOR

    def update_for(self, text: str) -> None:
        self._pending = text
        self._timer.start()

    def _judge(self) -> None:
        text = self._pending
        if not text:
            self._show(text, (-1, ""))
            return
        run_op(self, lambda: _strength(text), on_success=lambda r: self._show(text, r))

    def _show(self, text: str, result: tuple[int, str]) -> None:
        if text != self._pending:
            return  # typed on since: the newer text is being judged
        score, advice = result
        self.judged, self.score = text, score
        self.bar.setValue(max(score, 0))
        if not text:
            self.label.setText(" ")
        elif len(text) < MIN_PASSPHRASE_LEN:
            self.label.setText(self.tr("<b>Too short.</b> Use at least {n} characters; "
                                       "four or more words is better.").format(n=MIN_PASSPHRASE_LEN))
        else:
            word = QCoreApplication.translate("StrengthMeter", LABELS[score])
            if score >= WARN_BELOW:
                extra = ""
            elif current_language() == "en":
                extra = f" {advice}"
            else:  # zxcvbn advises in English only: the other meter's advice, in the screen's language
                extra = " " + QCoreApplication.translate("StrengthMeter", ADVICE[max(score, 1)])
            self.label.setText(f"<b>{word}.</b>{extra}")
        self.bar.setAccessibleDescription(self.label.text())
        for fn in self.on_judged:
            fn()


def _strength(text: str) -> tuple[int, str]:
    return passphrase_strength(text)


class NewPassphraseFields:
    """New passphrase, its meter and its confirmation: the two dialogs below and the restore
    dialog's Emergency Kit way (it had fields of its own, judged by another meter than the
    one the restore itself checks with, and no word when the two did not match)."""

    def __init__(self, form: QFormLayout, changed: Callable[[], None], *, first_label: str = "",
                 confirm_label: str = "") -> None:
        self.first = PassphraseField(QCoreApplication.translate("NewPassphraseFields", "New passphrase"),
                                     QCoreApplication.translate("NewPassphraseFields", "New passphrase"))
        self.second = PassphraseField(QCoreApplication.translate("NewPassphraseFields", "Type it again"),
                                      QCoreApplication.translate("NewPassphraseFields", "Confirm new passphrase"))
        self.meter = ZxcvbnMeter()
        self.match = calm_note(" ")
        form.addRow(first_label or QCoreApplication.translate("NewPassphraseFields", "New passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(confirm_label or QCoreApplication.translate("NewPassphraseFields", "Confirm:"), self.second)
        form.addRow("", self.match)
        self.rows: tuple[QWidget, ...] = (self.first, self.meter, self.second, self.match)
        # A label's mnemonic focuses its buddy only if the buddy takes focus: a PassphraseField
        # does not, its edit does.
        for field in (self.first, self.second):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field.edit)
        self.first.textChanged.connect(self.meter.update_for)
        for signal in (self.first.textChanged, self.second.textChanged):
            signal.connect(lambda _t: self._changed(changed))
        self.meter.on_judged.append(changed)

    def _changed(self, changed: Callable[[], None]) -> None:
        if not self.second.text():
            self.match.setText(" ")
        else:
            same = self.first.text() == self.second.text()
            self.match.setText(
                QCoreApplication.translate("NewPassphraseFields", "The passphrases match.") if same
                else QCoreApplication.translate("NewPassphraseFields", "The passphrases do not match yet."))
        changed()

    def ready(self) -> bool:
        return self.meter.acceptable and self.first.text() == self.second.text()

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        for field in (self.first, self.second):
            field.clear()


__all__ = ["NewPassphraseFields", "ZxcvbnMeter", "calm_note"]
