"""The copy's window greys a representative whose authority has ended, with the reason, before any
password is typed (45 CFR 164.502(g)(2)-(3)). Found by a walker: the father, recorded as guardian
while the client was 17, was offered the day after the 18th birthday and refused only after both
PDF passwords were typed, below the fold. The current guardian of a 17-year-old stays offered.
Real vault, real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QStandardItemModel

from tests.core import disclosure_fixtures as fx
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice, requests

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _born(years: int, days_after_birthday: int) -> str:
    today = date.today()
    day = today - timedelta(days=days_after_birthday)
    if (day.month, day.day) == (2, 29):
        day -= timedelta(days=1)
    return day.replace(year=day.year - years).isoformat()


def _dialog(app: AppController, born: str):  # type: ignore[no-untyped-def]
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 18})
    client_id = clients.create_client(vault, "Jordan Reyes", date_of_birth=born).client_id
    father = guardians.add_guardian(vault, client_id, "Luis Reyes", authority="parent", relationship="father")
    asked = requests.add_request(vault, client_id, kind="access", received_on=date.today().isoformat(),
                                 by_representative=True)
    return AccessCopyDialog(app, asked.id), father.guardian_id


def _enabled(dialog, key: str) -> bool:  # type: ignore[no-untyped-def]
    model = dialog.recipient.model()
    assert isinstance(model, QStandardItemModel)
    return bool(model.item(dialog.recipient.findData(key)).isEnabled())


def test_the_ex_guardian_of_an_adult_is_greyed_with_the_reason(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, father = _dialog(unlocked_app, _born(18, 1))  # 18 since yesterday
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.findData(father) >= 0)
    assert not _enabled(dialog, father)
    assert dialog.recipient.currentData() == "client"
    assert "may not receive it" in dialog.recipient.itemText(dialog.recipient.findData(father))
    assert dialog.barred_label.isVisible() and "164.502(g)" in dialog.barred_label.text()
    assert "Luis Reyes" in dialog.barred_label.text()
    assert dialog.password.text() == "", "said before any password is asked"


def test_the_guardian_of_a_17_year_old_is_offered(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, father = _dialog(unlocked_app, _born(17, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.findData(father) >= 0)
    assert _enabled(dialog, father)
    assert "may not receive it" not in dialog.recipient.itemText(dialog.recipient.findData(father))
    assert dialog.recipient.currentData() == father, "the parent of the minor, first"
    assert not any(line.startswith("Luis Reyes") for line in dialog.barred_label.text().splitlines())


@pytest.mark.parametrize("typed", [("pdf-password-123", "pdf-password-124"), ("short", "short")])
def test_a_recipient_refused_since_the_window_opened_is_said_before_the_password(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, tmp_path, typed: tuple[str, str]) -> None:
    """Found in review: the copy's password was checked first (the two typings, then its length), so
    a recipient the rules refuse was said only once the password was right. Here the father's
    guardianship is ended in the chart while the window is open (another window, or past midnight)."""
    dialog, father = _dialog(unlocked_app, _born(17, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.recipient.currentData() == father)
    vault = unlocked_app.vault
    assert vault is not None
    (asked,) = requests.list_requests(vault)
    guardians.update_guardian(vault, asked.client_id, father, valid_until=date.today() - timedelta(days=1))
    dialog.password.setText(typed[0])
    dialog.password_again.setText(typed[1])
    out = tmp_path / "copy"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "" and dialog.make_button.isEnabled())
    assert "164.502(g)" in dialog.message.text(), dialog.message.text()
    assert "password" not in dialog.message.text().lower()
    assert list(out.iterdir()) == [] and requests.get_request(vault, asked.id).status == "open"


def test_for_an_unrecorded_requester_the_client_is_greyed_with_the_reason(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, tmp_path) -> None:
    """Found on Xvfb: a parent's request about an adult, the parent not recorded, offered "The client"
    first, and the copy to the client closed the parent's request as granted."""
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = unlocked_app.vault
    assert vault is not None
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Jordan Reyes", date_of_birth=_born(30, 10)).client_id
    asked = requests.add_request(vault, client_id, kind="access", received_on=date.today().isoformat(),
                                 requester_name="Luis Reyes", requester_claim="parent")
    dialog = AccessCopyDialog(unlocked_app, asked.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.barred_label.isVisible())
    assert not _enabled(dialog, "client")
    assert "not recorded in the chart" in dialog.barred_label.text() and "164.502(g)" in dialog.barred_label.text()
    out = tmp_path / "copy"
    out.mkdir()
    dialog.password.setText("pdf-password-123")
    dialog.password_again.setText("pdf-password-123")
    dialog.folder.setText(str(out))
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "" and dialog.make_button.isEnabled())
    assert "not recorded in the chart" in dialog.message.text()
    assert list(out.iterdir()) == [] and requests.get_request(vault, asked.id).status == "open"
