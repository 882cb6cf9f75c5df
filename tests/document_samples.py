"""Real documents for the attachment tests, made in memory: a PDF with text and a scanned
image on its pages (fpdf2, as the app's own PDFs are made), a PNG (Pillow)."""

from __future__ import annotations

import io

from fpdf import FPDF
from PIL import Image


def png(width: int = 120, height: int = 80) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def pdf(pages: int = 2, *, text: str = "Outside evaluation", scan: tuple[int, int] | None = (64, 48)) -> bytes:
    """`pages` pages; each says `text` and its page number; the first carries a `scan` image."""
    doc = FPDF()
    doc.set_font("helvetica", size=14)
    for number in range(1, pages + 1):
        doc.add_page()
        doc.cell(text=f"{text}, page {number}")
        if number == 1 and scan is not None:
            doc.image(io.BytesIO(png(*scan)), x=20, y=40, w=60)
    return bytes(doc.output())
