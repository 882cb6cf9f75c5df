"""A folder an earlier version remembered (gui/app_settings.py, gui/unlock_folder.py).

Before a folder given with `--vault DIR` became one start's only, every unlock wrote its folder
into app-settings.json: a copy opened once (`vault-app --vault vault-future`) became the vault
every later plain start opened, called "your default, chosen in Vault > Open another vault…", and
was compared with nothing (it was the home). Such an entry cannot be told from a folder the
therapist did choose with that version: the app now marks the folders chosen in it, an unmarked
one is said as "remembered by an earlier version" in the unlock window with a way back to the
default in one step, and it is never the home a copy is compared with (the platform default is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import make_locked_vault, wait_ops
from tests.gui.test_vault_folder_one_start import _started
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import app_settings
from vault_app.gui.unlock_folder import CHOSEN, ONE_START, REMEMBERED, plain_start_home

pytestmark = pytest.mark.gui


def _written_by_the_old_version(folder: Path) -> None:
    app_settings.put("last_vault_folder", str(folder))  # its only key, as every unlock wrote it


def test_the_real_start_says_a_folder_remembered_before_for_what_it_is(
        tmp_path: Path, locked_vault_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.services import paths

    monkeypatch.delenv("VAULT_APP_DIR", raising=False)
    copy = tmp_path / "vault-future"
    make_locked_vault(copy, locked_vault_template)
    _written_by_the_old_version(copy)
    # No vault in the default folder to go back to: the one remembered is the only vault there is.
    assert _started() == [str(copy), CHOSEN]
    make_locked_vault(paths.vault_folder(None), locked_vault_template)  # the vault it may be a copy of
    assert _started() == [str(copy), REMEMBERED]
    app_settings.remember_vault_folder(copy)  # chosen in this version: Open another vault…
    assert _started() == [str(copy), CHOSEN]


def test_a_folder_remembered_before_is_never_the_home_a_copy_is_compared_with(
        tmp_path: Path, locked_vault_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_APP_DIR", raising=False)  # else a plain start opens that folder
    copy, other = tmp_path / "vault-future", tmp_path / "other"
    make_locked_vault(copy, locked_vault_template)
    _written_by_the_old_version(copy)
    assert plain_start_home(copy, REMEMBERED) is None  # the platform default is compared
    assert plain_start_home(other, ONE_START) is None  # nor for a --vault start beside it
    app_settings.remember_vault_folder(copy)
    assert plain_start_home(other, ONE_START) == copy
    assert plain_start_home(copy, CHOSEN) == copy


def test_the_unlock_window_offers_the_default_vault_in_one_step(
        qtbot: object, tmp_path: Path, locked_vault_template: Path) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from tests.gui.conftest import _teardown
    from vault_app.gui.launcher import start
    from vault_app.services import paths

    copy = tmp_path / "vault-future"
    make_locked_vault(copy, locked_vault_template)
    _written_by_the_old_version(copy)
    controller = start(copy, kdf_params=OWASP_FLOOR, folder_role=REMEMBERED)  # a plain start (app.py)
    try:
        window = controller.unlock_window
        assert window is not None
        line = [label.text() for label in window.findChildren(QLabel) if label.accessibleName() == "Vault folder"]
        assert line == [f"Vault: {copy} (remembered by an earlier version of this app, which also remembered a "
                        "folder opened only once: if this is not your vault, open your default vault; if it is, "
                        "choose it once in Vault > Open another vault…)"]
        back = [b for b in window.findChildren(QPushButton) if b.accessibleName() == "Open your default vault"]
        assert len(back) == 1 and back[0].isVisibleTo(window)
        back[0].click()
        wait_ops(qtbot)
        assert controller.folder == paths.vault_folder(None) and controller.folder_role == "default"
        assert app_settings.get("last_vault_folder") is None  # the next plain start opens the default too
        window = controller.unlock_window
        assert window is not None
        line = [label.text() for label in window.findChildren(QLabel) if label.accessibleName() == "Vault folder"]
        assert line == [f"Vault: {paths.vault_folder(None)} (your default)"]
        assert not [b for b in window.findChildren(QPushButton)
                    if b.accessibleName() == "Open your default vault" and b.isVisibleTo(window)]
    finally:
        _teardown(controller, qtbot)
