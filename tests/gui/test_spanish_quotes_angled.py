"""Every Spanish translation quotes with «…», as the app's Spanish writes them (the closure windows
were corrected a round ago; found since: the restore window, the restore's carried-over refusal,
the import's duplicate-id row and the confidential-contact banner still said “…")."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import vault_app.gui.translations

ES = Path(vault_app.gui.translations.__file__).parent / "es.ts"


def _translations() -> list[tuple[str, str]]:
    said = []
    for context in ET.parse(ES).getroot().iter("context"):  # noqa: S314 - the app's own file
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            said += [(context.findtext("name") or "", text) for text in forms]
    return said


def test_no_spanish_translation_quotes_with_english_marks() -> None:
    assert len(_translations()) > 6000
    assert [(name, text[:80]) for name, text in _translations() if "“" in text or "”" in text] == []


@pytest.mark.parametrize(("context", "quoted"), [
    ("RestoreFromBackupDialog", "«Frase de contraseña actual»"), ("RestoreCarried", "«Frase de contraseña actual»"),
    ("ImportWords", "«(no está en el archivo)»"), ("ConfidentialNote", "«{asked}»")])
def test_the_four_found_say_angled_quotes(context: str, quoted: str) -> None:
    assert any(quoted in text for name, text in _translations() if name == context)
