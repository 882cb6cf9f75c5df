"""Vault > Check the Emergency Kit… (a walker closing a practice could test her kit only with
`vault-app backup verify --recovery-key-file`): the key typed from the paper is checked on the
worker against this vault's current keys, nothing is changed, and the key leaves the field when
the window closes or the vault locks. Real vaults, real crypto, the real menu and window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services.vault import create_vault
from vault_app.storage import header as header_io

pytestmark = pytest.mark.gui

OPENS = "This kit opens this vault."
NOT_OURS = "This is not the kit of this vault's current keys"


@pytest.fixture
def kit_app(qtbot, tmp_path: Path) -> Iterator[tuple[str, AppController]]:  # type: ignore[no-untyped-def]
    """An unlocked app on a vault whose Emergency Kit's key is kept."""
    from vault_app.gui.launcher import start

    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR)
    created.vault.lock()
    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock(controller, qtbot)
    yield created.recovery_key, controller
    _teardown(controller, qtbot)


def _open_check(controller: AppController):  # type: ignore[no-untyped-def]
    window = controller.main_window
    assert window is not None
    vault_menu = window.menuBar().actions()[0].menu()
    entry = [a for a in vault_menu.actions() if a.text().replace("&", "") == "Check the Emergency Kit…"]
    assert entry, "the Vault menu offers Check the Emergency Kit…"
    entry[0].trigger()
    from vault_app.gui.kit_check import KitCheckDialog

    dialogs = [d for d in window.findChildren(KitCheckDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _check(dialog, key: str, qtbot) -> str:  # type: ignore[no-untyped-def]
    dialog.key.setText(key)
    assert dialog.check_button.isEnabled()
    dialog.check_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.verdict.text() != "")
    return str(dialog.verdict.text())


def test_the_real_kit_opens_this_vault_and_nothing_changes(kit_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    key, controller = kit_app
    before = header_io.read(controller.folder)
    dialog = _open_check(controller)
    # Typed as from the paper: lower case, spaces for dashes.
    assert _check(dialog, key.lower().replace("-", " "), qtbot) == OPENS
    after = header_io.read(controller.folder)
    # No key nor its wrapping changes (the check is written in the ledger, which moves its anchor).
    assert (after.wrapped, after.kdf_salt, after.settings) == (before.wrapped, before.kdf_salt, before.settings), \
        "a check changes no key"


def test_the_window_says_when_the_kit_last_opened_the_vault(kit_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found walking the real app: "Do it once a year" (docs/gui.md) with nothing saying when it
    was last done. A check that opens the vault is remembered (the ledger), a wrong key is not."""
    key, controller = kit_app
    today = show_date(date.today())
    dialog = _open_check(controller)
    qtbot.waitUntil(lambda: dialog.last_checked.text().strip() != "")
    assert dialog.last_checked.text() == f"Not checked since this kit was made on {today}. Check it once a year."
    _check(dialog, "B" * 10, qtbot)
    wait_ops(qtbot)
    assert dialog.last_checked.text().startswith("Not checked since"), "a key that is not the kit checks nothing"
    assert _check(dialog, key, qtbot) == OPENS
    qtbot.waitUntil(lambda: dialog.last_checked.text().startswith("Last checked"))
    assert dialog.last_checked.text() == f"Last checked on {today}: the kit opened this vault."
    dialog.reject()
    again = _open_check(controller)
    qtbot.waitUntil(lambda: again.last_checked.text().startswith("Last checked"))
    assert again.last_checked.text() == f"Last checked on {today}: the kit opened this vault."


@pytest.mark.parametrize("which", ["other vault", "garbage", "too short", "typo"])
def test_a_key_that_is_not_this_vaults_kit_is_said_not_to_be(kit_app, qtbot, tmp_path: Path, which: str) -> None:  # type: ignore[no-untyped-def]
    key, controller = kit_app
    other = create_vault(tmp_path / "other", PASSPHRASE, params=OWASP_FLOOR)
    other.vault.lock()
    typed = {
        "other vault": other.recovery_key,
        "garbage": "this is not a key at all !!",
        "too short": key[:20],
        # the first character changed (not the last: its low bits are base32's padding), which
        # the checksum catches
        "typo": ("B" if key[0] != "B" else "C") + key[1:],
    }[which]
    dialog = _open_check(controller)
    said = _check(dialog, typed, qtbot)
    assert OPENS not in said
    if which == "other vault":
        assert said.startswith(NOT_OURS) and "Replace every key" in said
    elif which == "too short":
        assert "wrong length" in said
    elif which == "garbage":
        assert "characters" in said or "wrong length" in said
    else:
        assert "typo" in said


def test_the_key_leaves_the_field_on_close_and_on_lock(kit_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    key, controller = kit_app
    dialog = _open_check(controller)
    field = dialog.key
    dialog.key.setText(key)
    dialog.reject()
    assert field.text() == ""
    field.undo()
    assert field.text() == "", "Undo does not bring the key back"

    dialog = _open_check(controller)
    field = dialog.key
    assert field.text() == "", "a new window starts empty"
    field.setText(key)
    at_close: list[str] = []
    dialog.finished.connect(lambda _r: at_close.append(field.text()))
    controller.lock("test")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: controller.unlock_window is not None)
    assert at_close == [""], "the lock closed the window, and the key left the field as it did"
