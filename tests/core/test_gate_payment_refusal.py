"""An insurer's request for notes under "Payment": the refusal names its rule and says what to do.

Found by a walker (a California family practice, an insurer's claim review of a minor's progress notes):
the refusal said only "never progress notes", without a citation or a way forward. Table-driven, both
sides: billing under payment is allowed; progress notes cite minimum necessary (45 CFR 164.502(b)),
psychotherapy notes 164.508(a)(2); each refusal's hint says what goes out instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.errors import Problem

CLIENT = "c0ffee0000000003"
INSURER = Recipient("Blue Shield of California", "PO Box 1, Oakland CA")


@dataclass(frozen=True)
class Case:
    kind: str
    allowed: bool
    code: str
    says: tuple[str, ...]
    hint_code: str = ""
    hint_says: tuple[str, ...] = ()


CASES = [
    Case("billing", True, "allowed", ("Allowed: payment",)),
    Case("progress", False, "payment.progress",
         ("never progress notes", "45 CFR 164.502(b)"),
         "payment.progress.hint",
         ("billing information under payment", "written authorization", "medical-necessity review", "parent")),
    Case("psychotherapy", False, "payment.psychotherapy",
         ("never go to an insurer for payment", "45 CFR 164.508(a)(2)"),
         "payment.psychotherapy.hint",
         ("billing information under payment", "authorization for psychotherapy notes alone")),
]


def _decide(kind: str) -> object:
    request = DisclosureRequest(
        client_id=CLIENT, kind=kind,  # type: ignore[arg-type]
        selection=Selection(), recipient=INSURER, purpose="claim review (medical necessity)",
        basis=LegalBasis("payment", {}), on=date(2026, 12, 6))
    items = (ItemFacts("n1", kind, date(2026, 11, 2)),)  # type: ignore[arg-type]
    return decide(request, GateContext(items=items))


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_payment_refusal_names_its_rule_and_what_to_do(case: Case) -> None:
    verdict = _decide(case.kind)
    assert verdict.allowed is case.allowed  # type: ignore[attr-defined]
    first = verdict.reasons[0]  # type: ignore[attr-defined]
    assert isinstance(first, Problem) and first.code == case.code
    for words in case.says:
        assert words in first
    hint = verdict.hint  # type: ignore[attr-defined]
    if not case.hint_code:
        assert not hint
        return
    assert isinstance(hint, Problem) and hint.code == case.hint_code
    for words in case.hint_says:
        assert words in hint
