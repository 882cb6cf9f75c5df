"""California's minors' preset says AB 665 (Stats. 2023, in force 2024-07-01) took the danger or
abuse condition out of Fam. Code 6924 (walker CA, finding 5): it named that condition as one
6924(b) "also" requires, as if both sections' conditions had to hold today. The seeds do not hold
the sections' text, so the words name both sections and stay marked as not checked."""

from __future__ import annotations

import pytest

from vault_app.domain.minor_consent_presets import MINOR_CONSENT_PRESETS

ROWS = (
    # state, words that must be there, words that must not
    ("CA", ("124260(b)", "6924(b)", "AB 665", "2024-07-01", "removed"), ("6924(b) also",)),
    ("NY", ("knowledgeable about the services",), ("AB 665", "6924")),
)


@pytest.mark.parametrize(("state", "present", "absent"), ROWS, ids=[r[0] for r in ROWS])
def test_minor_consent_conditions_words(state: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    preset = MINOR_CONSENT_PRESETS[state]
    for text in present:
        assert text in preset.conditions, text
    for text in absent:
        assert text not in preset.conditions, text
    assert not preset.verified and "not checked" in preset.statement()
