"""A refusal on a legal rule names its section (found by a walker: "An accounting of disclosures
cannot be denied; produce it (it may be suspended only)." named none). 45 CFR 164.528(a) gives the
client the right to an accounting with no ground of denial; only its suspension, 164.528(a)(2).
Table: the kinds that have grounds of denial (allowed), the accounting (refused, cited)."""

from __future__ import annotations

import pytest

from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.requests import grounds_for

# (kind, a ground of its table, refused)
ROWS = [("access", "psychotherapy_notes", False), ("amendment", "accurate_and_complete", False),
        ("accounting", "psychotherapy_notes", True)]


@pytest.mark.parametrize(("kind", "ground", "refused"), ROWS, ids=[r[0] for r in ROWS])
def test_only_the_accounting_has_no_ground_of_denial(kind: str, ground: str, refused: bool) -> None:
    if not refused:
        assert [g.code for g in grounds_for(kind, [ground])] == [ground]
        return
    with pytest.raises(RefusedByPolicy) as err:
        grounds_for(kind, [ground])
    assert err.value.code == "request.accounting_not_denied"
    assert "45 CFR 164.528(a)" in err.value.message and "164.528(a)(2)" in err.value.message
