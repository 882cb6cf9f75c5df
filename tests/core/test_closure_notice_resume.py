"""The notice of closure done as the client asked, kept, resumed and written exclusively (real vaults):

- a client who asked to be reached only some way (45 CFR 164.522(b)) or did not tick mail is listed
  before anything is written, and the letter goes as asked (the safe address) or is made without an
  address, named "not-by-mail";
- each letter's text is kept in the chart and prints again;
- a second run skips the clients already sent a notice for that closing day (--again makes them again),
  and records nothing twice;
- a file another program makes between the check and the write is left as it is, and named."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.closure_caseload import CONTACT, CUSTODIAN, locked_caseload
from tests.core.closure_caseload import caseload as _caseload
from tests.core.closure_caseload import closes_on as _closes
from tests.core.closure_caseload import recorded as _recorded
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.closure_notice import LEDGER_KIND, ClosureDetails, checked_details
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients, closure_letters_kept, closure_notice, closure_notice_pdf, destruction
from vault_app.services.vault import Vault
from vault_app.storage.new_file import write_new


def test_a_client_who_asked_otherwise_is_told_first_and_never_mailed_at_home(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = locked_caseload(vault, tmp_path)
    n, folder, out = made.numbers, made.folder, made.out
    told = made.notices(capsys, monkeypatch)
    assert told.code != 0 and "--as-asked" in told.err, told.err
    said = told.out + told.err
    assert f"{n['box']}: by mail to the safe address, as asked" in said, said
    assert f"{n['email']}: not by mail: use “email only, never mail at home”" in said, said
    assert f"{n['ticked']}: not by mail: use text" in said, said
    assert n["plain"] not in said, "a client who asked nothing is not listed"
    assert list(out.iterdir()) == [] and _recorded(folder) == [], "told before anything is written"
    done = made.notices(capsys, monkeypatch, "--as-asked", "--json")
    assert done.code == 0, done.err
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"closure-notice-{n['box']}.pdf", f"closure-notice-{n['email']}-not-by-mail.pdf",
                            f"closure-notice-{n['ticked']}-not-by-mail.pdf", f"closure-notice-{n['plain']}.pdf"])
    box = " ".join(fx.pdf_text(out / f"closure-notice-{n['box']}.pdf"))
    assert "PO Box 9" in box and "1 Home St" not in box
    email = " ".join(fx.pdf_text(out / f"closure-notice-{n['email']}-not-by-mail.pdf"))
    assert "2 Home St" not in email and "Dear Ed Mailless," in email
    assert "3 Home St" not in " ".join(fx.pdf_text(out / f"closure-notice-{n['ticked']}-not-by-mail.pdf"))
    assert "4 Home St" in " ".join(fx.pdf_text(out / f"closure-notice-{n['plain']}.pdf"))
    how = {r["chart_number"]: r["delivery"] for r in done.json()["written"]}
    assert how == {n["box"]: "safe_address", n["email"]: "not_by_mail", n["ticked"]: "not_by_mail",
                   n["plain"]: "mail"}
    assert sorted(str(p["delivery"]) for p in _recorded(folder)) == sorted(how.values())
    assert "never mail" not in str(_recorded(folder)), "the client's words stay out of the ledger"


def test_the_letter_is_kept_in_the_chart_and_prints_again(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = locked_caseload(vault, tmp_path)
    n, folder, pw, out = made.numbers, made.folder, made.pw, made.out
    assert made.notices(capsys, monkeypatch, "--as-asked").code == 0
    opened = reopen(folder)
    try:
        plain = clients.find_client(opened, n["plain"]).client_id
        [kept] = closure_letters_kept.letters(opened, plain)
        assert kept.closes_on.isoformat() == _closes() and "Dear Paul Plain," in kept.body
        assert kept.address == ("Paul Plain", "4 Home St", "Springfield")
    finally:
        opened.lock()
    copy = tmp_path / "copy.pdf"
    again = cli(capsys, monkeypatch, "closure-notice", "--reprint", "--client", n["plain"], "--letter-out", str(copy),
                "--pdf-password-file", str(pw), "--vault", str(folder))
    assert again.code == 0, again.err
    assert fx.pdf_text(copy) == fx.pdf_text(out / f"closure-notice-{n['plain']}.pdf"), "the same letter"
    assert len(_recorded(folder)) == 4, "a reprint is no second notice"


def test_a_second_run_skips_the_clients_already_sent_a_notice(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = locked_caseload(vault, tmp_path)
    n, folder, out = made.numbers, made.folder, made.out
    assert made.notices(capsys, monkeypatch, "--as-asked").code == 0
    opened = reopen(folder)
    try:
        late = clients.create_client(opened, "Lena Late").chart_number
    finally:
        opened.lock()
    second = made.notices(capsys, monkeypatch, "--as-asked")
    assert second.code == 0, second.err
    assert "Already sent a notice for this closing day (skipped; --again makes them again): 4" in second.out
    assert (out / f"closure-notice-{late}.pdf").exists()
    assert len(_recorded(folder)) == 5, "each letter recorded once"
    fresh = tmp_path / "again"
    fresh.mkdir()
    third = made.notices(capsys, monkeypatch, "--as-asked", "--again", out=fresh)
    assert third.code == 0, third.err
    assert len(list(fresh.iterdir())) == 5 and len(_recorded(folder)) == 10
    del n


def test_a_file_made_while_the_letters_are_written_is_left_and_named(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = locked_caseload(vault, tmp_path)
    n, folder, out = made.numbers, made.folder, made.out
    in_the_way = out / f"closure-notice-{n['plain']}.pdf"
    real = closure_notice_pdf.notice_pdf_bytes

    def another_program_meanwhile(*a: Any, **k: Any) -> bytes:
        if not in_the_way.exists():  # after the folder was checked, before the letter is written
            in_the_way.write_bytes(b"another program's file")
        return real(*a, **k)

    monkeypatch.setattr(closure_notice_pdf, "notice_pdf_bytes", another_program_meanwhile)
    stopped = made.notices(capsys, monkeypatch, "--as-asked")
    assert stopped.code != 0 and in_the_way.name in stopped.err, stopped.err
    assert in_the_way.read_bytes() == b"another program's file"
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no temporary file left"
    written_before = len(_recorded(folder))
    assert written_before == len([p for p in out.iterdir() if p != in_the_way])


def _details() -> ClosureDetails:
    return checked_details(fx.today() + timedelta(days=40), CUSTODIAN, CONTACT)


def test_a_request_recorded_after_the_list_was_read_is_told_again(vault: Vault, tmp_path: Path) -> None:
    """Another program (or the chart's window) records a client's request between the list and the writing:
    the letters are refused, nothing written, until the new list is read."""
    n = _caseload(vault)
    found = closure_notice.preview(vault, _details())
    plain = clients.find_client(vault, n["plain"]).client_id
    clients.update_client(vault, plain, contact={"address": "4 Home St", "confidential_request": "work phone only"})
    out = tmp_path / "letters"
    out.mkdir()
    with pytest.raises(InvalidInput) as refused:
        closure_notice.write_all(vault, _details(), out, password=fx.PASSWORD, told=found.to_tell)
    assert refused.value.code == "closure.tell_first"
    assert list(out.iterdir()) == [] and vault.ledger.entries((LEDGER_KIND,)) == []
    again = closure_notice.preview(vault, _details())
    run = closure_notice.write_all(vault, _details(), out, password=fx.PASSWORD, told=again.to_tell)
    assert (out / f"closure-notice-{n['plain']}-not-by-mail.pdf").exists() and len(run.written) == 4


def test_one_client_already_sent_a_notice_is_refused_unless_again(vault: Vault, tmp_path: Path) -> None:
    n = _caseload(vault)
    closure_notice.write_one(vault, n["plain"], _details(), tmp_path / "one.pdf", password=fx.PASSWORD)
    with pytest.raises(InvalidInput) as refused:
        closure_notice.write_one(vault, n["plain"], _details(), tmp_path / "two.pdf", password=fx.PASSWORD)
    assert refused.value.code == "closure.already_sent" and not (tmp_path / "two.pdf").exists()
    closure_notice.write_one(vault, n["plain"], _details(), tmp_path / "two.pdf", password=fx.PASSWORD, again=True)
    assert len(vault.ledger.entries((LEDGER_KIND,))) == 2


def test_a_chart_destroyed_takes_its_closure_letters(psy_vault: Vault, tmp_path: Path) -> None:
    fx.set_practice(psy_vault)
    chart = seed_chart(psy_vault, "D")
    closure_notice.write_one(psy_vault, chart.chart_number, _details(), tmp_path / "one.pdf", password=fx.PASSWORD)
    assert len(closure_letters_kept.letters(psy_vault, chart.client_id)) == 1
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    assert cert["verification"]["result"] == "passed"
    count = psy_vault.records.query_one("SELECT count(*) FROM closure_letters WHERE client_id = ?", (chart.client_id,))
    assert int(count[0]) == 0


def test_a_new_file_is_owner_only_and_never_written_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"kept")
    link = tmp_path / "letter.pdf"
    link.symlink_to(target)
    with pytest.raises(FileExistsError):
        write_new(link, b"letter", what="saving the letter")
    assert target.read_bytes() == b"kept" and link.is_symlink()
    made = tmp_path / "new.pdf"
    write_new(made, b"letter", what="saving the letter")
    assert made.read_bytes() == b"letter" and (made.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.txt", "letter.pdf", "new.pdf"]
