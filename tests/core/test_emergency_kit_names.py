"""The Emergency Kit names the program and whose practice it opens (walker: an executor holding the
page with the professional will read only a vault id and a folder, not which program opens it nor
whose records these are). The practice comes from the practice settings (names only, no client's);
the kit of a new key (Replace every key) carries it too. A real vault, the PDF read back."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from vault_app.services import practice
from vault_app.services.emergency_kit import build_pdf, practice_of
from vault_app.services.key_replacement import kit_for
from vault_app.services.vault import Vault

KEY = "Y6J2-4EUO-RGEW-HBMA-ABVS-EFOT-77L3-CWPW-5IOR-EA4L-N3FP-4GMD-SOTN-5IA"


def _text(language: str, who: str) -> str:
    data = build_pdf(recovery_key=KEY, vault_id="9963e034", folder="/home/j/vault", language=language, practice=who)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize(("language", "program", "practice_line", "folder"), [
    ("en", "the program Therapy Vault (vault-app)", "Practice: Dr. Maren Oakes, PhD · Oakes Therapy",
     "Folder when created: /home/j/vault"),
    ("es", "el programa Therapy Vault (vault-app)", "Consulta: Dr. Maren Oakes, PhD · Oakes Therapy",
     "Carpeta al crearlo: /home/j/vault"),
])
def test_the_kit_names_the_program_the_practice_and_the_folder(language: str, program: str, practice_line: str,
                                                               folder: str) -> None:
    text = _text(language, "Dr. Maren Oakes, PhD · Oakes Therapy")
    assert program in text and practice_line in text and folder in text
    assert "Dr. Maren Oakes, PhD · Oakes Therapy, kept" in text or "Dr. Maren Oakes, PhD · Oakes Therapy, guardados" \
        in text
    assert "Y6J2-4EUO" in text  # the key as it was


@pytest.mark.parametrize("language", ["en", "es"])
def test_without_practice_settings_the_program_is_still_named(language: str) -> None:
    text = _text(language, "")
    assert "Therapy Vault (vault-app)" in text
    assert "Practice:" not in text and "Consulta:" not in text


def test_the_practice_comes_from_the_practice_settings(vault: Vault) -> None:
    assert practice_of(vault) == ""
    practice.update(vault, clinician_name="Dr. Maren Oakes")
    assert practice_of(vault) == "Dr. Maren Oakes"
    practice.update(vault, credentials="PhD", practice_name="Oakes Therapy")
    assert practice_of(vault) == "Dr. Maren Oakes, PhD · Oakes Therapy"
    assert kit_for(vault, KEY).practice == "Dr. Maren Oakes, PhD · Oakes Therapy"


def test_a_name_the_kits_font_lacks_still_saves_the_kit() -> None:
    text = _text("en", "Dr. Łukasz Nowak · Gabinet Żółw")
    assert "Practice: Dr. ?ukasz Nowak · Gabinet ?ó?w" in text
