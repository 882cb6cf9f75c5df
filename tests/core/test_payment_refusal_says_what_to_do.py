"""An insurer's request under Payment: the refusal cites its rule and says what to do instead.

Found by walker wfamily: an insurer asked for a minor's progress notes for a medical-necessity
review; Export > Basis: Payment > Check said only "For payment only billing fields go out (...),
never progress notes." (no rule, no way forward), and the same for psychotherapy notes without
45 CFR 164.508(a)(2). REGULATIONS.md: "Insurers get diagnosis codes, dates of service, CPT codes and
durations: never psychotherapy notes" (minimum necessary, 164.502(b)). Table-driven, both sides.
"""

from __future__ import annotations

from datetime import date

import pytest

from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.disclosure_gate import decide

ROWS = (
    # kind sent, allowed, the reason says, the hint says
    ("billing", True, ("Allowed: payment", "45 CFR 164.506(c)(1)"), ()),
    ("progress", False, ("For payment only billing fields go out", "45 CFR 164.502(b)", "never progress notes"),
     ("Billing", "written authorization (45 CFR 164.508)", "parent or guardian")),
    ("psychotherapy", False, ("never psychotherapy notes", "45 CFR 164.508(a)(2)"),
     ("Billing", "written authorization (45 CFR 164.508)", "psychotherapy notes only under a separate authorization")),
)


@pytest.mark.parametrize(("kind", "allowed", "reason", "hint"), ROWS, ids=[r[0] for r in ROWS])
def test_an_insurers_request_is_answered_with_the_rule_and_the_way_forward(
        kind: str, allowed: bool, reason: tuple[str, ...], hint: tuple[str, ...]) -> None:
    request = DisclosureRequest(
        client_id="c1", kind=kind, selection=Selection(), recipient=Recipient("Blue Shield of California", ""),  # type: ignore[arg-type]
        purpose="claim review", basis=LegalBasis("payment", {}), on=date(2026, 12, 6))
    verdict = decide(request, GateContext(items=(ItemFacts("n1", kind, date(2026, 11, 2), False),)))  # type: ignore[arg-type]
    assert verdict.allowed is allowed, verdict.reasons
    said = " ".join(str(r) for r in verdict.reasons)
    for words in reason:
        assert words in said, (words, said)
    for words in hint:
        assert words in str(verdict.hint), (words, verdict.hint)
    if allowed:
        assert not verdict.hint
    else:
        codes = {getattr(r, "code", "") for r in verdict.reasons}
        assert codes == {"payment.psychotherapy" if kind == "psychotherapy" else "payment.only_billing"}
        assert getattr(verdict.hint, "code", "") == "payment.hint"
