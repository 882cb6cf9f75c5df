"""The license states listed in the screen's language. Found in the real app: a Spanish Settings
screen listed "NC – North Carolina", "NY – New York", "AS – American Samoa" in English."""

from __future__ import annotations

from typing import Any

import pytest

from vault_app.domain.us_states import LICENSE_STATE_NAMES, match_state
from vault_app.gui.create_wizard_about import AboutYouPage
from vault_app.gui.state_words import NAMES

pytestmark = pytest.mark.gui


def test_the_table_repeats_the_domain_s_english() -> None:
    assert dict(NAMES) == LICENSE_STATE_NAMES


def _listed(page: AboutYouPage) -> dict[str, str]:
    box = page.license_state
    return {box.itemData(i): box.itemText(i) for i in range(1, box.count())}


def test_a_spanish_screen_lists_the_states_in_spanish(qtbot: Any, spanish: None) -> None:
    page = AboutYouPage()
    qtbot.addWidget(page)
    listed = _listed(page)
    assert listed["NC"] == "NC – Carolina del Norte" and listed["NY"] == "NY – Nueva York"
    assert listed["AS"] == "AS – Samoa Estadounidense" and listed["TX"] == "TX – Texas"
    english = {n for n in LICENSE_STATE_NAMES.values() if any(w in n for w in ("North", "South", "New ", "West"))}
    assert not [t for t in listed.values() if t.split(" – ", 1)[1] in english]


@pytest.mark.parametrize(("typed", "state"), [("Nueva Y", "NY"), ("carolina del s", "SC"), ("New Y", "NY"),
                                              ("tx", "TX")])
def test_a_spanish_name_typed_is_that_state(qtbot: Any, spanish: None, typed: str, state: str) -> None:
    page = AboutYouPage()
    qtbot.addWidget(page)
    page.show()
    page.license_state.setFocus()
    qtbot.keyClicks(page.license_state, typed)
    assert page.values()["license_state"] == state


def test_in_english_the_names_are_the_domain_s(qtbot: Any) -> None:
    page = AboutYouPage()
    qtbot.addWidget(page)
    assert _listed(page) == {code: f"{code} – {name}" for code, name in LICENSE_STATE_NAMES.items()}
    assert match_state("Nueva", {"NY": "Nueva York"}) == "NY" and match_state("Nueva") is None
