"""An interrupted "Replace every key" is said on Today's page on a line of its own, whole, with
what to do (walker finding: only the status bar said it, cut off when joined with other news).

A real vault whose `vault-app rekey` process was killed part-way (tests/core/test_rekey_unfinished_said.py),
the real app unlocking it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_rekey_unfinished_said import NEW, _killed_rekey
from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def app_on(tmp_path: Path, qtbot: Any) -> Iterator[AppController]:
    from vault_app.gui.launcher import start

    # Killed after the new master key was written (its kit never shown): "the kit may not work". Before it,
    # the old keys are still in use (REKEY_NOT_DONE: test_today_says_a_replacement_killed_during_its_copies).
    controller = start(_killed_rekey(tmp_path, "rotated"), kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def _unlock_new(controller: AppController, qtbot: Any) -> MainWindow:
    """Unlocked with the passphrase the killed replacement set: its new master key was written."""
    window = controller.unlock_window
    assert window is not None
    window.passphrase.setText(NEW)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert controller.main_window is not None
    qtbot.waitUntil(controller.main_window.isVisible)
    wait_ops(qtbot)
    return controller.main_window


def test_today_says_the_unfinished_replacement_whole(app_on: AppController, qtbot: Any) -> None:
    window = _unlock_new(app_on, qtbot)
    line = window.dashboard.gap_line
    qtbot.waitUntil(line.isVisible)
    assert line.text().startswith("Replacing every key did not finish")
    assert "Replace every key…" in line.text() and line.wordWrap()
    # Shown whole: its height holds every wrapped line of its text.
    assert line.height() >= line.heightForWidth(line.width())


def test_the_line_and_status_go_once_every_key_is_replaced(app_on: AppController, qtbot: Any) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog

    window = _unlock_new(app_on, qtbot)
    qtbot.waitUntil(window.dashboard.gap_line.isVisible)
    dialog = window.open_rekey()
    dialog.current.setText(NEW)
    dialog.rekey_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(window.findChildren(EmergencyKitDialog)))
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not window.dashboard.gap_line.isVisible())
    assert "did not finish" not in window.status_line.label.text()
    assert "did not finish" not in (window.status_line._lasting or "")  # nor back once a passing line ends


@pytest.fixture
def copies_killed(tmp_path: Path, qtbot: Any) -> Iterator[AppController]:
    """A vault left as a kill while Replace every key wrote its copies leaves it: only the copies'
    mark in its header (vault_rekey_beside.COPIES_SETTING), every key the old one."""
    from vault_app.gui.launcher import start
    from vault_app.services.ledger import now_iso
    from vault_app.services.vault import create_vault
    from vault_app.services.vault_rekey_beside import COPIES_SETTING

    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR, use_device_secret=False).vault
    vault.update_settings(**{COPIES_SETTING: now_iso()})
    vault.lock()
    controller = start(folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def test_today_says_a_replacement_killed_during_its_copies(copies_killed: AppController, qtbot: Any) -> None:
    """Found by a walker: only the status bar said "Replace every key did not finish", and the
    unlock's other news took its place there; Today's line said nothing of it."""
    window = unlock(copies_killed, qtbot)
    line = window.dashboard.gap_line
    qtbot.waitUntil(line.isVisible)
    assert line.text().startswith("Replace every key did not finish"), line.text()
    assert "old keys are still in use" in line.text() and "Replace every key…" in line.text()


def test_in_spanish_the_line_reads_as_one_sentence(copies_killed: AppController, qtbot: Any) -> None:
    """"… > Reemplazar todas las claves…." was read in the real app: the menu item's ellipsis and a period."""
    from vault_app.gui import i18n

    assert i18n.install("es") == "es"
    try:
        window = unlock(copies_killed, qtbot)
        line = window.dashboard.gap_line
        qtbot.waitUntil(line.isVisible)
        assert line.text().startswith("El reemplazo de todas las claves no terminó"), line.text()
        assert "…." not in line.text() and "siguen en uso" in line.text()
    finally:
        i18n.install("en")


@pytest.fixture
def swap_killed(tmp_path: Path, qtbot: Any) -> Iterator[AppController]:
    """A real `vault-app rekey` killed in its swap, right before the header write of the new master
    key (a walker's kill inside that write left .vault.header.tmp and the copies: the same vault)."""
    from vault_app.gui.launcher import start

    controller = start(_killed_rekey(tmp_path, "chart_keys_rotated"), kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def test_a_kill_before_the_new_master_key_says_the_old_keys_are_in_use(swap_killed: AppController,
                                                                       qtbot: Any) -> None:
    """Found by a walker (round 46): every unlock said "your Emergency Kit may not work until then"
    though nothing had replaced the master key: the old passphrase unlocks, the old kit recovers."""
    window = unlock(swap_killed, qtbot)
    line = window.dashboard.gap_line
    qtbot.waitUntil(line.isVisible)
    assert line.text().startswith("Replace every key did not finish"), line.text()
    assert "old keys are still in use" in line.text() and "Emergency Kit" not in line.text()
    qtbot.waitUntil(lambda: "did not finish" in window.status_line.label.text())
    assert "Emergency Kit" not in window.status_line.label.text()


def test_in_spanish_a_kill_before_the_new_master_key_vouches_for_the_kit(swap_killed: AppController,
                                                                         qtbot: Any) -> None:
    from vault_app.gui import i18n

    assert i18n.install("es") == "es"
    try:
        window = unlock(swap_killed, qtbot)
        line = window.dashboard.gap_line
        qtbot.waitUntil(line.isVisible)
        assert line.text().startswith("El reemplazo de todas las claves no terminó"), line.text()
        assert "siguen en uso" in line.text() and "Kit" not in line.text()
        qtbot.waitUntil(lambda: "no terminó" in window.status_line.label.text())
        assert "puede que su Kit" not in window.status_line.label.text()
    finally:
        i18n.install("en")
