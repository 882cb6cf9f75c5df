"""The Settings dialog's one action: save the lock times and the practice profile together.

The profile is checked and written first, so a refused field (a bad NPI, an unknown
license state) leaves the lock times as they were too: one save, all or nothing that the
user can see. The CLI sets each part on its own (`vault-app settings`, `practice`).
"""

from __future__ import annotations

from vault_app.domain.practice import PracticeProfile
from vault_app.services import practice
from vault_app.services.vault import Vault


def save_settings(vault: Vault, *, auto_lock_minutes: int, psychotherapy_lock_minutes: int,
                  profile: dict[str, str]) -> PracticeProfile:
    saved = practice.update(vault, **profile)
    vault.update_settings(auto_lock_minutes=auto_lock_minutes, psychotherapy_lock_minutes=psychotherapy_lock_minutes)
    return saved


__all__ = ["save_settings"]
