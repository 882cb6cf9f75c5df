"""The executor or administrator a deceased client's statement or superbill is addressed to:
the chart's recorded personal representative who may still act for the client on the day it
is made (their authority survives the death: domain/decedent.AT_DEATH; 45 CFR 164.502(g)(4))."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.clinical import Guardian
from vault_app.domain.decedent import AT_DEATH
from vault_app.domain.errors import VaultError
from vault_app.services import representatives
from vault_app.services.vault import Vault

_SURVIVES = frozenset(row.authority for row in AT_DEATH if row.survives)


def executor(vault: Vault, client: Any, on: date) -> Guardian | None:
    """The first recorded representative whose authority survives the death and who may receive
    the client's records on `on`; None: the PDF is addressed to the estate itself."""
    for guardian in client.guardians:
        if guardian.authority not in _SURVIVES:
            continue
        try:
            representatives.require_may_act(vault, guardian, "request_records", on)
        except VaultError:
            continue  # declined, ended, not yet in force: not the one to address
        return guardian  # type: ignore[no-any-return]
    return None


__all__ = ["executor"]
