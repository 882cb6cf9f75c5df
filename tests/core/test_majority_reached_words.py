"""On the client's 18th birthday the refusal said "The client is 18, past the age of majority (18)":
not past it, the day it is reached (found in the real app). The words say "reached", true that day
and every day after; the refusal itself starts that day (45 CFR 164.502(g)(2)-(3))."""

from __future__ import annotations

import pytest

from vault_app.domain.representatives import RepFacts, refusal
from vault_app.domain.typed_signer import RULES_BY_CODE


@pytest.mark.parametrize("age", [18, 19, 40])
def test_a_parent_refused_for_a_client_of_age_says_the_age_was_reached(age: int) -> None:
    found = refusal(RepFacts("parent", age, 18, 12, "sign_authorization"))
    assert found is not None and found.code == "parent_past_majority"
    assert found.message.startswith(f"The client is {age} and has reached the age of majority (18):")
    assert "past the age" not in found.message


def test_a_parent_of_a_17_year_old_is_not_refused_for_majority() -> None:
    found = refusal(RepFacts("parent", 17, 18, 12, "sign_authorization"))
    assert found is None or found.code != "parent_past_majority"


def test_a_typed_parent_signing_on_the_18th_birthday_says_the_age_was_reached() -> None:
    rule = RULES_BY_CODE["typed_parent_of_adult"]
    text = rule.message.format(age=18, majority=18)
    assert text.startswith("The client was 18 on the day the form was signed and had reached the age of majority "
                           "(18):")
    assert "past the age" not in text
