"""A sentence that ends on a label with an ellipsis ends on the ellipsis: "…or press Choose…."
showed four dots (found by the Spanish walker: "pulse Elegir…."). Scanned in every source and
translation of es.ts, and in the Python sources (refusal words written outside a tr() call too).
A file name's "snap-….vrs" is no sentence's end, and stays."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import vault_app
import vault_app.gui.translations

ES_TS = Path(vault_app.gui.translations.__file__).parent / "es.ts"
SOURCES = Path(vault_app.__file__).parent
# An ellipsis, then a full stop not followed by a letter (an extension). "«Tutores…»." stays: Spanish
# puts the sentence's full stop after the closing quote whatever the quote ends with (RAE, Ortografía 3.4.8).
FOUR_DOTS = re.compile(r"(…|\.\.\.)\.(?![\w.])")


def test_no_ellipsis_then_period_in_the_catalog() -> None:
    found = []
    for message in ET.parse(ES_TS).getroot().iter("message"):  # noqa: S314 - the app's own file
        for tag in ("source", "translation"):
            text = message.findtext(tag) or ""
            if FOUR_DOTS.search(text):
                found.append(text)
    assert found == []


def test_no_ellipsis_then_period_in_the_sources() -> None:
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FOUR_DOTS.search(line):
                found.append(f"{path.relative_to(SOURCES)}:{number}: {line.strip()}")
    assert found == []


def test_the_scan_finds_what_it_looks_for() -> None:
    for wrong in ("pulse Elegir….", "press Choose….", "“Choose….”", "«Elegir….»", "press Choose...."):
        assert FOUR_DOTS.search(wrong), wrong
    for right in ("pulse Elegir…", "snapshots/snap-….vrs", "Elegir… y luego", "«Tutores…».", "etc."):
        assert not FOUR_DOTS.search(right), right
