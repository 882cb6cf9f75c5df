"""The Emergency Kit's window names the program and whose practice it is, as the kit PDF does
(services/emergency_kit_words.py): the PDF said it, the first run's kit page and the new kit
shown after Replace every key did not, so a therapist copying the key by hand was never told
what an executor would need. The PDF's sentence, its "this page" and "the folder named below"
being this kit and the folder itself on screen. English and Spanish; real wizard creating a
real vault, real dialogs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from tests.gui.yes_no_answered import answering
from vault_app.gui import create_wizard
from vault_app.gui.controller import AppController
from vault_app.services.emergency_kit_words import KIT_WORDS

pytestmark = pytest.mark.gui


def _shown_words(window: QWidget) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]


def _on_screen(language: str, key: str, practice: str, folder: str) -> str:
    """The PDF's sentence as the window says it (no screen names the command, vault-app)."""
    pdf = KIT_WORDS[language][key].format(practice=practice).replace(" (vault-app)", "")
    if language == "es":
        pdf = (pdf.replace("Esta página", "Este Kit de emergencia").replace("esta página", "este kit")
               .replace("bóveda indicada abajo", f"bóveda {folder}"))
    else:
        pdf = (pdf.replace("This page", "This Emergency Kit").replace("this page", "this kit")
               .replace("folder named below", f"folder {folder}"))
    return pdf


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Any:
    from vault_app.gui import i18n

    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


def test_the_first_run_kit_page_names_program_and_practice(
        fresh_app: AppController, qtbot: Any, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_kit_page(wizard, qtbot)  # About you: "Jordan Lee"
    created = wizard.create_page.created
    assert created is not None
    said = _on_screen(language, "program", "Jordan Lee", str(created.vault.folder))
    qtbot.waitUntil(lambda: said in _shown_words(wizard.kit_page), timeout=10_000)
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)


@pytest.mark.parametrize("practice", ["Dana Roe, LCSW · Riverside Counseling", ""])
def test_the_new_kit_window_names_program_and_practice(qtbot: Any, language: str, practice: str, tmp_path) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import NewKit

    kit = NewKit("Y6J2-4EUO-RGEW-HBMA", "9963e034", str(tmp_path / "vault"), "ab:cd:ef", practice=practice)
    dialog = EmergencyKitDialog(kit)
    qtbot.addWidget(dialog)
    said = _on_screen(language, "program" if practice else "program_unnamed", practice, kit.folder)
    assert said in _shown_words(dialog)
    dialog.kept.setChecked(True)
    dialog.done_button.click()
