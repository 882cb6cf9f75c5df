"""What an unlock runs on the worker around opening the vault, whichever way it opens (the
passphrase and the PIN in the unlock window, the Emergency Kit in the recovery dialog).

Only the standard library at the top: the unlock window loads this module when an unlock
starts, and what the wrappers import is imported on the worker, in the unlock's operation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

_V = TypeVar("_V")


def warmed(vault: _V) -> _V:
    """On the worker, once the unlock's KDF has returned its memory and before the main
    window is built: load what the first screen's loads import (warmup.AFTER_KDF). Loaded
    after the main window was shown, the imports held the GIL against the GUI thread while
    it built the first screen; loaded before the unlock, they were resident under the KDF."""
    # Lazy (memory): after the KDF, see warmup.AFTER_KDF
    from vault_app.gui.warmup import import_after_kdf

    try:
        import_after_kdf()
    except Exception as exc:  # the vault is open: a failed warm-up must not strand it; first use imports again
        logging.getLogger(__name__).error("Warm-up after the unlock failed: %s", type(exc).__name__)
    return vault


def unsealed(opener: Callable[[], _V]) -> _V:
    """On the worker: the unlock without its sealing step; the app seals an unsealed ledger
    beside the work after it (gui/ledger_sealing_running.py), so the unlock never waits for it."""
    # Lazy (start-up): loaded on the worker with the vault code, after the first paint
    from vault_app.gui import search_rebuild_running
    from vault_app.gui.ledger_sealing_running import unlocking

    # The search index too is rebuilt beside the work, never in the unlock (search_rebuild_running).
    return unlocking(lambda: search_rebuild_running.unlocking(opener))


__all__ = ["unsealed", "warmed"]
