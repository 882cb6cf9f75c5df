"""A rebuttal recorded before its letter was kept (the code before the thirty-second round kept
the rebuttal and no letter) had no copy for the client and no way to make one: 45 CFR
164.526(d)(3) owes whoever filed the statement a copy of the rebuttal. Now the letter is made
for it, kept and listed as a new rebuttal's is, dated the day it is made (the letter is the copy
provided: its date is when it is provided), and logged. Made once: a second is refused unless
asked again on purpose (`again`). The old rebuttal is written through the storage layer and the
ledger as the old code wrote it. Real vault, real PDF, the command line's own `run`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_in_process
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import practice, request_amendments, requests
from vault_app.services.clinical_common import now_iso
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import disclosure_requests as store

REBUTTAL = "The intake form OLDREBUTTALMARKER, signed by the client, gives May."


def _old_rebuttal(vault: Vault) -> str:
    """A denied amendment, its statement, and a rebuttal kept as the code before kept it: the
    request row and the ledger's entry, no letter."""
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, practice_name="Lee Counseling", address="1 Main St\nSpringfield, IL 62701")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(40),
                             note_ids=(chart.progress[0],), description="the date of my move is wrong")
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"], decided_on=fx.days_ago(30))
    request_amendments.file_disagreement(vault, q.id, text="The move was in March.", received_on=fx.days_ago(20))
    old = replace(requests.get_request(vault, q.id), rebuttal=REBUTTAL)
    with vault.records.transaction():
        store.save(vault.records, old, now_iso())
    vault.ledger.append("amendment.rebuttal_added", {"request_id": q.id, "client_id": q.client_id,
                                                      "kind": "amendment"})
    return q.id


def _rebuttal_letters(vault: Vault, rid: str) -> list[dict[str, object]]:
    return [k for k in requests.letters(vault, rid) if k["kind"] == "amendment-rebuttal"]


def test_an_old_rebuttal_gets_its_letter_kept_listed_and_logged(vault: Vault) -> None:
    rid = _old_rebuttal(vault)
    assert _rebuttal_letters(vault, rid) == []
    assert request_amendments.rebuttal_letter_owed(vault, rid)
    q, letter = request_amendments.make_rebuttal_letter(vault, rid)
    assert q.rebuttal == REBUTTAL and letter.kind == "amendment-rebuttal"
    assert letter.day == date.today()  # the day the copy is provided, not the rebuttal's
    (kept,) = _rebuttal_letters(vault, rid)
    assert kept["letter_date"] == date.today().isoformat()
    assert "OLDREBUTTALMARKER" in str(kept["body"]) and "164.526(d)(3)" in str(kept["body"])
    assert str(kept["body"]) == letter.text()  # the letter kept is the one a new rebuttal keeps
    assert not request_amendments.rebuttal_letter_owed(vault, rid)
    entry = vault.ledger.entries(("amendment.rebuttal_letter_made",))[-1]
    assert entry.payload["request_id"] == rid and entry.payload["again"] is False
    assert entry.payload["letter_date"] == date.today().isoformat()
    assert "OLDREBUTTALMARKER" not in str(entry.payload)


@pytest.mark.parametrize(("state", "again", "refused"), [
    ("old rebuttal", False, ""),
    ("old rebuttal", True, ""),
    ("letter kept", False, "request.rebuttal_letter_kept"),
    ("letter kept", True, ""),
    ("no rebuttal", False, "request.rebuttal_none"),
    ("no rebuttal", True, "request.rebuttal_none"),
    ("access request", False, "request.not_amendment"),
], ids=lambda v: str(v))
def test_one_letter_per_rebuttal_unless_asked_again(vault: Vault, state: str, again: bool, refused: str) -> None:
    """164.526(d)(3) owes one copy; a second only when asked for on purpose (a lost letter)."""
    rid = _old_rebuttal(vault)
    if state == "letter kept":
        request_amendments.make_rebuttal_letter(vault, rid)
    elif state == "no rebuttal":
        chart = fx.make_chart(vault, n=1)
        q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                                 note_ids=(chart.progress[0],))
        requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
        request_amendments.file_disagreement(vault, q.id, text="No.", received_on=fx.days_ago(1))
        rid = q.id
    elif state == "access request":
        chart = fx.make_chart(vault, n=1)
        rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5)).id
    before = len(_rebuttal_letters(vault, rid))
    if refused:
        with pytest.raises(Exception) as caught:
            request_amendments.make_rebuttal_letter(vault, rid, again=again)
        assert getattr(caught.value, "code", None) == refused
        assert len(_rebuttal_letters(vault, rid)) == before  # nothing kept
        return
    request_amendments.make_rebuttal_letter(vault, rid, again=again)
    assert len(_rebuttal_letters(vault, rid)) == before + 1


def test_a_new_rebuttal_owes_no_second_letter(vault: Vault) -> None:
    """Recorded now, the rebuttal keeps its letter at once: making another is refused."""
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                             note_ids=(chart.progress[0],))
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    request_amendments.file_disagreement(vault, q.id, text="No.", received_on=fx.days_ago(1))
    request_amendments.add_rebuttal(vault, q.id, text=REBUTTAL)
    assert not request_amendments.rebuttal_letter_owed(vault, q.id)
    with pytest.raises(RefusedByPolicy) as refused:
        request_amendments.make_rebuttal_letter(vault, q.id)
    assert refused.value.code == "request.rebuttal_letter_kept"


def test_amendment_rebuttal_letter_writes_it_out(vault: Vault, tmp_path: Path) -> None:
    """`amendment rebuttal-letter ID --letter-out FILE`, run as the user runs it; a second run
    is refused, `--again` makes another."""
    rid = _old_rebuttal(vault)
    folder = vault.folder
    vault.lock()
    (tmp_path / "pw.txt").write_text(fx.PASSWORD + "\n")
    out = tmp_path / "old-rebuttal.pdf"
    done = cli_in_process("amendment", "rebuttal-letter", "--vault", str(folder), rid, "--letter-out", str(out),
                          "--pdf-password-file", str(tmp_path / "pw.txt"))
    assert done.code == 0, done.err
    text = " ".join(" ".join(fx.pdf_text(out)).split())
    assert text.startswith("Lee Counseling") and "OLDREBUTTALMARKER" in text and "164.526(d)(3)" in text, text
    again = cli_in_process("amendment", "rebuttal-letter", "--vault", str(folder), rid)
    assert again.code != 0 and "--again" in again.err, again.err
    third = cli_in_process("amendment", "rebuttal-letter", "--vault", str(folder), rid, "--again")
    assert third.code == 0 and "OLDREBUTTALMARKER" in third.out, third.err
    with open_vault(folder, PASSPHRASE) as opened:
        assert len(_rebuttal_letters(opened, rid)) == 2
