"""Privacy mode (names hidden on screen) and an adult member of a couple or family case signing
their own authorization: the form fills the signer for the therapist, as it does with names
shown, but says "the member" with their chart number instead of the name; the name recorded is
the member's own. Found on the real app: in privacy mode the "Signed by" field stayed empty for
an adult member and had to be typed, although the signer can only be that member."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_auth_case_members import _open_add, _pick
from vault_app.gui.controller import AppController
from vault_app.services import authorizations, clients

pytestmark = pytest.mark.gui

SAID = {"en": "The member ({number})", "es": "El miembro ({number})"}


@pytest.fixture
def private(unlocked_app: AppController) -> Iterator[None]:
    window = unlocked_app.main_window
    assert window is not None
    window.menu_actions["privacy"].trigger()
    yield
    window.menu_actions["privacy"].trigger()


def test_an_adult_member_is_filled_in_as_signer_without_their_name(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, tmp_path: Path, language: str, private: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="")
    _pick(dialog, ben.client_id, qtbot)
    assert dialog.signer_name.text() == SAID[language].format(number=ben.chart_number)
    _pick(dialog, ada.client_id, qtbot)  # another member: the one filled in follows
    shown = dialog.signer_name.text()
    assert shown == SAID[language].format(number=ada.chart_number)
    assert "Ada" not in shown and "Coupleone" not in shown, "the name stays off the screen"
    assert dialog.signer_role.currentData() == "client"
    dialog.save_button.click()  # nothing typed
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    [auth] = authorizations.list_authorizations(vault, case.case_id)
    assert auth.signer_client_id == ada.client_id
    assert auth.signer.role == "client" and auth.signer.name == "Ada Coupleone", "recorded as the member"


def test_a_signer_typed_over_it_is_recorded_as_typed(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, tmp_path: Path, private: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="")
    _pick(dialog, ada.client_id, qtbot)
    dialog.signer_name.setText("Ada B. Coupleone")  # as she signed the paper form
    dialog.save_button.click()
    wait_ops(qtbot)
    assert not dialog.isVisible(), dialog.message.text()
    [auth] = authorizations.list_authorizations(vault, case.case_id)
    assert auth.signer.name == "Ada B. Coupleone"


def test_the_member_filled_in_is_recorded_by_name_after_a_lock(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    """The form held over a lock keeps the words shown for the member, never recorded as a name."""
    from tests.gui.test_held_dates import _reopened
    from tests.gui.test_held_new_client_and_authorization import _away_and_back
    from vault_app.gui.auth_dialog import AuthorizationDialog

    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    ada = clients.create_client(vault, "Ada Coupleone", date_of_birth="1980-02-03")
    ben = clients.create_client(vault, "Ben Coupletwo", date_of_birth="1979-05-06")
    case = clients.create_case(vault, "Coupleone-Coupletwo", [ada.client_id, ben.client_id])
    window.menu_actions["privacy"].trigger()
    dialog = _open_add(unlocked_app, qtbot, case.case_id)
    fill_authorization(dialog, signed_scan(tmp_path), signer="")
    _pick(dialog, ada.client_id, qtbot)
    assert dialog.signer_name.text() == f"The member ({ada.chart_number})"
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: again.members.member_id() == ada.client_id, timeout=10_000)
    assert again.signer_name.text() == f"The member ({ada.chart_number})"
    again.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    vault = unlocked_app.vault  # opened again at the unlock
    assert vault is not None
    [auth] = authorizations.list_authorizations(vault, case.case_id)
    assert auth.signer_client_id == ada.client_id and auth.signer.name == "Ada Coupleone"
    if getattr(window, "privacy_mode", False):
        window.menu_actions["privacy"].trigger()
