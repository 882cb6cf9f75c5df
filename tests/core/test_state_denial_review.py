"""A denial of access on a reviewable ground tells a New York client of the state's review by a Medical
Record Access Review Committee (N.Y. Public Health Law 18(4)), and a California client that a licensed
professional they name may see what was withheld (Cal. Health & Safety Code 123115(b)), beside HIPAA's
review (164.524(a)(4)). Found by a walker (NY, 2026-12-06): the letter gave HIPAA's review only.
Table-driven, both sides: the states and grounds it is said for, and those it is not."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import state_denial_review
from vault_app.services import practice, requests
from vault_app.services.vault import Vault

ROWS = (
    # license state, ground, words expected in the letter (None: no state paragraph)
    ("NY", "endangerment", "Medical Record Access Review Committee"),
    ("NY", "harm_to_other_person", "Medical Record Access Review Committee"),
    ("NY", "psychotherapy_notes", None),
    ("CA", "endangerment", "123115(b)"),
    ("CA", "psychotherapy_notes", None),
    ("TX", "endangerment", None),
    ("", "endangerment", None),
)


@pytest.mark.parametrize(("state", "ground", "words"), ROWS, ids=[f"{r[0] or 'none'}-{r[1]}" for r in ROWS])
def test_the_denial_letter_says_the_states_review(vault: Vault, state: str, ground: str, words: str | None) -> None:
    chart = fx.make_chart(vault, n=1)
    practice.set_clinician(vault, name="Jordan Lee", license_state=state, license_number="PSY 1" if state else "")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    _q, letter = requests.deny_request(vault, q.id, grounds=[ground], denied="the note of last week",
                                       granted="the other notes")
    text = letter.text()
    said = [r.citation for r in state_denial_review.STATE_REVIEWS.values() if r.citation in text]
    if words is None:
        assert said == [] and "state_review" not in letter.elements
        return
    assert words in text and said and "state_review" in letter.elements
    assert "Your right to a review" in text, "HIPAA's review is still said"
