"""Whether the vault's Emergency Kit was kept: the first-run wizard shows the recovery key
once, and a vault whose wizard ended before its kit was checked has no way back in if the
passphrase is forgotten. Found in the real app: "Leave anyway" on the kit page, or the app
stopped there (a crash, a power cut), and nothing ever said so again.

The header's settings say `"emergency_kit": "not kept"` from the vault's first header write
(`create_vault(first_settings=SHOWN_LATER)`) until its kit is checked in the wizard (typed back), or
`vault-app init` has printed it (and written its file), or a later Replace every key shows a
new one; the reminders say it until then. An `init` killed before its key was out (found by a
walker, as a killed `rekey`) is said at every unlock. A vault made by an earlier version says
nothing: no reminder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

SETTING = "emergency_kit"
NOT_KEPT = "not kept"
# create_vault(first_settings=...): not kept from the header's first write until the kit is out
SHOWN_LATER = {SETTING: NOT_KEPT}

REMINDER = (
    "This vault has no Emergency Kit kept: if the passphrase is forgotten, it cannot be opened. "
    "Choose Vault > Replace every key… to get a new kit, and keep it."
)

# The command line's words (`unlock-check`): the same gap, closed from a terminal too.
REMINDER_CLI = (
    "This vault has no Emergency Kit kept: if the passphrase is forgotten, it cannot be opened. "
    "Run 'vault-app rekey --recovery-key-out FILE' (or Vault > Replace every key… in the app) to get a new kit, "
    "and keep it."
)


def not_kept_yet(vault: Vault) -> None:
    """Right after the first-run wizard made the vault, before its kit is shown."""
    vault.update_settings(**{SETTING: NOT_KEPT})


def kept(vault: Vault) -> None:
    """The kit was checked (the wizard) or a new one shown (Replace every key)."""
    if vault.header.settings.get(SETTING) == NOT_KEPT:
        vault.update_settings(**{SETTING: "kept"})


def missing(vault: Vault) -> bool:
    return vault.header.settings.get(SETTING) == NOT_KEPT
