"""Seal a ledger that has no seals yet, right after unlock (issue 21, item 1 of the
verification work).

Seals (services/ledger_seals.py) were only made by the first full audit, so a vault
nobody had audited checked every entry one by one at each destruction, backup verify
and restore (500k entries: about 5 s). This after-unlock step does what the audit's
sealing does, and nothing else: the whole chain checked entry by entry from genesis
(and the chart-history index against it), and only if nothing is wrong, every full
segment sealed and `ledger.sealing_started` appended under the chain.

- A ledger with problems is never sealed (verify_full seals only an intact one): the
  audit still checks it entry by entry and names the entry.
- Idempotent: a sealed ledger costs one indexed read. A ledger whose seal table was
  emptied (`ledger.sealing_started` is in it) is left to the audit, which reports it.
- Never on copies: copies (backups opened with the master key) run no unlock steps.

It runs in the unlock, on the thread that unlocks (the GUI's worker, never the GUI
thread), once in a vault's life: the first unlock by a version with this step.
"""

from __future__ import annotations

import logging

from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import ledger_seals
from vault_app.services.vault import Vault

log = logging.getLogger(__name__)


def needs_sealing(vault: Vault) -> bool:
    store = vault.ledger.store
    return store.last_seal() is None and store.first_seq_of_kind(ledger_seals.SEALING_STARTED) is None


def seal_unsealed(vault: Vault) -> bool:
    """After unlock: seal the ledger if it has never been sealed and verifies intact.
    True when it sealed now."""
    if not needs_sealing(vault):
        return False
    try:
        report = vault.ledger.verify_full(vault.header.ledger_anchor, seal=True)
    except EnvironmentProblem as exc:
        # Sealing only saves time later: a full disk (say) must not refuse the unlock. The
        # seals are written in one transaction, so nothing half-made is left; the next
        # unlock tries again.
        log.warning("Sealing the ledger after unlock failed: %s", type(exc).__name__)
        return False
    return report.ok and vault.ledger.store.last_seal() is not None
