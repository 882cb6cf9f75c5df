"""Access and amendment requests through a real vault: due dates, extension, letters, disputes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pikepdf
import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.services import export, notes, request_amendments, requests
from vault_app.services.vault import Vault


def test_access_request_due_date_extension_and_letter(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    received = fx.days_ago(10)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=received, description="all notes")
    assert q.due_on == received + timedelta(days=30)
    q2, letter = requests.extend_request(vault, q.id, notice_on=fx.days_ago(2), reason="records archived")
    assert q2.due_on == received + timedelta(days=60)
    assert "records archived" in letter.text() and f"{q2.due_on:%B} {q2.due_on.day}, {q2.due_on.year}" in letter.text()
    assert requests.get_request(vault, q.id).extension == q2.extension
    with pytest.raises(RefusedByPolicy, match="only one extension"):
        requests.extend_request(vault, q.id, notice_on=fx.days_ago(1), reason="again")
    kept = requests.letters(vault, q.id)
    assert [k["kind"] for k in kept] == ["extension-notice"]


def test_late_extension_notice_is_refused(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(70),
                             note_ids=(chart.progress[0],))
    with pytest.raises(RefusedByPolicy, match="within the first 60 days"):
        requests.extend_request(vault, q.id, notice_on=fx.today(), reason="late")


def test_partial_denial_of_psychotherapy_notes(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5))
    q, letter = requests.deny_request(vault, q.id, grounds=["psychotherapy_notes"], granted="all progress notes",
                                      denied="psychotherapy notes")
    assert q.status == "partially_granted"
    text = letter.text()
    assert "cannot be reviewed" in text and "555-0100" in text and "1-800-368-1019" in text
    assert "Dear Alex Testclient" in text
    out = requests.save_letter_pdf(letter, tmp_path / "letter.pdf", password=fx.PASSWORD)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    pdf = " ".join(fx.pdf_text(out))
    assert "Denial of your request for access" in pdf and "www.hhs.gov/ocr/complaints" in pdf
    assert [k["kind"] for k in requests.letters(vault, q.id)] == ["access-denial"]
    with pytest.raises(RefusedByPolicy, match="already partially granted"):
        requests.grant_request(vault, q.id)


def test_denied_access_request_blocks_client_access_exports(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5))
    requests.deny_request(vault, q.id, grounds=["endangerment"])
    req = fx.request(chart.client_id, note_ids=tuple(chart.progress), basis="client_access",
                     evidence={"request_id": q.id}, recipient=fx.Recipient("Alex Testclient"), purpose="own copy")
    with pytest.raises(RefusedByPolicy, match="is denied"):
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)


def test_amendment_accepted_amends_the_signed_note(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],), description="my date of birth is wrong in the note")
    q, letter = request_amendments.accept_amendment(vault, q.id, text="Corrected: date of birth is 1990-05-01.")
    assert q.status == "granted" and "accepted" in letter.text()
    history = notes.note_history(vault, chart.progress[0])
    assert history.amendments[-1].kind == "amendment"
    assert q.id in history.amendments[-1].reason
    assert history.amendments[-1].text == "Corrected: date of birth is 1990-05-01."


def test_denied_amendment_dispute_travels_with_the_note(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],), description="remove DISPUTEDWORDING")
    q, letter = requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    assert "statement disagreeing" in letter.text()
    with pytest.raises(RefusedByPolicy, match="there is none yet"):
        request_amendments.add_rebuttal(vault, q.id, text="rebuttal")
    request_amendments.file_disagreement(vault, q.id, text="I DISAGREEMARKER with the note.",
                                         received_on=fx.days_ago(1))
    _q, rebuttal = request_amendments.add_rebuttal(vault, q.id, text="The note REBUTTALMARKER stands.")
    assert "REBUTTALMARKER" in rebuttal.text() and "164.526(d)(3)" in rebuttal.text()
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "linked.pdf", password=fx.PASSWORD)
    linked = " ".join(fx.pdf_text(tmp_path / "linked.pdf"))
    assert "DISPUTEDWORDING" in linked and "DISAGREEMARKER" in linked and "REBUTTALMARKER" in linked
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[1],), authorization_id=auth.id),
                  out=tmp_path / "unlinked.pdf", password=fx.PASSWORD)
    assert "DISAGREEMARKER" not in " ".join(fx.pdf_text(tmp_path / "unlinked.pdf"))


def test_request_validation(psy_vault: Vault) -> None:
    chart = fx.make_chart(psy_vault, n=1, with_psychotherapy=True)
    with pytest.raises(NotFound, match="not a note of this client"):
        requests.add_request(psy_vault, chart.client_id, kind="amendment", received_on=fx.today(),
                             note_ids=("0" * 16,))
    # An access request names designated-record-set notes only (a psychotherapy note is not one).
    with pytest.raises(NotFound, match="not a note of this client"):
        requests.add_request(psy_vault, chart.client_id, kind="access", received_on=fx.today(),
                             note_ids=(chart.psychotherapy[0],))
    with pytest.raises(InvalidInput, match="Unknown request kind"):
        requests.add_request(psy_vault, chart.client_id, kind="complaint", received_on=fx.today())
    with pytest.raises(InvalidInput, match="future"):
        requests.add_request(psy_vault, chart.client_id, kind="access", received_on=fx.today() + timedelta(days=2))
    q = requests.add_request(psy_vault, chart.client_id, kind="accounting", received_on=fx.today())
    with pytest.raises(RefusedByPolicy, match="cannot be denied"):
        requests.deny_request(psy_vault, q.id, grounds=["x"])
    with pytest.raises(InvalidInput, match="before the request was received"):
        requests.grant_request(psy_vault, q.id, decided_on=fx.days_ago(3))
    assert [r.id for r in requests.list_requests(psy_vault, open_only=True)] == [q.id]
