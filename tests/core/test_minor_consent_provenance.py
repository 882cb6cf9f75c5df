"""What each minors' consent rule says it rests on is true of the project's sources.

Found by a walker (a California family practice): the CA rule said it "rests on the sections' words as
quoted in the project's regulations digest", yet the digest (REGULATIONS.md) and the seeds quote neither
Fam. Code 6924 nor HSC 124260. Table-driven: each state's statement names what it rests on, says the
digest does not hold the section where it does not, and claims no quotation it does not have.
"""

from __future__ import annotations

import pytest

from vault_app.domain import minor_consent_presets as mcp

ROWS = (
    # state, words the statement must say, words it must not say
    ("CA", ("published summaries of California minor-consent law",
            "the project's regulations digest does not quote either section"),
     ("as quoted in the project's regulations digest",)),
    ("NY", ("secondary summaries",), ("as quoted in the project's regulations digest",)),
)


@pytest.mark.parametrize(("state", "says", "never"), ROWS, ids=[r[0] for r in ROWS])
def test_the_rule_says_truly_what_it_rests_on(state: str, says: tuple[str, ...], never: tuple[str, ...]) -> None:
    statement = mcp.find(state).statement()
    for words in says:
        assert words in statement, statement
    for words in never:
        assert words not in statement, statement
