"""The wizard's "Because of" in Spanish names the license state whose settings a decision records
(gui/decision_prompt_words.setting_words: the recorded name read back to its state and rules), not
the English nor "US federal baseline" (a walker, round 37, finding 9)."""

from __future__ import annotations

import pytest

from tests.core.test_jurisdiction_named import _ca_applied
from vault_app.domain.decision_prompts import guide_for
from vault_app.domain.practice import Jurisdiction
from vault_app.gui.decision_prompt_words import prompt_words

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("j", "state", "said"), [
    (Jurisdiction(), "NY", "Nueva York"),
    (_ca_applied(), "CA", "California"),
])
def test_because_of_in_spanish_names_the_state(qapp, spanish: None, j: Jurisdiction, state: str,  # type: ignore[no-untyped-def]
                                               said: str) -> None:
    words = prompt_words(guide_for("duty_to_warn", j, None, state).jurisdiction_setting)
    assert said in words and "license state" not in words and "federal baseline" not in words, words
