"""The ledger's summary of a disclosure's basis (LegalBasis.summary) is signed history: each
form is pinned here word for word, and read back into its parts (read_summary) so a screen can
say it in its own language (gui/basis_words.summary_words) without rewording what is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vault_app.domain.disclosure_basis import SPECS, SUMMARIES, LegalBasis, read_summary

# (kind, evidence, authorization id, the summary as the ledger has always kept it, its form)
CASES: list[tuple[str, dict[str, Any], str | None, str, str]] = [
    ("authorization", {}, "A-1", "authorization A-1", "authorization"),
    ("court_order", {"court": "Superior Court, Div. 2", "case_number": "24-1", "order_date": "2025-03-14"}, None,
     "court order, Superior Court, Div. 2, case 24-1, 2025-03-14", "court_order"),
    ("court_order", {"court": "X", "case_number": "1", "order_date": date(2025, 3, 14)}, None,
     "court order, X, case 1, 2025-03-14", "court_order"),
    ("court_order", {}, None, "court order, ?, case ?, ?", "court_order"),
    ("court_order", {"court": "X", "case_number": "1", "order_date": "2025-03-14", "received_on": "2025-03-17"},
     None, "court order, X, case 1, 2025-03-14, received 2025-03-17", "court_order.received"),
    ("subpoena", {"received_on": "2025-03-17"}, None, "a subpoena with satisfactory assurances, received 2025-03-17",
     "subpoena.received"),
    ("required_by_law", {"law_kind": "child_abuse_report"}, None, "required by law (child abuse report)",
     "required_by_law"),
    ("required_by_law", {"law_kind": "duty_to_warn", "statute": "Civ. Code (43.92)"}, None,
     "required by law (duty to warn), Civ. Code (43.92)", "required_by_law.statute"),
    ("health_oversight", {"request_reference": "R-9"}, None, "health oversight, request R-9", "health_oversight"),
    ("legal_defense", {"case_number": "B-1"}, None, "defense in an action brought by the client, case B-1",
     "legal_defense"),
    ("coroner", {}, None, "coroner / medical examiner", "coroner"),
    ("coroner", {"case_number": "C-7"}, None, "coroner / medical examiner, case C-7", "coroner.case"),
    ("client_access", {"request_id": "Q-1"}, None, "client's access request Q-1", "client_access"),
    ("national_security", {}, None, "national security or intelligence activities (45 CFR 164.512(k)(2))",
     "title_citation"),
    ("serious_threat", {}, None, "to prevent or lessen a serious and imminent threat (164.512(j))", "serious_threat"),
    ("serious_threat", {"statute": "Tarasoff"}, None,
     "to prevent or lessen a serious and imminent threat (164.512(j)), Tarasoff", "serious_threat.statute"),
    ("training", {}, None, "supervised training in the practice (164.508(a)(2)(i)(B))", "training"),
    ("successor", {"transfer": "closing", "covered_entity": True}, None,
     "transfer of the practice to a successor (health care operations, 164.501)", "successor"),
    ("treatment", {}, None, "treatment by another provider", "title"),
    ("payment", {}, None, "payment", "title"),
    ("subpoena", {}, None, "a subpoena with satisfactory assurances", "title"),
]


@pytest.mark.parametrize(("kind", "evidence", "auth", "stored", "form"), CASES, ids=[c[3] for c in CASES])
def test_a_summary_is_written_as_always_and_read_back(kind: str, evidence: dict[str, Any], auth: str | None,
                                                      stored: str, form: str) -> None:
    summary = LegalBasis(kind, evidence, authorization_id=auth).summary()  # type: ignore[arg-type]
    assert summary == stored
    found = read_summary(kind, summary)
    assert found is not None and found[0] == form
    assert SUMMARIES[found[0]].format(**found[1]) == summary


def test_every_basis_has_a_case_and_every_form_is_used() -> None:
    assert {c[0] for c in CASES} == set(SPECS)
    assert {c[4] for c in CASES} == set(SUMMARIES)


@pytest.mark.parametrize(("kind", "summary"), [
    ("required_by_law", "required by law ()"),  # no kind of law: no form reads it
    ("required_by_law", "required by law (invented duty)"),
    ("court_order", "court order for everything"),
    ("authorization", "consent on file"),
])
def test_a_summary_in_no_form_is_not_read(kind: str, summary: str) -> None:
    assert read_summary(kind, summary) is None
