"""A couple's chart whose only signed note is held in confidence for one member: found on Xvfb,
Export showed an empty list and Next stayed disabled without saying why. The page now says
that nothing of this kind can be released, why, and the way on (other records). Real widgets,
a real vault."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_export_held_offer import _wizard
from vault_app.gui.controller import AppController
from vault_app.services import clients, joint_held, notes, sessions
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

NOTHING = "Nothing of this kind can be released from this chart"


def _only_held(vault: Vault, *, signed_other: bool) -> str:
    fx.set_practice(vault)
    first = clients.create_client(vault, "Ana Pareja", date_of_birth="1980-01-01").client_id
    second = clients.create_client(vault, "Luis Pareja", date_of_birth="1982-01-01").client_id
    case = clients.create_case(vault, "Pareja", [first, second], kind="couple")
    s = sessions.add_session(vault, case.case_id, date=fx.days_ago(10), duration_minutes=50)
    held = notes.create_progress_note(vault, case.case_id, text="HELD told alone.", session_id=s.session_id)
    notes.sign_note(vault, held.note_id)
    joint_held.hold(vault, held.note_id, first)
    if signed_other:
        other = notes.create_progress_note(vault, case.case_id, text="Joint.")
        notes.sign_note(vault, other.note_id)
    return case.case_id


@pytest.mark.parametrize("signed_other", [False, True])
def test_only_held_notes_say_why_nothing_is_offered(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                    signed_other: bool) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    case_id = _only_held(vault, signed_other=signed_other)
    wizard = _wizard(unlocked_app, qtbot, case_id)
    page = wizard.what_page
    qtbot.waitUntil(lambda: "held in confidence" in page.note.text())
    said = page.note.text()
    assert (page.items.topLevelItemCount(), NOTHING in said) == (int(signed_other), not signed_other)
    if not signed_other:
        # why, and the way on: the member alone authorizing (only adult), or other records
        assert "only adult" in said and "Billing information" in said, said
        page.recipient.setText("Dr. Other")
        page.purpose.setText("continuity of care")
        assert not page.isComplete()
    wizard.reject()
    wait_ops(qtbot)
