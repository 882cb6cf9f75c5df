"""Which note is open, kept while it is: an app that ends without a lock or a quit (killed, a
crash, a power cut) reopens it at the next unlock, as a lock's hold does (gui/held.py,
held_restore.py), said to be restored. Found by a walker in the real app: a note autosaved,
the app killed; after the next unlock the dashboard showed with no word, and the draft was found
only on the chart's Sessions & notes tab.

The entry is what a lock holds of the window (ids, the caret, no words of the note), kept in the
compartment it belongs to (services/held_text.keep_open) after each save of the note and when a
note is read to be written on; it goes when the therapist closes the note (`let_go`). A lock or a
quit holds its own entry over it, which `let_go` leaves: that one reopens the note. Its context
names the note by the id the GUI knows (after the save that made it), not a function read later:
a discarded note's draft forgets its id, and the entry would no longer be found to let it go."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from vault_app.services import held_text

if TYPE_CHECKING:
    from vault_app.gui.held import HeldEntry
    from vault_app.gui.seam import App
    from vault_app.services.held_text import Where

log = logging.getLogger(__name__)


class KeptOpen:
    """The open-note record of one window (a progress note's) or one tab (the psychotherapy
    notes', which shows one note at a time: `one_of_its_kind`)."""

    def __init__(self, controller: App, *, one_of_its_kind: bool = False) -> None:
        self.controller = controller
        self.one_of_its_kind = one_of_its_kind
        self.closed = False  # the window closed: a save that ends after it keeps nothing
        self._kept: dict[tuple[Where, str], dict[str, Any]] = {}

    def keep(self, entries: list[HeldEntry]) -> None:
        """The entries kept (each in its compartment), queued behind the save just done."""
        if self.closed:
            return
        one = self.one_of_its_kind
        for entry in entries:
            where: Where = entry["where"]
            self._kept[(where, entry["dialog"])] = entry["context"]
            self.controller.op(None, lambda v, e=entry, w=where: held_text.keep_open(v, w, e, one_of_its_kind=one)) \
                .failure(_log_only).run()

    def let_go(self, *, closed: bool = False) -> None:
        """What was kept goes: the note closed (`closed`: for good, as its window is), signed,
        or another opened in its place."""
        self.closed = self.closed or closed
        kept, self._kept = self._kept, {}
        for (where, dialog), context in kept.items():
            # A tab's entry goes whatever note it named: one is kept at a time.
            ctx = None if self.one_of_its_kind else context
            self.controller.op(None, lambda v, w=where, d=dialog, c=ctx: held_text.let_go(v, w, d, c)) \
                .failure(_log_only).run()


def _log_only(exc: BaseException) -> bool:
    # The compartment locked meanwhile (its own lock's hold stands), or the vault closed.
    log.warning("Could not keep which note is open: %s", type(exc).__name__)
    return True


__all__ = ["KeptOpen"]
