"""Subpoenas with satisfactory assurances (45 CFR 164.512(e)(1)(ii)-(v)) and Part 2 court orders
(42 CFR 2.64): the rule tables, then the gate through the services, and the CLI on a real vault."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.state_privilege import COUNSEL_FIELD
from vault_app.domain.subpoena import part2_order_problems, subpoena_problems
from vault_app.services import attachments, disclosure_gate
from vault_app.services.vault import Vault

ON = date(2026, 12, 1)
NOTICE = {"assurance": "notice_to_client", "assurance_attachment_id": "att1", "notice_sent_on": "2026-10-01",
          "notice_sufficient": True, "objection_deadline": "2026-11-01", "objections_resolved": True}
QPO = {"assurance": "protective_order", "assurance_attachment_id": "att1", "qpo_status": "agreed_and_presented",
       "qpo_limits_use": True, "qpo_return_or_destroy": True}

# (citation, evidence, what is still missing, or "" when complete)
SUBPOENA_ROWS: list[tuple[str, dict[str, Any], str]] = [
    ("45 CFR 164.512(e)(1)(iii)", NOTICE, ""),
    ("45 CFR 164.512(e)(1)(iv)", QPO, ""),
    ("45 CFR 164.512(e)(1)(iii)(A)", {**NOTICE, "notice_sent_on": None}, "written notice was sent"),
    ("45 CFR 164.512(e)(1)(iii)(B)", {**NOTICE, "notice_sufficient": False}, "enough about the litigation"),
    ("45 CFR 164.512(e)(1)(iii)(C)", {**NOTICE, "objection_deadline": "2026-12-15"}, "time to object has passed"),
    ("45 CFR 164.512(e)(1)(iii)(C)", {**NOTICE, "objections_resolved": False}, "no objection was filed"),
    ("45 CFR 164.512(e)(1)(iii), (iv)", {**NOTICE, "assurance_attachment_id": None}, "written statement"),
    ("45 CFR 164.512(e)(1)(iv)", {**QPO, "qpo_status": None}, "presented it to the court"),
    ("45 CFR 164.512(e)(1)(v)", {**QPO, "qpo_return_or_destroy": False}, "return or destruction"),
]


@pytest.mark.parametrize(("citation", "evidence", "missing"), SUBPOENA_ROWS, ids=[f"{r[0]} {r[2] or 'complete'}"
                                                                                  for r in SUBPOENA_ROWS])
def test_subpoena_table(citation: str, evidence: dict[str, Any], missing: str) -> None:
    problems = subpoena_problems(evidence, ON)
    if not missing:
        assert problems == []
        return
    text = " ".join(problems)
    assert missing in text and citation in text


ORDER = {"part2_findings": True, "part2_notice_on": "2026-09-01", "part2_limits": "2024 notes only, sealed"}
PART2_ROWS: list[tuple[str, dict[str, Any], str]] = [
    ("42 CFR 2.64", ORDER, ""),
    ("42 CFR 2.64(d)", {**ORDER, "part2_findings": False}, "findings"),
    ("42 CFR 2.64(b)", {**ORDER, "part2_notice_on": None}, "notice and a chance to respond"),
    ("42 CFR 2.64(e)", {**ORDER, "part2_limits": ""}, "the order's limits"),
]


@pytest.mark.parametrize(("citation", "evidence", "missing"), PART2_ROWS, ids=[r[0] for r in PART2_ROWS])
def test_part2_order_table(citation: str, evidence: dict[str, Any], missing: str) -> None:
    problems = part2_order_problems(evidence)
    if not missing:
        assert problems == []
        return
    assert missing in " ".join(problems) and citation in " ".join(problems)


def _evidence(vault: Vault, client_id: str, **changes: Any) -> dict[str, Any]:
    statement = attachments.add_attachment(vault, client_id, fx.SCAN, kind="other", filename="assurance.pdf")
    ev = {**NOTICE, "assurance_attachment_id": statement.attachment_id, "notice_sent_on": fx.days_ago(40).isoformat(),
          "objection_deadline": fx.days_ago(10).isoformat(), "issuer": "Attorney X", "case_number": "24-CV-9",
          # No license state is set: counsel's advice on the state's privilege is recorded
          # (tests/core/test_subpoena_state_privilege.py has the states).
          COUNSEL_FIELD: True}
    ev.update(changes)
    return {k: v for k, v in ev.items() if v is not None}


def test_subpoena_with_assurances_through_the_gate(psy_vault: Vault) -> None:
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    law = fx.Recipient("Attorney X", "1 Law St")
    ev = _evidence(psy_vault, chart.client_id)
    progress = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="subpoena", evidence=ev,
                          recipient=law, purpose="subpoena in case 24-CV-9")
    verdict = disclosure_gate.check(psy_vault, progress)
    assert verdict.allowed and verdict.accountable and verdict.minimum_necessary
    bare = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="subpoena",
                      evidence={"issuer": "Attorney X"}, recipient=law, purpose="subpoena")
    assert "subpoena alone is not a court order" in disclosure_gate.check(psy_vault, bare).reasons[0]
    early = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="subpoena", recipient=law,
                       evidence=_evidence(psy_vault, chart.client_id, objection_deadline=fx.days_ago(-5).isoformat()),
                       purpose="subpoena")
    assert "time to object has passed" in disclosure_gate.check(psy_vault, early).reasons[0]
    psy = fx.request(chart.client_id, kind="psychotherapy", note_ids=(chart.psychotherapy[0],), basis="subpoena",
                     evidence=ev, recipient=law, purpose="subpoena")
    assert "164.508(a)(2)" in " ".join(disclosure_gate.check(psy_vault, psy).reasons)
    forged = fx.request(chart.client_id, note_ids=(chart.progress[0],), basis="subpoena", recipient=law,
                        evidence={**ev, "assurance_attachment_id": "0" * 16}, purpose="subpoena")
    assert "written statement" in disclosure_gate.check(psy_vault, forged).reasons[0]


def test_part2_records_need_a_264_order_not_a_subpoena(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, part2=True)
    law = fx.Recipient("Attorney X", "1 Law St")
    refused = disclosure_gate.check(vault, fx.request(
        chart.client_id, note_ids=(chart.progress[0],), basis="subpoena", evidence=_evidence(vault, chart.client_id),
        recipient=law, purpose="subpoena"))
    assert not refused.allowed and "42 CFR 2.64" in " ".join(refused.reasons)


def test_cli_subpoena_with_a_protective_order(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    folder = str(vault.folder)
    vault.lock()
    scan = tmp_path / "qpo.pdf"
    scan.write_bytes(fx.SCAN)
    evidence = tmp_path / "qpo.json"
    evidence.write_text(json.dumps({**QPO, "assurance_attachment_id": None, "assurance_file": str(scan)}))
    base = ["export", "--vault", folder, "--client", chart.client_id, "--notes", chart.progress[0], "--recipient",
            "Attorney X", "--purpose", "subpoena in case 24-CV-9", "--basis", "subpoena", "--out",
            str(tmp_path / "s.pdf"), "--check-only", "--counsel-cleared-state-law"]
    allowed = cli(capsys, monkeypatch, *base, "--evidence", str(evidence))
    assert allowed.code == 0 and "ALLOWED" in allowed.out, allowed.err
    evidence.write_text(json.dumps({**QPO, "qpo_limits_use": False, "assurance_attachment_id": None,
                                    "assurance_file": str(scan)}))
    refused = cli(capsys, monkeypatch, *base, "--evidence", str(evidence))
    assert refused.code == 6 and "164.512(e)(1)(v)" in refused.out  # --check-only: said once, on stdout
