"""The bundled fonts read once per process, each PDF given its own copy to cut.

fpdf2's `add_font` parses the whole font with fontTools for every document (the glyph table,
~6,000 glyph names, the widths of every character: ~30 ms a font, two fonts a PDF) although
the font file never changes. Here the measurements it takes (widths, character map, glyph ids,
the descriptor) are kept per font file, and each document gets a fresh, unparsed fontTools
font over the same bytes: fpdf2 cuts (subsets) that font in place when it writes the PDF, so it
must never be shared between documents. A font file whose identity changed (another file at
the path, or the file rewritten) is read again.
"""

from __future__ import annotations

import copy
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fontTools import ttLib
from fpdf import FPDF
from fpdf.enums import TextEmphasis
from fpdf.font_type_3 import get_color_font_object
from fpdf.fonts import SubsetMap, TTFFont

BUNDLED = (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"))

# Set for each document; every other slot is the measurements', copied from the parsed font.
_PER_DOCUMENT = frozenset({"i", "fontkey", "emphasis", "ttffile", "ttfont", "cw", "glyph_ids",
                           "missing_glyphs", "biggest_size_pt", "_hbfont", "subset", "color_font"})
# OpenType layout tables fpdf2's subsetting drops (its drop_tables) but fontTools decompiles
# first to check their formats: ~a fifth of a PDF's work, for tables that never reach the file.
# `kern` goes too where GPOS is there (what the subsetter does: legacy_kern off). The same bytes
# out either way: tests/core/test_pdf_font_cache.py.
_LAYOUT_DROPPED = ("GDEF", "GSUB", "GPOS")


@dataclass(frozen=True)
class _Parsed:
    identity: tuple[int, int, int, int]  # device, inode, size, modification time (ns)
    data: bytes
    measured: TTFFont  # fpdf2's own parse, never handed to a document


_lock = threading.Lock()
_parsed: dict[str, _Parsed] = {}


def add_bundled_fonts(pdf: FPDF, family: str) -> None:
    """The regular and bold DejaVu Sans under `family`, as `pdf.add_font` would add them."""
    with bundled_folder() as folder:
        for style, name in BUNDLED:
            add_font(pdf, family, style, folder / name)


@contextmanager
def bundled_folder() -> Iterator[Path]:
    with resources.as_file(resources.files("vault_app.services").joinpath("pdf_fonts")) as folder:
        yield Path(folder)


def add_font(pdf: FPDF, family: str, style: str, path: Path) -> None:
    fontkey = f"{family.lower()}{style}"
    if fontkey in pdf.fonts:
        raise ValueError(f"font {fontkey!r} added twice")
    parsed = _parse(path)
    if parsed is None:  # a font fpdf2 mends or marks while parsing it: its own way, every time
        pdf.add_font(family, style, str(path))
        return
    pdf.fonts[fontkey] = _for_document(pdf, parsed, path, fontkey, style)


def _parse(path: Path) -> _Parsed | None:
    key = str(path.resolve())
    with _lock:
        st = os.stat(key)
        identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        known = _parsed.get(key)
        if known is not None and known.identity == identity:
            return known
        data = Path(key).read_bytes()
        if not _plain(data):
            return None
        measured = TTFFont(FPDF(), io.BytesIO(data), "measured", "")  # type: ignore[arg-type]
        measured.close()
        del measured.ttfont  # its parsed tables (megabytes): each document parses its own copy
        known = _Parsed(identity, data, measured)
        _parsed[key] = known  # one entry a path: a changed file replaces its old parse
        return known


def _plain(data: bytes) -> bool:
    """A TrueType font fpdf2 takes as it is: no .notdef glyph for it to draw into its parse,
    no CFF outlines that raise the PDF's version."""
    font = ttLib.TTFont(io.BytesIO(data), lazy=True)
    return "glyf" in font and ".notdef" in font["glyf"] and "CFF " not in font and "CFF2" not in font


def _for_document(pdf: FPDF, parsed: _Parsed, path: Path, fontkey: str, style: str) -> TTFFont:
    measured = parsed.measured
    font = TTFFont.__new__(TTFFont)
    for slot in TTFFont.__slots__:
        if slot not in _PER_DOCUMENT and hasattr(measured, slot):  # fpdf2 leaves some unset
            setattr(font, slot, getattr(measured, slot))
    font.i = len(pdf.fonts) + 1
    font.fontkey = fontkey
    font.emphasis = TextEmphasis.coerce(style)
    font.ttffile = path
    font.ttfont = ttLib.TTFont(io.BytesIO(parsed.data), recalcTimestamp=False, lazy=True)
    dropped = [*_LAYOUT_DROPPED, "kern"] if "GPOS" in font.ttfont else list(_LAYOUT_DROPPED)
    for tag in dropped:
        if tag in font.ttfont:
            del font.ttfont[tag]
    # fpdf2 writes into the widths (a defaultdict fills missing characters in) and the lists:
    # each document its own.
    font.cw = copy.copy(measured.cw)  # a defaultdict: its default width comes with it
    font.glyph_ids = dict(measured.glyph_ids)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)
    font.color_font = get_color_font_object(pdf, font, font.palette_index) if pdf.render_color_fonts else None
    return font


__all__ = ["BUNDLED", "add_bundled_fonts", "add_font", "bundled_folder"]
