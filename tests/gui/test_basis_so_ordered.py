"""The basis form says, for a New York practice, that a subpoena a judge signed ("so ordered") may be a
court order but CPLR 4507 still applies: on the court-order and the subpoena choices, not elsewhere,
and not for another state (walk-NY round 36). Real widgets, in English and Spanish."""

from __future__ import annotations

import pytest

from vault_app.gui.basis_form import BasisForm

pytestmark = [pytest.mark.gui]


@pytest.mark.parametrize(("state", "said"), [("NY", True), ("CA", False), ("TX", False), ("", False)])
def test_said_on_the_court_order_and_subpoena_choices_for_new_york(qtbot, state: str, said: bool) -> None:
    form = BasisForm()
    qtbot.addWidget(form)
    form.set_license_state(state)
    for basis in ("court_order", "subpoena"):
        form.basis.setCurrentIndex(form.basis.findData(basis))
        note = form.citation.text()
        assert ("\"so ordered\"" in note) is said, note
        if said:
            assert "New York: a subpoena signed" in note and "CPLR 4507" in note and "ask counsel" in note, note
    form.basis.setCurrentIndex(form.basis.findData("serious_threat"))
    assert "so ordered" not in form.citation.text()


def test_said_in_spanish(qtbot, spanish: None) -> None:
    form = BasisForm()
    qtbot.addWidget(form)
    form.set_license_state("NY")
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    note = form.citation.text()
    assert "una citación firmada por un juez" in note and "CPLR 4507" in note, note
