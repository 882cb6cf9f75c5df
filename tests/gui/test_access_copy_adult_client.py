"""A parent's access request answered on or after the client's 18th birthday: the copy's window
makes it for the client (the parent is greyed) and, once made, says who it is for, in the screen's
language (found by a walker: the grant said only where the files were; 45 CFR 164.502(g)).
Real vault, real copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.core.test_grant_to_adult_client import _eighteen_today
from tests.gui.conftest import wait_ops
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.services import guardians, requests
from vault_app.services.access_copy import CLIENT

pytestmark = pytest.mark.gui

SAID = {"en": "The client is now an adult: the copy is for the client, not the parent who asked (45 CFR 164.502(g)).",
        "es": "El cliente ya es mayor de edad: la copia es para el cliente, no para el padre o la madre que la pidió "
              "(45 CFR 164.502(g))."}


@pytest.mark.parametrize(("language", "adult"), [("en", True), ("es", True), ("en", False)])
def test_the_grant_says_the_copy_is_the_adult_clients(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                      language: str, adult: bool,
                                                      request: pytest.FixtureRequest) -> None:
    from vault_app.gui.open_requests_dialog import RequestsDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    if language == "es":
        request.getfixturevalue("spanish")
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    chart = fx.make_chart(vault, n=1, date_of_birth=_eighteen_today() if adult else fx.born_years_ago(16))
    father = guardians.add_guardian(vault, chart.client_id, "Tom Lopez", authority="parent", relationship="father")
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                                 guardian_id=father.guardian_id)
    listing = window.open_requests()
    assert isinstance(listing, RequestsDialog)
    wait_ops(qtbot)
    item = listing.tree.topLevelItem(0)
    assert item.data(0, Qt.ItemDataRole.UserRole) == asked.id
    listing.tree.itemActivated.emit(item, 0)
    wait_ops(qtbot)
    detail = listing.findChildren(RequestDetailDialog)[0]
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    wait_ops(qtbot)
    assert (copy.recipient.currentData() == CLIENT) is adult  # the parent greyed: the client's copy
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(tmp_path))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=30_000)
    qtbot.waitUntil(detail.copy_label.isVisible, timeout=10_000)
    assert (SAID[language] in detail.copy_label.text()) is adult, detail.copy_label.text()
    detail.close()
    wait_ops(qtbot)
