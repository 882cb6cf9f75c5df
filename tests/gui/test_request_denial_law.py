"""Denying a request in its window, as found on the real app (walk-life, findings 10-12):

- the amendment's ground was a list starting on "Not created by this practice", and Enter took
  it, for a note this practice had signed: no ground is chosen until the therapist chooses one;
- a denied amendment's statement of disagreement and the practice's rebuttal (45 CFR
  164.526(d)(2)-(3)) could be recorded only on the command line, the app locked;
- with no practice phone the first denial was refused and the window closed with what was
  typed: the denial's window stays open with the words, says where the phone is set, and
  opens the practice details from there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.requests_dialog import RequestDetailDialog, denial_choices
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _detail(app: AppController, qtbot, kind: str, *, phone: str = "555-0100") -> tuple[RequestDetailDialog, str]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=2)
    practice.update(vault, practice_name="Oakes Therapy", phone=phone, clinician_name="Dr. Maren Oakes")
    q = requests.add_request(vault, chart.client_id, kind=kind, received_on=fx.days_ago(3),
                             description="the date of my move is wrong",
                             note_ids=chart.progress[:1] if kind == "amendment" else ())
    detail = RequestDetailDialog(app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    return detail, q.id


def _modal_after(detail: QDialog, qtbot, press) -> QWidget:  # type: ignore[no-untyped-def]
    """Deny pressed; the window it opens, found as a user sees it (the modal one)."""
    found: list[QWidget] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is detail:
            QTimer.singleShot(50, look)
            return
        found.append(modal)
        press(modal)

    QTimer.singleShot(0, look)
    detail.deny_button.click()
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


@pytest.mark.parametrize("kind", ["amendment", "access"])
def test_enter_on_deny_records_no_ground_nobody_chose(unlocked_app: AppController, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    detail, rid = _detail(unlocked_app, qtbot, kind)
    window = _modal_after(detail, qtbot, lambda modal: qtbot.keyClick(modal, Qt.Key.Key_Return))
    wait_ops(qtbot)
    q = requests.get_request(unlocked_app.vault, rid)  # type: ignore[arg-type]
    assert q.status == "open" and q.grounds == (), q.grounds
    assert window.isVisible()  # still asking for the ground
    assert "Choose the ground" in window.message.text()  # type: ignore[attr-defined]
    # Chosen, it is the one recorded.
    (code, label) = next((c, lbl) for c, lbl in denial_choices(kind)
                         if c in ("accurate_and_complete", "harm_to_other_person"))
    window.ground.setCurrentText(label)  # type: ignore[attr-defined]
    if kind == "access":
        window.whole.setChecked(True)  # type: ignore[attr-defined]
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert requests.get_request(unlocked_app.vault, rid).grounds == (code,)  # type: ignore[arg-type]
    detail.close()
    wait_ops(qtbot)


def test_a_denied_amendment_takes_the_statement_of_disagreement_and_rebuttal(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    detail, rid = _detail(unlocked_app, qtbot, "amendment")
    assert not detail.disagreement.button.isVisible()  # open: nothing to disagree with yet
    requests.deny_request(vault, rid, grounds=["accurate_and_complete"])
    detail.load()
    wait_ops(qtbot)
    qtbot.waitUntil(detail.disagreement.button.isVisible, timeout=10_000)
    assert detail.disagreement.button.isEnabled() and not detail.disagreement.rebuttal_button.isEnabled()
    asked = detail.disagreement.ask_statement()
    asked.text.setPlainText("The move was in March, not May.")
    asked.record_button.click()
    wait_ops(qtbot)
    q = requests.get_request(vault, rid)
    assert q.disagreement == "The move was in March, not May." and q.disagreement_on is not None
    qtbot.waitUntil(lambda: not detail.disagreement.button.isEnabled(), timeout=10_000)
    assert "164.526(d)(2)" in detail.disagreement.label.text()
    assert detail.disagreement.rebuttal_button.isEnabled()
    rebut = detail.disagreement.ask_rebuttal()
    rebut.text.setPlainText("The intake form, signed by the client, gives May.")
    rebut.record_button.click()
    wait_ops(qtbot)
    assert requests.get_request(vault, rid).rebuttal == "The intake form, signed by the client, gives May."
    qtbot.waitUntil(lambda: not detail.disagreement.rebuttal_button.isEnabled(), timeout=10_000)
    assert "164.526(d)(3)" in detail.disagreement.label.text()
    detail.close()
    wait_ops(qtbot)


def test_no_practice_phone_keeps_the_denial_window_and_its_words(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = unlocked_app.vault
    assert vault is not None
    detail, rid = _detail(unlocked_app, qtbot, "access", phone="")
    window = _modal_after(detail, qtbot, lambda _modal: None)
    (label,) = [lbl for c, lbl in denial_choices("access") if c == "harm_to_other_person"]
    window.ground.setCurrentText(label)  # type: ignore[attr-defined]
    qtbot.keyClicks(window.denied, "the notes naming the brother")  # type: ignore[attr-defined]
    qtbot.keyClicks(window.granted, "the other progress notes")  # type: ignore[attr-defined]
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert requests.get_request(vault, rid).status == "open"
    # Refused: said in the window, which stays with what was typed, and says where the phone is set.
    qtbot.waitUntil(lambda: "phone" in window.message.text(), timeout=10_000)  # type: ignore[attr-defined]
    assert window.isVisible()
    assert window.denied.text() == "the notes naming the brother"  # type: ignore[attr-defined]
    assert window.granted.text() == "the other progress notes"  # type: ignore[attr-defined]
    assert window.practice_button.isVisible()  # type: ignore[attr-defined]
    settings = window.open_practice()  # type: ignore[attr-defined]
    assert settings.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is settings.profile["phone"], timeout=10_000)
    settings.reject()
    practice.update(vault, phone="555-0100")
    window.record_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    q = requests.get_request(vault, rid)
    assert q.status == "partially_granted" and q.denied == "the notes naming the brother"
    detail.close()
    wait_ops(qtbot)
