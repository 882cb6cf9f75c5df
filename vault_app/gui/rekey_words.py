"""Replace every key's progress in the screen's language: each step the core reports
(services/vault_rekey_runners.py: its English, which `vault-app rekey` prints, with a code) said
by its code under the "RekeyWords" context; es.ts holds the Spanish. A step without a code, or
without words here, is shown as the core wrote it."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.sentence_words import sentence

CONTEXT = "RekeyWords"

SAYS: Mapping[str, str] = {
    "rekey.proving": QT_TRANSLATE_NOOP("RekeyWords", "Proving the passphrase…"),
    "rekey.preparing": QT_TRANSLATE_NOOP("RekeyWords", "Preparing…"),
    "rekey.copying": QT_TRANSLATE_NOOP("RekeyWords", "Re-encrypting every compartment under fresh keys…"),
    "rekey.swapping": QT_TRANSLATE_NOOP(
        "RekeyWords", "Putting the copies in place and wrapping every key under a new master key…"),
    "rekey.wrapping": QT_TRANSLATE_NOOP("RekeyWords", "Wrapping every key under a new master key…"),
    "rekey.done": QT_TRANSLATE_NOOP("RekeyWords", "Done"),
    "rekey.waiting_for_backup": QT_TRANSLATE_NOOP(
        "RekeyWords", "Waiting for the backup being made right now to finish; the keys are replaced after it…"),
}


def step_words(step: str) -> str:
    """A step of the replacement in the screen's language, else as the core wrote it."""
    source = SAYS.get(str(getattr(step, "code", "") or ""))
    params = dict(getattr(step, "params", None) or {})
    return (sentence(source, CONTEXT, params) if source is not None else None) or str(step)


__all__ = ["CONTEXT", "SAYS", "step_words"]
