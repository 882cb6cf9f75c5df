"""The notice of closure on real vaults: `closure-notice --all-active` writes one password-protected PDF
per active client, each in the client's letter language, to whoever receives the client's mail, each
recorded on its chart with no name in the ledger; a bad input, a file already there or a folder one
may not write into records nothing and writes nothing."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.closure_notice import LEDGER_KIND
from vault_app.services import appointments, clients, guardians, practice
from vault_app.services.vault import Vault

CUSTODIAN, CONTACT = "Dr. Sam Rivera, PsyD", "555-0199, 2 Oak St, Springfield"
REFERRAL = "Springfield Family Clinic 555-0111"


def _practice_of_four(vault: Vault) -> dict[str, str]:
    """An adult in English, an adult in Spanish, a child with her mother, a client who died with his
    executor recorded, and one discharged (no letter)."""
    adult = fx.make_chart(vault, n=1).client_id
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    spanish = clients.create_client(vault, "Lucia Marquez", date_of_birth="1985-03-02", letters_in="es").client_id
    child = clients.create_client(vault, "Nina Brookfield", date_of_birth=fx.born_years_ago(9)).client_id
    guardians.add_guardian(vault, child, "Maria Brookfield", authority="parent", relationship="mother",
                           address="9 Elm St\nSpringfield")
    died = clients.create_client(vault, "Walter Ames", date_of_birth="1950-01-01").client_id
    guardians.add_guardian(vault, died, "Sam Ames", authority="personal_representative",
                           relationship="executor of the estate")
    clients.update_client(vault, died, died_on=fx.days_ago(20))
    gone = clients.create_client(vault, "Old Discharged").client_id
    clients.discharge(vault, gone, fx.days_ago(40))
    return {"adult": adult, "spanish": spanish, "child": child, "died": died, "gone": gone}


def _files(tmp_path: Path) -> tuple[Path, Path]:
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    pw.chmod(0o600)
    referrals = tmp_path / "referrals.txt"
    referrals.write_text(REFERRAL + "\n")
    return pw, referrals


def _args(folder: Path, pw: Path, referrals: Path, closes: str) -> list[str]:
    return ["closure-notice", "--all-active", "--closes-on", closes, "--custodian-name", CUSTODIAN,
            "--custodian-contact", CONTACT, "--referrals", str(referrals), "--out-folder", str(folder),
            "--pdf-password-file", str(pw)]


def _recorded(folder: Path) -> list[dict[str, object]]:
    vault = reopen(folder)
    try:
        return [e.payload for e in vault.ledger.entries((LEDGER_KIND,))]
    finally:
        vault.lock()


def test_every_active_client_gets_a_notice(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _practice_of_four(vault)
    closes = fx.today() + timedelta(days=45)
    appointments.schedule(vault, ids["adult"], date=fx.today() + timedelta(days=14), start="10:00")
    appointments.schedule(vault, ids["adult"], date=closes + timedelta(days=7), start="10:00")
    numbers = {k: clients.get_client(vault, v).chart_number for k, v in ids.items()}
    folder = vault.folder
    vault.lock()
    pw, referrals = _files(tmp_path)
    out = tmp_path / "letters"
    out.mkdir()
    done = cli(capsys, monkeypatch, *_args(out, pw, referrals, closes.isoformat()), "--vault", str(folder), "--json")
    assert done.code == 0, done.err
    rows = {r["client_id"]: r for r in done.json()["written"]}
    assert set(rows) == {ids[k] for k in ("adult", "spanish", "child", "died")}, "active clients only"
    assert rows[ids["adult"]]["booked_after_closing"] == 1
    # Each file named in its letter's language (the Spanish client's in Spanish, ASCII letters only).
    named = {k: f"closure-notice-{numbers[k]}.pdf" for k in ("adult", "child", "died")}
    named["spanish"] = f"aviso-de-cierre-{numbers['spanish']}.pdf"
    text = {k: " ".join(fx.pdf_text(out / name)) for k, name in named.items()}
    assert sorted(p.name for p in out.iterdir()) == sorted(named.values())
    for k, body in text.items():
        for said in (CUSTODIAN, CONTACT, REFERRAL, "45 CFR 164.524"):
            assert said in body, (k, said)
    assert "Dear Alex Testclient," in text["adult"] and "is scheduled for" in text["adult"]
    assert "Aviso de cierre del consultorio" in text["spanish"] and "Apreciable Lucia Marquez:" in text["spanish"]
    assert "Dear Maria Brookfield," in text["child"] and "the records of Nina Brookfield" in text["child"]
    assert "9 Elm St" in text["child"]
    assert "Dear Sam Ames," in text["died"] and "the records of Walter Ames" in text["died"]
    # Each on its chart, its addressee by kind and id: no name, custodian or referral in the ledger.
    recorded = _recorded(folder)
    assert sorted(str(p["client_id"]) for p in recorded) == sorted(rows)
    by_client = {p["client_id"]: p for p in recorded}
    assert by_client[ids["child"]]["to"] == "representative" and by_client[ids["child"]]["guardian_id"]
    assert by_client[ids["spanish"]]["letters_in"] == "es"
    said = json.dumps(recorded)
    for secret in ("Testclient", "Marquez", "Brookfield", "Ames", "Rivera", "Springfield", "555-0199"):
        assert secret not in said, secret
    # Run again: every client was sent a notice of this closing day; skipped, nothing recorded twice.
    again = cli(capsys, monkeypatch, *_args(out, pw, referrals, closes.isoformat()), "--vault", str(folder))
    assert again.code == 0 and "Already sent a notice for this closing day" in again.out, again.err
    assert len(_recorded(folder)) == len(recorded)


def _bad(tmp_path: Path, vault_folder: Path, pw: Path, referrals: Path) -> list[tuple[str, list[str], str]]:
    closes = (fx.today() + timedelta(days=30)).isoformat()
    good = tmp_path / "letters"
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    base = _args(good, pw, referrals, closes)
    return [
        ("no custodian", [*base[:5], "  ", *base[6:]], "custodian's name"),
        ("custodian on two lines", [*base[:7], "555\n0199", *base[8:]], "line break"),
        ("no such folder", _args(tmp_path / "gone", pw, referrals, closes), "does not exist"),
        ("in the vault", _args(vault_folder, pw, referrals, closes), "vault's own folder"),
        ("short password", _args(good, short, referrals, closes), "at least"),
        ("no day", _args(good, pw, referrals, "someday"), "day the practice closes"),
        ("a day past", _args(good, pw, referrals, (fx.today() - timedelta(days=1)).isoformat()), "already past"),
        ("both forms", [*base, "--client", "C00001"], "one of them"),
        ("one client, no file", ["closure-notice", "--client", "C00001", *base[2:-4], "--pdf-password-file",
                                 str(pw)], "--letter-out"),
    ]


def test_a_bad_input_writes_and_records_nothing(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _practice_of_four(vault)
    folder = vault.folder
    vault.lock()
    pw, referrals = _files(tmp_path)
    (tmp_path / "letters").mkdir()
    for name, argv, says in _bad(tmp_path, folder, pw, referrals):
        refused = cli(capsys, monkeypatch, *argv, "--vault", str(folder))
        assert refused.code != 0 and says in refused.err, (name, refused.err)
        assert not list((tmp_path / "letters").iterdir()), name
        assert _recorded(folder) == [], name


def test_one_file_there_stops_them_all(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _practice_of_four(vault)
    number = clients.get_client(vault, ids["spanish"]).chart_number
    folder = vault.folder
    vault.lock()
    pw, referrals = _files(tmp_path)
    out = tmp_path / "letters"
    out.mkdir()
    (out / f"aviso-de-cierre-{number}.pdf").write_bytes(b"the therapist's own file")
    refused = cli(capsys, monkeypatch, *_args(out, pw, referrals, "2027-01-29"), "--vault", str(folder))
    assert refused.code != 0 and "already exists" in refused.err
    assert [p.name for p in out.iterdir()] == [f"aviso-de-cierre-{number}.pdf"]
    assert (out / f"aviso-de-cierre-{number}.pdf").read_bytes() == b"the therapist's own file"
    assert _recorded(folder) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_a_folder_one_may_not_write_into(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _practice_of_four(vault)
    folder = vault.folder
    vault.lock()
    pw, referrals = _files(tmp_path)
    out = tmp_path / "letters"
    out.mkdir()
    out.chmod(0o500)
    try:
        refused = cli(capsys, monkeypatch, *_args(out, pw, referrals, "2027-01-29"), "--vault", str(folder))
    finally:
        out.chmod(0o700)
    assert refused.code != 0 and "may not write into" in refused.err
    assert _recorded(folder) == []


def test_one_client_with_letter_out(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _practice_of_four(vault)
    number = clients.get_client(vault, ids["spanish"]).chart_number
    folder = vault.folder
    vault.lock()
    pw, _referrals = _files(tmp_path)
    letter = tmp_path / "aviso.pdf"
    done = cli(capsys, monkeypatch, "closure-notice", "--client", number, "--closes-on", "2027-01-29",
               "--custodian-name", CUSTODIAN, "--custodian-contact", CONTACT, "--letter-out", str(letter),
               "--pdf-password-file", str(pw), "--vault", str(folder))
    assert done.code == 0, done.err
    body = " ".join(fx.pdf_text(letter))
    assert "29 de enero de 2027" in body and "Si desea continuar" not in body, "no referrals typed: none printed"
    assert [p["client_id"] for p in _recorded(folder)] == [ids["spanish"]]
