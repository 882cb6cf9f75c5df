"""Whether a change notice concerns a screen, read from the notice's fields.

The same test as services.changes.Changes.touches / touches_client, written against the
frozen value's attributes so that no service code runs on the GUI thread
(tests/gui/test_responsiveness.py profiles the GUI thread for any call into services/)."""

from __future__ import annotations

from vault_app.services.changes import Changes, Kind


def touches(changes: Changes, *kinds: Kind) -> bool:
    return Kind.VAULT in changes.kinds or any(k in changes.kinds for k in kinds)


def touches_client(changes: Changes, client_id: str | None, *kinds: Kind) -> bool:
    if not touches(changes, *kinds):
        return False
    return changes.vault_wide or client_id is None or client_id in changes.clients or not changes.clients


def only_views(changes: Changes) -> bool:
    return not changes.kinds or changes.kinds <= {Kind.VIEWS}


__all__ = ["only_views", "touches", "touches_client"]
