"""An unlock that runs long says why, in words, instead of a bare "Unlocking…" (seen in the real
app: the first unlock after an update kept a 1x vault there for about 30 s, which reads as a
hang); the words go when the unlock ends."""

from __future__ import annotations

import threading

import shiboken6

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.gui.background import runner
from vault_app.gui.controller import AppController


def test_a_long_unlock_says_it_is_still_working_then_the_words_go(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    window.STILL_WORKING_MS = 0  # the worker is held below: the unlock waits behind it
    release = threading.Event()
    runner().submit(None, lambda: release.wait(60))
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    try:
        qtbot.waitUntil(window.working_label.isVisible, timeout=10_000)
        assert "Still unlocking" in window.working_label.text()
        assert window.busy and not window.unlock_button.isEnabled()
    finally:
        release.set()
    label = window.working_label
    wait_ops(qtbot)
    assert locked_app.main_window is not None
    # The unlock window is gone with its words, or (still there) no longer says them.
    assert not shiboken6.isValid(label) or not label.isVisible()


def test_a_quick_unlock_never_shows_the_words(locked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = locked_app.unlock_window
    assert window is not None
    window.passphrase.setText("not the passphrase")
    window.unlock_button.click()
    wait_ops(qtbot)
    assert not window.busy and not window.working_label.isVisible()
    assert window.message.text(), "the refusal is said, and nothing else"


def test_an_unlock_after_an_interrupted_replace_every_key_says_so(
        locked_app: AppController, qtbot, app_folder) -> None:  # type: ignore[no-untyped-def]
    """Found by a walker: after a Replace every key killed in its last part, the long unlock said
    "The first unlock after an update or a restore…". Its header mark (vault_rekey.UNFINISHED_SETTING,
    set by the rekey's swap as here) makes the words name it, as for an interrupted destruction."""
    from vault_app.services import vault_rekey
    from vault_app.services.vault import open_vault

    with open_vault(app_folder, PASSPHRASE) as vault:
        vault.update_settings(**{vault_rekey.UNFINISHED_SETTING: "2026-12-06T10:00:00+00:00"})
    window = locked_app.unlock_window
    assert window is not None
    window.STILL_WORKING_MS = 0
    release = threading.Event()
    runner().submit(None, lambda: release.wait(60))
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    try:
        qtbot.waitUntil(window.working_label.isVisible, timeout=10_000)
        said = window.working_label.text()
        assert "Replace every key" in said and "update or a restore" not in said, said
    finally:
        release.set()
    wait_ops(qtbot)
    assert locked_app.main_window is not None


def test_the_long_unlock_reads_the_header_mark_off_the_gui_thread(
        locked_app: AppController, qtbot, app_folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Found by a helper's run under load (test_responsiveness failed once in four): the words of a
    long unlock read vault.header on the GUI thread (vault_rekey_beside.swap_interrupted), a file
    read the GUI must not wait for. It is read beside, as the unlock starts; the words wait for it."""
    from vault_app.services import vault_rekey
    from vault_app.services.vault import open_vault
    from vault_app.storage import header as header_io

    with open_vault(app_folder, PASSPHRASE) as vault:
        vault.update_settings(**{vault_rekey.UNFINISHED_SETTING: "2026-12-06T10:00:00+00:00"})
    read_on: list[str] = []
    real_read = header_io.read

    def recorded(*args: object, **kwargs: object) -> object:
        read_on.append(threading.current_thread().name)
        return real_read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(header_io, "read", recorded)
    window = locked_app.unlock_window
    assert window is not None
    window.STILL_WORKING_MS = 0
    release = threading.Event()
    runner().submit(None, lambda: release.wait(60))
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    try:
        qtbot.waitUntil(window.working_label.isVisible, timeout=10_000)
        assert "Replace every key" in window.working_label.text()
        assert read_on, "the mark was read from the header"
        assert threading.main_thread().name not in read_on, read_on
    finally:
        release.set()
    wait_ops(qtbot)
    assert locked_app.main_window is not None
