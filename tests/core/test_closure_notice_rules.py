"""The notice of closure's rules (domain/closure_notice.py), table-driven: the allowed side and the
refused side of the details typed once, who receives the notice (164.502(g)), the last session,
the appointments left after the closing, and the day the records are kept until."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import closure_notice as rules
from vault_app.domain.appointments import Appointment
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.retention import ChartFacts, RetentionPolicy
from vault_app.domain.who_acts import ClientFacts, Rep

# (case, name, contact, referrals, the refusal's code or None)
DETAILS = [
    ("all given", "Dr. Sam Rivera", "555-0199, 2 Oak St", "Springfield Clinic 555-0111", None),
    ("no referrals", "Dr. Sam Rivera", "555-0199", "", None),
    ("referrals on lines", "Dr. Sam Rivera", "555-0199", "Clinic A\nClinic B", None),
    ("no name", "  ", "555-0199", "", "closure.custodian_name_missing"),
    ("no contact", "Dr. Sam Rivera", "", "", "closure.custodian_contact_missing"),
    ("name on two lines", "Dr. Sam\nRivera", "555-0199", "", "closure.one_line"),
    ("contact with a tab", "Dr. Sam Rivera", "555\t0199", "", "closure.one_line"),
    ("name too long", "x" * (rules.NAME_MAX + 1), "555-0199", "", "closure.too_long"),
    ("contact too long", "Dr. Sam Rivera", "5" * (rules.CONTACT_MAX + 1), "", "closure.too_long"),
    ("referrals too long", "Dr. Sam Rivera", "555-0199", "r" * (rules.REFERRALS_MAX + 1), "closure.too_long"),
    ("referrals with a NUL", "Dr. Sam Rivera", "555-0199", "Clinic\x00A", "closure.referrals_invisible"),
]


@pytest.mark.parametrize(("case", "name", "contact", "referrals", "code"), DETAILS, ids=[d[0] for d in DETAILS])
def test_details_typed_once(case: str, name: str, contact: str, referrals: str, code: str | None) -> None:
    day = fx.today()
    if code is None:
        got = rules.checked_details(day, name, contact, referrals)
        assert (got.custodian_name, got.custodian_contact) == (" ".join(name.split()), " ".join(contact.split()))
        assert got.referrals == referrals.strip()
    else:
        with pytest.raises(InvalidInput) as refused:
            rules.checked_details(day, name, contact, referrals)
        assert refused.value.code == code, case


def test_no_closing_day_is_refused() -> None:
    with pytest.raises(InvalidInput) as refused:
        rules.checked_details(None, "Dr. Sam Rivera", "555-0199")
    assert refused.value.code == "closure.no_day"


def _appt(day: date, status: str = "scheduled") -> Appointment:
    return Appointment("A" + day.isoformat(), "C1", day, time(10), 50, status)  # type: ignore[arg-type]


def test_last_session_and_appointments_after_the_closing() -> None:
    today = fx.today()
    closes = today + timedelta(days=30)
    held = [today - timedelta(days=20), today - timedelta(days=6)]
    # (case, appointments, the last session's day and whether it is to come, booked after the closing)
    table = [
        ("held only", [], (held[1], False), 0),
        ("one booked before the closing", [_appt(today + timedelta(days=7))], (today + timedelta(days=7), True), 0),
        ("cancelled one is no session", [_appt(today + timedelta(days=7), "cancelled_by_client")], (held[1], False),
         0),
        ("booked after the closing", [_appt(closes + timedelta(days=7))], (held[1], False), 1),
        ("on the closing day", [_appt(closes)], (closes, True), 0),
    ]
    for case, appts, (day, upcoming), after in table:
        got = rules.last_session(held, appts, closes, today)
        assert got == rules.LastSession(day, upcoming), case
        assert rules.booked_after(appts, closes) == after, case
    assert rules.last_session([], [], closes, today) is None


def test_kept_until_counts_from_the_last_session_when_later() -> None:
    policy = RetentionPolicy(adult_years=7, minor_years_after_majority=3, age_of_majority=18, name="test")
    contact = date(2026, 1, 10)
    adult = ChartFacts("C1", "C00001", contact, date(1980, 1, 1))
    later = rules.LastSession(date(2026, 12, 20), True)
    assert rules.kept_until(adult, policy, None) == date(2033, 1, 10)
    assert rules.kept_until(adult, policy, later) == date(2033, 12, 20)
    assert rules.kept_until(adult, policy, rules.LastSession(date(2025, 1, 1), False)) == date(2033, 1, 10)
    # A minor: the later of seven years after the last contact and three after majority (2038 + 3).
    minor = ChartFacts("C2", "C00002", contact, date(2020, 6, 1))
    assert rules.kept_until(minor, policy, later) == date(2041, 6, 1)
    assert rules.kept_until(ChartFacts("C3", "C00003", None), policy, None) is None


MOTHER = Rep("Maria Ruiz, parent", "parent", name="Maria Ruiz")
EXECUTOR = Rep("Pat Ruiz, personal representative", "personal_representative", name="Pat Ruiz")


def test_who_receives_the_notice() -> None:
    on = fx.today()
    # (case, facts, whom to)
    table = [
        ("an adult", ClientFacts(40, 18, 12), rules.Addressee(rules.TO_CLIENT)),
        ("a child: the parent", ClientFacts(9, 18, 12, (MOTHER,)), rules.Addressee(rules.TO_REPRESENTATIVE, 0)),
        ("a child, no one recorded", ClientFacts(9, 18, 12), rules.Addressee(rules.TO_CLIENT)),
        ("a minor who consented to their own care", ClientFacts(15, 18, 12, (MOTHER,), care_consented_by="client"),
         rules.Addressee(rules.TO_CLIENT)),
        ("a minor whose parent consented", ClientFacts(15, 18, 12, (MOTHER,), care_consented_by="guardian"),
         rules.Addressee(rules.TO_REPRESENTATIVE, 0)),
        ("an adult with a parent recorded from childhood", ClientFacts(19, 18, 12, (MOTHER,)),
         rules.Addressee(rules.TO_CLIENT)),
        ("died: the executor", ClientFacts(70, 18, 12, (MOTHER, EXECUTOR), died_on=on - timedelta(days=30)),
         rules.Addressee(rules.TO_REPRESENTATIVE, 1)),
        ("died, no executor: the estate", ClientFacts(9, 18, 12, (MOTHER,), died_on=on - timedelta(days=30)),
         rules.Addressee(rules.TO_ESTATE)),
        ("died today: the estate", ClientFacts(40, 18, 12, died_on=on), rules.Addressee(rules.TO_ESTATE)),
    ]
    for case, facts, expected in table:
        assert rules.addressee(facts, on) == expected, case


PROFILE = PracticeProfile(clinician_name="Jordan Lee", credentials="LCSW", practice_name="Lee Counseling",
                          phone="555-0100", address="1 Main St\nSpringfield, IL 62701")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_notice_holds_every_element(language: str) -> None:
    details = rules.checked_details(date(2027, 1, 29), "Dr. Sam Rivera", "555-0199", "Springfield Clinic, 555-0111")
    notice = rules.closure_notice(
        PROFILE, details, client_name="Ana Ruiz", to=rules.Addressee(rules.TO_REPRESENTATIVE, 0),
        to_name="Maria Ruiz", address="2 Elm St\nSpringfield", last=rules.LastSession(date(2027, 1, 22), True),
        until=date(2041, 6, 1), on=date(2026, 12, 7), language=language)
    text = notice.letter.text()
    assert notice.letter.elements == ("closing_date", "last_session", "custodian", "kept_until", "right_of_access",
                                      "copy_to_new_clinician", "referrals", "contact")
    assert notice.address == ("Maria Ruiz", "2 Elm St", "Springfield")
    assert notice.letter.to == "Maria Ruiz" and notice.letter.language == language
    for said in ("Dr. Sam Rivera", "555-0199", "Springfield Clinic, 555-0111", "Ana Ruiz", "2041",
                 rules.ACCESS_CITATION, rules.NEW_CLINICIAN_CITATION, "Lee Counseling"):
        assert said in text, said
    assert ("January 29, 2027" if language == "en" else "29 de enero de 2027") in text
    assert ("scheduled for" if language == "en" else "programada") in text


def test_the_notice_without_a_period_referrals_or_session() -> None:
    details = rules.checked_details(date(2027, 1, 29), "Dr. Sam Rivera", "555-0199")
    notice = rules.closure_notice(PROFILE, details, client_name="Ana Ruiz", to=rules.Addressee(rules.TO_ESTATE),
                                  to_name="", address="", last=None, until=None, on=date(2026, 12, 7), language="en")
    assert notice.letter.elements == ("closing_date", "custodian", "right_of_access", "copy_to_new_clinician",
                                      "contact")
    assert notice.letter.to == "Personal Representative of the Estate of Ana Ruiz"
    assert "the records of Ana Ruiz" in notice.letter.text()
    assert "as long as the law" in notice.letter.text()


def test_no_practice_contact_is_refused() -> None:
    details = rules.checked_details(date(2027, 1, 29), "Dr. Sam Rivera", "555-0199")
    with pytest.raises(InvalidInput) as refused:
        rules.closure_notice(PracticeProfile(), details, client_name="Ana Ruiz", to=rules.Addressee(rules.TO_CLIENT),
                             to_name="", address="", last=None, until=None, on=date(2026, 12, 7), language="en")
    assert refused.value.code == "letter.practice_contact_missing"


def test_a_closing_day_already_past_is_refused_as_a_typing_slip() -> None:
    """The letter says the practice "will close on" the day: one before the letter's is a slip (2025 for 2027)."""
    today = fx.today()
    # (case, closing day, refused)
    table = [("yesterday", today - timedelta(days=1), True), ("today", today, False),
             ("next month", today + timedelta(days=30), False)]
    for case, day, refused in table:
        if refused:
            with pytest.raises(InvalidInput) as said:
                rules.checked_details(day, "Dr. Sam Rivera", "555-0199", on=today)
            assert said.value.code == "closure.day_past" and said.value.field == "closes_on", case
        else:
            assert rules.checked_details(day, "Dr. Sam Rivera", "555-0199", on=today).closes_on == day, case
