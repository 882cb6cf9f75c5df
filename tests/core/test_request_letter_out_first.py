"""`--letter-out FILE` checked before anything is recorded: the PDF password given and long enough,
the file's folder there and not a vault's own. Found: `request review-decide --letter-out FILE`
without a PDF password recorded the reviewer's decision, then failed with "No PDF password given";
run again, it was refused as "already decided", the letter never written. The same held for every
request command that writes a letter (deny, extend, add --refused, amendment accept and rebut).
And with --json none of them wrote the letter at all."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_refused_requester import _minor_who_consented
from vault_app.services import practice, request_amendments, request_reviews, requests
from vault_app.services.vault import Vault


def _review_referred(vault: Vault) -> tuple[str, ...]:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(20))
    requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=fx.days_ago(15))
    request_reviews.request_review(vault, q.id, requested_on=fx.days_ago(9), reviewer_name="Dr. Sam Reviewer",
                                   reviewer_license="PSY 12345 CA", took_no_part=True, referred_on=fx.days_ago(9))
    return ("request", "review-decide", q.id, "--decision", "reversed")


def _open_access(vault: Vault) -> str:
    chart = fx.make_chart(vault, n=1)
    return requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3)).id


def _deny(vault: Vault) -> tuple[str, ...]:
    return ("request", "deny", _open_access(vault), "--ground", "endangerment", "--denied", "one note")


def _extend(vault: Vault) -> tuple[str, ...]:
    return ("request", "extend", _open_access(vault), "--notice-on", fx.today().isoformat(), "--reason",
            "the records are archived")


def _refused(vault: Vault) -> tuple[str, ...]:
    """A minor who consented to their own care: the mother is refused (45 CFR 164.502(g)(3)(i))."""
    client_id, mother = _minor_who_consented(vault)
    return ("request", "add", "--kind", "access", "--client", client_id, "--received-on", fx.today().isoformat(),
            "--guardian", mother, "--refused")


def _accept(vault: Vault) -> tuple[str, ...]:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],))
    return ("amendment", "accept", q.id, "--text", "The move was in March.")


def _rebut(vault: Vault) -> tuple[str, ...]:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(5),
                             note_ids=(chart.progress[0],))
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    request_amendments.file_disagreement(vault, q.id, text="The move was in March.", received_on=fx.days_ago(1))
    return ("amendment", "rebut", q.id, "--text", "The intake form, signed by the client, gives May.")


COMMANDS: dict[str, Callable[[Vault], tuple[str, ...]]] = {
    "review-decide": _review_referred, "deny": _deny, "extend": _extend, "add --refused": _refused,
    "amendment accept": _accept, "amendment rebut": _rebut,
}


OPENING = frozenset({"vault.unlocked", "ledger.sealing_started", "ledger.sealed"})


def _state(folder: Path) -> tuple[list[str], list[tuple[str, str, int]]]:
    """What the ledger recorded (but the opening of the vault, which this reading does too), and
    every request's status and count of kept letters."""
    vault = reopen(folder)
    try:
        qs = requests.list_requests(vault)
        return ([e.kind for e in vault.ledger.entries() if e.kind not in OPENING],
                [(q.id, q.status, len(requests.letters(vault, q.id))) for q in qs])
    finally:
        vault.lock()


def _bad_inputs(tmp_path: Path, vault_folder: Path) -> list[tuple[str, list[str], dict[str, str], str]]:
    good = tmp_path / "pw.txt"
    good.write_text(fx.PASSWORD + "\n")
    good.chmod(0o600)
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    letter = str(tmp_path / "letter.pdf")
    return [
        ("no password", ["--letter-out", letter], {}, "No PDF password given"),
        ("short password", ["--letter-out", letter, "--pdf-password-file", str(short)], {}, "at least"),
        ("no folder", ["--letter-out", str(tmp_path / "gone" / "letter.pdf"), "--pdf-password-file", str(good)],
         {}, "does not exist"),
        ("in the vault", ["--letter-out", str(vault_folder / "letter.pdf"), "--pdf-password-file", str(good)],
         {}, "vault's own folder"),
    ]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_bad_letter_out_changes_nothing(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    practice.update(vault, practice_name="Lee Counseling", address="1 Main St\nSpringfield, IL 62701")
    argv = COMMANDS[command](vault)
    folder = vault.folder
    vault.lock()
    monkeypatch.delenv("VAULT_APP_PDF_PASSWORD", raising=False)
    before = _state(folder)
    for name, extra, env, says in _bad_inputs(tmp_path, folder):
        refused = cli(capsys, monkeypatch, *argv, *extra, "--vault", str(folder), env=env)
        assert refused.code != 0 and says in refused.err, (name, refused.err)
        assert _state(folder) == before, f"{name}: the refused command changed the vault"
        assert not (tmp_path / "letter.pdf").exists()
    # The same command with a good password and file is then done, and its letter written: with
    # --json too (the letter was written only in the text the JSON never asked for).
    done = cli(capsys, monkeypatch, *argv, "--letter-out", str(tmp_path / "letter.pdf"),
               "--pdf-password-file", str(tmp_path / "pw.txt"), "--vault", str(folder), "--json")
    assert done.code == 0, done.err
    assert done.json()["letter_file"] == str(tmp_path / "letter.pdf")
    assert fx.pdf_text(tmp_path / "letter.pdf"), "the letter, readable with its password"
    assert _state(folder) != before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_a_folder_one_may_not_write_into_changes_nothing(vault: Vault, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    argv = _review_referred(vault)
    folder = vault.folder
    vault.lock()
    (tmp_path / "pw.txt").write_text(fx.PASSWORD + "\n")
    (tmp_path / "pw.txt").chmod(0o600)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    before = _state(folder)
    try:
        refused = cli(capsys, monkeypatch, *argv, "--letter-out", str(locked / "letter.pdf"),
                      "--pdf-password-file", str(tmp_path / "pw.txt"), "--vault", str(folder))
    finally:
        locked.chmod(0o700)
    assert refused.code != 0 and "may not write" in refused.err
    assert _state(folder) == before
