"""The basis form in the two windows beside the export wizard, and the choice it no longer offers.

The open-export window and the window that records a disclosure made outside the app did not
tell their form whether the client is flagged Part 2, so a court order asked every client the
42 CFR 2.64 findings, optional even where the gate requires them. And "required by law" offered
"duty to warn" and asked the threat and the person threatened, which the gate always refuses for
a new disclosure (a warning is 45 CFR 164.512(j)): the form now leads to the serious-threat basis.
Real vault, real widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from tests.gui.conftest import wait_ops
from vault_app.domain.disclosure_basis import asked_fields
from vault_app.gui.basis_form import BasisForm
from vault_app.gui.controller import AppController

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _open_export(app: AppController, client_id: str) -> QWidget:
    from vault_app.gui.open_export_dialog import OpenExportDialog

    return OpenExportDialog(app, client_id)


def _manual(app: AppController, client_id: str) -> QWidget:
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog

    return ManualDisclosureDialog(app, client_id)


WINDOWS: dict[str, Callable[[AppController, str], QWidget]] = {"open export": _open_export,
                                                                 "manual disclosure": _manual}


def _row_label(form: BasisForm, name: str) -> str:
    found = [lab for lab in form.fields_host.findChildren(QLabel) if lab.buddy() is form.inputs[name]]
    return found[0].text().replace("&", "") if found else ""


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("part2", [False, True], ids=["not part 2", "part 2"])
def test_a_court_order_asks_the_2_64_fields_of_a_part2_client_only(
        unlocked_app: AppController, qtbot, window: str, part2: bool) -> None:
    from vault_app.services import clients

    assert unlocked_app.vault is not None
    client_id = clients.create_client(unlocked_app.vault, "Pat Basis", date_of_birth="1980-02-03",
                                      part2=part2).client_id
    dialog = WINDOWS[window](unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    form: BasisForm = dialog.basis  # type: ignore[attr-defined]
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    wanted = asked_fields("court_order", part2=part2)
    qtbot.waitUntil(lambda: list(form.inputs) == [f.name for f in wanted], timeout=5_000)
    assert ("part2_findings" in form.inputs) is part2
    if part2:  # required, as the gate requires them of a Part 2 client's order
        for name in ("part2_notice_on", "part2_limits"):
            assert _row_label(form, name) and "(optional)" not in _row_label(form, name), name
    dialog.close()


@pytest.mark.parametrize("window", WINDOWS)
def test_required_by_law_never_offers_a_duty_to_warn_and_leads_to_the_serious_threat_basis(
        unlocked_app: AppController, qtbot, window: str) -> None:
    from vault_app.services import clients

    assert unlocked_app.vault is not None
    client_id = clients.create_client(unlocked_app.vault, "Pat Warned", date_of_birth="1980-02-03").client_id
    dialog = WINDOWS[window](unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    form: BasisForm = dialog.basis  # type: ignore[attr-defined]
    form.basis.setCurrentIndex(form.basis.findData("required_by_law"))
    law = form.inputs["law_kind"]
    assert isinstance(law, QComboBox)
    offered = [law.itemData(i) for i in range(law.count())]
    assert offered == ["child_abuse_report", "elder_abuse_report", "other_statute"]
    assert "threat" not in form.inputs and "identifiable_person" not in form.inputs
    # Not a dead end: the words say where a duty to warn goes, and a button goes there.
    lead = form.fields_host.findChild(QWidget, "moved_duty_to_warn")
    assert lead is not None
    words = " ".join(lab.text() for lab in lead.findChildren(QLabel))
    assert "duty to warn" in words and "164.512(j)" in words
    # Some states' laws do require a warning (walk of the thirtieth round): the words say where
    # such a warning is recorded and where its law is named, never that no law requires one.
    assert "never required" not in words and "state law requires" in words, words
    assert "also rely on" in words, words  # the serious-threat basis's field for the state law
    agency = form.inputs["agency"]
    assert isinstance(agency, QLineEdit)
    agency.setText("County Police")
    go = lead.findChild(QPushButton, "go_serious_threat")
    assert go is not None
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert form.kind() == "serious_threat"
    assert {"threat", "identifiable_person"} <= set(form.inputs)
    carried = form.inputs["agency"]
    assert isinstance(carried, QLineEdit) and carried.text() == "County Police"
    dialog.close()


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize(("state", "asked"), [("NY", False), ("CA", False), ("TX", True), ("", True)])
def test_a_subpoena_asks_counsel_only_where_the_license_states_privilege_is_not_listed(
        unlocked_app: AppController, qtbot, window: str, state: str, asked: bool) -> None:
    """As the export wizard's form: where the license state's privilege bars a subpoena alone (NY,
    CA), counsel's tick is not offered, the gate refusing whatever it says; elsewhere it is."""
    from vault_app.domain.state_privilege import COUNSEL_FIELD
    from vault_app.services import clients, practice

    vault = unlocked_app.vault
    assert vault is not None
    if state:
        practice.update(vault, clinician_name="Jordan Lee", license_state=state, license_number="L-1")
    client_id = clients.create_client(vault, "Pat Subpoenaed", date_of_birth="1980-02-03").client_id
    dialog = WINDOWS[window](unlocked_app, client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    form: BasisForm = dialog.basis  # type: ignore[attr-defined]
    form.basis.setCurrentIndex(form.basis.findData("subpoena"))
    qtbot.waitUntil(lambda: "assurance" in form.inputs, timeout=5_000)
    assert form.license_state == state
    assert (COUNSEL_FIELD in form.inputs) is asked
    dialog.close()


@pytest.mark.parametrize(("state", "said"), [("CA", "California"), ("NY", "New York"), ("TX", ""), ("", "")])
def test_a_subpoena_says_at_once_that_a_listed_state_refuses_it(qtbot, state: str, said: str) -> None:
    """Found by a walker: a California subpoena's form asked every assurance, and only Check said that
    California refuses a subpoena alone whatever they hold. The note says it as the basis is chosen."""
    form = BasisForm()
    qtbot.addWidget(form)
    form.set_license_state(state)
    form.basis.setCurrentIndex(form.basis.findData("subpoena"))
    note = form.citation.text()
    assert ("a subpoena alone" in note) is bool(said), note
    if said:
        assert f"{said} (your license state) bars a release on a subpoena alone" in note, note
    form.basis.setCurrentIndex(form.basis.findData("court_order"))
    assert "a subpoena alone" not in form.citation.text()
