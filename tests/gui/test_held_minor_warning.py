"""A held "Record an authorization" form keeps the minor's warning the therapist read
(gui/auth_dialog.py, gui/held.py). Found in the real app: a client of 17 signing alone, the
warning read and "Record anyway" on the button, then the idle lock; after the unlock the form
was back but the warning was not, and Record asked again as if it had never been read.

What was read is kept with what it said. At Record the warning is worked out again from the
vault: the same words are not asked again; different words (the practice's age of consent
corrected meanwhile) are asked, since that warning was never read. The warning is held inside
the vault with the rest of the form: no plain file has the form's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_auth_minor_signing import _seventeen
from tests.gui.test_held_dates import _reopened
from tests.gui.test_held_new_client_and_authorization import CANARY, _away_and_back
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.gui.held import restored_text
from vault_app.services import authorizations, clients

pytestmark = pytest.mark.gui


def _warned(app: AppController, qtbot, tmp_path: Path) -> tuple[AuthorizationDialog, str]:  # type: ignore[no-untyped-def]
    """A 17-year-old's own signature, Record pressed once: the warning read, Record anyway offered."""
    window, vault = app.main_window, app.vault
    assert window is not None and vault is not None
    client = clients.create_client(vault, "Milo Youngsigner", date_of_birth=_seventeen())
    window.open_chart(client.client_id)
    wait_ops(qtbot)
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    fill_authorization(dialog, signed_scan(tmp_path), description=f"Progress notes of {CANARY}",
                       recipient="Dr. School Psychologist", purpose="coordination of care",
                       signer="Milo Youngsigner")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert "under your age of consent" in dialog.message.text()
    assert dialog.save_button.text() == "Record anyway"
    assert authorizations.list_authorizations(vault, client.client_id) == []
    return dialog, client.client_id


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_the_warning_read_comes_back_and_is_not_asked_again(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path, how: str) -> None:
    dialog, client_id = _warned(unlocked_app, qtbot, tmp_path)
    warning = dialog.message.text()
    window = _away_and_back(unlocked_app, dialog, qtbot, how, app_folder)  # and no plain copy anywhere
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog) and again is not dialog
    assert again.description.text() == f"Progress notes of {CANARY}"
    assert again.save_button.text() == "Record anyway", "the warning read is kept"
    assert again.message.text().startswith(restored_text(how))
    assert warning in again.message.text(), "the warning read is said again, as read"
    vault = unlocked_app.vault
    assert vault is not None
    again.save_button.click()  # once: read before the lock, recorded now
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    (auth,) = authorizations.list_authorizations(vault, client_id)
    assert auth.signer.role == "client"


def test_a_warning_that_says_something_else_now_is_asked(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    dialog, client_id = _warned(unlocked_app, qtbot, tmp_path)
    read = dialog.message.text()
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    vault = unlocked_app.vault
    assert vault is not None
    # Meanwhile the birth date was corrected (two years younger): the warning read said 17.
    born = clients.get_client(vault, client_id).date_of_birth
    assert born is not None
    clients.update_client(vault, client_id, date_of_birth=born.replace(year=born.year + 2).isoformat())
    again.save_button.click()
    wait_ops(qtbot)
    assert again.isVisible() and authorizations.list_authorizations(vault, client_id) == []
    assert "The client is 15" in again.message.text() and again.message.text() != read
    assert again.save_button.text() == "Record anyway"
    again.save_button.click()  # this one read now: recorded
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    assert len(authorizations.list_authorizations(vault, client_id)) == 1


def test_a_signature_changed_after_the_unlock_asks_again(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, app_folder: Path, tmp_path: Path) -> None:
    """As before a lock: the warning read was for that signature (who, when, Part 2)."""
    dialog, client_id = _warned(unlocked_app, qtbot, tmp_path)
    window = _away_and_back(unlocked_app, dialog, qtbot, "lock", app_folder)
    again = _reopened(window, AuthorizationDialog, qtbot)
    assert isinstance(again, AuthorizationDialog)
    again.signed_on.setDate(again.signed_on.date().addDays(-1))
    assert again.save_button.text() == "Record authorization"
    again.save_button.click()
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert "under your age of consent" in again.message.text()
    assert authorizations.list_authorizations(vault, client_id) == []
    again.reject()
    wait_ops(qtbot)
