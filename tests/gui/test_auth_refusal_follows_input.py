"""The authorization form's problem line follows what is typed (K10): a refusal stayed in red
under the form after the therapist had typed what it asked for ("The authorization lacks…: a
purpose" over a purpose typed), so the form looked refused while it was right. The refusal goes
once the field it is about changes (a refusal about another field stays: it is still true).
And its "Covers" ticks are named for a screen reader by what they cover, beside the "Describes"
ticks with words of their own ("Progress notes" twice, a screen reader could not tell which)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.errors import InvalidInput
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _refused_for_purpose(unlocked_app: AppController, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    fill_authorization(dialog, signed_scan(tmp_path), purpose="")
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    return dialog


def test_the_refusal_goes_once_its_field_is_typed(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    dialog = _refused_for_purpose(unlocked_app, qtbot, tmp_path)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.purpose, timeout=10_000)  # taken there
    qtbot.keyClicks(dialog.purpose, "continuity of care")
    assert dialog.message.text() == ""
    dialog.save()  # and Record, once right, records
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)


def test_a_refusal_stays_while_another_field_is_typed(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    dialog = _refused_for_purpose(unlocked_app, qtbot, tmp_path)
    said = dialog.message.text()
    qtbot.keyClicks(dialog.recipient_address, "1 Main St")
    dialog.cover_billing.setChecked(False)
    assert dialog.message.text() == said
    dialog.reject()
    wait_ops(qtbot)


def test_a_covers_refusal_goes_once_a_kind_is_ticked(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    fill_authorization(dialog, signed_scan(tmp_path))
    dialog.cover_progress.setChecked(False)  # nothing covered
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    dialog.cover_billing.setChecked(True)  # another of the three ticks: the one group the refusal is about
    assert dialog.message.text() == ""
    dialog.reject()
    wait_ops(qtbot)


def test_a_refusal_naming_no_field_goes_at_any_change(unlocked_app: AppController, qtbot) -> None:
    """What a refusal without a field was about is unknown: any change may have answered it, and
    Record says it again if not."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    dialog.message.setText("The vault refused it.")
    dialog.refusal_line.refused(InvalidInput("The vault refused it."))
    qtbot.keyClicks(dialog.recipient_address, "1")
    assert dialog.message.text() == ""
    dialog.reject()
    wait_ops(qtbot)


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_covers_tick_is_named_by_what_it_covers(language: str, unlocked_app: AppController, qtbot) -> None:
    from vault_app.gui import i18n

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    assert i18n.install(language) == language
    try:
        dialog = window.chart.authorizations.add()
        boxes = (dialog.cover_progress, dialog.cover_psychotherapy, dialog.cover_billing)
        names = [box.accessibleName() for box in boxes]
        covers = "Covers" if language == "en" else "Abarca"
        for box, name in zip(boxes, names, strict=True):
            assert name.startswith(f"{covers}: "), names
            assert box.text().replace("&", "").split(" (")[0] in name, names  # what it covers, in the screen's words
        assert len(set(names)) == 3
        described = {box.accessibleName() for box in dialog.described.ticks.values()}
        assert not described & set(names)  # never the "Describes" ticks' names
        dialog.reject()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


def test_the_covers_names_are_read_by_the_keyboard_s_tick(unlocked_app: AppController, qtbot) -> None:
    """The name is the one a screen reader reads as Tab lands on the tick (its accessible interface)."""
    from PySide6.QtGui import QAccessible

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    face = QAccessible.queryAccessibleInterface(dialog.cover_billing)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "Covers: Billing information"
    dialog.cover_billing.setFocus(Qt.FocusReason.TabFocusReason)
    dialog.reject()
    wait_ops(qtbot)


def test_a_refusal_naming_several_elements_says_those_still_missing(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: Record on a form with its description alone listed every element
    missing; ticking "Progress notes" took the whole list away. It now says what is still
    missing, worked out again as Record would, the keyboard left where it is."""
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    dialog.description.setText("Progress notes from March 2024")
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "which kind of information" in dialog.message.text(), timeout=10_000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.cover_progress, timeout=10_000)
    qtbot.keyClick(dialog.cover_progress, Qt.Key.Key_Space)
    assert dialog.cover_progress.isChecked()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "which kind of information" not in dialog.message.text(), timeout=10_000)
    assert "who may make the disclosure" in dialog.message.text()  # still missing: still said
    assert QApplication.focusWidget() is dialog.cover_progress  # not taken to the next field
    dialog.discloser.setText("The practice")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "who may make the disclosure" not in dialog.message.text(), timeout=10_000)
    assert "recipient's name" in dialog.message.text()
    dialog.reject()
    wait_ops(qtbot)


def test_the_refusal_under_signer_is_goes_once_the_day_signed_changes(unlocked_app: AppController, qtbot,
                                                                      tmp_path: Path) -> None:
    """A minor's own signature refused (under "Signer is") is about who signs on that day (the age
    and the consent recorded on it): another day signed may answer it, and the words go."""
    from tests.gui.test_auth_signer_followups import _under_signer
    from tests.gui.test_parent_consented_signature_gui import _sign_as_client, _teen

    client_id = _teen(unlocked_app)
    dialog = _sign_as_client(unlocked_app, qtbot, tmp_path, client_id)
    qtbot.waitUntil(lambda: bool(_under_signer(dialog)), timeout=10_000)
    dialog.signed_on.setDate(dialog.signed_on.date().addDays(-1))
    qtbot.waitUntil(lambda: not _under_signer(dialog), timeout=10_000)
    assert dialog.signer_role.currentData() == "client"  # the signer as it was: the day alone changed
    dialog.reject()
    wait_ops(qtbot)
