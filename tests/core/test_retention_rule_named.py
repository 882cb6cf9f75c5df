"""A destruction names the retention rule by its statute, not by the saved source's first words.

Found by a walker: "must be kept until 06/01/2028 under Applies to therapy terminated on or after
2015-01-01 (SB 578, ...)": the CA-MFT source begins with its note. Table-driven, one row per kind of
policy; a source the therapist wrote herself (no preset behind the name) is said as she wrote it.
"""

from __future__ import annotations

import pytest

from vault_app.domain.retention import preset
from vault_app.domain.retention_presets import APA_GUIDELINES, STATED_PREFIX, rule_named

MFT = preset("CA-MFT")
ROWS = (
    ("CA-MFT", MFT.policy.name, MFT.note,
     "Cal. Bus. & Prof. Code 4980.49 (California: marriage and family therapists)"),
    ("CA psychologists", preset("CA").policy.name, preset("CA").note,
     "Cal. Bus. & Prof. Code 2919 (California: psychologists)"),
    ("New York", preset("NY").policy.name, preset("NY").note, "8 NYCRR 29.2(a)(3) (New York: mental health licenses)"),
    ("APA", preset("apa").policy.name, preset("apa").note, APA_GUIDELINES),
    ("no statute", preset("PA").policy.name, preset("PA").note, "Pennsylvania (no statute identified)"),
    ("custom based on CA-MFT", f"Custom (based on {MFT.policy.name})", "Custom values set by the therapist (...)",
     "custom values based on Cal. Bus. & Prof. Code 4980.49 (California: marriage and family therapists)"),
    ("a stated rule", STATED_PREFIX + "Board letter 2026-03", "Board letter 2026-03", "Board letter 2026-03"),
    ("an older saved name", "Custom", " My own schedule ", "My own schedule"),
)


@pytest.mark.parametrize(("name", "policy_name", "source", "named"), ROWS, ids=[r[0] for r in ROWS])
def test_the_rule_is_named_by_its_statute(name: str, policy_name: str, source: str, named: str) -> None:
    assert rule_named(policy_name, source) == named
    assert "Applies to" not in rule_named(policy_name, source)
