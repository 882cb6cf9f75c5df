"""An access request denied in part, in the request's window (found in the real app): "Deny,
with grounds…" asked for one ground and closed the whole request as denied, every button
greyed, "Granted: provide the copy…" with them. 45 CFR 164.524(d)(1): access is given to the
rest after excluding what there are grounds to deny. The window now asks what is denied and
what is released anyway; a part denied records the request as partially granted, and the copy
of the rest can still be given. The whole denial stays possible.

Also here: the letters' heads in words, and the empty list of open requests saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _detail(app: AppController, qtbot) -> tuple[QDialog, str]:  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=2)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                                 description="a copy of my notes")
    detail = RequestDetailDialog(app, asked.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    return detail, asked.id


def _deny_window(detail: QDialog, qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """The window Deny opens, found as a user sees it (the modal one); any other question is
    closed so that the test fails rather than waits."""
    found: list[tuple[QWidget, str]] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is detail:
            QTimer.singleShot(50, look)
            return
        found.append((modal, f"{type(modal).__name__} {modal.objectName()}"))
        if modal.objectName() != "requestDenialDialog" and isinstance(modal, QDialog):
            modal.reject()

    QTimer.singleShot(0, look)
    detail.deny_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    assert found[0][1].endswith("requestDenialDialog"), f"Deny asked only: {found[0][1]}"
    return found[0][0]


def test_a_part_denied_records_partially_granted_and_the_rest_is_still_given(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.gui.requests_dialog import denial_choices

    detail, rid = _detail(unlocked_app, qtbot)
    window = _deny_window(detail, qtbot)
    (ground,) = [label for code, label in denial_choices("access") if code == "harm_to_other_person"]
    window.ground.setCurrentText(ground)  # type: ignore[attr-defined]
    assert window.part.isChecked()  # type: ignore[attr-defined]  # the rule's default: what the ground does not cover is released
    qtbot.keyClicks(window.denied, "the notes naming the client's brother")  # type: ignore[attr-defined]
    qtbot.keyClicks(window.granted, "the other progress notes and the billing information")  # type: ignore[attr-defined]
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    decided = requests.get_request(unlocked_app.vault, rid)  # type: ignore[arg-type]
    assert decided.status == "partially_granted"
    assert decided.grounds == ("harm_to_other_person",)
    assert decided.denied == "the notes naming the client's brother"
    assert decided.granted == "the other progress notes and the billing information"
    qtbot.waitUntil(lambda: "partially granted" in detail.summary.text(), timeout=10_000)
    assert "Denied: the notes naming the client" in detail.summary.text()
    assert "We are giving you access to: the other progress notes" in detail.letters.toPlainText()
    # The copy of the rest, by the same button: not greyed with the rest.
    assert detail.grant_button.isEnabled()
    assert detail.grant_button.text().replace("&", "") == "Provide the copy of the rest…"
    assert not detail.deny_button.isEnabled() and not detail.extend_button.isEnabled()
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(tmp_path))
    qtbot.waitUntil(copy.rest_items.isVisible, timeout=10_000)
    copy.rest_items.confirm.setChecked(True)  # the denied part is left out (45 CFR 164.524(d)(1))
    copy.make_button.click()
    wait_ops(qtbot)
    assert not copy.isVisible(), copy.message.text() + copy.outcome.text()
    assert len(list(tmp_path.glob("access-copy-*.pdf"))) == 2
    qtbot.waitUntil(detail.copy_label.isVisible, timeout=10_000)
    assert str(tmp_path) in detail.copy_label.text()
    assert requests.get_request(unlocked_app.vault, rid).status == "partially_granted"  # type: ignore[arg-type]
    detail.close()
    wait_ops(qtbot)


def test_the_whole_request_can_still_be_denied(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, rid = _detail(unlocked_app, qtbot)
    window = _deny_window(detail, qtbot)
    window.ground.setCurrentIndex(0)  # type: ignore[attr-defined]  # none is chosen for the therapist
    window.whole.setChecked(True)  # type: ignore[attr-defined]
    assert not window.granted.isEnabled()  # type: ignore[attr-defined]
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    decided = requests.get_request(unlocked_app.vault, rid)  # type: ignore[arg-type]
    assert decided.status == "denied" and decided.granted == ""
    qtbot.waitUntil(lambda: not detail.grant_button.isEnabled(), timeout=10_000)
    assert "Denied: all that was asked" in detail.summary.text()
    detail.close()
    wait_ops(qtbot)


def test_a_part_denied_without_what_is_released_is_asked_again(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, rid = _detail(unlocked_app, qtbot)
    window = _deny_window(detail, qtbot)
    qtbot.keyClicks(window.denied, "the notes naming the client's brother")  # type: ignore[attr-defined]
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert window.isVisible() and window.message.isVisible()  # type: ignore[attr-defined]
    assert requests.get_request(unlocked_app.vault, rid).status == "open"  # type: ignore[arg-type]
    window.reject()
    detail.close()
    wait_ops(qtbot)


@pytest.mark.parametrize(("lang", "head"), [("en", "— Notice of extension ("), ("es", "— Aviso de prórroga (")])
def test_a_letter_is_headed_in_words(unlocked_app: AppController, qtbot, lang: str, head: str) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui import i18n

    assert i18n.install(lang) == lang
    try:
        detail, rid = _detail(unlocked_app, qtbot)
        requests.extend_request(unlocked_app.vault, rid, notice_on=fx.days_ago(0),  # type: ignore[arg-type]
                                reason="the notes are being gathered")
        detail.load()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: "(" in detail.letters.toPlainText()[:40], timeout=10_000)
        assert detail.letters.toPlainText().startswith(head), detail.letters.toPlainText()[:60]
        assert "extension-notice" not in detail.letters.toPlainText()
        detail.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")


def test_the_empty_list_of_open_requests_says_where_one_is_recorded(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    listing = window.open_requests()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: listing.empty.isVisible(), timeout=10_000)
    assert listing.tree.topLevelItemCount() == 0
    assert "No open requests" in listing.empty.text() and "Requests tab (Record a request…)." in listing.empty.text()
    listing.close()


def test_a_refused_denial_keeps_what_was_typed(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found in the real app: with no practice phone the denial's letter is refused, and the
    next Deny asked again for what is denied and what is released, the words typed lost. The
    refusal is now said in the denial's window, which stays; closed, the next Deny has them."""
    detail, rid = _detail(unlocked_app, qtbot)
    practice.update(unlocked_app.vault, phone="")  # type: ignore[arg-type]
    window = _deny_window(detail, qtbot)
    window.ground.setCurrentIndex(0)  # type: ignore[attr-defined]
    qtbot.keyClicks(window.denied, "the notes naming the client's brother")  # type: ignore[attr-defined]
    qtbot.keyClicks(window.granted, "the billing information")  # type: ignore[attr-defined]
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "phone" in window.message.text(), timeout=10_000)  # type: ignore[attr-defined]
    assert window.isVisible() and requests.get_request(unlocked_app.vault, rid).status == "open"  # type: ignore[arg-type]
    window.reject()
    again = _deny_window(detail, qtbot)
    assert again.denied.text() == "the notes naming the client's brother"  # type: ignore[attr-defined]
    assert again.granted.text() == "the billing information"  # type: ignore[attr-defined]
    again.reject()
    detail.close()
    wait_ops(qtbot)
