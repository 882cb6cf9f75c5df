"""The unlock window names the wrong passphrases typed inside the open vault since it was
last opened (they are not failed unlocks, and were said nowhere a therapist looks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, make_locked_vault, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import WrongPassphrase
from vault_app.services.vault import open_vault


def test_the_unlock_window_names_refused_passphrases_of_the_open_vault(
        qtbot, app_folder: Path, locked_vault_template: Path) -> None:
    from vault_app.gui.launcher import start

    make_locked_vault(app_folder, locked_vault_template)
    opened = open_vault(app_folder, PASSPHRASE)
    for guess in ("guess number one", "guess number two"):
        with pytest.raises(WrongPassphrase):
            opened.unlock_psychotherapy(guess)
    opened.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    try:
        window = controller.unlock_window
        assert window is not None
        qtbot.waitUntil(lambda: "2 wrong passphrases were typed inside the open vault" in window.attempts_label.text())
        assert "failed unlock" not in window.attempts_label.text()
        window.passphrase.setText(PASSPHRASE)
        window.unlock_button.click()
        wait_ops(qtbot)
        assert controller.main_window is not None
    finally:
        _teardown(controller, qtbot)
