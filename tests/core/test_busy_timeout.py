"""The app's wait for another connection's lock stays SQLite's 5 s (Python's connect() default):
tests that want SQLITE_BUSY at once lower it for themselves (compartment_connect.BUSY_TIMEOUT_SECONDS
in a CLI's process, `PRAGMA busy_timeout = 0` on a connection), never for the app."""

from __future__ import annotations

from vault_app.services.vault import Vault
from vault_app.storage import compartment_connect


def test_every_compartment_connection_waits_five_seconds_for_a_lock(vault: Vault) -> None:
    assert compartment_connect.BUSY_TIMEOUT_SECONDS == 5.0
    waits = {comp.name: comp.raw_connection.execute("PRAGMA busy_timeout").fetchone()[0]
             for comp in vault.open_compartments()}
    assert waits and set(waits.values()) == {5000}, waits
