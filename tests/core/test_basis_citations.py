"""Every legal basis the chart's Disclosures tab shows names its section of the law
(domain/basis_citations): beside a summary that names none, never twice beside one that does."""

from __future__ import annotations

import pytest

from vault_app.domain.basis_citations import LAW_KIND_CITATIONS, basis_citation
from vault_app.domain.disclosure_basis import LAW_KINDS, SPECS, SUMMARIES

CITED = [
    ("required_by_law", "required by law (child abuse report)", "45 CFR 164.512(b)(1)(ii)"),
    ("required_by_law", "required by law (child abuse report), Tex. Fam. Code 261.101", "45 CFR 164.512(b)(1)(ii)"),
    ("required_by_law", "required by law (elder abuse report)", "45 CFR 164.512(c)"),
    ("required_by_law", "required by law (other statute)", "45 CFR 164.512(a)"),
    ("required_by_law", "required by law (duty to warn)", "45 CFR 164.512(a), (j)"),
    ("required_by_law", "something an older version wrote", SPECS["required_by_law"].citation),
    ("court_order", "court order, Superior Court, case 24-CV-1, 2025-03-14", "45 CFR 164.512(e)(1)(i)"),
    ("authorization", "authorization A-1234", "45 CFR 164.508"),
    ("client_access", "client's access request R-1", "45 CFR 164.524"),
    ("coroner", "coroner / medical examiner", "45 CFR 164.512(g)(1)"),
    ("health_oversight", "health oversight, request HO-7", SPECS["health_oversight"].citation),
]
# Summaries that name their section already: nothing added (said once).
ALREADY = [
    ("serious_threat", "to prevent or lessen a serious and imminent threat (164.512(j))"),
    ("serious_threat", "to prevent or lessen a serious and imminent threat (164.512(j)), Cal. Civ. Code 43.92"),
    ("training", "supervised training in the practice (164.508(a)(2)(i)(B))"),
    ("successor", "transfer of the practice to a successor (health care operations, 164.501)"),
    ("national_security", "national security or intelligence activities (45 CFR 164.512(k)(2))"),
    ("not_a_basis", "anything"),
]


@pytest.mark.parametrize(("kind", "summary", "citation"), CITED)
def test_a_basis_whose_summary_names_no_section_is_given_its_own(kind: str, summary: str, citation: str) -> None:
    assert basis_citation(kind, summary) == citation


@pytest.mark.parametrize(("kind", "summary"), ALREADY)
def test_a_summary_naming_its_section_is_given_none_again(kind: str, summary: str) -> None:
    assert basis_citation(kind, summary) == ""


def test_every_duty_and_every_basis_has_a_citation() -> None:
    assert set(LAW_KIND_CITATIONS) == set(LAW_KINDS)
    assert all(spec.citation.startswith("45 CFR ") for spec in SPECS.values())
    assert all(c.startswith("45 CFR 164.512(") for c in LAW_KIND_CITATIONS.values())
    assert "required_by_law" in {k.partition(".")[0] for k in SUMMARIES}
