"""What the controller (controller.py) asks of quick unlock's seals (services/quick_unlock.py):
a passphrase sealed under the PIN, the psychotherapy notes reopened with the PIN, and whether a
seal still answers to the vault's keys. Each is work for the worker thread, or a plain check;
the controller keeps the seals and decides when they are made and dropped.
Apart from the controller for its length (its file stays under the team's limit). The services'
module is imported when the work runs, not with this one: it is vault code (~7 ms), loaded by the
warm-up (VAULT_CODE, tests/gui/test_startup_imports.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.quick_unlock import Sealed
    from vault_app.services.vault import Vault


def sealing(passphrase: str, pin: str | None) -> Callable[[Vault], Sealed | None]:
    """On the worker: `passphrase` sealed under `pin`, or under the PIN kept in the vault when not
    given; None when there is no PIN."""

    def seal(vault: Vault) -> Sealed | None:
        # Lazy (start-up): vault code (~7 ms), loaded by the warm-up (VAULT_CODE, test_startup_imports.py)
        from vault_app.services import quick_unlock

        chosen = pin if pin is not None else quick_unlock.load_pin(vault)
        return None if chosen is None else quick_unlock.seal(passphrase, chosen,
                                                             kdf_settings=quick_unlock.kdf_settings_of(vault))

    return seal


def psychotherapy_opening(sealed: Sealed | None, pin: str) -> Callable[[Vault], None]:
    """On the worker: the psychotherapy notes' 2-minute lock reopened with the PIN."""

    def opening(vault: Vault) -> None:
        # Lazy (start-up): vault code (~7 ms), loaded by the warm-up (VAULT_CODE, test_startup_imports.py)
        from vault_app.services import quick_unlock

        quick_unlock.unlock_psychotherapy_with_pin(vault, sealed, pin)

    return opening


def sealed_for_other_keys(sealed: Sealed, vault: Vault) -> bool:
    """Whether `sealed` was made under keys the vault no longer has (another program changed the
    passphrase or replaced the keys while the window was locked)."""
    # Lazy (start-up): vault code (~7 ms), loaded by the warm-up (VAULT_CODE, test_startup_imports.py)
    from vault_app.services import quick_unlock

    return sealed.kdf_settings != quick_unlock.kdf_settings_of(vault)


__all__ = ["psychotherapy_opening", "sealed_for_other_keys", "sealing"]
