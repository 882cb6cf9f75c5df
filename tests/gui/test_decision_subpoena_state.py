"""The decision wizard's subpoena steps name the license state's privilege where it is listed.

The wizard built its guide from the jurisdiction settings alone, so a New York practice's exception
step said "federal rule: 45 CFR 164.512(e)(1)(ii) (no jurisdiction setting)". Real vault, real wizard."""

from __future__ import annotations

import pytest

from tests.core.decision_helpers import make_chart
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.services import decisions, practice
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("state", "said"), [("NY", "New York law (the license state): N.Y. CPLR 4507"),
                                             ("TX", "federal rule: 45 CFR 164.512(e)(1)(ii)")])
def test_the_exception_step_of_a_subpoena_says_the_license_states_rule(vault: Vault, qtbot, state: str,
                                                                        said: str) -> None:
    chart = make_chart(vault)
    practice.update(vault, clinician_name="Jordan Lee", license_state=state, license_number="L-1")
    dialog = open_dialog(vault, qtbot, chart.client_id)
    dialog.trigger_page.buttons["subpoena"].click()
    press(dialog, qtbot)
    assert dialog.currentPage() is dialog.duty_page
    dialog.duty_page.answers["yes"].setChecked(True)
    press(dialog, qtbot)
    assert dialog.currentPage() is dialog.exception_page
    assert dialog.exception_page.setting.text().startswith(said)
    # Its beginning shows, the state's name and citation: a long suggestion set into the line
    # showed only its end ("...yields to it (45 CFR 160.203(b))"; seen on Xvfb).
    assert dialog.exception_page.setting.cursorPosition() == 0
    # Left as shown, the draft keeps the same words (what the CLI's start prefills too).
    assert dialog.decision_id is not None
    draft = decisions.get(vault, dialog.decision_id)
    assert draft.exception is not None and draft.exception.setting.startswith(said)
    dialog.close()
