"""Record a request: a requester typed in as a parent, for a minor whose chart records a parent's
agreement to a confidential relationship about the care (45 CFR 164.502(g)(3)(i)(C)), is refused on
Save with the rule's words and nothing is recorded (it was recorded: the recorded parent alone was
checked). The service's table is tests/core/test_rep_request_confidential_care.py. Real vault, real
widgets."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import care_confidentiality, clients, guardians, requests

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_a_typed_in_parent_is_refused_where_a_parent_agreed_to_confidential_care(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui.new_request_dialog import BY_OTHER, NewRequestDialog

    vault = unlocked_app.vault
    assert vault is not None
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Sofia Reyes", date_of_birth=fx.born_years_ago(15).isoformat()).client_id
    mother = guardians.add_guardian(vault, client_id, "Ana Reyes", authority="parent", relationship="mother")
    care_confidentiality.record_agreement(vault, client_id, fx.days_ago(30), mother.guardian_id)
    dialog = NewRequestDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.made_by.setCurrentIndex(dialog.made_by.findData(BY_OTHER))
    dialog.claim.setCurrentIndex(dialog.claim.findData("parent"))
    dialog.requester.setText("Luis Reyes")
    dialog.save()
    qtbot.waitUntil(lambda: "confidential relationship" in dialog.message.text())
    assert "164.502(g)(3)(i)(C)" in dialog.message.text()
    wait_ops(qtbot)
    assert requests.list_requests(vault, client_id=client_id) == []
