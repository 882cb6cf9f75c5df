"""Backups: where they go, back up now (and check it), verify one, restore one, the reminder.
(What the window shows of the backups, its summary and its rows: gui/backups_list.py; the
restore's own dialog: gui/backup_restore_dialog.py; what a typed folder may not be:
gui/backup_folder_problems.py; what its result line says of a backup made: gui/backups_said.py, and
of a backup checked: gui/backups_checked.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import InvalidInput
from vault_app.gui import backup_locate, backup_now_steps, file_dialogs, quit_busy_words
from vault_app.gui.announce import SAID_STYLES
from vault_app.gui.backup_folder_problems import path_problem
from vault_app.gui.backup_now_steps import Progress, Words
from vault_app.gui.backup_restore_dialog import RestoreDialog
from vault_app.gui.backups_checked import checked_result
from vault_app.gui.backups_list import (
    KIND_WHOLE_ROLE,
    STATES,
    backup_refused_words,
    fill_rows,
    overview,
    reminder_words,
    restore_refused_words,
    short_folder,
    summary_words,
)
from vault_app.gui.backups_lost import LostFolders
from vault_app.gui.backups_said import BackupsSaid
from vault_app.gui.number_field import DAYS, TypedNumber, refused_number, said
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.screen_fit import size_in_screen
from vault_app.gui.widgets import (
    aloud_label,
    buddy_label,
    chooser_button,
    chosen_row,
    give_form_mnemonics,
    make_tree,
    wrapped_label,
)
from vault_app.services import backup, backup_registry, backup_repo_owner, backup_repo_restore
from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault


def _label(text: str = "", name: str = "", *, said_when_red: bool = False) -> QLabel:
    """A line of this screen: it shows folder and file names as they are, and a folder may be
    named "<b>x</b>" or "<a href=...>": Qt would draw such a name as markup. `said_when_red`: a
    calm line said to a screen reader while it is in a problem's style (gui/announce.py)."""
    label = aloud_label(text, name, styles=SAID_STYLES) if said_when_red else wrapped_label(text, name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _offered(button: QPushButton, refused: str) -> None:
    """`button` offered, or not with the reason `refused` as its tooltip and screen-reader description."""
    button.setEnabled(not refused)
    button.setToolTip(refused)
    button.setAccessibleDescription(refused)


class BackupsDialog(BackupsSaid, QDialog):
    # Back up now waiting (True) or no longer (False) for another copy's backup into its folder:
    # emitted from the job's thread, heard on this window's (its result line says so).
    other_copy_waits = Signal(bool)

    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.summary = _label(self.tr("Loading…"))
        self.summary.setAccessibleName(self.tr("Backup status"))
        self.reminder = _label("", "verdictRefused")
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Backup folder"))
        self.target.setPlaceholderText(self.tr("a folder on an external drive is best"))
        browse = chooser_button(self.tr("Ch&oose…"))
        browse.clicked.connect(self._browse)
        # What is wrong with a folder chosen with Choose…, said as it is chosen (Save checks again).
        self.target_note = _label("", "verdictRefused")
        self.target_note.setAccessibleName(self.tr("What is wrong with the backup folder"))
        self.target.textEdited.connect(lambda _text: self.target_note.setText(""))
        self.reminder_days = TypedNumber(1, 365, 1, range_said=said(DAYS))
        self.reminder_days.setSuffix(self.tr(" days"))
        self.reminder_days.setAccessibleName(self.tr("Remind me after"))
        # What the backups into the folder are: dated backups for vaults made since they became
        # the default, one file each time for those made before (the settings say which).
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of backup"))
        # Therapist's words on the screen, the technical ones a hover away (a walker read
        # «snapshots» and «chunks» in the Spanish window): what the folder holds is in the tooltips.
        self.kind.addItem(self.tr("Dated backups: each one writes only what changed"), "repo")
        self.kind.addItem(self.tr("One file each time"), "file")
        self.kind.setToolTip(self.tr(
            "Dated backups keep the vault in encrypted pieces, each stored once: after a day's "
            "work a backup writes about that day's changes. Use one folder per vault. (In technical "
            "terms: snapshots of a repository of encrypted chunks.)"))
        self.kind.currentIndexChanged.connect(self._explain_kind)
        self.kind_note = _label(" ", "calmNote")
        self.kind_note.setAccessibleName(self.tr("What the backup folder holds"))
        save = QPushButton(self.tr("&Save"))
        save.clicked.connect(self.save_settings)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        remind = QHBoxLayout()
        remind.addWidget(self.reminder_days)
        remind.addStretch(1)
        remind.addWidget(save)
        form = QFormLayout()
        # Each label's Alt letter takes the keyboard to its field; a row that is a layout gets
        # no buddy from QFormLayout, so those two are set here (they had no letter at all).
        form.addRow(buddy_label(self.tr("Back up &to:"), self.target), row)
        form.addRow("", self.target_note)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.kind_note)
        form.addRow(buddy_label(self.tr("Remind &me after:"), self.reminder_days), remind)
        self.tree = make_tree([self.tr("Created"), self.tr("File"), self.tr("Size"), self.tr("State"),
                               self.tr("Kind"), self.tr("Folder")], self.tr("Backups"))
        # What the file on disk shows happened to a backup that changed outside this vault
        # (another copy's purge: services/backup_changed.py), for the selected row.
        self.changed_note = _label("", "calmNote")
        self.changed_note.setAccessibleName(self.tr("What happened to the selected backup"))
        self.tree.currentItemChanged.connect(self._explain_row)
        # Beside what the row says, for a backup whose file is not there (gui/backup_locate.py).
        self.locate_button = QPushButton(self.tr("&Locate…"))
        self.locate_button.setAccessibleName(self.tr("Locate the selected backup's file"))
        self.locate_button.setHidden(True)
        self.locate_button.clicked.connect(self._locate_selected)
        self._missing: set[str] = set()
        # The backup the result line's check is about (its row's path), and the words said of it.
        self._result_about: tuple[str, str] | None = None
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.backup_now)
        # Check on its C, Close on another letter (Escape closes too): with Close on C, a walker's
        # Alt+C meant for Check closed the window instead (Alt+H was nobody's guess).
        verify = QPushButton(self.tr("&Check the selected backup"))
        verify.clicked.connect(self.verify_selected)
        restore = QPushButton(self.tr("&Restore the selected backup…"))
        restore.clicked.connect(self.restore_selected)
        self.restore_button = restore  # not offered in a vault a copy replaced (_show)
        # One file to take elsewhere, whatever the folder's kind: a snapshot cannot be copied off alone.
        self.copy_button = QPushButton(self.tr("Save a single-&file copy…"))
        self.copy_button.setAccessibleName(self.tr("Save a single-file copy"))
        self.copy_button.clicked.connect(self._choose_copy_folder)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.backup_button)
        buttons_row.addWidget(self.copy_button)
        buttons_row.addWidget(verify)
        buttons_row.addWidget(restore)
        buttons_row.addStretch(1)
        self.result_label = _label("", "calmNote", said_when_red=True)
        self.other_copy_waits.connect(self._other_copy_said)
        self.result_label.setAccessibleName(self.tr("Backup result"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.reminder)
        self.lost_folders = LostFolders(controller, self)  # a folder deleted with its backups: until read
        layout.addWidget(self.lost_folders)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.changed_note, 1)
        note_row.addWidget(self.locate_button)
        layout.addLayout(note_row)
        layout.addLayout(buttons_row)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        # Within the screen: 560 high put Close below a 1366x768 laptop's edge at 150 %.
        self.resize(size_in_screen(self, QSize(780, 560)))
        give_form_mnemonics(self, [])  # Qt's Close, where a letter is free
        self._back_up_when_read = False
        self._backup_refused = ""  # why Back up now is not offered ("" while it is: _show)
        self._running: set[str] = set()  # "backup", "copy": running beside the work (_start_beside)
        controller.changed.connect(self._on_changes)
        self.said_waiting_at_open()
        self.load()

    def _on_changes(self, changes: Changes) -> None:
        # Backups made, checked, configured or restored by any path.
        if changes.touches(Kind.BACKUPS):
            self.load()

    def load(self) -> None:
        self.controller.query(self, overview).success(self._show).run()

    def back_up_once_shown(self) -> None:
        """Back up now as soon as the folder is read in (asked from elsewhere: the passphrase
        just changed); before, the field is still empty and Back up now asks for a folder."""
        self._back_up_when_read = True
        self.load()  # the window may have been open already

    def _show(self, data: Any) -> None:
        status = data["status"]
        conf = status["settings"]
        if not self.target.text():
            self.target.setText(conf.get("target") or "")
        self.reminder_days.setValue(int(conf.get("reminder_days") or 7))
        self.kind.setCurrentIndex(max(0, self.kind.findData(conf.get("kind") or "file")))
        self._explain_kind()
        # A vault a copy replaced: a restore would put that copy's backup, keys and all, over it, and a
        # backup would mix this vault's with that copy's in its folder (round 46). Not offered; said why.
        _offered(self.restore_button, restore_refused_words(data))
        self._backup_refused = backup_refused_words(data)
        had_keyboard = self.backup_button.hasFocus() or self.focusWidget() is self.backup_button
        _offered(self.backup_button, self._backup_refused)
        if self._backup_refused and had_keyboard:
            # Not on to the next button (Enter then opened "Save a single-file copy…"): on Close.
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.backup_button.setDefault(not self._backup_refused)  # Enter no longer presses a refused backup
        if self._back_up_when_read:
            self._back_up_when_read = False
            self.backup_now()
        self.summary.setText(summary_words(data))
        self.reminder.setText(reminder_words(data))
        self.lost_folders.show_for(data.get("lost_unread") or [])
        self._missing = {str(b["path"]) for b in data["backups"] if b["state"] == "missing"}
        self.changed_note.setText("")
        fill_rows(self.tree, data["backups"])

    def _explain_row(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        # Its whole kind when the column says it short (gui/backups_list.py), then what happened to it.
        said = "\n".join(filter(None, (str(current.data(4, KIND_WHOLE_ROLE) or ""), current.toolTip(0)))) \
            if current is not None else ""
        self.changed_note.setText(f"{current.text(1)}: {said}" if current is not None and said else "")
        # A check's result is about one backup: another row selected, it goes (found by a walker: the
        # result about the newest stayed under the buttons while a "changed" row's note was read).
        # The list read again (no row for a moment, then the same one) keeps it.
        about = self._result_about
        if current is not None and about is not None and str(current.data(0, Qt.ItemDataRole.UserRole)) != about[0]:
            self._result_about = None
            if self.result_label.text() == about[1]:  # not words said since (Back up now's)
                self.result_label.setText("")
                self._detail("")
                self._tone(False)
        self.locate_button.setHidden(current is None or str(current.data(0, Qt.ItemDataRole.UserRole)) not in
                                     self._missing)

    def _locate_selected(self) -> None:
        path = self._selected()
        if path is not None:
            backup_locate.choose_and_locate(self, self.controller, path, self._located)

    def _located(self, words: str, summary: dict[str, Any]) -> None:
        self._verified(summary)  # found and checked again: the check's words below the finding
        self.result_label.setText("\n".join((words, self.result_label.text())))
        self._result_about = (str(summary.get("path") or ""), self.result_label.text())
        self.load()  # the row at its new place (also read again from the ledger's notice)

    def _explain_kind(self) -> None:
        if self.kind.currentData() == "repo":
            self.kind_note.setText(self.tr(
                "The folder becomes a backup folder of dated backups. Copy the whole folder to move it to another "
                "drive, or save a single-file copy to take elsewhere. A destruction removes the chart from every "
                "dated backup."))
            self.kind_note.setToolTip(self.tr(
                "Inside the folder: 'snapshots' holds one small file for each dated backup, 'chunks' the vault's "
                "encrypted pieces, each stored once and shared by the dated backups. Copy the folder whole."))
        else:
            self.kind_note.setToolTip("")
            self.kind_note.setText(self.tr(
                "Each backup is one file in the folder; each can be copied elsewhere on its own. A destruction "
                "removes the chart from every backup file it can reach, which takes longer for each file."))

    def _browse(self) -> None:
        chosen = file_dialogs.existing_directory(self, self.tr("Backup folder"), self.target.text() or str(Path.home()))
        if chosen:
            self.target.setText(chosen)
            self._judge_chosen(chosen)

    def _judge_chosen(self, text: str) -> None:
        """The chosen folder refused as Save would refuse it (a vault's folder, a repository's
        own folders, a file, another vault's backups), said under the field; nothing saved."""
        said = path_problem(text)
        if said is not None:
            self.target_note.setText(self.tr(said))
            return
        kind = str(self.kind.currentData())

        def job(v: Vault) -> None:
            backup_registry.refused_target(v, Path(text))
            if kind == "repo":
                backup_repo_owner.refuse_taken(Path(text), v.vault_id)

        def judged(problem: str) -> None:
            if self.target.text().strip() == text:  # not a folder chosen since
                self.target_note.setText(problem)

        def refused(exc: BaseException) -> bool:
            judged(refusal_text(exc))
            return True

        self.controller.query(self, job).success(lambda _none: judged("")).failure(refused).run()

    def _without_its_path(self, text: str) -> bool:
        """A path no disk can take, said here before any is touched: a folder name typed without
        its path ("backups") was taken inside the folder the app was started from, and the field
        went on saying "backups"; a control character, a name or a path over the system's limit
        came back as "Something went wrong", and "~someone" naming no user raised on the GUI thread."""
        said = path_problem(text) if text else None
        if said is not None:
            self._detail("")
            self.result_label.setText(self.tr(said))
            return True
        return False

    def save_settings(self) -> None:
        if refused_number(self.reminder_days):
            return
        target, days, kind = self.target.text().strip() or None, self.reminder_days.value(), self.kind.currentData()
        if self._without_its_path(target or ""):
            return
        # The dialog reads itself again from the backup.settings_changed notice. The refusal's
        # words are taken here, on the GUI thread, in the screen's language.
        not_a_folder = self.tr("{0} is a file, not a folder.").format(target)
        choose_a_folder = self.tr("Choose a folder for your backups.")

        def job(v: Vault) -> None:
            if target and Path(target).expanduser().is_file():
                # Saved, a file failed only at the next backup (the automatic one at a lock).
                raise InvalidInput(not_a_folder, hint=choose_a_folder)
            if target and kind == "repo":  # another vault's backup folder is refused, not saved
                backup_repo_owner.refuse_taken(Path(target), v.vault_id)
            backup.configure(v, target=target, reminder_days=days, kind=kind)

        self.controller.op(self, job, label=self.tr("Saving…")).run()

    def backup_now(self) -> None:
        if self._backup_refused:  # not offered (a vault a copy replaced): asked another way, said here
            self._detail("")
            self.result_label.setText(self._backup_refused)
            return
        text = self.target.text().strip()
        if not text:
            self._detail("")
            self.result_label.setText(self.tr("Choose a backup folder first."))
            return
        if self._without_its_path(text):
            return
        target, kind = Path(text), str(self.kind.currentData())
        words = Words(self.tr("Backing up and checking the backup…"), self._waiting_words(), *self._other_copy())

        def job(v: Vault, progress: Progress) -> Any:
            conf = backup.settings(v)
            if conf.get("target") != str(target.expanduser().resolve()) or conf.get("kind") != kind:
                backup.configure(v, target=str(target), kind=kind)
            # The vault's state held in milliseconds here; built and checked on a thread of its
            # own while the worker runs the therapist's saves; registered back here.
            return backup_now_steps.steps(v, target, progress, words)

        self._start_beside("backup", words.working, job, self._backed_up_now, self._not_now)

    def _waiting_words(self) -> str:
        return self.tr("Waiting for the backup made at the lock to finish…")

    def _other_copy(self) -> tuple[str, Callable[[bool], None]]:
        """Back up now's words while another copy of the app writes into the backup folder, and
        who tells this window's line (from the job's thread: queued here by the signal)."""
        return (self.tr("Waiting for the other copy of the app to finish its backup in this folder…"),
                self.other_copy_waits.emit)

    def _other_copy_said(self, waiting: bool) -> None:
        said = self.tr("Another copy of the app (or a backup command) is backing up into this folder. Your backup "
                       "waits for it to finish, then goes on by itself (at most two minutes).")
        if waiting:
            self._detail("")
            self._tone(False)
            self.result_label.setText(said)
        elif self.result_label.text() == said:  # its wait is over: what comes next is said as it ends
            self.result_label.setText("")

    def _not_now(self, exc: BaseException) -> bool:
        """Back up now's own refusals (one already running, one stopped by a destruction; its folder
        kept busy while a quit asks about it) said on the result line, as "Still working on it" is;
        the others in their dialog."""
        from vault_app.services import backup_now  # Lazy (start-up): loaded by the job already

        if not backup_now.said_beside(exc) and not quit_busy_words.asked_by_the_quit(self, exc):
            return False
        self.result_label.setText(refusal_text(exc))
        return True

    def _start_beside(self, what: str, label: str, job: Callable[[Vault, Progress], Any], done: Callable[[Any], None],
                      refused: Callable[[BaseException], bool] = lambda _exc: False) -> None:
        """A backup beside the work: this window and its "Please wait" block no other window
        (the open note stays writable) and take no typing. Its button stays enabled while it
        runs, and a second press says so: disabled, it sent the keyboard on to the next button,
        and a walker's typing meant for the note pressed "Save a single-file copy…"."""
        if self._still_running(what):
            return
        self._detail("")  # a check's detail is not about what this says
        self._running.add(what)
        self.controller.op(self, job, label=label, progress=True, beside=True).success(done).failure(refused) \
            .finally_(lambda: self._running.discard(what)).run()

    def backing_up(self) -> bool:
        """Whether Back up now (or a single-file copy) runs from this window (a quit meanwhile lets its
        "Please wait" say what the quit waits for: gui/quit_backup.py)."""
        return bool(self._running)

    def _still_running(self, what: str) -> bool:
        if what in self._running:
            self._detail("")
            self.result_label.setText(self.tr("Still working on it: what it finds is said here when it is done."))
        return what in self._running

    def _choose_copy_folder(self) -> None:
        if self._still_running("copy"):
            return
        chosen = file_dialogs.existing_directory(self, self.tr("Save a single-file copy in"),
                                                 str(Path.home()))
        if chosen:
            self.save_single_file_copy(Path(chosen))

    def save_single_file_copy(self, folder: Path) -> None:
        """One checked backup file in `folder`, to take elsewhere. Registered like any backup
        (so a destruction purges it when its drive is plugged in), never rotated: the copies
        the therapist keeps there are theirs to remove."""
        words = Words(self.tr("Saving a single-file copy and checking it…"), self._waiting_words(), *self._other_copy())

        def job(v: Vault, progress: Progress) -> Any:
            return backup_now_steps.steps(v, folder, progress, words, copy=True)  # built beside, as Back up now

        self._start_beside("copy", words.working, job, self._copy_saved_now, self._not_now)

    def _selected(self) -> Path | None:
        item = chosen_row(self.tree)
        if item is None:
            self._detail("")
            self.result_label.setText(self.tr("No backup yet: Back up now makes the first.")
                                      if self.tree.topLevelItemCount() == 0
                                      else self.tr("Choose a backup in the list first."))
            return None
        return Path(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def verify_selected(self) -> None:
        path = self._selected()
        if path is None:
            return
        row = str(path)

        def verified(summary: dict[str, Any]) -> None:
            self._verified(summary)
            self._result_about = (row, self.result_label.text())

        self.controller.op(self, lambda v: backup_repo_restore.verify_copy(path, vault=v),
                           label=self.tr("Checking the backup…")) \
            .success(verified).run()

    def _verified(self, summary: dict[str, Any]) -> None:
        said = checked_result(summary)  # gui/backups_checked.py
        self._tone(said.problem)
        self.result_label.setText(said.text)
        self._detail(said.detail)

    def _detail(self, text: str) -> None:
        """The result line's technical detail (a check's terms), "" for none."""
        self.result_label.setToolTip(text)
        self.result_label.setAccessibleDescription(text)

    def restore_selected(self) -> None:
        if not self.restore_button.isEnabled():  # not offered (a vault a copy replaced): its tooltip says why
            return
        path = self._selected()
        if path is None:
            return
        dialog = RestoreDialog(self.controller, path, parent=self)
        dialog.open()


# STATES, short_folder, overview, RestoreDialog: re-exported for those that took them from here.
__all__ = ["STATES", "BackupsDialog", "RestoreDialog", "overview", "short_folder"]
