"""Every request letter in Spanish carries what the English one carries: the elements the Privacy
Rule requires of it, each citation as it is, the practice's and the Secretary's contacts; its days
in Spanish ("1 de diciembre de 2026"), no English left in its sentences. Table-driven: one row per
letter the rules require (164.524(d)(2)-(4), 164.526(c)-(d), the extensions of 164.524(b)(2)(ii),
164.526(b)(2)(ii), 164.528(c)(1)(ii)), each made over every ground, state and basis it can state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest

from vault_app.domain import letters as L
from vault_app.domain.deadlines import extend
from vault_app.domain.errors import InvalidInput
from vault_app.domain.letters import Letter
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.refused_requester import BASES
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, AMENDMENT_DENIAL_GROUNDS, ClientRequest

PROFILES = {
    "NY": PracticeProfile(clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                          address="1 Main St\nAlbany, NY 12207", phone="555-0100", license_state="NY",
                          license_number="123456", npi="1234567893"),
    "CA": PracticeProfile(clinician_name="Ana Ruiz", practice_name="Ruiz Terapia", phone="555-0199",
                          privacy_contact="Marta Gómez", license_state="CA", locale="es_US"),
}
RECEIVED, DECIDED = date(2026, 11, 14), date(2026, 12, 1)
Maker = Callable[[PracticeProfile, str], Letter]


def _access(grounds: tuple[str, ...], **more: object) -> ClientRequest:
    return replace(ClientRequest("R1", "c1", "access", RECEIVED, grounds=grounds, denied="las notas de sesión"),
                   **more)  # type: ignore[arg-type]


def _makers() -> Iterator[tuple[str, Maker]]:
    """(the rule and case, a maker of that letter in a language) for every letter and case."""
    for code, ground in ACCESS_DENIAL_GROUNDS.items():
        grounds = (code,) if ground.whole else (code, "psychotherapy_notes")
        yield (f"164.524(d)(2) {code}", lambda p, lang, g=grounds: L.access_denial(
            p, _access(g, granted="el formulario de admisión", explanation="Texto del terapeuta."), "María Pérez",
            DECIDED, held_elsewhere="Hospital del Condado", regarding="Luis Pérez" if len(g) > 1 else "",
            language=lang))
    for code in AMENDMENT_DENIAL_GROUNDS:
        yield (f"164.526(d)(1) {code}", lambda p, lang, c=code: L.amendment_denial(
            p, ClientRequest("R2", "c1", "amendment", RECEIVED, grounds=(c,)), "María Pérez", DECIDED, language=lang))
    for kind in ("access", "amendment", "accounting"):
        q = ClientRequest("R3", "c1", kind, RECEIVED, requester_name="Pedro Ruiz")
        yield (f"164.502(g) not a representative, {kind}", lambda p, lang, q=q: L.not_representative_reply(
            p, q, "Pedro Ruiz", DECIDED, language=lang))
        yield (f"164.502(g) no one named, {kind}", lambda p, lang, q=q: L.not_representative_reply(
            p, q, "", DECIDED, language=lang))
        for rule, words in BASES.items():
            yield (f"164.502(g) {rule}, {kind}", lambda p, lang, q=q, w=words: L.not_representative_reply(
                p, q, "Pedro Ruiz", DECIDED, basis=(w, "45 CFR 164.502(g)(3)(i)"), language=lang))
        extended = replace(q, extension=extend(kind, RECEIVED, notice_on=date(2026, 11, 30), reason="Archivado",
                                               already_extended=False))
        yield (f"extension {kind}", lambda p, lang, q=extended: L.extension_notice(
            p, q, "María Pérez", regarding="Luis Pérez", language=lang))
    amendment = ClientRequest("R4", "c1", "amendment", RECEIVED, rebuttal="Las notas dicen lo que se dijo.",
                              disagreement_on=date(2026, 11, 20))
    notes = [L.AmendedNote(date(2026, 10, 2)), L.AmendedNote(date(2026, 9, 5))]
    yield ("164.526(c) one note", lambda p, lang: L.amendment_accepted(
        p, amendment, "María Pérez", DECIDED, amended=notes[:1], language=lang))
    yield ("164.526(c) two notes", lambda p, lang: L.amendment_accepted(
        p, amendment, "María Pérez", DECIDED, amended=notes, regarding="Luis Pérez", language=lang))
    yield ("164.526(d)(3)", lambda p, lang: L.rebuttal_letter(p, amendment, "María Pérez", DECIDED, language=lang))
    for decision in ("upheld", "reversed", "partly_reversed"):
        yield (f"164.524(d)(4) {decision}", lambda p, lang, d=decision: L.review_decision(
            p, _access(("endangerment",)), "María Pérez", reviewer="Dra. Sara Díaz", decision=d, day=DECIDED,
            language=lang))


MAKERS = list(_makers())
# Each element a letter lists -> the words that say it in the Spanish letter.
SAID_IN_SPANISH: dict[str, tuple[str, ...]] = {
    "received_date": ("El 14 de noviembre de 2026", "recibida el 14 de noviembre de 2026"),
    "basis": ("El motivo:", "Entre las normas sobre quién puede actuar"),
    "granted_part": ("Le damos acceso a: el formulario de admisión.",),
    "review_rights": ("Su derecho a una revisión", "que no haya participado en la decisión original"),
    "state_review": ("Comité de Revisión de Acceso a Expedientes Médicos", "La ley de California también"),
    "state_ground_basis": ("conforme a la ley del estado donde ejercemos",),
    "unreviewable_statement": ("no se puede revisar",),
    "held_elsewhere": ("Lo tiene: Hospital del Condado",),
    "complaint_practice": ("puede presentarnos una queja: comuníquese con",),
    "complaint_hhs": ("Secretario del Departamento de Salud y Servicios Humanos", "Oficina de Derechos Civiles",
                      "200 Independence Avenue, S.W., Washington, D.C. 20201", "1-800-368-1019", "1-800-537-7697",
                      "www.hhs.gov/ocr/complaints", "No tomaremos represalias"),
    "neither_confirm_nor_deny": ("No podemos confirmar ni negar",),
    "release_conditions": ("Solo entregamos información médica",),
    "how_to_send_documentation": ("consideraremos una nueva solicitud",),
    "disagreement_rights": ("Su derecho a estar en desacuerdo", "declaración por escrito"),
    "include_with_future_disclosures": ("Si no envía una declaración de desacuerdo",),
    "accepted": ("La aceptamos",),
    "amended_records": ("la nota de evolución del 2 de octubre de 2026",
                        "las notas de evolución del 5 de septiembre de 2026 y del 2 de octubre de 2026"),
    "linked": ("quedó vinculada",),
    "notify_others": ("Indíquenos las personas u organizaciones",),
    "disagreement_date": ("El 20 de noviembre de 2026 recibimos su declaración de desacuerdo",),
    "rebuttal": ("Las notas dicen lo que se dijo.",),
    "linked_to_records": ("se incluirán en toda divulgación futura",),
    "contact": ("Si tiene preguntas, comuníquese con",),
    "reason": ("El motivo de la demora: Archivado.",),
    "new_date": ("a más tardar el",),
    "reviewer": ("La revisión la hizo Dra. Sara Díaz",),
    "decision": ("La revisión confirmó", "La revisión revocó"),
}
CITATION = re.compile(r"\d+ CFR [\d.]+(?:\([\da-z]+\))*(?:-\([\da-z]+\))?|Public Health Law [\d()a-z]+|"
                      r"Health & Safety Code [\d()a-z]+")
# English names kept beside the Spanish, as the reader will find them written; and the practice's own.
KEPT_ENGLISH = re.compile(r"\((?:U\.S\. Department of Health and Human Services|Office for Civil Rights|"
                          r"Medical Record Access Review Committee)\)|N\.Y\. Public Health Law|"
                          r"Cal\. Health & Safety Code|Independence Avenue|Lee Counseling|Main St")
ENGLISH_WORDS = re.compile(r"\b(the|you|your|we|our|of|and|to|Dear|Sincerely|Telephone|request|records|"
                           r"January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\b")
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"


@pytest.mark.parametrize("state", sorted(PROFILES))
@pytest.mark.parametrize(("case", "make"), MAKERS, ids=[case for case, _ in MAKERS])
def test_the_spanish_letter_carries_what_the_english_one_does(case: str, make: Maker, state: str) -> None:
    profile = PROFILES[state]
    english, spanish = make(profile, "en"), make(profile, "es")
    assert spanish.language == "es" and english.language == "en"
    assert spanish.elements == english.elements, case
    assert len(spanish.paragraphs) == len(english.paragraphs), case
    assert spanish.kind == english.kind and spanish.day == english.day
    # Every citation as it is, none lost, none added.
    assert sorted(CITATION.findall(spanish.text())) == sorted(CITATION.findall(english.text())), case
    text = " ".join(spanish.text().split())
    for element in spanish.elements:
        assert any(words in text for words in SAID_IN_SPANISH[element]), (case, element, text)
    if "complaint_practice" in spanish.elements or "contact" in spanish.elements:
        assert profile.phone in text
        assert (profile.privacy_contact if state == "CA" else "nuestro Oficial de Privacidad") in text
    # The days in Spanish words, never in English nor in digits.
    assert re.search(rf"\b\d{{1,2}} de ({MONTHS}) de 20\d\d\b", spanish.date_line), spanish.date_line
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d", text), text
    left = KEPT_ENGLISH.sub("", text)
    assert not ENGLISH_WORDS.search(left), (case, ENGLISH_WORDS.search(left))
    assert spanish.text().splitlines()[-len(spanish.signature) - 2] == "Atentamente,"


def test_a_spanish_letter_greets_without_guessing_the_readers_gender() -> None:
    q = ClientRequest("R3", "c1", "access", RECEIVED)
    named = L.not_representative_reply(PROFILES["NY"], q, "Pedro Ruiz", DECIDED, language="es")
    nobody = L.not_representative_reply(PROFILES["NY"], q, "", DECIDED, language="es")
    assert named.salutation == "Apreciable Pedro Ruiz:"
    assert nobody.salutation == "A quien corresponda:"
    assert not re.search(r"Estimad[oa]|Señor|Señora", named.text() + nobody.text())


def test_dates_are_spanish_whatever_the_practices_locale() -> None:
    q = replace(ClientRequest("R1", "c1", "access", date(2026, 3, 2)),
                extension=extend("access", date(2026, 3, 2), notice_on=date(2026, 3, 20), reason="x",
                                 already_extended=False))
    for locale in ("en_US", "en_GB", "es_US"):
        letter = L.extension_notice(replace(PROFILES["NY"], locale=locale), q, "Ana", language="es")
        assert "El 2 de marzo de 2026 recibimos" in letter.text(), locale
        assert letter.date_line == "20 de marzo de 2026"


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_kept_letter_reads_back_as_it_was_written(language: str) -> None:
    for case, make in MAKERS:
        made = make(PROFILES["CA"], language)
        back = L.kept(made.text(), kind=made.kind, day=made.day, language=language, locale=made.locale,
                      practice_name=made.practice_name)
        assert back == replace(made, elements=()), case
        assert back.text() == made.text(), case


def test_a_letter_kept_without_a_language_is_english() -> None:
    made = L.amendment_denial(PROFILES["NY"], ClientRequest("R2", "c1", "amendment", RECEIVED,
                                                            grounds=("accurate_and_complete",)), "Ana", DECIDED)
    back = L.kept(made.text(), kind=made.kind, day=made.day, language=None, locale=made.locale,
                  practice_name=made.practice_name)
    assert back.language == "en" and back.to == "Ana" and back.paragraphs == made.paragraphs


@pytest.mark.parametrize(("typed", "code"), [("es", "es"), ("ES", "es"), (" en ", "en"), ("", "en"), (None, "en")])
def test_a_letter_language_is_its_code(typed: str | None, code: str) -> None:
    assert L.words_for(typed).language == code


@pytest.mark.parametrize("typed", ["fr", "spanish", "español", "<b>es</b>"])
def test_a_language_the_letters_are_not_written_in_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        L.words_for(typed)
    assert refused.value.code == "client.letters_in_unknown"
    assert typed not in str(refused.value)


def test_every_ground_state_review_and_basis_has_its_spanish_words() -> None:
    """A ground, a state's review or a basis added in English only would stop the Spanish letter that
    states it (a KeyError in the therapist's hands): each table has its Spanish twin, key for key."""
    from vault_app.domain import letter_words_es as es
    from vault_app.domain.state_denial_review import STATE_REVIEWS

    assert set(es.GROUNDS) == set(ACCESS_DENIAL_GROUNDS) | set(AMENDMENT_DENIAL_GROUNDS)
    assert set(es.STATE_REVIEWS) == set(STATE_REVIEWS)
    assert set(es.BASES_ES) == set(BASES)
    for state, review in STATE_REVIEWS.items():  # the same placeholders, the same citation
        # The contact: "{to_who}" in Spanish, with the article its title asks for (domain/letters._who_said)
        assert ("{to_who}" in es.STATE_REVIEWS[state]) == ("{who}" in review.paragraph)
        assert ("{phone}" in es.STATE_REVIEWS[state]) == ("{phone}" in review.paragraph)
        assert review.citation in es.STATE_REVIEWS[state]
