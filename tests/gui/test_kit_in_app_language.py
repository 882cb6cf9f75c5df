"""The Emergency Kit saved from the app speaks the app's language: a Spanish first-run wizard
saved an English kit with US dates. Its date follows the practice's conventions, as chosen on
the wizard's About you page (Dates and money) or in Settings; its recovery key is printed as
shown. Real wizard creating a real vault, real dialogs, the PDF's own text read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_kit_page
from tests.gui.yes_no_answered import answering
from vault_app.domain.locale_format import date_text
from vault_app.gui import create_wizard, dates
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

ENGLISH_HEADINGS = ("Emergency Kit", "Recovery key", "Which vault this kit opens", "Passphrase hint", "Vault id:")
SPANISH_HEADINGS = ("Kit de emergencia", "Clave de recuperación", "Qué bóveda abre este kit",
                    "Pista de la frase de contraseña", "Identificador de la bóveda:")


def _text(path: Path) -> str:
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def _key_as_printed(key: str) -> str:
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + " " + "-".join(groups[half:])


def _dated_today(text: str, prefix: str, locale: str, before: datetime) -> None:
    # The kit is dated when it is made: between the two days read around it (a run over midnight).
    days = {date_text(before, locale), date_text(datetime.now(), locale)}
    assert any(f"{prefix} {day} " in text for day in days), (days, text[:120])


def _save_from_wizard(app: AppController, qtbot: Any, tmp_path: Path, locale: str,
                      monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    wizard = app.wizard
    assert wizard is not None
    wizard.about_page.locale_box.setCurrentIndex(wizard.about_page.locale_box.findData(locale))
    walk_to_kit_page(wizard, qtbot)
    created = wizard.create_page.created
    assert created is not None
    kit = tmp_path / "kit.pdf"
    wizard.kit_page.save_to(kit)
    wait_ops(qtbot)
    # Leave the wizard as a therapist would ("Leave anyway?" answered Yes), not in the teardown.
    monkeypatch.setattr(create_wizard, "ask_yes_no", answering(True))
    wizard.reject()
    wait_ops(qtbot)
    return _text(kit), created.recovery_key


def test_a_spanish_first_run_saves_a_spanish_kit(fresh_app: AppController, qtbot: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    before = datetime.now()
    text, key = _save_from_wizard(fresh_app, qtbot, tmp_path, "es_ES", monkeypatch)
    for heading in SPANISH_HEADINGS:
        assert heading in text, heading
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    _dated_today(text, "Creado el", "es_ES", before)  # 05/12/2026, as the practice chose
    assert _key_as_printed(key) in text


def test_an_english_first_run_saves_the_english_kit(fresh_app: AppController, qtbot: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    before = datetime.now()
    text, key = _save_from_wizard(fresh_app, qtbot, tmp_path, "en_US", monkeypatch)
    for heading in ENGLISH_HEADINGS:
        assert heading in text, heading
    assert "Kit de emergencia" not in text
    _dated_today(text, "Created", "en_US", before)
    assert re.search(r"Created \d{2}/\d{2}/\d{4} \d{1,2}:\d{2} [AP]M", text)
    assert _key_as_printed(key) in text


@pytest.fixture
def mexican_practice() -> Iterator[None]:
    dates.set_practice_locale("es_MX")
    yield
    dates.set_practice_locale(None)


def test_a_new_kit_after_replacing_every_key_speaks_spanish(qtbot: Any, tmp_path: Path, spanish: None,
                                                            mexican_practice: None) -> None:
    from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
    from vault_app.services.key_replacement import NewKit

    key = "Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA"
    dialog = EmergencyKitDialog(NewKit(key, "9963e034", str(tmp_path / "vault"), "ab:cd:ef"))
    qtbot.addWidget(dialog)
    before = datetime.now()
    dialog.save_to(tmp_path / "kit.pdf")
    wait_ops(qtbot)
    assert "Guardado en" in dialog.saved_label.text()
    text = _text(tmp_path / "kit.pdf")
    for heading in SPANISH_HEADINGS:
        assert heading in text, heading
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    _dated_today(text, "Creado el", "es_MX", before)
    assert _key_as_printed(key) in text
    dialog.kept.setChecked(True)
    dialog.done_button.click()
