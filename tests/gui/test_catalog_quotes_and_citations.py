"""Two checks over the catalog (es.ts, every source and translation) and the Python sources.

Spanish quotes with «…»: the export wizard's tick under an authorization recorded without its
kinds said «Estas partes (…) son lo que describe la autorización: "{words}"» with English
straight quotes, while every other Spanish text quotes with «…» (found by the Spanish day's
walker, round 46); five more translations did the same. A straight double quote is left only
where code needs it (an HTML attribute's value: `href="…"`).

A citation goes inside its sentence: "… exacta y completa (45 CFR 164.526(a)(2)(iv))." and not
"… exacta y completa. (45 CFR …)", a citation standing outside any sentence. Literal text is
checked here; the letters, which put a ground's words and its citation together, in
tests/core/test_citation_inside_sentence.py."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import vault_app
import vault_app.gui.translations

ES_TS = Path(vault_app.gui.translations.__file__).parent / "es.ts"
SOURCES = Path(vault_app.__file__).parent

# A straight double quote that code needs: an attribute's value in rich text.
CODE_QUOTE = re.compile(r'=\s*"[^"]*"')
# A full stop, then a parenthesis that holds a citation: a section of the CFR or of a state's code,
# or the placeholder a citation is put in.
STOP_THEN_CITATION = re.compile(
    r"[\w)»]\.\s+\((?=[^()]*(?:\bCFR\b|\bU\.S\.C\.|\bCode\b|\bLaw\b|\bStat\.|§|\b1[0-9]{2}\.[0-9]{3}\b"
    r"|\{cit\w*\}|\{rule\}|\{cited\}))")


def _translations() -> Iterator[tuple[str, str]]:
    for message in ET.parse(ES_TS).getroot().iter("message"):  # noqa: S314 - the app's own file
        source = message.findtext("source") or ""
        found = message.find("translation")
        if found is None:
            continue
        for text in [found.text or "", *(form.text or "" for form in found.iter("numerusform"))]:
            yield source, text


def test_no_straight_double_quotes_in_spanish_translations() -> None:
    found = [(source[:60], text) for source, text in _translations() if '"' in CODE_QUOTE.sub("", text)]
    assert found == []


def test_no_citation_after_a_full_stop_in_the_catalog() -> None:
    found = []
    for message in ET.parse(ES_TS).getroot().iter("message"):  # noqa: S314 - the app's own file
        for tag in ("source", "translation"):
            found += [text for text in [message.findtext(tag) or ""] if STOP_THEN_CITATION.search(text)]
    assert found == []


def test_no_citation_after_a_full_stop_in_the_sources() -> None:
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if STOP_THEN_CITATION.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(SOURCES)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("wrong", [
    "La información es exacta y completa. (45 CFR 164.526(a)(2)(iv))",
    "The information is accurate and complete. (45 CFR 164.526(a)(2)(iv))",
    "They may not act. ({citation})",
    "el conjunto designado de registros). (164.526(a)(2)(ii))",
    "otra persona. (Cal. Health & Safety Code 123115(b))",
    "a minor. (N.Y. Mental Hygiene Law 33.21)",
])
def test_the_citation_scan_finds_what_it_looks_for(wrong: str) -> None:
    assert STOP_THEN_CITATION.search(wrong)


@pytest.mark.parametrize("right", [
    "La información es exacta y completa (45 CFR 164.526(a)(2)(iv)).",
    "Use una carpeta para cada bóveda. (En términos técnicos: «snapshots» de un repositorio.)",
    "sus fechas se escriben como en EE. UU. (mes/día/año: {day})",
    "Base federal de EE. UU. (ajústela a su estado)",
])
def test_the_citation_scan_leaves_the_rest(right: str) -> None:
    assert not STOP_THEN_CITATION.search(right)


@pytest.mark.parametrize(("text", "wrong"), [
    ('son lo que describe la autorización: "{words}"', True),
    ('marque "El destinatario comparte el nombre"', True),
    ("son lo que describe la autorización: «{words}»", False),
    ('<a href="https://www.hhs.gov/ocr">la Oficina de Derechos Civiles</a>', False),
])
def test_the_quote_scan_finds_what_it_looks_for(text: str, wrong: bool) -> None:
    assert ('"' in CODE_QUOTE.sub("", text)) is wrong
