"""The first-run wizard's backup page: where backups go, and what that folder will hold.

New vaults back up as dated backups into a backup folder (a backup repository), not one
file per backup: what the therapist's backup drive holds changes, so the page says so
before the first backup is made. Choosing a folder is optional here (Vault > Backups…).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWizardPage

from vault_app.domain.errors import VaultError
from vault_app.gui import file_dialogs
from vault_app.gui.announce import SAID_STYLES
from vault_app.gui.background import run_op
from vault_app.gui.backup_folder_problems import expanded, path_problem
from vault_app.gui.backup_warnings import warning_words
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.widgets import aloud_label, chooser_button
from vault_app.gui.widgets import wrapped_label as _label

INSIDE = "inside"  # folder_problem's answer for a folder in the vault's own


def folder_problem(vault_folder: Path, text: str) -> str | None:
    """Why the typed folder cannot hold the backups of a vault in `vault_folder`, asked of the
    names alone since it runs at each keystroke on the GUI thread and a drive may be slow to
    answer: first what the Backups screen refuses (path_problem: "~someone" naming no user, a
    control character or lone surrogate, a name over the system's limit, a name without its
    path), in its untranslated words, context BackupsDialog; then INSIDE, the rule
    backup_registry.check_target applies (after resolving links) when a backup is made."""
    said = path_problem(text)
    if said is not None:
        return said
    vault_folder = Path(os.path.abspath(expanded(str(vault_folder))))
    target = Path(os.path.abspath(expanded(text)))
    if target == vault_folder or vault_folder in target.parents:
        return INSIDE
    return None


def _warnings(vault_folder: Path, target: Path, not_a_folder: str) -> tuple[str | VaultError | None, list[str]]:
    """(why the folder is refused, what to know about it). A new vault has no id yet: any
    backup repository already in the folder is another vault's (backup_repo_owner). A file, a
    vault's folder by a link or another vault's, are refused here, not at the first backup (the
    lock after the wizard), which would fail."""
    # Lazy (start-up): the first-run window; the backup register imports services.vault (~90 ms)
    from vault_app.services.backup_folder_place import refuse_in_a_vault_folder
    from vault_app.services.backup_registry import NEW_VAULT_KIND, target_warnings
    from vault_app.services.backup_repo_owner import owner_problem

    if target.exists() and not target.is_dir():
        return not_a_folder, []
    try:
        # Asked of the disk (links, "..", case): the typed letters are judged at each keystroke.
        refuse_in_a_vault_folder(target, vault_folder)
    except VaultError as refused:
        return refused, []
    return owner_problem(target, None), target_warnings(vault_folder, target, NEW_VAULT_KIND)


def problem_text(problem: str | None) -> str:
    """What the therapist reads for folder_problem's answer: the Backups screen's own words
    (and translation) for what path_problem refuses, the page's for a folder inside the vault's."""
    if problem is None:
        return " "
    if problem == INSIDE:
        return QCoreApplication.translate("BackupPage", "Backups cannot be kept inside the vault folder. Choose "
                                                        "another folder or drive.")
    return QCoreApplication.translate("BackupsDialog", problem)


class BackupPage(QWizardPage):
    def __init__(self, vault_folder: Callable[[], Path]) -> None:
        super().__init__()
        # The vault folder as the location page has it when this page is shown.
        self._vault_folder = vault_folder
        self.setTitle(self.tr("Backups"))
        self.setSubTitle(self.tr("Optional now: you can choose or change this later under Vault > Backups…"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Backup folder"))
        self.target.setPlaceholderText(self.tr("a folder on an external drive is best"))
        browse = chooser_button(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose backup folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.problem = _label(" ", "verdictRefused")
        self._taken: str | None = None  # why the folder is another vault's (looked at on the worker)
        self._looked_at: Path | None = None  # the folder whose look came back (_taken is about it)
        self.notes = aloud_label(" ", "calmNote", styles=SAID_STYLES)  # said while a warning (_set_notes)
        self.notes.setAccessibleName(self.tr("About the backup folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "Your backups go into a backup folder of dated backups. Each one writes only what changed "
            "since the last one, so a year of backups takes little more room than the vault itself.")))
        layout.addWidget(_label(self.tr(
            "To move your backups or keep a second copy, copy the whole folder. To take one backup elsewhere, "
            "save a single-file copy from Vault > Backups…")))
        layout.addSpacing(8)
        layout.addWidget(_label(self.tr("Where should backups go?"), "sectionTitle"))
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.notes)
        layout.addWidget(_label(self.tr(
            "Once a folder is chosen, the app backs up by itself when you lock it or quit, if anything "
            "changed, and checks each backup as a restore would."), "calmNote"))
        layout.addStretch(1)
        self.target.textChanged.connect(self._changed)
        self.target.editingFinished.connect(self._look_at_folder)

    def _browse(self) -> None:
        chosen = file_dialogs.existing_directory(self, self.tr("Backup folder"), self.target.text() or str(Path.home()))
        if chosen:
            self.target.setText(chosen)
            self._look_at_folder()

    def _typed(self) -> str:
        return self.target.text().strip()

    def chosen(self) -> Path | None:
        """The folder typed, its ~ expanded (never raising); None when none is typed."""
        text = self._typed()
        return expanded(text) if text else None

    def _changed(self) -> None:
        text = self._typed()
        self.problem.setText(problem_text(folder_problem(self._vault_folder(), text) if text else None))
        self._set_notes(" ", warning=False)
        self._taken = None  # looked at again once the folder is chosen
        self._looked_at = None
        self.completeChanged.emit()

    def _look_at_folder(self, then_next: bool = False) -> None:
        """What the folder means for backups (a cloud folder, the vault's own disk, single-file
        backups already there), looked at on the worker: a drive may be slow to answer."""
        target = self.chosen()
        if target is None or not self.isComplete():
            return
        vault_folder = self._vault_folder()
        not_a_folder = self.tr("{0} is a file, not a folder. Choose a folder for your backups.").format(target)
        run_op(self, lambda: _warnings(vault_folder, target, not_a_folder),
               on_success=lambda found: self._show_warnings(found, target, then_next))

    def _show_warnings(self, found: Any, target: Path, then_next: bool) -> None:
        if self.chosen() != target:
            return  # typed on since: that folder is looked at in turn
        refusal, warnings = found
        # Said by its code in the screen's language (owner_problem gives the refusal itself).
        taken = refusal_words(refusal)[0] if isinstance(refusal, VaultError) else refusal
        # Refused, not merely noted: the wizard cannot finish with another vault's folder.
        self._taken = taken
        self._looked_at = target
        if isinstance(refusal, VaultError):
            warnings = [w for w in warnings if w != refusal.message]  # said once, as the refusal
        if taken:
            self.problem.setText(taken)
        said = " ".join(warning_words(w) for w in warnings)
        wizard = self.wizard()
        on_page = wizard is not None and wizard.currentPage() is self
        if then_next and warnings and not taken and on_page:
            # The Next that stopped says so: it seemed to do nothing (Spanish screens' walk).
            said += "\n" + self.tr("Read this first: press Next again to use this folder anyway, or choose another.")
        self._set_notes(said or " ", warning=bool(warnings))
        self.completeChanged.emit()
        # What to know about the folder (the vault's own disk, a cloud folder) is left on the
        # page to be read: with Enter right after the path it flashed and the wizard went on
        # (found in the real app). Next again goes on: the folder has been looked at.
        if then_next and not taken and not warnings and wizard is not None and on_page:
            wizard.next()

    def _set_notes(self, text: str, *, warning: bool) -> None:
        """The folder's notes, styled as a warning when there is one (theme.py's warningNote):
        in the calm notes' placeholder grey the same-disk warning read as an aside."""
        self.notes.setText(text)
        name = "warningNote" if warning else "calmNote"
        if self.notes.objectName() != name:
            self.notes.setObjectName(name)
            self.notes.style().unpolish(self.notes)  # a style sheet's rule follows a new name only re-polished
            self.notes.style().polish(self.notes)

    def validatePage(self) -> bool:
        """Next (Enter right after typing the folder) waits for the folder's look: it went on
        before the look came back, and a file or another vault's folder was taken."""
        if not self.isComplete():  # Next is greyed then; Enter in the field comes here all the same
            return False
        target = self.chosen()
        if target is None or self._looked_at == target:
            return not self._taken
        self._look_at_folder(then_next=True)
        return False

    def isComplete(self) -> bool:
        text = self._typed()
        return not text or (folder_problem(self._vault_folder(), text) is None and not self._taken)
