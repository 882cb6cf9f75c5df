"""Quick unlock after "Recover with Emergency Kit…" from the PIN window (found by a walker): the
recovery opened the vault but the controller kept the seal of the OLD passphrase (the one a
recovery is there to leave behind), so the next idle lock offered the PIN again and the right PIN
said the passphrase "was changed … in another window or by another program". A recovery now does
what a passphrase change does (docs/SECURITY.md, "Quick unlock"): the old seal is dropped at once
and the PIN seals the new passphrase. Real vault, real Argon2id (OWASP floor), real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from tests.gui.test_quick_unlock import PIN, _idle_lock, _turn_on
from tests.gui.test_quick_unlock_changed_beside import _pin
from tests.gui.test_recover_box_owned import NEW, _recover
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.services import quick_unlock
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


def test_a_recovery_at_the_pin_window_drops_the_old_seal_and_seals_the_new_passphrase(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.launcher import start

    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR)
    created.vault.lock()
    app = start(folder, kdf_params=OWASP_FLOOR)
    try:
        unlock(app, qtbot)
        _turn_on(app, qtbot)
        old = app.sealed
        assert old is not None
        _idle_lock(app, qtbot)
        assert app.quick_ready
        window = app.unlock_window
        assert window is not None
        held: list[object] = []
        # The moment the recovered vault reaches the controller: the old seal is gone by then.
        window.unlocked.connect(lambda _vault: held.append(app.sealed))
        _recover(app, created.recovery_key, qtbot)
        wait_ops(qtbot, timeout=60_000)
        qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(), timeout=60_000)
        wait_ops(qtbot)
        kept_old = not held or held[0] is old
        assert not kept_old, "the old passphrase stayed sealed after the recovery"
        qtbot.waitUntil(lambda: app.sealed is not None)
        assert app.sealed is not old
        assert quick_unlock.unseal(app.sealed, PIN) == NEW
        _idle_lock(app, qtbot)
        _pin(app, qtbot)
        assert app.vault is not None, app.unlock_window.message.text() if app.unlock_window else ""
    finally:
        _teardown(app, qtbot)
