"""A rebuttal recorded before its letter was kept with it has no copy for the client (45 CFR
164.526(d)(3)), and the request's window offered no way to make one: it said "Rebuttal kept;
send the client a copy" over letters that held only the denial. It now says the copy was never
made and offers "Make the rebuttal letter", which keeps the letter as a new rebuttal's is (listed,
offered first to save as PDF), once. The old rebuttal is written through the storage layer as the
old code wrote it. Real vault, real widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import practice, request_amendments, requests
from vault_app.services.clinical_common import now_iso
from vault_app.storage import disclosure_requests as store

pytestmark = pytest.mark.gui


def _old_rebuttal(app: AppController) -> str:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(40),
                             note_ids=chart.progress[:1], description="the date of my move is wrong")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(30))
    request_amendments.file_disagreement(vault, q.id, text="The move was in March.", received_on=fx.days_ago(20))
    old = replace(requests.get_request(vault, q.id), rebuttal="The intake form OLDREBUTTALMARKER gives May.")
    with vault.records.transaction():
        store.save(vault.records, old, now_iso())
    vault.ledger.append("amendment.rebuttal_added", {"request_id": q.id, "client_id": q.client_id,
                                                      "kind": "amendment"})
    return q.id


def test_an_old_rebuttal_is_offered_its_letter_once(unlocked_app: AppController, qtbot: Any) -> None:
    rid = _old_rebuttal(unlocked_app)
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    row = detail.disagreement
    qtbot.waitUntil(lambda: len(detail.letter_list) == 1, timeout=10_000)  # the denial only
    assert "never made" in row.label.text(), row.label.text()
    assert row.letter_button.isVisible() and row.letter_button.isEnabled()
    row.letter_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(detail.letter_list) == 2, timeout=10_000)
    assert detail.letter_list[-1][1] == f"Rebuttal of the statement ({show_date(date.today())})", detail.letter_list
    assert "OLDREBUTTALMARKER" in detail.letters.toPlainText()
    qtbot.waitUntil(lambda: not row.letter_button.isVisible(), timeout=10_000)  # once: not offered again
    assert "never made" not in row.label.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert [str(k["kind"]) for k in requests.letters(vault, rid)].count("amendment-rebuttal") == 1
    detail.close()
    wait_ops(qtbot)


def test_a_rebuttal_with_its_letter_offers_no_other(unlocked_app: AppController, qtbot: Any) -> None:
    rid = _old_rebuttal(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    request_amendments.make_rebuttal_letter(vault, rid)
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: len(detail.letter_list) == 2, timeout=10_000)
    assert not detail.disagreement.letter_button.isVisible()
    assert "send the client a copy" in detail.disagreement.label.text()
    detail.close()
    wait_ops(qtbot)


def test_the_refusal_and_the_history_say_it_in_words(qapp: Any) -> None:
    from vault_app.domain.errors import RefusedByPolicy
    from vault_app.gui.history_words import describe_event
    from vault_app.gui.refusal_words import refusal_text

    kept = RefusedByPolicy("The rebuttal's letter of request R-1 was made on 12/05/2026.", hint="ask again (--again)",
                           code="request.rebuttal_letter_kept", params={"id": "R-1", "day": "12/05/2026"})
    said = refusal_text(kept)
    assert "12/05/2026" in said and "--again" not in said and "Save a letter as PDF" in said, said
    assert describe_event("amendment.rebuttal_letter_made", {"letter_date": "2026-12-05", "again": False}) == \
        "Rebuttal letter made"
