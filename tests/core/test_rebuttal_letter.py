"""The copy of the practice's rebuttal the client must be given (45 CFR 164.526(d)(3)): the
request's window said "Rebuttal kept; send the client a copy" but its letters held only the
denial (fifty-second round's walk of the real app, finding 2). The rebuttal is now a kept
letter like the others: listed, saved as the one-letterhead PDF (the saving logged), and
written by `amendment rebut --letter-out`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from vault_app.domain import letters
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.requests import ClientRequest
from vault_app.services import practice, request_amendments, requests
from vault_app.services.vault import Vault, open_vault

REBUTTAL = "The intake form REBUTTALMARKER, signed by the client, gives May."


def _disputed(vault: Vault) -> str:
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, practice_name="Lee Counseling", address="1 Main St\nSpringfield, IL 62701")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                             note_ids=(chart.progress[0],), description="the date of my move is wrong")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    request_amendments.file_disagreement(vault, q.id, text="The move was in March.", received_on=fx.days_ago(1))
    return q.id


def test_the_rebuttal_is_a_kept_letter_saved_with_the_letterhead(vault: Vault, tmp_path: Path) -> None:
    rid = _disputed(vault)
    assert [k["kind"] for k in requests.letters(vault, rid)] == ["amendment-denial"]
    request_amendments.add_rebuttal(vault, rid, text=REBUTTAL)
    kinds = [str(k["kind"]) for k in requests.letters(vault, rid)]
    assert kinds == ["amendment-denial", "amendment-rebuttal"], kinds
    kept = requests.letters(vault, rid)[-1]
    saved = requests.save_kept_letter_pdf(vault, rid, str(kept["letter_id"]), tmp_path / "rebuttal.pdf",
                                          password=fx.PASSWORD)
    text = " ".join(" ".join(fx.pdf_text(saved)).split())
    assert "REBUTTALMARKER" in text and "164.526(d)(3)" in text, text
    top = text[:text.index("Our rebuttal of your statement of disagreement")]
    assert top.startswith("Lee Counseling") and "1 Main St" in top and "Telephone 555-0100" in top, top
    entry = vault.ledger.entries(("request.letter_saved",))[-1]
    assert entry.payload["letter_kind"] == "amendment-rebuttal"
    assert "REBUTTALMARKER" not in str(entry.payload) and "rebuttal.pdf" not in str(entry.payload)


def test_no_rebuttal_letter_without_its_statement(vault: Vault) -> None:
    """Refused as before, and no letter kept for a rebuttal that was not recorded."""
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                             note_ids=(chart.progress[0],))
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    with pytest.raises(RefusedByPolicy, match="there is none yet"):
        request_amendments.add_rebuttal(vault, q.id, text=REBUTTAL)
    assert [k["kind"] for k in requests.letters(vault, q.id)] == ["amendment-denial"]


PROFILE = PracticeProfile(practice_name="Lee Counseling", clinician_name="Jordan Lee", phone="555-0100")
DENIED = ClientRequest(id="R-1", client_id="c", kind="amendment", received_on=date(2026, 11, 2),
                       status="denied", disagreement="It was March.",
                       disagreement_on=date(2026, 11, 20), rebuttal=REBUTTAL)


@pytest.mark.parametrize(("request_", "refused"), [
    (DENIED, ""),
    (replace(DENIED, rebuttal=""), "no rebuttal"),
    (replace(DENIED, kind="access"), "not an amendment request"),
], ids=["rebuttal", "none kept", "not an amendment"])
def test_the_rebuttal_letter_holds_what_the_rule_asks(request_: ClientRequest, refused: str) -> None:
    if refused:
        with pytest.raises(InvalidInput, match=refused):
            letters.rebuttal_letter(PROFILE, request_, "Sam Client", date(2026, 12, 5))
        return
    letter = letters.rebuttal_letter(PROFILE, request_, "Sam Client", date(2026, 12, 5))
    assert letter.kind == "amendment-rebuttal" and letter.to == "Sam Client"
    assert set(letter.elements) == {"received_date", "disagreement_date", "rebuttal", "linked_to_records",
                                    "contact"}
    body = letter.text()
    assert REBUTTAL in body and "45 CFR 164.526(d)(3)" in body and "164.526(d)(4)" in body


def test_amendment_rebut_writes_the_letter_out(vault: Vault, tmp_path: Path) -> None:
    """`amendment rebut --letter-out` run as the user runs it: the PDF holds the rebuttal under
    the letterhead the window's saving gives."""
    rid = _disputed(vault)
    folder = vault.folder
    vault.lock()
    (tmp_path / "pw.txt").write_text(fx.PASSWORD + "\n")
    out = tmp_path / "cli-rebuttal.pdf"
    done = cli_in_process("amendment", "rebut", "--vault", str(folder), rid, "--text", REBUTTAL,
                          "--letter-out", str(out), "--pdf-password-file", str(tmp_path / "pw.txt"))
    assert done.code == 0, done.err
    text = " ".join(" ".join(fx.pdf_text(out)).split())
    assert "REBUTTALMARKER" in text and "164.526(d)(3)" in text, text
    assert text.startswith("Lee Counseling"), text
    with open_vault(folder, PASSPHRASE) as again:
        assert requests.get_request(again, rid).rebuttal == REBUTTAL
        assert [k["kind"] for k in requests.letters(again, rid)][-1] == "amendment-rebuttal"
