"""What California's minors' rule says it rests on is what it rests on (walker wfamily): the statement
`practice update` and `decision settings` print said "the sections' words as quoted in the project's
regulations digest", but REGULATIONS.md and the seeds hold neither Fam. Code 6924 nor HSC 124260. Both
sides: the CA preset says the digest does not hold them; a saved statement of the earlier words is still
read as the preset (its source is matched by section and age)."""

from __future__ import annotations

import pytest

from vault_app.domain.minor_consent_presets import MINOR_CONSENT_PRESETS, applied, preset_of_source
from vault_app.domain.practice import Jurisdiction

EARLIER = ("Cal. Fam. Code 6924(b); Cal. Health & Safety Code 124260(b): a minor 12 or older may consent to "
           "outpatient mental health treatment. Conditions: ... the preset rests on the sections' words as quoted "
           "in the project's regulations digest and published summaries of California minor-consent law.")


@pytest.mark.parametrize(("said", "present"), [
    ("as quoted in the project's regulations digest", False),
    ("the project's regulations digest and its seeds do not hold either section's text", True),
    ("published summaries of California minor-consent law", True),
    ("was not read here", True),
])
def test_the_california_rule_says_what_it_rests_on(said: str, present: bool) -> None:
    statement = MINOR_CONSENT_PRESETS["CA"].statement()
    assert (said in statement) is present, statement


def test_a_source_saved_with_the_earlier_words_is_still_the_preset() -> None:
    ca = MINOR_CONSENT_PRESETS["CA"]
    assert preset_of_source(EARLIER) is ca
    assert applied(Jurisdiction(age_of_consent_for_treatment=12, minor_consent_source=EARLIER)) is ca
