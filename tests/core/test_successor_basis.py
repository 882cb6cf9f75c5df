"""The transfer of a practice's records to a successor (wclose F4): health care operations.

45 CFR 164.501 "health care operations" (6)(iv): "the sale, transfer, merger, or consolidation of
all or part of the covered entity with another covered entity, or an entity that following such
activity will become a covered entity"; 164.506(c)(1) permits it without an authorization;
164.528(a)(1)(i) leaves it out of the accounting (the ledger keeps it, as every disclosure);
164.508(a)(2) lists no such exception for psychotherapy notes; 164.502(b)(2) does not except
operations from minimum necessary. The rule table, then a real vault: the gate, the ledger, the
accounting, the complete open export and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.cli.main import run
from vault_app.domain.disclosure_basis import PSYCHOTHERAPY_BASES, SPECS, LegalBasis
from vault_app.services import accounting, disclosure_gate, export
from vault_app.services.open_export import open_export
from vault_app.services.vault import Vault

SUCCESSOR_NAME = "Sam Rivera, PsyD, Rivera Psychology"
TRANSFER = {"transfer": "closing of the practice on 2026-12-31; every chart to Rivera Psychology",
            "covered_entity": True}

# (what the regulation says, kind, evidence, allowed, what the verdict must say)
ROWS: list[tuple[str, str, dict[str, Any], bool, str]] = [
    ("164.501 operations (6)(iv); 164.506(c)(1): the designated record set, no authorization", "progress",
     TRANSFER, True, "Allowed: transfer of the practice to a successor (health care operations)"),
    ("164.501 operations (6)(iv): all of the covered entity, its billing records too", "billing", TRANSFER, True,
     "164.506(c)(1)"),
    ("164.508(a)(2): no operations exception for psychotherapy notes", "psychotherapy", TRANSFER, False,
     "only for the purposes 45 CFR 164.508(a)(2) lists"),
    ("164.501 operations (6)(iv): with another covered entity (the therapist affirms it)", "progress",
     {**TRANSFER, "covered_entity": False}, False, "needs: confirmation that the successor is a HIPAA covered entity"),
    ("164.501 operations (6)(iv): the sale, transfer, merger, or consolidation", "progress",
     {"covered_entity": True}, False, "needs: the transfer"),
]


def test_the_spec_carries_the_rule_and_its_citations() -> None:
    spec = SPECS["successor"]
    assert "164.506(c)(1)" in spec.citation and "164.501" in spec.citation
    assert spec.allows == frozenset({"progress", "billing"}) and "successor" not in PSYCHOTHERAPY_BASES
    assert not spec.accountable and "164.528(a)(1)(i)" in spec.exclusion
    assert spec.minimum_necessary  # 164.502(b)(2) names no operations exception


@pytest.mark.parametrize(("rule", "kind", "evidence", "allowed", "says"), ROWS, ids=[r[0] for r in ROWS])
def test_the_gate_in_the_regulations_words(psy_vault: Vault, rule: str, kind: str, evidence: dict[str, Any],
                                           allowed: bool, says: str) -> None:
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    ids = {"progress": chart.progress, "psychotherapy": chart.psychotherapy, "billing": chart.sessions}[kind]
    verdict = disclosure_gate.check(psy_vault, fx.request(
        chart.client_id, kind=kind, note_ids=(ids[0],), basis="successor", evidence=evidence,
        recipient=fx.Recipient(SUCCESSOR_NAME), purpose="transfer of the practice"))
    assert verdict.allowed is allowed, verdict.reasons
    assert says in " ".join((*verdict.reasons, verdict.citation))
    if allowed:
        assert not verdict.accountable and any("Minimum necessary applies" in w for w in verdict.warnings)
    if kind == "psychotherapy":
        assert "authorization for psychotherapy notes alone" in str(verdict.hint)


def test_logged_in_the_ledger_and_listed_apart_in_the_accounting(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    done = export.export(vault, fx.request(
        chart.client_id, note_ids=tuple(chart.progress), basis="successor", evidence=TRANSFER,
        recipient=fx.Recipient(SUCCESSOR_NAME), purpose="transfer of the practice"),
        out=tmp_path / "to-successor.pdf", password=fx.PASSWORD)
    (logged,) = [r for r in export.disclosures(vault, chart.client_id) if r.disclosure_id == done.disclosure_id]
    assert logged.basis_kind == "successor" and logged.recipient.name == SUCCESSOR_NAME
    assert logged.basis_summary == "transfer of the practice to a successor (health care operations, 164.501)"
    acc = accounting.build(vault, chart.client_id)
    assert not acc.lines  # excluded from the accounting, 164.528(a)(1)(i) ...
    (line,) = acc.excluded  # ... and listed apart, as every excluded disclosure
    assert line.first.disclosure_id == done.disclosure_id
    assert line.first.exclusion.startswith("for health care operations: transfer of the practice")


def test_the_complete_chart_goes_to_the_successor_and_the_psychotherapy_notes_only_under_their_authorization(
        psy_vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(psy_vault, n=2, with_psychotherapy=True)
    to = fx.Recipient(SUCCESSOR_NAME)
    refused = open_export(psy_vault, chart.client_id, recipient=to, purpose="transfer of the practice",
                          basis=LegalBasis("successor", TRANSFER), out=tmp_path / "a.pdf", password=fx.PASSWORD,
                          psychotherapy_basis=LegalBasis("successor", TRANSFER))
    assert refused.progress_notes == 2 and refused.psychotherapy_notes == 0
    assert "164.508(a)(2)" in refused.psychotherapy_left_out
    psy_auth = fx.add_auth(psy_vault, chart.client_id, covers=["psychotherapy"], recipient_name=SUCCESSOR_NAME,
                           purposes=["transfer of the practice"], description="Psychotherapy notes, to Dr. Rivera")
    sent = open_export(psy_vault, chart.client_id, recipient=to, purpose="transfer of the practice",
                       basis=LegalBasis("successor", TRANSFER), out=tmp_path / "b.pdf", password=fx.PASSWORD,
                       psychotherapy_basis=LegalBasis("authorization", {}, psy_auth.id))
    assert sent.psychotherapy_notes == 2
    # Minimum necessary, said by the notes' part and the sessions' part alike: said once.
    assert sum("Minimum necessary applies" in str(w) for w in sent.warnings) == 1
    logged = {r.disclosure_id: r for r in export.disclosures(psy_vault, chart.client_id)}
    assert [logged[i].basis_kind for i in sent.disclosure_ids] == ["successor", "authorization", "successor"]


def test_cli_offers_the_basis_and_exports_under_it(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    folder = str(vault.folder)
    vault.lock()
    evidence = tmp_path / "transfer.json"
    evidence.write_text(json.dumps(TRANSFER))
    with pytest.raises(SystemExit):
        run(["export", "--help"])
    assert "successor" in capsys.readouterr().out
    done = cli(capsys, monkeypatch, "export", "--vault", folder, "--client", chart.client_id, "--notes",
               chart.progress[0], "--recipient", SUCCESSOR_NAME, "--purpose", "transfer of the practice", "--basis",
               "successor", "--evidence", str(evidence), "--out", str(tmp_path / "x.pdf"), "--check-only")
    assert done.code == 0 and "transfer of the practice to a successor" in done.out
    assert "164.506(c)(1)" in done.out
