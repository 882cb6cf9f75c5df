"""Signing waits for everything on screen to be saved, found on Xvfb (explore round): a
progress note's session start typed "5:00 PN", its autosave refused ("Not saved: The start
time is not a valid time"), and Sign and lock went ahead on the last saved draft: the signed
note showed "5:00 PN" greyed while 5:00 PM was stored, and text typed in the same refused save
would have been left out of the signature. A real editor, a real vault, the real worker."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import notes

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def test_a_refused_save_leaves_the_note_unsigned_and_says_so(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Noor Signslow")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.section_edits["subjective"], "Slept better.")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)
    wait_ops(qtbot)
    editor.fields.session_box.setChecked(True)
    editor.fields.start.setText("5:00 PN")  # a typo: not a time
    qtbot.keyClicks(editor.section_edits["subjective"], " Nightmares twice.")  # in the same save
    editor.sign_now()
    wait_ops(qtbot)
    assert not editor.signed
    assert editor.status.text().startswith("Not signed: the note could not be saved"), editor.status.text()
    vault = unlocked_app.vault
    assert vault is not None and editor.note_id is not None
    assert notes.get_note(vault, editor.note_id).signature is None  # nothing signed behind the screen
    editor.fields.start.setText("5:00 PM")  # corrected: now the whole screen is signed
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    signed = notes.get_note(vault, editor.note_id)
    assert signed.signature is not None and "Nightmares twice." in str(signed.sections)
    editor.close()
    wait_ops(qtbot)
