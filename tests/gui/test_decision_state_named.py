"""The decision wizard names the license state whose rules it follows, or says none is set: the Exception
step of a court order ("(no jurisdiction setting)" read as if no state were set in a California practice)
and the Law step's "Recorded with the decision" (it said "federal baseline" after California's presets
were applied). Real vault, real wizard; both sides."""

from __future__ import annotations

import pytest

from tests.core.decision_helpers import make_chart
from tests.gui.test_decision_dialog import open_dialog, press
from vault_app.services import decisions, practice, retention
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _to_exception(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.trigger_page.buttons["court_order"].click()
    press(dialog, qtbot)
    dialog.duty_page.answers["yes"].setChecked(True)
    press(dialog, qtbot)
    assert dialog.currentPage() is dialog.exception_page


@pytest.mark.parametrize(("state", "said"), [("", "(no license state is set in the practice settings)"),
                                             ("CA", "(the app holds no California rule for this"),
                                             ("NY", "(the app holds no New York rule for this")])
def test_a_court_orders_exception_step_names_the_state(vault: Vault, qtbot, state: str, said: str) -> None:
    chart = make_chart(vault)
    practice.update(vault, clinician_name="Jordan Lee", license_state=state, license_number="L-1" if state else "")
    dialog = open_dialog(vault, qtbot, chart.client_id)
    _to_exception(dialog, qtbot)
    setting = dialog.exception_page.setting.text()
    assert said in setting and "no jurisdiction setting" not in setting
    dialog.close()


def test_the_law_step_records_california_once_its_presets_are_applied(vault: Vault, qtbot) -> None:
    chart = make_chart(vault)
    practice.update(vault, clinician_name="Jordan Lee", license_state="CA", license_number="A1")
    decisions.apply_minor_consent_preset(vault, "CA")
    decisions.apply_duty_to_protect(vault, "CA")
    retention.set_policy(vault, preset_key="CA")
    dialog = open_dialog(vault, qtbot, chart.client_id)
    _to_exception(dialog, qtbot)
    dialog.law_page.show_settings()
    text = dialog.law_page.snapshot.text()
    assert text.startswith("California (the license state): its rules applied: minors' consent, retention, duty to "
                           "protect; other settings: federal baseline.")
    dialog.close()
