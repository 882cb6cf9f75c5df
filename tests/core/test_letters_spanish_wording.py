"""The Spanish letters as a Spanish-speaking client reads them (found by the Spanish walker):
a custodian with a title takes its article ("bajo la custodia de la Dra. Elena Ruiz", never "de
Dra."), and the practice's address, typed on lines, is said with commas between them in the
complaint paragraph ("1 Main St, Springfield, IL 62701", never "1 Main St Springfield")."""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain import closure_notice as rules
from vault_app.domain.letters import access_denial
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest
from vault_app.services.closure_notice import file_name

PROFILE = PracticeProfile(clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                          phone="555-0100", address="1 Main St\nSpringfield, IL 62701")


def _closure(custodian: str, language: str) -> str:
    details = rules.checked_details(date(2027, 1, 29), custodian, "555-0199")
    notice = rules.closure_notice(PROFILE, details, client_name="Ana Ruiz", to=rules.Addressee(rules.TO_CLIENT),
                                  to_name="", address="", last=None, until=date(2041, 6, 1), on=date(2026, 12, 7),
                                  language=language)
    return " ".join(notice.letter.text().split())


@pytest.mark.parametrize(("custodian", "of", "to"), [
    ("Dra. Elena Ruiz", "bajo la custodia de la Dra. Elena Ruiz", "escriba a la Dra. Elena Ruiz"),
    ("Dr. Sam Rivera", "bajo la custodia del Dr. Sam Rivera", "escriba al Dr. Sam Rivera"),
    ("Elena Ruiz", "bajo la custodia de Elena Ruiz", "escriba a Elena Ruiz"),
])
def test_a_custodians_title_takes_its_article(custodian: str, of: str, to: str) -> None:
    text = _closure(custodian, "es")
    assert of in text and to in text, text
    assert f"por escrito {to.removeprefix('escriba ')}" in text, text
    assert f"de {custodian}" not in text or custodian == "Elena Ruiz", text


def test_the_english_closure_letter_names_the_custodian_as_typed() -> None:
    text = _closure("Dr. Sam Rivera", "en")
    assert "will be kept by Dr. Sam Rivera (555-0199)" in text, text


@pytest.mark.parametrize(("language", "address"), [
    ("en", "(1 Main St, Springfield, IL 62701)"), ("es", "(1 Main St, Springfield, IL 62701)")])
def test_the_complaint_says_the_address_lines_apart(language: str, address: str) -> None:
    request = ClientRequest("R1", "c1", "access", date(2024, 2, 1), status="denied", denied="progress notes",
                            grounds=("psychotherapy_notes",))
    text = access_denial(PROFILE, request, "Alex Client", date(2024, 3, 1), language=language).text()
    assert address in " ".join(text.split()), text


def test_an_address_typed_with_its_commas_is_not_given_two() -> None:
    profile = PracticeProfile(clinician_name="Jordan Lee", practice_name="Lee Counseling", phone="555-0100",
                              address="1 Main St,\n  Suite 4 \nSpringfield, IL 62701")
    request = ClientRequest("R1", "c1", "access", date(2024, 2, 1), status="denied", denied="progress notes",
                            grounds=("psychotherapy_notes",))
    text = " ".join(access_denial(profile, request, "Alex Client", date(2024, 3, 1)).text().split())
    assert "(1 Main St, Suite 4, Springfield, IL 62701)" in text, text


@pytest.mark.parametrize(("language", "how", "copy", "name"), [
    ("en", "mail", False, "closure-notice-C00002.pdf"),
    ("en", "not_by_mail", False, "closure-notice-C00002-not-by-mail.pdf"),
    ("en", "mail", True, "closure-notice-C00002-copy.pdf"),
    ("es", "mail", False, "aviso-de-cierre-C00002.pdf"),
    ("es", "not_by_mail", False, "aviso-de-cierre-C00002-no-por-correo.pdf"),
    ("es", "mail", True, "aviso-de-cierre-C00002-copia.pdf"),
])
def test_a_closure_letters_file_is_named_in_its_language(language: str, how: str, copy: bool, name: str) -> None:
    said = file_name("C00002", "c-1", how, language=language, copy=copy)
    assert said == name and said.isascii()


def test_a_privacy_contact_with_a_title_takes_its_article() -> None:
    """The contact typed in Settings ("Dra. Ana Ruiz") after "a" and "con" in a Spanish letter, as the
    custodian: "comuníquese con la Dra. Ana Ruiz", "escriba al Dr. …"; English as typed."""
    request = ClientRequest("R1", "c1", "access", date(2024, 2, 1), status="denied", denied="notas de evolución",
                            grounds=("endangerment",))
    for contact, said in (("Dra. Ana Ruiz", ("comuníquese con la Dra. Ana Ruiz, Lee Counseling",
                                             "escriba a la Dra. Ana Ruiz, Lee Counseling")),
                          ("Dr. Sam Rivera", ("comuníquese con el Dr. Sam Rivera, Lee Counseling",
                                              "escriba al Dr. Sam Rivera, Lee Counseling"))):
        profile = PracticeProfile(clinician_name="Jordan Lee", practice_name="Lee Counseling", phone="555-0100",
                                  privacy_contact=contact)
        text = " ".join(access_denial(profile, request, "Ana Ruiz", date(2024, 3, 1), language="es").text().split())
        for words in said:
            assert words in text, (words, text)
        english = " ".join(access_denial(profile, request, "Ana Ruiz", date(2024, 3, 1)).text().split())
        assert f"contact {contact}, Lee Counseling" in english, english
