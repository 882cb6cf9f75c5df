"""One Spanish word for each of the app's terms, everywhere in es.ts. Found in the real app: the
outcome measures were "Escalas" on the chart's tab, the worklist and the measure form, but
"medidas de resultado" in the export wizard and its receipt and "medida" in the form's refusals;
Sign and lock was "Firmar y cerrar" on the note's button and in its question, but "Firmar y
bloquear" in the shortcuts list, as if it were a different act (and "bloquear" is the word for
locking the vault); an addendum was "adenda" but in three refusals, "anexo". The term is the
one the main screens use; a new message that says it another way fails here, named.

The Spanish is for therapists in the United States: it said Spain's "ordenador" 54 times (and
"equipo", "portátil", "móvil", "vídeo") where they say "computadora", "laptop", "celular" and
"video"; Spain-only words are refused anywhere in the app's Spanish, the Emergency Kit's too."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import vault_app.gui.translations

ES_TS = Path(vault_app.gui.translations.__file__).parent / "es.ts"


@dataclass(frozen=True)
class Term:
    english: str  # a pattern over the source text, placeholders ({measure}) taken out
    spanish: str  # a pattern every translation of such a source has
    not_spanish: str  # renderings of the same thing that are not the term
    # sources where the English words mean something else ("the app measures how fast")
    other_sense: tuple[str, ...] = ()
    # the term's one spelling, capitals included, where a capital is part of its name
    written: str = ""


GLOSSARY = {
    "outcome measure": Term(r"\b(outcome )?measures?\b", r"\bescalas?\b", r"\bmedidas?\b",
                            other_sense=("the app measures how fast",)),
    "addendum": Term(r"\baddend(um|a)\b", r"\badendas?\b", r"\banexos?\b"),
    # "y sella": "Firmar y cerrar" read as sign and close (the window, beside its Close button);
    # the note is sealed, no longer editable. "bloquear" is locking the vault.
    "sign and lock": Term(r"\bsign(ed|s)? and lock(ed|s)?\b", r"\bfirma\w* y sella\w*", r"\bbloque\w*|\by cerra\w*"),
    # Said the same everywhere already, and kept so.
    "progress note": Term(r"\bprogress notes?\b", r"\bnotas? de evolución\b", r"\bnotas? de (progreso|seguimiento)\b"),
    "psychotherapy note": Term(r"\bpsychotherapy notes?\b", r"\bnotas? de psicoterapia\b",
                               r"\bnotas? psicoterap"),
    "amendment": Term(r"\bamendments?\b", r"\benmiendas?\b", r"\brectificaci"),
    "passphrase": Term(r"\bpassphrases?\b", r"\bfrases? de contraseña\b", r"\bfrases? de paso\b"),
    "treatment plan": Term(r"\btreatment plans?\b", r"\bplan(es)? de tratamiento\b", r"\bplan(es)? terapéutico"),
    # The kit's name, as "Emergency Kit" is in English: "Kit de emergencia" on 45 messages, "kit de
    # emergencia" on 10 (the unlock window's Recover button among them).
    "Emergency Kit": Term(r"\bemergency kits?\b", r"\bkit de emergencia\b", r"\bkit de (rescate|recuperación)\b",
                          written="Kit de emergencia"),
    # What a member of a joint case told the therapist alone: the held-note texts said "en
    # confidencia", the general joint-record warning "en confianza" (found by this round's walk).
    "in confidence": Term(r"\bin confidence\b", r"\ben confidencia\b", r"\ben confianza\b"),
    # US Spanish: "computadora" (feminine: "esta computadora", "de la computadora"), not Spain's
    # "ordenador" nor "equipo"; a laptop is "laptop" (the stolen-laptop warning said "portátil").
    "computer": Term(r"\bcomputers?\b", r"\bcomputadoras?\b", r"\bordenador|\bequipos?\b|\bmáquina"),
    "laptop": Term(r"\blaptops?\b", r"\blaptops?\b", r"\bportátil"),
    # A file on disk is "archivo" ("fichero" is Spain's); "on file" is in the record, filing is
    # putting in a chart or lodging a statement.
    "file": Term(r"\bfiles?\b", r"\barchivos?\b", r"\bficheros?\b",
                 other_sense=("on file", "File it under", "file a statement")),
    # A coroner or medical examiner: "médico forense" / "examinador médico", as HHS's own Spanish
    # HIPAA pages; "juez de instrucción" is Spain's investigating magistrate (round 39's walker).
    "medical examiner": Term(r"\bmedical examiner", r"\bmédico forense o examinador médico\b",
                             r"\bjuez de instrucción"),
    # A US coroner or medical examiner is "médico forense" (HHS's Spanish HIPAA pages); Spain's "juez de
    # instrucción" is an investigating magistrate, another office (walker wspanish, round 39).
    "coroner": Term(r"\bcoroner", r"\bmédico forense\b", r"\bjuez de instrucción\b"),
}

# Words a Spanish speaker in the United States does not use for these things, whatever the English:
# Spain's computer, file, cell phone (not "equipo móvil de crisis", a mobile crisis team), laptop
# as a noun, video's accent, "coger" and "pinchar" (vulgar in much of Latin America), "vale" for
# OK, Spain's health-service "continuidad asistencial" (US: "continuidad de la atención"), and the
# vosotros forms (the app speaks to one therapist, as "usted").
SPAIN_ONLY = re.compile(
    r"\bordenador(es)?\b|\bficheros?\b|(?<!equipo )\bmóvil(es)?\b|\b(el|un|del|al|su|los|sus|este) portátil"
    r"|\bvídeos?\b|\bcog(e|es|en|er|ió|ido|iendo)\b|\bcoj(a|as|an|o)\b|\bpinch(a|e|ar|en)\b|(^|[.¡]\s*)vale\s*[.,!]"
    r"|\bcontinuidad asistencial\b"
    r"|\bvosotr[oa]s\b|\bvuestr[oa]s?\b|\w+(áis|éis)\b|\b(este|ese|otro|un|el|del|al) equipo\b(?! (móvil )?de crisis)",
    re.IGNORECASE)


def _messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) of each finished message; a plural's forms joined."""
    found = []
    for context in ET.parse(ES_TS).getroot().iter("context"):  # noqa: S314 - the app's own file
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append((name, message.findtext("source", ""), " | ".join(forms) or translation.text or ""))
    return found


def _saying(term: Term) -> list[tuple[str, str, str]]:
    return [(context, source, translation) for context, source, translation in _messages()
            if re.search(term.english, re.sub(r"\{\w*\}", "", source).replace("&", ""), re.IGNORECASE)
            and not any(other in source for other in term.other_sense)]


@pytest.mark.parametrize("name", sorted(GLOSSARY))
def test_each_term_has_one_spanish_word(name: str) -> None:
    term = GLOSSARY[name]
    said = _saying(term)
    assert len(said) >= 2, f"no message says {name!r} any more: the glossary is out of date"
    wrong = [(context, source, translation) for context, source, translation in said
             if not re.search(term.spanish, translation.replace("&", ""), re.IGNORECASE)
             or re.search(term.not_spanish, translation.replace("&", ""), re.IGNORECASE)
             or (term.written and any(found != term.written for found in
                                      re.findall(term.spanish, translation.replace("&", ""), re.IGNORECASE)))]
    assert not wrong, "\n".join(f"[{c}] {s!r} -> {t!r}" for c, s, t in wrong)


def test_the_glossary_catches_another_word() -> None:
    """The check itself: the word the export wizard used before is caught."""
    term = GLOSSARY["outcome measure"]
    assert re.search(term.not_spanish, "Añadir las medidas de resultado (PHQ-9, GAD-7)", re.IGNORECASE)
    assert not re.search(term.spanish, "con 3 resultados de medidas de resultado", re.IGNORECASE)
    assert re.search(GLOSSARY["sign and lock"].not_spanish, "Firmar y bloquear la nota", re.IGNORECASE)
    assert re.search(GLOSSARY["sign and lock"].not_spanish, "¿Firmar y cerrar esta nota?", re.IGNORECASE)


# Words the app reads and never says: a client list's column names as other programs write them
# ("Teléfono móvil" from a list made in Spain is recognised, not shown).
READ_NOT_SAID = frozenset({"vault_app/services/importers/csv_headers.py"})


def _app_strings() -> list[tuple[str, str]]:
    """(where, text) of every string constant in the app's code: the Emergency Kit's words, the
    refusal words and the domain's Spanish live there, beside es.ts."""
    root = Path(vault_app.gui.translations.__file__).parents[2]
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root.parent).as_posix() in READ_NOT_SAID:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((f"{path.relative_to(root.parent)}:{node.lineno}", node.value))
    return found


def test_no_spain_only_words() -> None:
    said = [(f"[{context}] {source[:60]!r}", translation) for context, source, translation in _messages()]
    wrong = [f"{where} -> {match.group(0)!r} in {text!r}" for where, text in said + _app_strings()
             for match in [SPAIN_ONLY.search(text.replace("&", ""))] if match]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("spain", ["Guárdela lejos del ordenador.", "el robo del portátil", "solo al móvil",
                                   "un fichero CSV", "reinicie el equipo", "Vale.", "Pinche Aceptar.",
                                   "plataforma de vídeo", "¿Queréis salir?", "coja el archivo"])
def test_spain_only_words_are_caught(spain: str) -> None:
    assert SPAIN_ONLY.search(spain)


@pytest.mark.parametrize("us", ["Guárdela lejos de la computadora.", "el robo de la laptop", "solo al celular",
                                "un archivo CSV", "reinicie la computadora", "Línea de crisis o equipo móvil de crisis",
                                "un equipo de crisis", "plataforma de video", "una computadora portátil",
                                "vale la pena", "Ábralo en su visor de PDF", "escoger una carpeta"])
def test_us_spanish_passes(us: str) -> None:
    assert not SPAIN_ONLY.search(us)


def test_a_chart_is_an_expediente() -> None:
    """A chart is "expediente" on every screen; the older-copy messages said "1 de la ficha DEMO-00003"
    (found by a walker), and "Fichas destruidas…" for charts destroyed in the newer copy (the plural,
    round 37). "ficha del cliente" is the client's form, another thing."""
    wrong = [(c, s, t) for c, s, t in _messages()
             if re.search(r"\bcharts?\b", s, re.IGNORECASE) and re.search(r"\bfichas?\b(?! del cliente)", t,
                                                                           re.IGNORECASE)]
    assert not wrong, "\n".join(f"[{c}] {s!r} -> {t!r}" for c, s, t in wrong)
