"""The line the import adds at the end of a cut SimplePractice note is part of the record: it
is written in the practice's language (Settings: Dates and money), with numbers as the
practice writes them; English for an English practice and for a language the import has no
words for.

Found: a Spanish practice's cut notes ended in "[Added by the import: ...]" whatever its locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.make_simplepractice_export import make_export
from tests.core.long_note_pdfs import PAGE_CAP_PAGES, add_long_notes
from vault_app.services import clients, notes, practice
from vault_app.services.importers import provenance as prov
from vault_app.services.importers import text_cut
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault


def _imported_texts(vault: Vault, folder: Path) -> dict[str, str]:
    report = import_simplepractice(vault, folder)
    assert report.charts_created == len(clients.list_clients(vault)) and not report.cancelled
    found: dict[str, str] = {}
    for client_id in report.client_ids:
        for summary in notes.list_notes(vault, client_id):
            note = notes.get_any(vault, summary.note_id, summary.kind)
            found[prov.note_provenance(vault, summary.note_id, summary.kind).source_id] = note.sections["text"]
    return found


@pytest.fixture
def export(tmp_path: Path) -> Path:
    fake = make_export(tmp_path / "SimplePractice Export", clients=1, notes_per_client=1)
    add_long_notes(fake.root, fake.clients[0].name)
    return fake.root


def test_a_spanish_practice_s_cut_notes_end_in_spanish(vault: Vault, export: Path) -> None:
    practice.update(vault, locale="es_ES")
    texts = _imported_texts(vault, export)
    end = "; la nota completa está en su PDF original, guardado con ella.]"

    def spanish(n: int) -> str:  # as Spain writes numbers
        return f"{n:,}".replace(",", ".")

    assert texts["880001"].endswith(f"\n\n[Añadido por la importación: el texto de arriba termina tras la página "
                                    f"1.000 de {spanish(PAGE_CAP_PAGES)}{end}")
    assert texts["880002"] == ("Opening page of the note\nClosing page\n\n[Añadido por la importación: el texto de 1 "
                               f"de las 3 páginas era demasiado grande para leerlo y no está arriba{end}")
    body, line = texts["880003"].rsplit("\n\n", 1)
    assert line == f"[Añadido por la importación: el texto de arriba termina tras {spanish(len(body))} caracteres{end}"
    assert not any("Added by the import" in t for t in texts.values())
    assert "880006" in texts and "Añadido" not in texts["880006"]  # an ordinary note gets no line


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "de_DE"])
def test_other_practices_get_the_english_line(vault: Vault, export: Path, locale: str) -> None:
    """English words for English and for a language the import has none for; a German
    practice's numbers as it writes them (1.005), the words English."""
    practice.update(vault, locale=locale)
    texts = _imported_texts(vault, export)
    total = f"{PAGE_CAP_PAGES:,}".replace(",", "." if locale == "de_DE" else ",")
    thousand = "1.000" if locale == "de_DE" else "1,000"
    assert texts["880001"].endswith(f"\n\n[Added by the import: the text above stops after page {thousand} of {total}; "
                                    "the whole note is in its original PDF, kept with it.]")
    assert not any("Añadido" in t for t in texts.values())


def test_every_language_has_every_line_and_each_fits_the_room_kept_for_it() -> None:
    keys = set(text_cut.END_WORDS["en"])
    for language, words in text_cut.END_WORDS.items():
        assert set(words) == keys, language
    huge = 10**9
    for locale in ("en_US", "es_ES", "es_US", "fr_FR"):
        lines = [text_cut._end_line(text_cut.Cut(cap, huge, huge, huge), locale)  # type: ignore[arg-type]
                 for cap in ("pages", "size", "characters")] + [text_cut.damaged_note_text(locale)]
        assert all(len(f"\n\n{line}") <= text_cut._LINE_ROOM for line in lines), locale
