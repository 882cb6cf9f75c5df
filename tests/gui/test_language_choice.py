"""Settings > Appearance > Language: a therapist whose computer speaks English but who works
in Spanish (or the reverse) chooses the app's language. The choice is a preference of this
computer (gui/prefs.py, beside the theme), read before the unlock window is built, so that
window speaks it too; VAULT_APP_LANGUAGE still wins (tests and e2e start by it). It applies at
the next start, as the dialog says. Real dialog, real vault, real second start of the app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import i18n, prefs
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def english_again() -> Iterator[None]:
    """The tests after these start in English, as every test expects."""
    yield
    i18n.install("en")


def _next_start(folder: Path) -> AppController:
    from vault_app.gui.launcher import start

    return start(folder, kdf_params=OWASP_FLOOR)


def test_the_language_chosen_is_stored_and_the_next_start_speaks_it(
    unlocked_app: AppController, qtbot: object, app_folder: Path, monkeypatch: pytest.MonkeyPatch,
    english_again: None,
) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    monkeypatch.delenv("VAULT_APP_LANGUAGE", raising=False)
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    box = dialog.language
    assert [box.itemText(i) for i in range(box.count())] == ["System language", "English", "Español"]
    assert box.currentData() == "system", "nothing chosen yet: the computer's language"
    assert "next time" in dialog.language_note.text()
    box.setCurrentIndex(box.findData("es"))
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    assert prefs.get("language") == "es"
    assert i18n.current_language() == "en", "this run stays as it started: the change is for the next start"

    unlocked_app.lock("the therapist quits")
    wait_ops(qtbot)
    again = _next_start(app_folder)
    try:
        unlock_window = again.unlock_window
        assert unlock_window is not None
        assert unlock_window.windowTitle() == "Desbloquear la bóveda"
        assert unlock_window.unlock_button.text() == "&Desbloquear"
        main = unlock(again, qtbot)
        assert "&Bóveda" in [m.title() for m in main.menuBar().findChildren(QMenu)]
        # And Settings, opened in Spanish, shows the choice made.
        spanish = main.open_settings()
        assert isinstance(spanish, SettingsDialog)
        wait_ops(qtbot)
        assert spanish.language.currentData() == "es"
        assert [spanish.language.itemText(i) for i in range(3)] == ["Idioma del sistema", "English", "Español"]
        assert "próxima vez" in spanish.language_note.text()
        spanish.reject()
    finally:
        _teardown(again, qtbot)


def test_the_environment_variable_still_wins(locked_app: AppController, qtbot: object, app_folder: Path,
                                             monkeypatch: pytest.MonkeyPatch, english_again: None) -> None:
    prefs.put("language", "es")
    monkeypatch.setenv("VAULT_APP_LANGUAGE", "en")
    again = _next_start(app_folder)
    try:
        assert again.unlock_window is not None
        assert again.unlock_window.windowTitle() == "Unlock vault"
        assert i18n.current_language() == "en"
    finally:
        _teardown(again, qtbot)


@pytest.mark.parametrize(("environment", "stored", "chosen"), [
    (None, None, None), (None, "system", None), (None, "es", "es"), (None, "en", "en"),
    ("es", "en", "es"), ("en", "es", "en"), ("", "es", "es"),
    # What no Settings wrote (an edited file, a later version's language) is the computer's.
    (None, "xx", None), (None, 3, None), (None, "", None),
])
def test_which_language_a_start_takes(environment: str | None, stored: object, chosen: str | None) -> None:
    assert i18n.start_language(environment, stored) == chosen
