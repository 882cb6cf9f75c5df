"""The import's and Replace every key's own sentences have words in the screen's language
(gui/import_words.py, gui/rekey_words.py), found by code.

The codes are read from the core's source as written: each `reason("import...", ...)` and
`refused("import...", ...)` of services/importers, each `_step("rekey...", ...)` of
services/vault_rekey_runners.py. Every code has words, every word a code, the params a code is
given are the placeholders of its words, and es.ts says every word in Spanish with the same
placeholders. Then a few are said: in Spanish by code, in English by their English words, and
a sentence without a code or with params its words do not take as the core wrote it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests import source_trees
from vault_app.domain.errors import InvalidInput
from vault_app.gui import import_words, rekey_words
from vault_app.services import vault_rekey_runners
from vault_app.services.importers.plan import reason, refused

ROOT = Path(__file__).resolve().parents[2] / "vault_app"
TS = ROOT / "gui" / "translations" / "es.ts"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _scan(files: list[Path], functions: frozenset[str]) -> dict[str, tuple[set[str], str]]:
    """code -> (the params its call gives, where), for each call of `functions` with a literal code."""
    found: dict[str, tuple[set[str], str]] = {}
    for path in files:
        for node in source_trees.walk(source_trees.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in functions):
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # a code carried over (a contact card's reason): its own call is scanned
            params = {k.arg for k in node.keywords if k.arg}
            if node.func.id == "refused":
                params = {"refusal"}  # the refusal is said by its own code, into {refusal}
            found.setdefault(first.value, (params, f"{path.relative_to(ROOT.parent)}:{node.lineno}"))
    return found


IMPORT_CODES = _scan(sorted((ROOT / "services" / "importers").glob("*.py")), frozenset({"reason", "refused"}))
REKEY_CODES = _scan([ROOT / "services" / "vault_rekey_runners.py"], frozenset({"_step"}))
BOOKS = ((IMPORT_CODES, import_words.SAYS), (REKEY_CODES, rekey_words.SAYS))


def test_the_scan_finds_the_core_s_sentences() -> None:
    """Else the checks below would pass on nothing."""
    assert {"import.chart_of", "import.imported", "import.row", "import.not_pdf_or_image", "import.name_shared",
            "import.contact_no_name", "import.chart_refused", "import.second_chart"} <= IMPORT_CODES.keys()
    assert {"rekey.preparing", "rekey.copying", "rekey.swapping", "rekey.done"} <= REKEY_CODES.keys()
    assert len(IMPORT_CODES) >= 30


@pytest.mark.parametrize(("found", "says"), BOOKS, ids=["import", "rekey"])
def test_every_code_has_words_and_every_word_a_code(found: Mapping[str, object], says: Mapping[str, str]) -> None:
    assert sorted(found.keys() - says.keys()) == [], "the core gives these without words"
    assert sorted(says.keys() - found.keys()) == [], "words for a code the core does not give"


@pytest.mark.parametrize(("code", "given"), sorted({**IMPORT_CODES, **REKEY_CODES}.items()))
def test_the_params_given_are_the_placeholders_of_the_words(code: str, given: tuple[set[str], str]) -> None:
    names, where = given
    says = import_words.SAYS if code.startswith("import.") else rekey_words.SAYS
    assert set(PLACEHOLDER.findall(says[code])) == names, where


def _spanish(context: str) -> dict[str, str]:
    from defusedxml import ElementTree as ET

    for found in ET.parse(TS).getroot().iter("context"):
        if found.findtext("name") == context:
            return {m.findtext("source") or "": m.findtext("translation") or "" for m in found.iter("message")}
    raise AssertionError(f"es.ts has no {context}")


@pytest.mark.parametrize(("context", "sources"), [
    (import_words.CONTEXT, [*import_words.SAYS.values(), "month/day/year", "day/month/year"]),
    (rekey_words.CONTEXT, list(rekey_words.SAYS.values())),
], ids=["import", "rekey"])
def test_spanish_has_every_word_with_the_same_placeholders(context: str, sources: list[str]) -> None:
    spanish = _spanish(context)
    assert sorted(set(sources) - spanish.keys()) == []
    for source in sources:
        assert spanish[source] and spanish[source] != source, source
        assert sorted(PLACEHOLDER.findall(spanish[source])) == sorted(PLACEHOLDER.findall(source)), source


def test_the_core_s_sentences_in_spanish(qapp: object, spanish: None) -> None:
    words = import_words.words_of
    assert words(reason("import.chart_of", "Chart 3 of 12", number=3, total=12)) == "Expediente 3 de 12"
    assert words(reason("import.imported", "Charts imported: 1", count=1)) == "Expedientes importados: 1"
    assert words(reason("import.row", "row 7", number=7)) == "fila 7"
    assert words(reason("import.row_date", "A date in this row is not a valid DMY or ISO date.", order="DMY")) == (
        "Una fecha de esta fila no es una fecha escrita día/mes/año (el orden elegido en «Fechas escritas como») ni "
        "escrita año-mes-día.")
    assert words(reason("import.second_chart", "A chart ... (C-0001, discharged). ...", chart_number="C-0001",
                        status="discharged")).startswith(
        "Ya existe un expediente con este nombre y esta fecha de nacimiento (C-0001, dado de alta")
    # A chart the core refused: the refusal by its own code, after the import's words.
    too_long = InvalidInput("The client name is too long (at most 200 characters).", code="text.too_long",
                            field="legal_name", params={"max": 200})
    # One sentence: the refusal first (its own colon the only one), then what it meant for the chart.
    said = words(refused("import.chart_refused", "Chart not imported", too_long))
    assert said == _refusal_in_spanish(too_long).removesuffix(".") + " (expediente no importado)."
    assert said == "Acorte el nombre legal: admite como máximo 200 caracteres (expediente no importado)."
    assert words(refused("import.psychotherapy_refused", "Psychotherapy notes not imported", too_long)) == (
        "Acorte el nombre legal: admite como máximo 200 caracteres (notas de psicoterapia no importadas).")
    assert rekey_words.step_words(vault_rekey_runners.COPYING) == (
        "Volviendo a cifrar cada compartimento con claves nuevas…")
    assert rekey_words.step_words(vault_rekey_runners.DONE) == "Listo"


def _refusal_in_spanish(exc: InvalidInput) -> str:
    from vault_app.gui.refusal_words import refusal_words

    said, _hint = refusal_words(exc)
    assert said != exc.message and "nombre legal" in said
    return said


def test_what_has_no_words_is_said_as_the_core_wrote_it(qapp: object, spanish: None) -> None:
    words = import_words.words_of
    assert words("A reason without a code.") == "A reason without a code."
    assert words(reason("import.unknown_code", "Said as written.")) == "Said as written."
    # Params its words do not take: the whole sentence in English, not half of it.
    assert words(reason("import.chart_of", "Chart 3 of 12", number=3)) == "Chart 3 of 12"
    # A refusal without Spanish words (no code): the chart's whole sentence in English.
    bare = InvalidInput("Something odd.")
    assert words(refused("import.chart_refused", "Chart not imported", bare)) == "Chart not imported: Something odd."
    assert rekey_words.step_words("Copying…") == "Copying…"


def test_in_english_the_core_s_own_words_are_said(qapp: object) -> None:
    words = import_words.words_of
    # A refused chart reads as one sentence: the refusal's English after the colon, lower-case.
    too_long = InvalidInput("The client name is too long (at most 200 characters).", code="text.too_long",
                            field="legal_name", params={"max": 200})
    assert words(refused("import.chart_refused", "Chart not imported", too_long)) == (
        "Chart not imported: the client name is too long (at most 200 characters).")
    # An acronym keeps its capitals; a refusal without a code is said the same way in English.
    assert words(refused("import.psychotherapy_refused", "Psychotherapy notes not imported",
                         InvalidInput("PDF pages are missing."))) == (
        "Psychotherapy notes not imported: PDF pages are missing.")
    line = reason("import.imported", "Charts imported: 4", count=4)
    assert words(line) == "Charts imported: 4"
    assert words(reason("import.row", "row 2", number=2)) == "row 2"
    assert rekey_words.step_words(vault_rekey_runners.SWAPPING) == str(vault_rekey_runners.SWAPPING)
