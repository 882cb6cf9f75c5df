"""The first-run wizard's license state, typed into the closed list as a therapist types it
(sixteenth round, in the real app): "Texas" chose TN, Tennessee, by its first letter."""

from __future__ import annotations

import pytest

from vault_app.domain.practice import LICENSE_STATES
from vault_app.domain.us_states import LICENSE_STATE_NAMES, match_state
from vault_app.gui.create_wizard_about import AboutYouPage

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("typed", "state"), [("Texas", "TX"), ("tx", "TX"), ("TN", "TN"), ("Tenn", "TN"),
                                              ("New Y", "NY"), ("new mex", "NM"), ("Ca", "CA"), ("dc", "DC")])
def test_a_state_typed_by_its_name_or_letters_is_that_state(qtbot, typed: str, state: str) -> None:
    page = AboutYouPage()
    qtbot.addWidget(page)
    page.show()
    page.license_state.setFocus()
    qtbot.keyClicks(page.license_state, typed)
    assert page.values()["license_state"] == state


def test_letters_that_fit_no_state_leave_the_choice_alone(qtbot) -> None:
    page = AboutYouPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.license_state, "Xq")
    assert page.values()["license_state"] == ""


def test_every_license_state_has_its_name() -> None:
    assert set(LICENSE_STATE_NAMES) == LICENSE_STATES
    assert match_state("  ") is None and match_state("Texas") == "TX"
