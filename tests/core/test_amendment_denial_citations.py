"""The paragraphs of 45 CFR 164.526(d) the app names when an amendment is denied. In (d)(1) the
denial contains (i) the basis, (ii) the right to file a statement of disagreement, (iii) that
without one the client may ask that the request and the denial go with later disclosures, (iv) how
to complain; (d)(2) lets the client file the statement. Found by a walker: the statement was cited
(d)(1)(iii) and the client's ask (d)(1)(iv), the complaint paragraph."""

from __future__ import annotations

import pytest

from vault_app.domain import amendment_disclosure

ROWS = [
    ("ASK_CITATION", "45 CFR 164.526(d)(1)(iii)"),
    ("STATEMENT_CITATION", "45 CFR 164.526(d)(2)"),
]


@pytest.mark.parametrize(("name", "citation"), ROWS, ids=[r[0] for r in ROWS])
def test_amendment_denial_paragraphs(name: str, citation: str) -> None:
    assert getattr(amendment_disclosure, name, None) == citation
