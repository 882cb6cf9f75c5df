"""Unfinished dialog text across a lock: held in the compartment it belongs to, taken back
(and removed) on unlock. Not part of the record and never in the ledger: it is what the
therapist was typing, kept so that a lock does not throw it away."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from vault_app.domain.errors import InvalidInput, VaultError
from vault_app.storage import held_text

if TYPE_CHECKING:
    from vault_app.services.vault import Vault
    from vault_app.storage.compartment import Compartment

log = logging.getLogger(__name__)
Where = Literal["records", "psychotherapy"]
T = TypeVar("T")
MAX_ENTRIES = 20  # a handful of open dialogs at most; a bound keeps a bug from growing the row forever


def _db(vault: Vault, where: Where) -> Compartment:
    if where == "records":
        return vault.records
    if where == "psychotherapy":
        return vault.psychotherapy  # CompartmentLocked when it is not open
    raise InvalidInput("Unknown compartment for held text.")


def hold(vault: Vault, where: Where, entry: dict[str, Any]) -> None:
    db = _db(vault, where)
    entries = held_text.load(db)
    # One entry per dialog and context: holding again replaces the earlier text.
    key = (entry.get("dialog"), entry.get("context"))
    entries = [e for e in entries if (e.get("dialog"), e.get("context")) != key]
    entries.append(entry)
    entries = entries[-MAX_ENTRIES:]
    # Counted as a change (a backup follows) unless this very text was written counted before:
    # the unlock takes it back, the lock or the close holds it again, untyped (found: each
    # lock with a form open, and Quit's close after Quit's backup, backed up again). Not when a
    # backup was made after the unlock took it: that backup was made without it (found
    # reviewing: a lock's backup refused, "Back up now" after the unlock, and no backup held it).
    digest = _digest(entries)
    if not any(map(holds_typing, entries)) or (
            digest == held_text.counted_digest(db) and not _backed_up_since_taken(vault, db)):
        # Nothing typed in it (a note open, its words saved: only where it was): no change either.
        held_text.store(db, entries, counted=False, held=True)
    else:
        held_text.store(db, entries, digest=digest, held=True)


def _backed_up_since_taken(vault: Vault, db: Compartment) -> bool:
    """Whether a backup was made after the unlock took the held text back (without it, then)."""
    taken = held_text.taken_at(db)
    if taken is None:
        return False  # held ever since it was written counted: every backup since holds it
    from vault_app.services.backup_registry_fold import CREATED  # the backup stack, only here

    return bool(vault.ledger.entries(kinds=(CREATED,), since_seq=taken + 1))


# What an entry kept while its window is open says took it, when it is found at an unlock: the
# app ended without a lock or a quit (killed, a crash, a power cut), which hold nothing.
OPEN = "crash"


def keep_open(vault: Vault, where: Where, entry: dict[str, Any], *, one_of_its_kind: bool = False) -> None:
    """`entry` kept while its window is open (its "why" is OPEN): an unclean end leaves it for the
    next unlock. Never over what a lock or a quit held for the same window (queued before this,
    it is what took the window); `one_of_its_kind`: the other open entries of its dialog go (a
    tab shows one note at a time)."""
    db = _db(vault, where)
    entries = held_text.load(db)
    key = (entry.get("dialog"), entry.get("context"))
    if any((e.get("dialog"), e.get("context")) == key and e.get("why") != OPEN for e in entries):
        return
    entries = [e for e in entries if not (e.get("why") == OPEN and (
        (e.get("dialog"), e.get("context")) == key or (one_of_its_kind and e.get("dialog") == entry.get("dialog"))))]
    entries.append({**entry, "why": OPEN})
    # Kept for a crash, not a change a backup must follow: a lock's hold (`hold`) is counted.
    held_text.store(db, entries[-MAX_ENTRIES:], counted=False)


def let_go(vault: Vault, where: Where, dialog: str, context: dict[str, Any] | None = None) -> None:
    """The window closed by the therapist: its open entry goes (`context` None: every one of the
    dialog's). What a lock or a quit held stays: it reopens the window."""
    db = _db(vault, where)
    entries = held_text.load(db)
    kept = [e for e in entries if not (e.get("why") == OPEN and e.get("dialog") == dialog
                                       and (context is None or e.get("context") == context))]
    if len(kept) != len(entries):
        held_text.store(db, kept, counted=False)


def held_while(vault: Vault, entries: Sequence[dict[str, Any]], then: Callable[[Vault, bool], T | None]) -> T | None:
    """`entries` held (as `hold`) so that `then`, Quit's backup made with the window still up,
    holds them too; put back as they were before if `then` fails. A refused backup leaves the
    forms open (the therapist waits to connect the drive): a draft left held would come back
    at the next unlock beside what she went on to save from the form. One call on the worker,
    so nothing else writes the held text between the hold and its taking back.
    `then(vault, drafts_new)`: `drafts_new` when the drafts held differ from those the last
    backup made here holds: typing alone is no change of the ledger, and Quit made no backup of
    a form filled in with nothing else changed. A result (a backup made) marks them backed up."""
    before: dict[Where, list[dict[str, Any]]] = {}
    held: list[dict[str, Any]] = []
    for entry in entries:
        where: Where = entry["where"]
        try:
            db = _db(vault, where)
            before.setdefault(where, held_text.load(db))
            hold(vault, where, entry)
            held.append(entry)
        except VaultError as exc:  # its compartment locked meanwhile: as a lock's hold, it is not held
            log.warning("Could not hold unfinished text: %s", type(exc).__name__)
    digest = _typed_digest(held)
    try:
        made = then(vault, typing_not_backed_up(vault, held))
    except BaseException:
        try:
            for where, was in before.items():
                held_text.store(_db(vault, where), was)
        except VaultError as undo:  # the drafts stay held: a form may come back twice, none is lost
            log.warning("Could not take back held text: %s", type(undo).__name__)
        raise
    if made is not None and digest is not None:
        held_text.mark_backed_up(vault.records, digest)
    return made


# What a held entry says of where its window was, not of anything typed: the caret and the scroll
# of a note whose words are saved as typed, the field the keyboard was in, what the note's window
# showed beside its words (gui/held_note.py, gui/psychotherapy_held.py). A note's entry holds typing
# only in "typed" (the words a refused save would have stored; None once read when the save went through).
PLACE_FIELDS = frozenset({"position", "scroll", "section", "field", "parts", "back"})


def holds_typing(entry: dict[str, Any]) -> bool:
    """Whether `entry` (read late: gui/held.read_late) holds something typed that is saved nowhere
    else: a form's fields, a date half-typed, a note's words its refused save would have stored.
    An open note whose words are saved holds only where it was, and the records' line that a
    psychotherapy note waits holds nothing: found (round 46), Quit right after Back up now with a note
    open made a second backup, nothing saved in between."""
    fields = entry.get("fields")
    typed = {k: v for k, v in fields.items() if k not in PLACE_FIELDS and v is not None} \
        if isinstance(fields, dict) else {}
    return bool(typed) or bool(entry.get("half_typed"))


def typing_not_backed_up(vault: Vault, entries: Sequence[dict[str, Any]]) -> bool:
    """Whether the open windows' `entries` (read late) hold typing the last backup made at a Quit does
    not hold (`held_while` records which): the exact test of "something typed to back up" that Quit's
    backup makes (services/backup.backup_if_changed `drafts_new`), and that Quit's busy-folder question
    asks (services/backup_now.kept_busy_with_changes). Nothing typed in them: False."""
    digest = _typed_digest(entries)
    return digest is not None and digest != held_text.backed_up(vault.records)


def _typed_digest(entries: Sequence[dict[str, Any]]) -> str | None:
    typed = [e for e in entries if holds_typing(e)]
    return _digest(typed) if typed else None


def _digest(entries: Sequence[dict[str, Any]]) -> str:
    """What was typed and where, without what took it (a lock's and a quit's hold are alike)
    nor the field the keyboard was in (moving it is no typing)."""
    plain = [{k: v for k, v in e.items() if k not in ("why", "focus")} for e in entries]
    return hashlib.sha256(json.dumps(plain, sort_keys=True, default=str).encode()).hexdigest()


def take(vault: Vault, where: Where) -> list[dict[str, Any]]:
    db = _db(vault, where)
    entries = held_text.load(db)
    if entries:
        # Taken back into its window: what the window then saves is the change, not this. When
        # (the ledger's head) is kept: a backup made from now on is made without this text.
        held_text.store(db, [], counted=False, taken_at=vault.ledger.head().seq)
    return entries


__all__ = ["OPEN", "PLACE_FIELDS", "held_while", "hold", "holds_typing", "keep_open", "let_go", "take",
           "typing_not_backed_up"]
