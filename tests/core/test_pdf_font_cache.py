"""The bundled fonts parsed once per process (services/pdf_font_cache.py): each PDF must come out
byte for byte as fpdf2's own `add_font` makes it, each document must cut its own copy of the
font, and a font file that changed must be read again."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fpdf import FPDF

from vault_app.services import pdf_font_cache
from vault_app.services.pdf_font_cache import add_bundled_fonts, add_font, bundled_folder

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
TEXTS = [
    "Progress note for Zoë Núñez-García, 12/01/2026: ﬁne. Ωμέγα, Привет, ĳ ŉ ß",
    "".join(chr(code) for code in range(0x20, 0x600) if chr(code).isprintable()),
    "𝔘 日本 \U0001f600 — glyphs the font lacks",
]


def _document(text: str, *, cached: bool) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(WHEN)
    if cached:
        add_bundled_fonts(pdf, "DejaVu")
    else:
        with bundled_folder() as folder:
            pdf.add_font("DejaVu", "", str(folder / "DejaVuSans.ttf"))
            pdf.add_font("DejaVu", "B", str(folder / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 6, "Heading: Ana María", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("text", TEXTS, ids=["names", "latin-greek-cyrillic", "missing-glyphs"])
def test_same_bytes_as_fpdf2s_own_parse(text: str) -> None:
    assert _document(text, cached=True) == _document(text, cached=False)


def test_each_document_cuts_its_own_font() -> None:
    # fpdf2 subsets the font in place when it writes: a shared font would leave the second
    # document only the first one's glyphs.
    first = FPDF()
    add_bundled_fonts(first, "DejaVu")
    second = FPDF()
    add_bundled_fonts(second, "DejaVu")
    assert first.fonts["dejavu"].ttfont is not second.fonts["dejavu"].ttfont
    assert first.fonts["dejavu"].cw is not second.fonts["dejavu"].cw
    _document("only a few letters", cached=True)
    assert _document(TEXTS[1], cached=True) == _document(TEXTS[1], cached=False)


def test_a_changed_font_file_is_read_again(tmp_path: Path) -> None:
    face = tmp_path / "face.ttf"
    with bundled_folder() as folder:
        shutil.copyfile(folder / "DejaVuSans.ttf", face)
        regular = FPDF()
        add_font(regular, "Face", "", face)
        assert regular.fonts["face"].name == "DejaVuSansBook"
        face.write_bytes((folder / "DejaVuSans-Bold.ttf").read_bytes())  # another font, same path
    bold = FPDF()
    add_font(bold, "Face", "", face)
    assert bold.fonts["face"].name == "DejaVuSansBold"
    assert bold.fonts["face"].cw[ord("m")] != regular.fonts["face"].cw[ord("m")]
    assert bold.fonts["face"].ttfont["name"].getBestFullName() == "DejaVu Sans Bold"


def test_a_font_put_back_under_another_path_is_its_own(tmp_path: Path) -> None:
    with bundled_folder() as folder:
        shutil.copyfile(folder / "DejaVuSans.ttf", tmp_path / "a.ttf")
        shutil.copyfile(folder / "DejaVuSans-Bold.ttf", tmp_path / "b.ttf")
    pdf = FPDF()
    add_font(pdf, "A", "", tmp_path / "a.ttf")
    add_font(pdf, "B", "", tmp_path / "b.ttf")
    assert (pdf.fonts["a"].name, pdf.fonts["b"].name) == ("DejaVuSansBook", "DejaVuSansBold")
    assert (pdf.fonts["a"].i, pdf.fonts["b"].i) == (1, 2)


def test_documents_made_at_once_on_threads_come_out_whole() -> None:
    pdf_font_cache._parsed.clear()  # the threads race to the first parse too
    expected = _document(TEXTS[0], cached=False)
    results: list[bytes] = []
    errors: list[BaseException] = []

    def make() -> None:
        try:
            results.append(_document(TEXTS[0], cached=True))
        except BaseException as error:  # reported by the assert below
            errors.append(error)

    threads = [threading.Thread(target=make) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [expected] * 4


def test_the_same_font_twice_in_one_document_is_refused() -> None:
    pdf = FPDF()
    add_bundled_fonts(pdf, "DejaVu")
    with pytest.raises(ValueError, match="added twice"):
        add_bundled_fonts(pdf, "DejaVu")
