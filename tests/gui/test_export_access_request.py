"""Issue 17: the export wizard's "client's own access request" basis offers the client's open
access requests, named by the day each was received and what it asked for; no id is typed
or shown, and the one picked is the evidence the gate checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from tests.gui.conftest import wait_ops
from tests.gui.test_export_and_lock import _chart_with_signed_note, _fill_what
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_access_request_is_picked_by_date_and_what_was_asked(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    first_day, second_day = date.today() - timedelta(days=9), date.today() - timedelta(days=2)
    first = requests.add_request(vault, client_id, kind="access", received_on=first_day,
                                 description="a copy of the intake assessment")
    second = requests.add_request(vault, client_id, kind="access", received_on=second_day,
                                  description="all progress notes of 2024")
    amendment = requests.add_request(vault, client_id, kind="amendment", received_on=second_day,
                                     description="correct the employer's name")

    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("client_access"))
    picker = basis.form.inputs["request_id"]
    assert isinstance(picker, QComboBox)
    assert all("request" not in e.accessibleName().lower() for e in basis.form.findChildren(QLineEdit))
    labels = [picker.itemText(i) for i in range(picker.count())]
    hipaa = "HIPAA (federal; your state's may be shorter)"  # no license state set: HIPAA's date binds
    assert labels == [
        f"Received {first_day:%m/%d/%Y}: a copy of the intake assessment (due {first.due_on:%m/%d/%Y}, {hipaa})",
        f"Received {second_day:%m/%d/%Y}: all progress notes of 2024 (due {second.due_on:%m/%d/%Y}, {hipaa})",
    ]
    assert not any(q.id in label for q in (first, second, amendment) for label in labels), "never an id"

    picker.setCurrentIndex(1)
    assert basis.form.legal_basis().evidence == {"request_id": second.id, "directed_by_client": False}
    basis.check()
    wait_ops(qtbot)
    # The psychiatrist typed on the first page is not the client: refused, saying what would allow it
    # (45 CFR 164.524(c)(3)(ii)); with the client's signed, written direction ticked, allowed.
    assert basis.verdict is not None and not basis.verdict.allowed
    assert "signed, written" in basis.verdict_text.text()
    tick = basis.form.inputs["directed_by_client"]
    assert isinstance(tick, QCheckBox)
    tick.setChecked(True)
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    assert "accounting of disclosures" in basis.verdict_text.text()


def test_without_an_open_access_request_the_basis_says_so_and_is_refused(unlocked_app: AppController,
                                                                         qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    requests.add_request(vault, client_id, kind="amendment", received_on=date.today(), description="a name")
    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("client_access"))
    picker = basis.form.inputs["request_id"]
    assert isinstance(picker, QComboBox) and picker.count() == 1
    assert "No open access request" in picker.itemText(0)
    assert "request_id" not in basis.form.evidence()
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is None or not basis.verdict.allowed


def test_the_picker_says_the_date_that_binds_and_is_labelled(unlocked_app: AppController, qtbot) -> None:
    """Found by a walker: for a California practice the CLI and the dashboard said an access request
    was due by Cal. HSC 123110's date, the picker HIPAA's month later; and the picker's label read
    the same as its value (the label's name was reused by the loop over the requests)."""
    from vault_app.services import practice, request_due

    window = unlocked_app.main_window
    assert window is not None
    client_id = _chart_with_signed_note(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, clinician_name="Jordan Lee", license_state="CA", license_number="PSY1")
    came = date.today() - timedelta(days=1)
    q = requests.add_request(vault, client_id, kind="access", received_on=came, description="copy of notes")
    due = request_due.deadline_of(vault, q)
    assert due.set_by == "state" and due.day < q.due_on  # California's is earlier than HIPAA's

    wizard = window.chart.start_export()
    _fill_what(wizard, qtbot)
    form = wizard.basis_page.form
    form.basis.setCurrentIndex(form.basis.findData("client_access"))
    picker = form.inputs["request_id"]
    assert isinstance(picker, QComboBox)
    assert picker.itemText(0) == (f"Received {came:%m/%d/%Y}: copy of notes (due {due.day:%m/%d/%Y}, "
                                  f"{due.citation})")
    label = form.fields_form.labelForField(picker)
    assert isinstance(label, QLabel)
    assert label.text().replace("&", "") == "The access request on file:"
