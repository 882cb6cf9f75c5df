"""Free text survives a lock. Every dialog with free text offers `held_entry()`; before the
vault (or the psychotherapy compartment) locks, its text is held, encrypted, in the
compartment it belongs to (services.held_text), queued ahead of the lock on the worker.
After unlock the same dialog reopens on the same chart with the text back in place
(held_restore.py: this module holds, that one reopens, so the dialogs can use this one).

An entry: {"where": "records"|"psychotherapy", "dialog": kind, "context": {...ids...},
"fields": {...}, "why": "lock"|"quit"|"psychotherapy", "half_typed": [...], "no_such_day": {...},
"focus": attribute}. A context value may be a function, read on the worker when the entry is
held (a new note's id, known once its first save is done). Ids and the typed text only; the
entry never reaches the ledger or a log.

A date field keeps only its last whole date (Qt's), which is what the forms' `held_entry` holds;
`half_typed` names the dialog's date fields (by attribute) that were half-typed, so they come
back said to be unfinished, with Save held, as before the lock. Without it a birth date typed
"02/30/2000" came back after Ctrl+Q as 02/03/2000, with no word, for Save to store (found on
Xvfb). Done here for every held form at once, from the dialog's own DateField attributes.
`no_such_day` keeps, by field, the day typed that its month does not have ("04/31/2001": 31),
so such a date comes back said to be one that does not exist, not only "not complete".
`why` says what took the form: its "Restored:" line said "locked" after a quit too.
`focus` names the dialog's field (by attribute) the keyboard was in, so it is back there: the
therapist goes on typing where the lock stopped them (a half-typed date first, as above).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from vault_app.domain.errors import EnvironmentProblem
from vault_app.gui import dates, held_unwritten, practice_clock
from vault_app.gui.date_field import DateField
from vault_app.gui.widgets import QT_TRANSLATE_NOOP
from vault_app.services import held_text

if TYPE_CHECKING:
    from vault_app.gui.seam import App
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)
Why = Literal["lock", "quit", "psychotherapy"]
# What an entry kept while its window was open (held_text.OPEN, "crash") says took it, once the
# unlock has read how the last run ended (main_window.take_held: `unheld_why`).
STOPPED, QUIT_UNHELD, QUIT_LOST = "stopped", "quit_unheld", "quit_lost"
_BY_END = {"open": STOPPED, "quit": QUIT_UNHELD, "lost": QUIT_LOST}  # services/window_end.py's words
UNHELD = frozenset({held_text.OPEN, STOPPED, QUIT_UNHELD, QUIT_LOST})


def unheld(why: object) -> bool:
    """Whether an entry was found kept while its window was open: no lock or quit held it."""
    return why in UNHELD


def unheld_why(entries: list[HeldEntry], ended: str | None) -> list[HeldEntry]:
    """`entries` with those kept while open saying how the last run ended (`ended`: a word of
    services/window_end, None when not known: they say what is true of a crash and a quit alike)."""
    why = _BY_END.get(ended or "")
    if why is None:
        return entries
    return [{**e, "why": why} if e.get("why") == held_text.OPEN else e for e in entries]
RESTORED = QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the vault locked.")
RESTORED_AFTER: dict[str, str] = {
    "lock": RESTORED,
    "quit": QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the app was closed."),
    "psychotherapy": QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the psychotherapy "
                                               "notes locked."),
    # Kept while the note was open (held_open.py), found at an unlock: no lock or quit held it. A
    # crash, or a Quit whose hold the full disk refused (nothing could be written to say it was a
    # quit): it said "stopped unexpectedly", untrue of that Quit (found in the real app).
    "crash": QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the app last closed."),
    # The same, told apart by how that run ended (services/window_end.py, read at the unlock: `unheld_why`):
    # it did not quit (a crash, the app ended by the system, the computer turned off) ...
    STOPPED: QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the app stopped without being "
                                       "quit (it crashed or was ended, or the computer turned off)."),
    # ... or it was quit, and the full disk refused to note that Quit in the vault.
    QUIT_UNHELD: QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when you quit the app; the disk "
                                           "was full, so the app could not note it then."),
    QUIT_LOST: QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when you chose Quit anyway while "
                                         "the disk was full."),
}
# Held before the reason was kept: true of a lock and of a quit alike.
RESTORED_UNSAID = QT_TRANSLATE_NOOP("held", "Restored: this is what you were typing when the vault closed.")


def restored_text(why: object = "lock") -> str:
    """The dialog's message line once it is back, in the user's language."""
    return QCoreApplication.translate("held", RESTORED_AFTER.get(str(why), RESTORED_UNSAID))


def saved_until(saved_at: str | None, why: object = held_text.OPEN) -> str:
    """After a crash, what a reopened note's line says of its text (held_open.py): it is as its
    last save left it, at `saved_at` (a stored moment: UTC). It said "nothing was lost", untrue
    there: what was typed within the autosave's delay before the stop is gone (found in the
    real app). A lock or a quit saves first, so that sentence stays true of them, and of a Quit
    whose note the disk could not note (QUIT_UNHELD: Quit asks first when a save was refused);
    after Quit anyway (QUIT_LOST), what was typed after the last save was lost."""
    if why == QUIT_UNHELD:
        return QCoreApplication.translate("held", "The note's text was saved as you typed; nothing was lost.")
    when = _local_moment(saved_at)
    if why == QUIT_LOST:
        if when is None:
            return QCoreApplication.translate("held", "The note is as it was last saved; what was typed after that "
                                                      "was lost when you chose Quit anyway.")
        shown = _saved_shown(saved_at, when)
        return QCoreApplication.translate("held", "The note is as it was last saved at {0}; what was typed after "
                                                  "that was lost when you chose Quit anyway.").format(shown)
    if when is None:
        return QCoreApplication.translate("held", "The note is as it was last saved; what was typed in the "
                                                  "last moment before the app closed may be missing.")
    shown = _saved_shown(saved_at, when)
    return QCoreApplication.translate("held", "The note is as it was last saved at {0}; what was typed in the "
                                              "last moment before the app closed may be missing.").format(shown)


def _saved_shown(saved_at: str | None, when: datetime) -> str:
    """The last save's moment as the note window says its "Saved" (gui/autosave.py): on the
    practice's clock with its zone named where it shows another time than this computer's (the
    session above it is on that clock, gui/practice_clock.moment_shown); else this computer's
    time alone today, with its day before."""
    if saved_at and practice_clock.elsewhere_at(saved_at) is not None:
        return practice_clock.moment_shown(saved_at)
    return dates.show_time(when) if when.date() == date.today() else dates.show_datetime(when)


def _local_moment(stamp: str | None) -> datetime | None:
    """A stored UTC moment on this computer's clock, without its zone (as the wall clock reads)."""
    try:
        moment = datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def hold(controller: App, entry: HeldEntry | None, why: Why = "lock",
         kept: Callable[[], None] | None = None) -> None:
    """`entry` held in its compartment, on the worker; refused by a full disk, kept in memory
    (held_unwritten.py), then `kept` is called (the psychotherapy tab says where its words are)."""
    if entry is None:
        return
    held = {**entry, "why": why}
    vault = controller.vault
    folder = vault.folder if vault is not None else None
    late: list[HeldEntry] = []

    def job(v: Vault) -> None:
        late.append(read_late(held))
        held_text.hold(v, held["where"], late[-1])

    def refused(exc: BaseException) -> bool:
        # The vault had no room for it (a full disk): kept in memory for this folder's next unlock
        # (held_unwritten.py), not thrown away with the window. Of the psychotherapy notes only
        # their note's words the disk refused: their lock keeps nothing else of them.
        read = late[-1] if late else read_late(held)
        if isinstance(exc, EnvironmentProblem) and folder is not None and (
                held["where"] == "records" or held_unwritten.loses_words(read)):
            held_unwritten.keep(folder, read)
            if kept is not None:
                kept()
        return _log_only(exc)

    controller.op(None, job).failure(refused).run()


def read_late(entry: HeldEntry) -> HeldEntry:
    """The entry with its context's and fields' late values read (on the worker, after the saves
    queued before the hold): a new progress note's id is set by its first save, which the lock's
    flush queued just before this (note_editor.py); its words, held only when that save was
    refused (held_note.lock_entry_of)."""
    read = dict(entry)
    for part in ("context", "fields"):
        values = entry.get(part)
        if isinstance(values, dict) and any(callable(v) for v in values.values()):
            read[part] = {k: v() if callable(v) else v for k, v in values.items()}
    return read


# The object name of a page that is no dialog but holds text over a lock (the Psychotherapy
# tab: gui/psychotherapy_held.py); it offers `held_entries()`, each held as a dialog's entry.
HELD_PAGE = "heldPage"


def hold_open_dialogs(controller: App, root: QWidget, where: str | None = None, why: Why = "lock") -> None:
    for entry in open_entries(root, where):
        hold(controller, entry, why)


def open_entries(root: QWidget, where: str | None = None) -> list[HeldEntry]:
    """The held entries of every open form under `root` (and of its held pages), read now on
    the GUI thread; their late ids are read on the worker (`read_late`)."""
    entries = [entry for dialog in root.findChildren(QDialog) if dialog.isVisible()
               and (entry := held_entry_of(dialog)) is not None]
    for page in root.findChildren(QWidget, HELD_PAGE):
        make = getattr(page, "held_entries", None)
        entries.extend(make() if make is not None else [])
    return [e for e in entries if where is None or e["where"] == where]


def held_entry_of(dialog: QDialog) -> HeldEntry | None:
    """The dialog's `held_entry()`, with the names of its date fields left half-typed."""
    make = getattr(dialog, "held_entry", None)
    entry: HeldEntry | None = make() if make is not None else None
    if entry is None:
        return None
    focus = _focused_field(dialog)
    if focus is not None:
        entry = {**entry, "focus": focus}
    fields = _date_fields(dialog)
    half = _half_typed(dialog, fields)
    if not half:
        return entry
    days = {name: day for name in half if (day := fields[name].meant_day()) is not None}
    return {**entry, "half_typed": half, **({"no_such_day": days} if days else {})}


def _focused_field(dialog: QDialog) -> str | None:
    """The dialog's own field (attribute) that has the keyboard, or holds the widget that has
    it (a date field's line edit): the innermost such, or None."""
    names = {id(value): name for name, value in vars(dialog).items() if isinstance(value, QWidget)}
    widget: QWidget | None = dialog.focusWidget()
    while widget is not None and widget is not dialog:
        if id(widget) in names:
            return names[id(widget)]
        widget = widget.parentWidget()
    return None


def _date_fields(dialog: QWidget) -> dict[str, DateField]:
    return {name: value for name, value in vars(dialog).items() if isinstance(value, DateField)}


def half_typed_dates(dialog: QWidget) -> list[str]:
    """The dialog's date fields (by attribute name) that are half-typed now, or were when the
    keyboard left them. One disabled in its form (the plan's goal date with no goal) is not:
    Save does not read it."""
    return _half_typed(dialog, _date_fields(dialog))


def _half_typed(dialog: QWidget, fields: dict[str, DateField]) -> list[str]:
    return [name for name, field in fields.items() if field.isEnabledTo(dialog) and field.half_typed()]


def restore_held(dialog: QDialog, entry: HeldEntry) -> None:
    """The held text back in the reopened dialog (its `restore_fields`); its half-typed dates
    said unfinished again, the keyboard on the first; its message line says what took it."""
    restore = getattr(dialog, "restore_fields", None)
    if restore is None:
        return
    restore(entry["fields"])
    fields = _date_fields(dialog)
    half = [fields[name] for name in entry.get("half_typed", ()) if name in fields]
    for name, day in dict(entry.get("no_such_day") or {}).items():
        if name in fields and isinstance(day, int):
            fields[name].keep_meant_day(day)
    for field in reversed(half):  # the first said last: it keeps the keyboard
        field.say_unfinished()
    if not half:
        _focus_back(dialog, entry.get("focus"))
    message = getattr(dialog, "message", None)
    if isinstance(message, QLabel):
        # What the form itself had said and still stands (a minor's warning read) follows.
        also = getattr(dialog, "restored_also", None)
        # Words that depend on what took the form (a note's after a crash: held_open.py).
        after = getattr(dialog, "restored_after", None)
        said = after(entry.get("why")) if callable(after) else also() if callable(also) else ""
        message.setText(" ".join(t for t in (restored_text(entry.get("why")), said) if t))
        if not said:
            _NewsUntilChanged.say(message)


# theme.py's names: a form's problem line, and the calm notes (what is news, not a problem).
_PROBLEM, _NEWS = "verdictRefused", "calmNote"


class _NewsUntilChanged(QObject):
    """ "Restored: …" on a form's problem line, in the calm notes' style, not the error colour
    it was said in (found by walkers: news read as a problem); the line's next words (a refusal
    at Save) are in its own style again. QLabel says nothing when its text changes; a label
    whose text changed is painted again (or shown) before it is seen, so that is when it is
    looked at. With the form's own words after it (a time not complete, a warning read), the
    line keeps its style: those are what the form says is wrong."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        self._news = label.text()
        self._accessible = label.accessibleName()
        label.installEventFilter(self)

    @classmethod
    def say(cls, label: QLabel) -> None:
        for before in label.findChildren(cls):  # said again on the same line: the last one counts
            before.take_back()
        if label.objectName() != _PROBLEM:
            return  # a line of the calm style already (a note's status line)
        cls(label)
        _restyle(label, _NEWS)
        label.setAccessibleName(QCoreApplication.translate("held", "About the form"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: cleared by the cycle collector (test_overrides_after_collection)
        if watched is getattr(self, "_label", None) and event.type() in (QEvent.Type.Paint, QEvent.Type.Show) \
                and self._label.text() != self._news:
            self.take_back()
        return False

    def take_back(self) -> None:
        """The line in its own style again, its accessible name too."""
        self._label.removeEventFilter(self)
        _restyle(self._label, _PROBLEM)
        self._label.setAccessibleName(self._accessible)
        self.setParent(None)  # found no more by say()
        self.deleteLater()


def _restyle(label: QLabel, name: str) -> None:
    label.setObjectName(name)
    label.style().unpolish(label)  # a style sheet's rule follows a new name only re-polished
    label.style().polish(label)


def _focus_back(dialog: QDialog, name: object) -> None:
    widget = getattr(dialog, name, None) if isinstance(name, str) else None
    if isinstance(widget, QWidget) and widget.isEnabledTo(dialog) and \
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _log_only(exc: BaseException) -> bool:
    log.warning("Could not hold unfinished text: %s", type(exc).__name__)
    return True


HeldEntry = dict[str, Any]


# Beside a held form's fields, what the form had read from the vault: the record may be changed
# by another program while the window is locked (a terminal's `client update`, `plan update`),
# and only what was typed over what was read is put back over the record as it is now.
READ_KEY = "_read"


@dataclass(frozen=True)
class OverNow:
    """A held form put back over the record as it is now."""

    typed: dict[str, Any]  # what the therapist changed: put back (every field for an entry held without READ_KEY)
    meanwhile: list[str]  # what another program changed while the window was locked
    both: list[str]  # changed by both: what was typed is shown, to be checked


def over_now(fields: Mapping[str, Any], now: Mapping[str, Any], keys: Sequence[str]) -> OverNow:
    """`fields` (a held entry's, with READ_KEY) over `now` (the form as read after the unlock),
    for the fields named in `keys`, in that order."""
    read = fields.get(READ_KEY)
    read = read if isinstance(read, dict) else None
    typed = {k: fields[k] for k in keys if k in fields and (read is None or k not in read or read[k] != fields[k])}
    meanwhile = [k for k in keys if read is not None and k in read and k in now and now[k] != read[k]]
    return OverNow(typed, meanwhile, [k for k in meanwhile if k in typed])


__all__ = [
    "HELD_PAGE",
    "READ_KEY",
    "RESTORED",
    "RESTORED_AFTER",
    "RESTORED_UNSAID",
    "UNHELD",
    "HeldEntry",
    "OverNow",
    "Why",
    "half_typed_dates",
    "held_entry_of",
    "hold",
    "hold_open_dialogs",
    "open_entries",
    "over_now",
    "read_late",
    "restore_held",
    "restored_text",
    "saved_until",
    "unheld",
    "unheld_why",
]
