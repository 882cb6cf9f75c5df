"""Vault > Check the Emergency Kit…: she types (or pastes) the recovery key from the paper in her
drawer and learns whether it still opens this vault (services/kit_check.py), on the worker,
changing nothing. Found by a walker closing a practice: the only way to test a kit was
`vault-app backup verify --recovery-key-file`, and a vault kept for the years of a retention
period is one whose kit must still work at the end of them.

The window says when the kit was last found to open the vault (a check, or a recovery with it) or
that it was not since it was made: "once a year" asks for the date of the last time.

The key is taken out of the field (and its undo) when the window closes, by Close, Escape or the
lock that closes every window of the vault (main_window._close_dialogs rejects them). Python keeps
no way to wipe a str: the dialog keeps no copy of it, so only the field held it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui.dates import show_date
from vault_app.gui.forms import error_label
from vault_app.gui.passphrase import keep_secret
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import give_form_mnemonics

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.kit_check import KitChecks
    from vault_app.services.vault import Vault


class KitCheckDialog(QDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Check the Emergency Kit"))
        self.setObjectName("kitCheckDialog")
        intro = QLabel(self.tr(
            "Type or paste the recovery key printed on your Emergency Kit (dashes and spaces do not matter). "
            "The check changes no key: your passphrase and your kit stay as they are."))
        intro.setWordWrap(True)
        # When the kit last opened the vault: read on the worker once the window is up (_show_checks).
        self.last_checked = QLabel(" ")
        self.last_checked.setObjectName("calmNote")
        self.last_checked.setWordWrap(True)
        self.last_checked.setAccessibleName(self.tr("When the kit was last checked"))
        self.key = QLineEdit()
        keep_secret(self.key)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("the recovery key from your Emergency Kit"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery key:"), self.key)
        # What the check found: green for a kit that opens the vault, red for anything else.
        self.verdict = error_label()
        self.verdict.setAccessibleName(self.tr("Result of the check"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setDefault(True)
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.last_checked)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.key.textChanged.connect(self._typed)
        self.key.returnPressed.connect(self.check)
        self.resize(560, 220)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        give_form_mnemonics(self, [self.check_button, *([close] if close is not None else [])])
        self._read_checks()

    def _read_checks(self) -> None:
        # Lazy (start-up): the vault code loads after the first paint (test_startup_imports.py)
        from vault_app.services.kit_check import checks

        self.controller.query(self, checks).success(self._show_checks).run()

    def _show_checks(self, found: KitChecks) -> None:
        if found.checked_at:
            self.last_checked.setText(self.tr("Last checked on {0}: the kit opened this vault.").format(
                show_date(found.checked_at)))
        elif found.made_at:
            self.last_checked.setText(self.tr(
                "Not checked since this kit was made on {0}. Check it once a year.").format(show_date(found.made_at)))
        else:
            self.last_checked.setText(self.tr("Not checked yet. Check it once a year."))

    def _typed(self) -> None:
        self.verdict.setText("")  # a verdict is about the key it was given, not one typed since
        self.check_button.setEnabled(bool(self.key.text().strip()))

    def check(self) -> None:
        if not self.check_button.isEnabled():
            return
        key = self.key.text()  # held by the check's closure only, until the check is done

        def opens(v: Vault) -> bool:
            # Lazy (start-up): the vault code loads after the first paint (test_startup_imports.py)
            from vault_app.services.kit_check import check_kit

            return check_kit(v, key)

        self.check_button.setEnabled(False)
        self.verdict.setText("")
        (self.controller.op(self, opens, label=self.tr("Checking the Emergency Kit…"))
         .success(self._said).failure(self._refused).run())

    def _said(self, opens: bool) -> None:
        self.check_button.setEnabled(bool(self.key.text().strip()))
        if opens:
            self._say(self.tr("This kit opens this vault."), ok=True)
            self._read_checks()  # the check just written: "Last checked on" today
        else:
            self._say(self.tr(
                "This is not the kit of this vault's current keys (a kit from before Replace every key "
                "opens only backups made before it)."), ok=False)

    def _refused(self, exc: BaseException) -> bool:
        self.check_button.setEnabled(bool(self.key.text().strip()))
        if isinstance(exc, VaultError):
            self._say(refusal_text(exc), ok=False)  # the wrong length, a stray character, a typo
            return True
        return False

    def _say(self, words: str, *, ok: bool) -> None:
        self.verdict.setObjectName("verdictOk" if ok else "verdictRefused")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setText(words)

    def done(self, result: int) -> None:
        # setText, not clear(): clear() is an edit Undo can take back, setText empties the history.
        self.key.setText("")
        super().done(result)


__all__ = ["KitCheckDialog"]
