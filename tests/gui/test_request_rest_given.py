"""The copy of the rest of an access request denied in part, in the request's window: once given,
"Provide the copy of the rest…" is greyed and the window says on which day the rest was given
(before, it stayed enabled and a second copy could be made). And the copy's window, finding
nothing to copy for the rest, said "The request stays open until every copy is made" of a
request already decided."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _partly_denied(app: AppController, qtbot):  # type: ignore[no-untyped-def]
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted="the other notes")
    detail = RequestDetailDialog(app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    return detail, q.id


def test_once_the_rest_is_given_its_button_is_greyed_and_the_day_said(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.dates import show_date

    detail, rid = _partly_denied(unlocked_app, qtbot)
    assert detail.grant_button.isEnabled()
    copy = detail.grant()
    copy.password.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    copy.password_again.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    copy.folder.setText(str(tmp_path))  # type: ignore[attr-defined]
    qtbot.waitUntil(copy.rest_items.isVisible, timeout=10_000)  # type: ignore[attr-defined]
    copy.rest_items.confirm.setChecked(True)  # type: ignore[attr-defined]
    copy.make_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not detail.grant_button.isEnabled(), timeout=10_000)
    said = f"The rest was given on {show_date(date.today())}"
    assert said in detail.summary.text()
    assert said in detail.grant_button.toolTip()
    assert requests.get_request(unlocked_app.vault, rid).given is not None  # type: ignore[arg-type]
    detail.close()
    wait_ops(qtbot)


def test_the_rests_copy_finding_nothing_does_not_say_the_request_stays_open(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    detail, _rid = _partly_denied(unlocked_app, qtbot)
    copy = detail.grant()
    copy.password.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    copy.password_again.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    copy.folder.setText(str(tmp_path))  # type: ignore[attr-defined]
    copy.date_from.setDate(QDate(2001, 1, 1))  # type: ignore[attr-defined]
    copy.date_to.setDate(QDate(2001, 12, 31))  # type: ignore[attr-defined]
    qtbot.waitUntil(copy.rest_items.isVisible, timeout=10_000)  # type: ignore[attr-defined]
    copy.rest_items.confirm.setChecked(True)  # type: ignore[attr-defined]
    copy.make_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(copy.outcome.text()), timeout=10_000)  # type: ignore[attr-defined]
    said = copy.outcome.text()  # type: ignore[attr-defined]
    assert "stays open" not in said and "denied in part" in said, said
    assert detail.grant_button.isEnabled()  # nothing given: the rest is still to give
    copy.close()
    detail.close()
    wait_ops(qtbot)


def test_a_letter_is_saved_as_a_pdf_from_the_window(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The letters were only text in the window; the denial's letter is saved where chosen."""
    detail, _rid = _partly_denied(unlocked_app, qtbot)
    qtbot.waitUntil(detail.save_letter_button.isEnabled, timeout=10_000)
    window = detail.save_letter()
    assert window.letter.count() == 1 and window.letter.currentText().startswith("Denial of access (")  # type: ignore[attr-defined]
    # Wide enough for its title and a path (found in the real app: both cut off); the message wraps.
    assert window.width() >= 560 and window.message.wordWrap()  # type: ignore[attr-defined]
    window.password.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    window.password_again.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    out = tmp_path / "letters" / "denial.pdf"
    out.parent.mkdir()
    window.path.setText(str(out))  # type: ignore[attr-defined]
    window.save_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(window.open_button.isEnabled, timeout=10_000)  # type: ignore[attr-defined]
    assert str(out) in window.message.text()  # type: ignore[attr-defined]
    assert sorted(p.name for p in out.parent.iterdir()) == ["denial.pdf"]
    assert "Dear " in "\n".join(fx.pdf_text(out))
    window.close()
    detail.close()
    wait_ops(qtbot)
