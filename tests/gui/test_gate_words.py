"""The disclosure gate's verdicts in the therapist's language, by their codes (gui/gate_words.py).

The codes are read from the core's source: the first argument of every `said(...)` in domain/ and
services/ (a code picked by a count, `_one("x", n)`, is "x" and "x.one"), and the few built from
a stored key, listed here with the key's values. Every one has words in the book
(gui/refusal_words_gate.py), and every word there is a code the core gives: a code renamed on one
side fails until the other follows. The params the core gives are the placeholders its words use,
and Spanish (es.ts, "GateWords") uses the same ones.

The tables of stored keys (bases, kinds of information, what a basis or an order lacks) are the
core's own English, so a reworded label in the core fails here before a screen says the old one.
Then every verdict of the gate's own table (tests/core/test_gate_table.py) is said in Spanish,
sentence for sentence, and in English as the core said it.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import source_trees
from tests.core.test_gate_table import CASES, TODAY, Case, _request
from vault_app.domain.authorization import INFO_LABELS, MISSING_ELEMENTS, SCAN_MISSING
from vault_app.domain.disclosure_basis import SPECS, LegalBasis
from vault_app.domain.disclosure_gate import PAYMENT_HINTS, decide
from vault_app.domain.errors import Problem, said
from vault_app.domain.subpoena import ASSURANCES, part2_order_lacking, subpoena_lacking
from vault_app.domain.treatment_recipient import NAMED_LIKE_CODE, NAMED_LIKE_HINT_CODE
from vault_app.domain.treatment_recipient import RULES as RECIPIENT_RULES
from vault_app.gui import i18n
from vault_app.gui.gate_words import hint_text, reason_texts, said_text, verdict_text, warning_texts
from vault_app.gui.refusal_words_gate import BASES, CONTEXT, EVIDENCE, KINDS, LACKING, REFUSED, SAYS

ROOT = Path(__file__).resolve().parents[2] / "vault_app"
TS = ROOT / "gui" / "translations" / "es.ts"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Codes built from a stored key: the key's values (domain/disclosure_gate.py, restrictions.py).
BUILT = {
    "access.closed.denied", "access.closed.withdrawn",  # "access.closed." + an access request's closed status
    # a restriction in force or ended, + ".carried" when documents of the chart go along
    "restriction.agreed", "restriction.agreed.carried", "restriction.agreed.carried.one",
    "restriction.ended", "restriction.ended.carried", "restriction.ended.carried.one",
    # a court order's dates, which side, how many
    *(f"scope.order.{side}{one}" for side in ("later", "earlier") for one in ("", ".one")),
    # a subpoena's or a court order's day of receipt (domain/subpoena.received_problems: kind + ".received_...")
    *(f"{kind}.received_{what}" for kind in ("subpoena", "court_order") for what in ("later", "before_chart")),
    "court_order.received_before_issued",  # only a court order records its own date (ISSUED_FIELDS)
    # the treatment recipient's table gives its codes by a rule's fields (domain/treatment_recipient.RULES)
    *(code for rule in RECIPIENT_RULES.values() for code in (rule.code, rule.hint_code) if code),
    NAMED_LIKE_CODE, NAMED_LIKE_HINT_CODE,  # its question for a recipient named like the client
    *(f"payment.{kind}.hint" for kind in PAYMENT_HINTS),  # what to send instead of notes under payment
}
# The fallback for an authorization's state: every state that refuses has its own code above it
# (revoked, expired, incomplete, not yet effective), so these are said in the core's English.
UNSAID = re.compile(r"^authorization\.status\.")
# The helpers that add ".one" to a code for a single thing (domain/plurals.one_code, and a local one).
ONE_CODE = ("one_code", "_one")


def _files() -> Iterator[Path]:
    for folder in ("domain", "services"):
        yield from sorted((ROOT / folder).rglob("*.py"))


def _scan() -> dict[str, tuple[set[str], bool, str]]:
    """code -> (the params its said() gives, whether more come from a **mapping, where)."""
    found: dict[str, tuple[set[str], bool, str]] = {}
    for path in _files():
        for node in source_trees.walk(source_trees.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "said"):
                continue
            first = node.args[0]
            names = {k.arg for k in node.keywords if k.arg}
            splat = any(k.arg is None for k in node.keywords)
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes = [first.value]
            elif (isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id in ONE_CODE
                  and isinstance(first.args[0], ast.Constant)):
                codes = [str(first.args[0].value), f"{first.args[0].value}.one"]
            elif isinstance(first, ast.IfExp) and isinstance(first.body, ast.Constant):
                assert isinstance(first.orelse, ast.Constant), where
                codes = [str(first.body.value), str(first.orelse.value)]
            else:  # built from a key: the table above names them
                continue
            for code in codes:
                found.setdefault(code, (names, splat, where))
    return found


FOUND = _scan()


def test_the_scan_finds_the_gate_s_codes() -> None:
    # A broken scan would pass the tables below vacuously.
    assert {"request.no_recipient", "request.other_kind.one", "restriction.self_pay.one", "drafts.refused.one",
            "subpoena.lacking", "allowed"} <= FOUND.keys()


def test_every_code_the_gate_gives_has_words_and_every_word_a_code() -> None:
    given = (FOUND.keys() | BUILT) - {c for c in FOUND if UNSAID.match(c)}
    assert sorted(given - SAYS.keys()) == [], "the gate gives these without words"
    assert sorted(SAYS.keys() - given) == [], "words for a code the gate does not give"


@pytest.mark.parametrize("code", sorted(FOUND))
def test_the_params_given_are_the_placeholders_of_the_words(code: str) -> None:
    if UNSAID.match(code):
        return
    names, splat, where = FOUND[code]
    wanted = set(PLACEHOLDER.findall(SAYS[code]))
    if code.endswith(".one"):  # "1 selected item": the count is in the words
        names = names - {"count"}
    if splat:
        assert wanted >= names, where
    else:
        assert wanted == names, where


def _spanish_book() -> dict[str, str]:
    from defusedxml import ElementTree as ET

    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            return {m.findtext("source") or "": m.findtext("translation") or "" for m in context.iter("message")}
    raise AssertionError("es.ts has no GateWords")


def test_spanish_has_every_word_with_the_same_placeholders() -> None:
    spanish = _spanish_book()
    sources = [*SAYS.values(), *BASES.values(), *KINDS.values(), *LACKING.values(), REFUSED]
    assert sorted(set(sources) - spanish.keys()) == []
    for source in sources:
        assert spanish[source] and spanish[source] != source, source
        assert sorted(PLACEHOLDER.findall(spanish[source])) == sorted(PLACEHOLDER.findall(source)), source


def test_the_tables_of_keys_are_the_core_s_own_english() -> None:
    assert dict(BASES) == {kind: spec.title for kind, spec in SPECS.items()}
    assert dict(KINDS) == INFO_LABELS
    evidence = {}
    for kind in SPECS:
        # Every required field, asked of the core itself with no evidence at all.
        evidence.update(LegalBasis(kind, {}).missing_evidence_keys())  # type: ignore[arg-type]
    evidence.update(LegalBasis("required_by_law", {"law_kind": "duty_to_warn"}).missing_evidence_keys())
    evidence.update(LegalBasis("required_by_law", {"law_kind": "other_statute"}).missing_evidence_keys())
    subpoena: dict[str, str] = {}
    for assurance in ASSURANCES:
        subpoena.update(subpoena_lacking({"assurance": assurance}, TODAY))
    lacking = {**evidence, **subpoena, **dict(part2_order_lacking({})),
               **{f"authorization.{k}": v for k, v in MISSING_ELEMENTS.items()}, "scan": SCAN_MISSING}
    # Every evidence field's label is in the list's table (one table serves the form and the
    # list, gui/basis_words.evidence_label), also those no basis requires; the rest is the core's.
    assert {k: v for k, v in LACKING.items() if k in lacking} == lacking
    assert LACKING.keys() - lacking.keys() <= EVIDENCE.keys() - evidence.keys()


# Found: the form's box and the gate's list said the same English in two Qt contexts, four of
# them with different Spanish ("qué obligación se aplica" over the box, "qué deber se aplica" in
# the refusal). Now one table: for each evidence field, the box and the list say the same words.
@pytest.mark.parametrize("key", sorted(EVIDENCE))
def test_an_evidence_field_s_box_and_the_list_of_what_is_lacking_say_the_same_spanish(key: str,
                                                                                        qapp: object) -> None:
    from vault_app.gui.basis_words import evidence_label
    from vault_app.gui.sentence_words import in_words

    kind, _dot, name = key.partition(".")
    english = evidence_label(kind, name)
    assert english == EVIDENCE[key]
    assert i18n.install("es") == "es"
    try:
        box = evidence_label(kind, name)
        assert box != english, key
        listed = in_words({"lacking": key}, {"lacking": LACKING}, CONTEXT, frozenset({"lacking"}))
        # Three keys of a subpoena's assurance are said in full when lacking, with their rule.
        assert listed == {"lacking": box} if LACKING[key] == EVIDENCE[key] else listed != {"lacking": box}
    finally:
        i18n.install("en")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_verdict_of_the_gate_s_table_keeps_its_english_and_is_said_in_spanish(case: Case, qapp: object) -> None:
    verdict = decide(*_request(case))
    # Every sentence carries its code; what is stored is its English, plain str.
    sentences = [*verdict.reasons, *verdict.warnings, *([verdict.hint] if verdict.hint else [])]
    assert all(isinstance(s, Problem) and s.code for s in sentences)
    stored = json.loads(json.dumps(verdict.as_dict()))
    assert stored["reasons"] == [str(r) for r in verdict.reasons] and stored["hint"] == str(verdict.hint)
    # In English the core's own words are said.
    assert reason_texts(verdict) == list(verdict.reasons)
    assert warning_texts(verdict) == list(verdict.warnings)
    assert verdict_text(verdict) == " ".join([verdict.message, *([verdict.hint] if verdict.hint else [])])
    assert i18n.install("es") == "es"
    try:
        for item in sentences:
            spoken = said_text(item)
            assert spoken != item, f"{getattr(item, 'code', '')} said in English: {spoken}"
            assert "{" not in spoken and not re.search(r"\b(the|is|are|not)\b", spoken), spoken
        assert hint_text(verdict) != verdict.hint or not verdict.hint
    finally:
        i18n.install("en")


def test_a_code_without_words_or_a_key_without_words_is_said_in_english(qapp: object) -> None:
    assert i18n.install("es") == "es"
    try:
        assert said_text(said("no.such.code", "As the core says it.")) == "As the core says it."
        unknown_kind = said("request.nothing_selected", "Nothing is selected: pick x.", kind="letters")
        assert said_text(unknown_kind) == "Nothing is selected: pick x."
        known = said("request.nothing_selected", "Nothing is selected: pick progress notes by id or by a date range.",
                     kind="progress")
        assert said_text(known) == ("No hay nada seleccionado: elija notas de evolución por su id o por un "
                                    "intervalo de fechas.")
    finally:
        i18n.install("en")
