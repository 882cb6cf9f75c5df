"""The first-run wizard's last pages: the Emergency Kit shown once, and the check that it was kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vault_app.gui import file_dialogs, kit_words
from vault_app.gui.background import run_op
from vault_app.gui.down_only_scroll import DownOnlyScrollArea
from vault_app.gui.i18n import current_language
from vault_app.gui.kit_file_name import suggested_kit_file
from vault_app.gui.widgets import wrapped_label as _label

if TYPE_CHECKING:
    from vault_app.services.emergency_kit import KitBlock
    from vault_app.services.vault import CreatedVault


# The vault the wizard created (None before): given by the wizard, so these pages need not
# import it (create_wizard imports this module; test_import_circles).
Created = Callable[[], "CreatedVault | None"]
# The practice's date and money conventions as chosen on the wizard's About you page (its
# "Dates and money"): the kit writes its date as the practice will write every other.
ChosenLocale = Callable[[], str]


class KitPage(QWizardPage):
    def __init__(self, created: Created, practice_locale: ChosenLocale) -> None:
        super().__init__()
        self._created_vault = created
        self._practice_locale = practice_locale
        self.setTitle(self.tr("Your Emergency Kit"))
        self.setSubTitle(self.tr("Shown only this once. Print it, or save it as a PDF, or write the key down by hand."))
        self.key_label = _label("", "recoveryKey")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        # On the page too, not only on paper: a therapist who writes the key down by hand was never
        # given what `certificate verify --fingerprint` asks for (walker wround2 #9).
        self.fingerprint = _label(" ")
        self.fingerprint.setObjectName("kitFingerprint")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save Emergency Kit as PDF"))
        self.save_button.clicked.connect(self._choose_file)
        # Printed straight from here: no file of the key left to delete (gui/kit_print.py).
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the Emergency Kit"))
        self.print_button.clicked.connect(self.print_kit)
        self.saved_label = _label(" ", "calmNote")
        self.problem = _label(" ", "verdictRefused")  # a save that failed, and what to do
        self.kept = QCheckBox(self.tr("I have saved or written down my Emergency Kit and will keep it somewhere safe"))
        self.kept.setAccessibleName(self.tr("I kept my Emergency Kit"))
        self.kept.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        # The lines scroll inside the page, "I have kept it" below them stays in view: on a 1366x768
        # laptop at 150 % the saved note's four lines came in and the page was laid out below its
        # minimum, the fingerprint drawn over the key's box, the paragraphs run together (walker
        # wday4, Spanish). As About you's lines (create_wizard_about.py).
        self.lines = QWidget()
        layout = QVBoxLayout(self.lines)
        layout.setContentsMargins(0, 0, 0, 0)
        # Which program, whose records, what else it takes: the kit's PDF said it, this page did
        # not. Said once the practice's names saved from About you are read back (initializePage).
        self.program = _label(" ")
        layout.addWidget(self.program)
        self.about = _label(" ")  # with or without the keyring, said once the vault exists
        layout.addWidget(self.about)
        layout.addWidget(self.key_label)
        layout.addWidget(self.fingerprint)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.lines_scroll = DownOnlyScrollArea()
        self.lines_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lines_scroll.setWidget(self.lines)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.lines_scroll, 1)
        outer.addWidget(self.kept)

    def _created(self) -> CreatedVault:
        created = self._created_vault()
        assert created is not None
        return created

    def initializePage(self) -> None:
        # "or this computer's keyring is lost" was said of a vault made without one (walk-first round 31).
        self.about.setText(kit_words.what_it_opens(self._created().device_secret_used))
        vault = self._created().vault
        folder = str(vault.folder)
        self.program.setText(kit_words.program("", folder))

        def practice() -> str:
            # Lazy (start-up): the first-run window; read on the worker, after the About you details
            # saved there (the wizard's one worker runs them in turn)
            from vault_app.services.emergency_kit import practice_of

            return practice_of(vault)

        run_op(self, practice, on_success=lambda who: self.program.setText(kit_words.program(who, folder)))
        groups = self._created().recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        from vault_app.services.certificates import public_key_fingerprint  # Lazy (start-up), as save_to's

        self.fingerprint.setText(self.tr(
            "Signing key fingerprint (for checking certificates): {fingerprint}. Write it down with the key: "
            "whoever checks your destruction certificates compares it.").format(
                fingerprint=public_key_fingerprint(vault.public_key)))

    def _choose_file(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save Emergency Kit"), suggested_kit_file(), "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def print_kit(self) -> None:
        """The kit on paper through the system's print dialog, the same page as the PDF; whose
        records read on the worker (the practice's names), the page printed here."""
        from vault_app.domain.locale_format import DEFAULT_LOCALE, paper_format  # Lazy (start-up): the first run
        from vault_app.services.certificates import public_key_fingerprint
        from vault_app.services.emergency_kit import kit_blocks, practice_of

        created = self._created()
        key, vault_id, folder = created.recovery_key, created.vault.vault_id, str(created.vault.folder)
        keyring, fingerprint = created.device_secret_used, public_key_fingerprint(created.vault.public_key)
        locale, language = self._practice_locale(), current_language()
        run_op(
            self,
            lambda: kit_blocks(recovery_key=key, vault_id=vault_id, folder=folder, key_fingerprint=fingerprint,
                               locale=locale, language=language, keyring=keyring, practice=practice_of(created.vault)),
            on_success=lambda blocks: self._print(blocks, paper_format(locale or DEFAULT_LOCALE)),
            label=self.tr("Preparing the Emergency Kit…"),
        )

    def _print(self, blocks: list[KitBlock], paper: str) -> None:
        from vault_app.gui.kit_print import print_kit  # Lazy (start-up): QtPrintSupport, only to print

        said = print_kit(self, blocks, paper)
        if said is not None:
            self.problem.setText(" ")
            self._say(self.saved_label, said)

    def save_to(self, path: Path) -> None:
        # Lazy (start-up): the first-run window; services.vault ~90 ms, certificates ~200 ms to import
        from vault_app.services.certificates import public_key_fingerprint
        from vault_app.services.emergency_kit import practice_of, save_pdf

        created = self._created()
        key, vault_id, folder = created.recovery_key, created.vault.vault_id, str(created.vault.folder)
        keyring = created.device_secret_used
        # The kit also carries the fingerprint `certificate verify --fingerprint` asks for.
        fingerprint = public_key_fingerprint(created.vault.public_key)
        # In the screens' language: a Spanish wizard printed an English kit with US dates.
        locale, language = self._practice_locale(), current_language()
        run_op(
            self,
            # Whose records (the names given on About you, saved when the vault was made), read on the worker.
            lambda: save_pdf(path, recovery_key=key, vault_id=vault_id, folder=folder, key_fingerprint=fingerprint,
                             locale=locale, language=language, keyring=keyring, practice=practice_of(created.vault)),
            on_success=self._saved,
            on_error=lambda exc: self._not_saved(path, exc),
            label=self.tr("Saving the Emergency Kit…"),
        )

    def _saved(self, path: Path) -> None:
        self.problem.setText(" ")
        # "Print it, then keep the paper safe" left the file on the computer (walk-first round 31): a
        # kit beside the vault, or in a synced or backed-up home folder, sits next to a copy of the
        # vault and opens it. Qt prints no PDF file, so the page says how.
        self._say(self.saved_label, kit_words.saved_to(path))

    def _say(self, line: QLabel, text: str) -> None:
        """A note after Print or Save, scrolled into view once laid out (below the fold at 150 %)."""
        line.setText(text)
        QTimer.singleShot(0, lambda: self.lines_scroll.ensureWidgetVisible(line, 0, 0))

    def _not_saved(self, path: Path, exc: BaseException) -> bool:
        """Said on the page, the key still on screen, naming the kit's folder: a dialog said
        "Check that the vault folder is writable by you" for a kit's folder the therapist could
        not write to, the vault folder being fine (found in the real app)."""
        # Lazy (start-up): the words of refusals come with the first failure
        from vault_app.domain.errors import EnvironmentProblem, InvalidInput
        from vault_app.gui.refusal_words import refusal_text

        if not isinstance(exc, EnvironmentProblem | InvalidInput):
            return False  # a bug: the dialog says so
        self.saved_label.setText(" ")
        if exc.code in ("disk.permission_denied", "disk.read_only"):
            self._say(self.problem, self.tr(
                "The Emergency Kit was not saved in {0}: this computer does not let the app write there. Save "
                "it in another folder (your Documents folder or a USB stick), or write the key down by hand.")
                .format(path.parent))
        else:
            self._say(self.problem, self.tr(
                "The Emergency Kit was not saved in {0}. {1} Or write the key down by hand.")
                .format(path.parent, refusal_text(exc)))
        return True

    def isComplete(self) -> bool:
        return self.kept.isChecked()


class KitCheckPage(QWizardPage):
    def __init__(self, created: Created) -> None:
        super().__init__()
        self._created_vault = created
        self.setTitle(self.tr("Check your Emergency Kit"))
        self.setSubTitle(self.tr("To be sure you kept it, type the last group of your recovery key."))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Last group of the recovery key"))
        self.answer.textChanged.connect(self._changed)
        self.feedback = _label(" ", "calmNote")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        label = QLabel(self.tr("&Last group:"))
        label.setObjectName("lastGroupLabel")
        label.setBuddy(self.answer)
        form.addRow(label, self.answer)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(_label(self.tr("If you did not keep it, go Back and save it now."), "calmNote"))
        layout.addStretch(1)

    def initializePage(self) -> None:
        # As long as the group to type (the last one is often shorter than the others): a
        # five-letter example beside four-letter groups read as a different key (found on Xvfb).
        example = "ABCDEFGHJK"[:len(self._expected())]
        self.answer.setPlaceholderText(self.tr("the last group, for example {0}").format(example))

    def _expected(self) -> str:
        created = self._created_vault()
        assert created is not None
        return created.recovery_key.rsplit("-", 1)[-1].upper()

    def _changed(self) -> None:
        typed = self.answer.text().strip().upper()
        if typed and len(typed) >= len(self._expected()):
            self.feedback.setText(self.tr("That matches.") if typed == self._expected()
                                  else self.tr("That does not match your kit."))
        else:
            self.feedback.setText(" ")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.answer.text().strip().upper() == self._expected()
