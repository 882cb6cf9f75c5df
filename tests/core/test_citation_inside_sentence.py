"""A letter's ground reads as one sentence with its citation inside it: "- La información es
exacta y completa (45 CFR 164.526(a)(2)(iv))." Found by the Spanish day's walker (round 46): the
denial of amendment said "La información es exacta y completa. (45 CFR 164.526(a)(2)(iv))", the
citation after the sentence's full stop, outside it; the English letter the same, and every
ground of an access denial too. The not-representative reply's basis, when the rule's words lack
their citation, takes it the same way (domain/refused_requester.explanation)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from vault_app.domain import letters as L
from vault_app.domain.cited import cited
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS, ClientRequest

PROFILE = PracticeProfile(clinician_name="María José Hernández", credentials="LMFT", practice_name="Consulta Hernández",
                          address="1200 Congress Ave\nAustin, TX 78701", phone="(512) 555-0142", license_state="TX",
                          license_number="LMFT-12345", npi="1234567893", locale="es_US")
DAY = date(2026, 12, 7)
STOP_THEN_CITATION = re.compile(r"\.\s+\((?:45|42) CFR")


def _letter(kind: str, code: str, language: str) -> L.Letter:
    request = ClientRequest("R1", "c1", kind, DAY, grounds=(code,))
    make = L.access_denial if kind == "access" else L.amendment_denial
    return make(PROFILE, request, "Lucía Fernández Ortega", DAY, language=language)


CASES = [("access", code, g.citation) for code, g in ACCESS_DENIAL_GROUNDS.items()] + [
    ("amendment", code, g.citation) for code, g in AMENDMENT_DENIAL_GROUNDS.items()]


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize(("kind", "code", "citation"), CASES, ids=[f"{k}-{c}" for k, c, _ in CASES])
def test_each_ground_has_its_citation_inside_its_sentence(kind: str, code: str, citation: str, language: str) -> None:
    text = _letter(kind, code, language).text()
    line = next(p for p in text.splitlines() if p.startswith("- "))
    assert line.endswith(f" ({citation})."), line
    assert not STOP_THEN_CITATION.search(text), text


def test_the_walkers_line_in_both_languages() -> None:
    assert "- La información es exacta y completa (45 CFR 164.526(a)(2)(iv))." in _letter(
        "amendment", "accurate_and_complete", "es").text()
    assert "- The information is accurate and complete (45 CFR 164.526(a)(2)(iv))." in _letter(
        "amendment", "accurate_and_complete", "en").text()


@pytest.mark.parametrize(("words", "said"), [
    ("They may not act.", "They may not act (45 CFR 164.502(g))."),
    ("No forma parte del conjunto designado de registros).", "No forma parte del conjunto designado de registros) "
                                                             "(45 CFR 164.502(g))."),
    ("Psychotherapy notes", "Psychotherapy notes (45 CFR 164.502(g))"),  # a phrase: no full stop to move
    ("Elija Guardar…", "Elija Guardar… (45 CFR 164.502(g))"),  # an ellipsis is no full stop
])
def test_cited_puts_the_citation_before_the_full_stop(words: str, said: str) -> None:
    assert cited(words, "45 CFR 164.502(g)") == said
