"""The first-run wizard says backups in the Backups window's words: "dated backups", not
"snapshots" (the technical word the Backups window was cleaned of: a walker read «instantáneas»
in the Spanish window). Every page's text, the summary with a backup folder chosen included, in
English and in Spanish; real widgets, the wizard walked as a therapist walks it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from tests.gui.first_run_helpers import walk_to_backup_page
from vault_app.gui import i18n
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("VAULT_APP_LANGUAGE", request.param)  # as the app is started in it (gui/launcher.py)
    yield request.param
    i18n.install("en")


def test_every_page_says_dated_backups(language: str, fresh_app: AppController, qtbot, tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_backup_page(wizard, qtbot)
    wizard.backup_page.target.setText(str(tmp_path / "usb" / "backups"))
    qtbot.waitUntil(wizard.backup_page.isComplete)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    # On the vault's own disk (tmp_path): that warning is read first, then Next goes on.
    qtbot.waitUntil(lambda: wizard.backup_page.notes.text().strip() != "", timeout=10_000)
    next_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.create_page, timeout=10_000)
    texts = [label.text() for page_id in wizard.pageIds() for label in wizard.page(page_id).findChildren(QLabel)]
    said = " ".join(texts).lower()
    assert "snapshot" not in said and "instantánea" not in said, [t for t in texts if "nstant" in t or "napshot" in t]
    assert ("dated backups" if language == "en" else "copias fechadas") in said  # else nothing was read
