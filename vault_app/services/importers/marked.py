"""An import is marked under way (services/import_marks.py) before its source is read again,
not only from its first chart: reading thousands of PDFs again takes seconds to minutes (the
wizard shows "Starting…"), and a kill then left the next unlock silent (walk-move finding 13)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from vault_app.services import import_marks
from vault_app.services.fault_injection import crash_point
from vault_app.services.importers.on_vault import Direct, OnVault
from vault_app.services.importers.plan import ImportStopped
from vault_app.services.vault import Vault


@contextlib.contextmanager
def marked_while_read(on_vault: OnVault, source: str) -> Iterator[None]:
    """The mark from here; the import's own start (apply._begin) writes it again and its end
    clears it. A refusal while reading (the folder gone, not an export) ends it here: nothing
    was cut short. A lock (ImportStopped) leaves it, as a lock mid-import does."""
    on_vault(lambda v: import_marks.mark_started(v, source))
    try:
        yield
    except ImportStopped:
        raise
    except BaseException:
        with contextlib.suppress(Exception):
            on_vault(import_marks.mark_ended)
        raise
    crash_point("import_read_again")  # a kill after the reading, before the first chart (tests)


def marked_direct(vault: Vault, source: str) -> contextlib.AbstractContextManager[None]:
    """`marked_while_read` for a caller that holds the vault itself (the command line, tests)."""
    return marked_while_read(Direct(vault), source)


__all__ = ["marked_direct", "marked_while_read"]
