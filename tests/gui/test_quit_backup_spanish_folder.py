"""The Spanish "Backup not made" question at Quit names the folder, as the English does (found
by the walker: "La carpeta de copias de seguridad no está." said which folder in no language
but English). The refusal is the real one the service raises for a missing folder, shown in
the real question box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui.quit_backup import ask_quit_without_backup
from vault_app.services import backup_registry
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _refusal(vault: Vault, tmp_path: Path) -> VaultError:
    with pytest.raises(VaultError) as caught:
        backup_registry.configured_target(vault, tmp_path / "usb-drive")  # unplugged: not there
    return caught.value


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_question_at_quit_names_the_missing_folder(
    vault: Vault, qtbot: object, tmp_path: Path, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    exc = _refusal(vault, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    box = ask_quit_without_backup(window, exc, lambda: None)
    folder = str(tmp_path / "usb-drive")
    assert folder in box.text(), box.text()
    if language == "es":
        assert "carpeta" in box.text(), box.text()
        assert "The backup folder" not in box.text()
    box.done(0)
