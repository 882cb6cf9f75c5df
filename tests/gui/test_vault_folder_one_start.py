"""A folder given on the command line (`vault-app --vault DIR`) is for that start only.

Found by a walker: she opened a copy of her vault once with `vault-app --vault vault-future`,
closed it, and the next plain `vault-app` (the menu entry) opened the COPY, because every
unlock wrote its folder into app-settings.json; the command line still defaulted to the real
vault, and the copy's backup on lock went into the real vault's backup folder. Only the
therapist's own choice (Open another vault…, a restore into another folder, the first-run
wizard's folder changed) changes the folder a plain start opens (docs/gui.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import app_settings
from vault_app.gui.controller import AppController
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


def test_a_folder_opened_for_one_start_is_not_remembered(unlocked_app: AppController, qtbot: object) -> None:
    # unlocked_app was started on its folder as `vault-app --vault DIR` starts it (launcher.start)
    assert unlocked_app.vault is not None
    unlocked_app.lock("test")
    wait_ops(qtbot)
    assert app_settings.get("last_vault_folder") is None
    assert not app_settings.settings_path().exists()


def test_a_remembered_choice_survives_a_one_off_start(unlocked_app: AppController, qtbot: object,
                                                      tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    app_settings.remember_vault_folder(chosen)  # as Open another vault… once chose it
    unlocked_app.lock("test")
    wait_ops(qtbot)
    unlock(unlocked_app, qtbot)
    assert app_settings.get("last_vault_folder") == str(chosen)


@pytest.mark.parametrize("changed", [True, False])
def test_the_first_run_wizard_remembers_only_a_folder_the_therapist_changed(
        fresh_app: AppController, qtbot: object, tmp_path: Path, app_folder: Path, changed: bool) -> None:
    folder = tmp_path / "typed-in-the-wizard" if changed else app_folder
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.vault_ready.emit(create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault)  # as the wizard's Finish
    wait_ops(qtbot)
    assert fresh_app.vault is not None and fresh_app.folder == folder
    assert app_settings.get("last_vault_folder") == (str(folder) if changed else None)


# The real entry point (app.main) in a process of its own, HOME in tmp_path (the conftest's), with
# only the event loop replaced by a report of the folder and how the unlock window names it.
_CHILD = r"""
import json, sys
import vault_app.gui.launcher as launcher
from vault_app.app import main

def run_gui(folder, *, kdf_params=None, folder_role="default"):
    print(json.dumps([str(folder), folder_role]))
    return 0

launcher.run_gui = run_gui
sys.exit(main(sys.argv[1:]))
"""


def _started(*argv: str) -> list[str]:
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "VAULT_APP_DIR"}
    done = subprocess.run([sys.executable, "-c", _CHILD, *argv], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_the_real_start_names_the_folder_for_what_it_is(tmp_path: Path, locked_vault_template: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.conftest import make_locked_vault
    from vault_app.services import paths

    monkeypatch.delenv("VAULT_APP_DIR", raising=False)

    copy = tmp_path / "vault-future"
    make_locked_vault(copy, locked_vault_template)
    assert _started("--vault", str(copy)) == [str(copy.resolve()), "one_start"]
    assert _started() == [str(paths.vault_folder(None)), "default"]  # the copy was not made the default
    app_settings.remember_vault_folder(copy)  # the therapist's own Open another vault…
    assert _started() == [str(copy), "chosen"]


@pytest.mark.parametrize(("role", "words"), [
    ("one_start", "(for this start only: the app started without a folder opens your default vault)"),
    ("chosen", "(your default, chosen in Vault > Open another vault…)"),
    ("default", "(your default)"),
])
def test_the_unlock_window_says_whether_its_vault_is_the_default(qtbot: object, app_folder: Path,
                                                                 role: str, words: str) -> None:
    from PySide6.QtWidgets import QLabel

    from vault_app.gui.unlock import UnlockWindow

    window = UnlockWindow(app_folder, folder_role=role)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    lines = [label.text() for label in window.findChildren(QLabel) if label.accessibleName() == "Vault folder"]
    assert lines == [f"Vault: {app_folder} {words}"]


def test_a_one_off_start_stays_one_off_across_a_lock_and_open_another_vault_makes_the_default(
        qtbot: object, tmp_path: Path, app_folder: Path, locked_vault_template: Path) -> None:
    from tests.gui.conftest import _teardown, make_locked_vault
    from vault_app.gui.launcher import start

    make_locked_vault(app_folder, locked_vault_template)
    controller = start(app_folder, kdf_params=OWASP_FLOOR, folder_role="one_start")
    try:
        unlock(controller, qtbot)
        controller.lock("test")
        wait_ops(qtbot)
        assert controller.unlock_window is not None
        assert "for this start only" in controller.unlock_window.findChildren(
            __import__("PySide6.QtWidgets").QtWidgets.QLabel)[-1].text()
        other = tmp_path / "other"
        make_locked_vault(other, locked_vault_template)
        controller.switch_folder(other)  # Open another vault…
        wait_ops(qtbot)
        assert controller.unlock_window is not None and controller.folder_role == "chosen"
        assert app_settings.get("last_vault_folder") == str(other)
    finally:
        _teardown(controller, qtbot)


@pytest.mark.parametrize("how", ["started_on_it", "opened_after_the_old_one"])
def test_the_chosen_vault_is_no_copy_of_the_old_folder_left_in_the_platform_default(
        qtbot: object, tmp_path: Path, locked_vault_template: Path, how: str) -> None:
    """The vault moved by a copy (or restored elsewhere as the original) and chosen in Open another
    vault…: the unlock window calls it 'your default' and a plain start opens it, so it is no copy
    of the old folder the platform's default still holds (same id, same backup folder); its
    automatic backups stay on. Found by reading: only a --vault start told the service which
    folder a plain start opens, so the chosen vault was judged a copy of the platform default."""
    import os
    import shutil

    from tests.gui.conftest import _teardown, make_locked_vault
    from vault_app.gui.launcher import start
    from vault_app.services import backup_registry, reminders, vault_copy_home
    from vault_app.services.vault import open_vault

    old = Path(os.environ["VAULT_APP_DIR"])  # the platform's default, as the conftest sets it
    backups = tmp_path / "backups"
    backups.mkdir()
    make_locked_vault(old, locked_vault_template)
    vault = open_vault(old, PASSPHRASE)
    backup_registry.configure(vault, target=str(backups))
    vault.lock()
    chosen = tmp_path / "moved"
    shutil.copytree(old, chosen)
    if how == "started_on_it":
        app_settings.remember_vault_folder(chosen)  # the therapist's own Open another vault…, earlier
        controller = start(chosen, kdf_params=OWASP_FLOOR, folder_role="chosen")  # a plain start (app.py)
    else:
        controller = start(old, kdf_params=OWASP_FLOOR, folder_role="default")
    try:
        if how != "started_on_it":
            unlock(controller, qtbot)
            controller.switch_folder(chosen)  # Open another vault…
            wait_ops(qtbot)
        unlock(controller, qtbot)
        assert controller.vault is not None and controller.vault.folder.resolve() == chosen.resolve()
        assert vault_copy_home.original_sharing_backups(controller.vault) is None
        assert not [n for n in reminders._news(controller.vault) if n.kind == reminders.COPY_HOME]
    finally:
        _teardown(controller, qtbot)
