"""The unlock window's "Replace this vault?" before a restore with the Emergency Kit of then, over
her vault whose keys were replaced since and which the kit cannot read: the restore makes a new
signing key pair, and the question now says so before it is answered (found: only the summary
after did). In English and in Spanish; the real app, real vaults, real keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui import test_restore_kit_current_passphrase as kit_restore
from tests.gui.conftest import wait_ops
from tests.gui.test_restore_kit_current_passphrase import _restore_with_kit
from tests.gui.test_restore_without_vault import _answer
from vault_app.crypto import signing
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.storage import header as header_io

pytestmark = pytest.mark.gui

rekeyed = kit_restore.rekeyed  # the fixture, shared

SAID = {
    "en": "the restored vault will sign with a NEW signing key",
    "es": "la bóveda restaurada firmará con una clave de firma NUEVA",
}


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_question_says_the_restore_makes_a_new_signing_key(
        rekeyed: tuple[AppController, Path, str, str], app_folder: Path, qtbot: Any, english_after: None,
        language: str) -> None:
    app, offsite, key, _kept = rekeyed
    assert i18n.install(language) == language
    dialog: Any = _restore_with_kit(app, offsite, key, "", qtbot)
    wait_ops(qtbot, timeout=60_000)
    assert dialog.question is not None, dialog.message.text()
    asked = dialog.question.text()
    assert SAID[language] in asked, asked
    if language == "es":
        dialog.question.button(QMessageBox.StandardButton.Cancel).click()
        return
    _answer(dialog, qtbot, "replace")
    wait_ops(qtbot, timeout=60_000)
    in_use = signing.fingerprint(header_io.unb64(header_io.read(app_folder).signing_public_key))
    said = dialog.done_text.text()
    assert f"new signing key (fingerprint {in_use})" in said, said  # the summary gives the one to hand out
