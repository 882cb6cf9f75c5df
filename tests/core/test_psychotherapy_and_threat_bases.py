"""Psychotherapy notes only under 45 CFR 164.508(a)(2), supervised training, and serious-threat
disclosures as 164.512(j) (permissive, minimum necessary): the rule table, then the gate through
the services, the decision workflow, the ledger, the accounting and the CLI on a real vault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.decision_helpers import complete
from tests.core.decision_helpers import make_chart as decision_chart
from vault_app.domain.disclosure_basis import PSYCHOTHERAPY_BASES, SPECS
from vault_app.services import accounting, decisions, disclosure_gate, export
from vault_app.services.vault import Vault

THREAT = {"agency": "City Police", "threat": "stated plan to hurt a coworker", "identifiable_person": "coworker"}
TRAINING = {"trainee": "Sam Intern", "supervisor": "Jordan Lee, LCSW", "program": "practice internship",
            "own_practice": True}
COURT_PSY = {"judge": "Hon. J", "court": "Superior Court", "case_number": "24-1", "covers": ["psychotherapy"]}

# (basis, citation, allowed for psychotherapy notes, evidence)
PSY_ROWS: list[tuple[str, str, bool, dict[str, Any]]] = [
    ("training", "45 CFR 164.508(a)(2)(i)(B)", True, TRAINING),
    ("legal_defense", "45 CFR 164.508(a)(2)(i)(C)", True,
     {"proceeding": "Board complaint", "case_number": "B-77", "brought_by_client": True}),
    ("required_by_law", "45 CFR 164.508(a)(2)(ii); 164.512(a)", True,
     {"law_kind": "child_abuse_report", "agency": "County CPS"}),
    ("health_oversight", "45 CFR 164.508(a)(2)(ii); 164.512(d)", True,
     {"agency": "State Board", "request_reference": "letter 7", "of_originator": True}),
    ("coroner", "45 CFR 164.508(a)(2)(ii); 164.512(g)(1)", True, {"office": "County ME", "official": "Dr. ME"}),
    ("serious_threat", "45 CFR 164.508(a)(2)(ii); 164.512(j)(1)(i)", True, THREAT),
    ("national_security", "45 CFR 164.508(a)(2); 164.512(k)(2) is not listed", False,
     {"official": "Federal official", "authority": "50 U.S.C. 3001"}),
    ("treatment", "45 CFR 164.508(a)(2); 164.506(c)(2) is not listed", False, dict(fx.TREATMENT)),
    ("payment", "45 CFR 164.508(a)(2); 164.506(c)(1) is not listed", False, {}),
    ("training", "45 CFR 164.508(a)(2)(i)(B): own practice only", False, {**TRAINING, "own_practice": False}),
]


def test_the_psychotherapy_table_matches_what_each_basis_allows() -> None:
    for kind, spec in SPECS.items():
        if kind in ("subpoena", "client_access"):
            assert "psychotherapy" not in spec.allows
            continue
        assert ("psychotherapy" in spec.allows) == (kind in PSYCHOTHERAPY_BASES), kind
        if kind in PSYCHOTHERAPY_BASES:
            assert PSYCHOTHERAPY_BASES[kind].startswith("45 CFR 164.508(a)(2)")


@pytest.mark.parametrize(("basis", "citation", "allowed", "evidence"), PSY_ROWS,
                         ids=[f"{r[0]} {r[1]}" for r in PSY_ROWS])
def test_psychotherapy_notes_through_the_gate(psy_vault: Vault, basis: str, citation: str, allowed: bool,
                                              evidence: dict[str, Any]) -> None:
    vault = psy_vault
    chart = fx.make_chart(vault, with_psychotherapy=True, n=1)
    request = fx.request(chart.client_id, kind="psychotherapy", note_ids=(chart.psychotherapy[0],), basis=basis,
                         evidence=evidence)
    verdict = disclosure_gate.check(vault, request)
    assert verdict.allowed is allowed, verdict.reasons
    if not allowed:
        says = {"national_security": "164.508(a)(2) lists", "treatment": "164.508(a)(2)",
                "payment": "never go to an insurer for payment", "training": "own practice's program"}[basis]
        assert says in " ".join(verdict.reasons)


# (evidence, citation, allowed, what the verdict must say)
THREAT_ROWS: list[tuple[str, dict[str, Any], str, bool, str]] = [
    ("serious_threat", THREAT, "45 CFR 164.512(j)(1)(i)", True, "164.512(j)(1)(i)"),
    ("required_by_law", {"law_kind": "duty_to_warn", "agency": "City Police", "threat": "plan",
                         "identifiable_person": "coworker"},
     "45 CFR 164.512(j); 164.502(b)(2)(v)", False, "not required by law"),
    ("serious_threat", {"agency": "City Police"}, "45 CFR 164.512(j)(1)(i)(A)", False, "needs: the threat"),
]


@pytest.mark.parametrize(("basis", "evidence", "citation", "allowed", "says"), THREAT_ROWS,
                         ids=[f"{r[0]} {r[2]} {r[3]}" for r in THREAT_ROWS])
def test_serious_threat_rows(vault: Vault, basis: str, evidence: dict[str, Any], citation: str, allowed: bool,
                             says: str) -> None:
    chart = fx.make_chart(vault, n=1)
    verdict = disclosure_gate.check(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), basis=basis,
                                                      evidence=evidence))
    assert verdict.allowed is allowed
    assert says in " ".join((*verdict.reasons, verdict.citation))
    if allowed:
        assert verdict.minimum_necessary and verdict.accountable
        assert any("Minimum necessary applies" in w for w in verdict.warnings)


def test_a_warning_decision_is_recorded_and_accounted_as_serious_threat(vault: Vault) -> None:
    chart = decision_chart(vault)
    draft = decisions.start(vault, chart.client_id, "duty_to_warn", session_id=chart.session_id)
    decision = decisions.update(vault, draft.decision_id, complete("duty_to_warn", chart))
    ready = decisions.readiness(vault, decision.decision_id)
    assert ready.verdict is not None and ready.verdict.allowed and ready.verdict.minimum_necessary
    result = decisions.sign(vault, decision.decision_id)
    (logged,) = [r for r in export.disclosures(vault, chart.client_id) if r.disclosure_id == result.disclosure_id]
    assert logged.basis_kind == "serious_threat" and "164.512(j)" in logged.basis_summary
    acc = accounting.build(vault, chart.client_id)
    (line,) = acc.lines
    assert line.first.disclosure_id == result.disclosure_id
    assert "serious and imminent threat" in line.first.basis_summary


def test_cli_refuses_duty_to_warn_as_required_by_law_and_psychotherapy_for_national_security(
    psy_vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = psy_vault
    chart = fx.make_chart(vault, n=1, with_psychotherapy=True)
    folder = str(vault.folder)
    vault.lock()
    v = ["--vault", folder]
    base = ["--client", chart.client_id, "--notes", chart.progress[0], "--recipient", "City Police", "--purpose",
            "warning", "--out", str(tmp_path / "x.pdf"), "--check-only"]
    law = tmp_path / "law.json"
    law.write_text(json.dumps({"law_kind": "duty_to_warn", "agency": "City Police", "threat": "plan",
                               "identifiable_person": "coworker"}))
    refused = cli(capsys, monkeypatch, "export", *v, *base, "--basis", "required_by_law", "--evidence", str(law))
    assert refused.code == 6 and "164.512(j), not required by law" in refused.out  # --check-only: said once, on stdout
    threat = tmp_path / "threat.json"
    threat.write_text(json.dumps(THREAT))
    allowed = cli(capsys, monkeypatch, "export", *v, *base, "--basis", "serious_threat", "--evidence", str(threat))
    assert allowed.code == 0 and "164.512(j)(1)(i)" in allowed.out and "Minimum necessary" in allowed.out
    nat = tmp_path / "nat.json"
    nat.write_text(json.dumps({"official": "Federal official", "authority": "50 U.S.C. 3001"}))
    psy = cli(capsys, monkeypatch, "export", *v, "--client", chart.client_id, "--kind", "psychotherapy", "--from",
              "2000-01-01", "--recipient", "Agency", "--purpose", "intelligence", "--basis", "national_security",
              "--evidence", str(nat), "--out", str(tmp_path / "p.pdf"), "--check-only")
    assert psy.code == 6 and "164.508(a)(2)" in psy.out
