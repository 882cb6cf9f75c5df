"""Recover with Emergency Kit ticked "Keep a device secret in this computer's keyring" on a
computer where no keyring works, so the therapist asked for what could not be (and read of it
only afterwards). As the first-run wizard does, the dialog asks the keyring (on the worker):
none usable, the tick is taken off and disabled, with the reason beside it. The tests' keyring
is the failing one (as on a computer without a keyring); real dialog, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.recover_dialog import RecoverDialog

pytestmark = pytest.mark.gui


def test_no_usable_keyring_unticks_and_disables_with_the_reason(vault_dir: Path, qtbot) -> None:
    dialog = RecoverDialog(vault_dir, kdf_params=OWASP_FLOOR)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.use_keyring.isEnabled(), timeout=10_000)
    assert not dialog.use_keyring.isChecked()
    assert dialog.keyring_note.isVisible()
    assert "No usable keyring was found on this computer" in dialog.keyring_note.text()
    assert dialog.keyring_note.text() in dialog.use_keyring.toolTip()
