"""The export's summary names every kind of item the PDF holds, counted: the cover's "What is
disclosed", the ledger's description (what the accounting repeats) and the wizard's last page.
Found: an export carrying an amendment, an amendment dispute with the client's statement of
disagreement and a copy of the 42 CFR Part 2 consent was summed up as "2 progress notes
(...)": the recipient's cover and the therapist's receipt said nothing of the rest."""

from __future__ import annotations

from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.services import export, notes, request_amendments, requests
from vault_app.services.vault import Vault

CARRIED = ("1 amendment,", "1 amendment request denied", "1 statement of disagreement",
           "a copy of the client's 42 CFR Part 2 consent")


def _export(vault: Vault, tmp_path: Path, *, part2: bool = True) -> tuple[export.ExportResult, str]:
    chart = fx.make_chart(vault, n=2, part2=part2)
    notes.amend_note(vault, chart.progress[0], "The session lasted 45 minutes.", kind="amendment",
                     reason="Correction")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[1],), description="remove a sentence")
    q, _ = requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    request_amendments.file_disagreement(vault, q.id, text="I disagree with the note.", received_on=fx.days_ago(1))
    consent = fx.add_auth(vault, chart.client_id, part2=part2, patient_name_on_form=True)
    out = tmp_path / "out.pdf"
    result = export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress),
                                             authorization_id=consent.id), out=out, password=fx.PASSWORD)
    return result, " ".join(fx.pdf_text(out))


def test_the_summary_names_amendments_disputes_and_the_part2_consent(vault: Vault, tmp_path: Path) -> None:
    result, text = _export(vault, tmp_path)
    # What the PDF holds, so the summary says no more than is there.
    assert "Amendment requests and statements of disagreement" in text and "Copy of the client's consent" in text
    for words in CARRIED:
        assert words in result.description, (words, result.description)
        assert words in text.split("This document contains")[0], (words, text[:900])  # on the cover
    assert result.described is not None
    assert (result.described.amendments, result.described.disputes, result.described.disagreements,
            result.described.consent_copy) == (1, 1, 1, True)


def test_an_export_without_them_says_none_of_them(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id)
    result = export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress),
                                             authorization_id=auth.id), out=tmp_path / "plain.pdf",
                           password=fx.PASSWORD)
    assert "; with" not in result.description and "amendment" not in result.description
    assert result.described is not None and result.described.consent_copy is False
