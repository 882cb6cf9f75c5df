"""The notices of closure killed (SIGKILL, a real process) at each step of a letter's writing: the next
run finishes by itself, keeps every letter once, sends none twice and never takes a file it did not
write (services/closure_notice_resume.py).

Found by the round's brief: killed after a letter's file was written and before it was kept, the next
run stopped on that file ("already exists") and the guide told the therapist to delete it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from vault_app.domain.closure_notice import LEDGER_KIND, checked_details
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients, closure_letters_kept, closure_notice
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault

CUSTODIAN, CONTACT = "Dr. Sam Rivera, PsyD", "555-0199, 2 Oak St, Springfield"

WRITE = """
import os, sys
from datetime import date
from pathlib import Path
from vault_app.domain.closure_notice import checked_details
from vault_app.services import closure_notice
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
details = checked_details(date.fromisoformat(sys.argv[3]), sys.argv[4], sys.argv[5], on=date.today())
closure_notice.write_all(vault, details, Path(sys.argv[2]), password=sys.argv[6], told=frozenset())
"""


def _caseload(vault: Vault) -> list[str]:
    fx.set_practice(vault)
    return [clients.create_client(vault, name).chart_number for name in ("Ann Abel", "Ben Brook", "Cal Crane")]


def _closes() -> str:
    return (fx.today() + timedelta(days=40)).isoformat()


def _killed_at(vault_dir: Path, out: Path, point: str) -> None:
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               **{CRASH_ENV: point})
    done = subprocess.run([sys.executable, "-c", WRITE, str(vault_dir), str(out), _closes(), CUSTODIAN, CONTACT,
                           fx.PASSWORD], env=env, capture_output=True, timeout=600, check=False)
    assert done.returncode == -9, done.stderr.decode()[-800:]


def _run_again(vault_dir: Path, out: Path) -> closure_notice.Run:
    details = checked_details(fx.today() + timedelta(days=40), CUSTODIAN, CONTACT, on=fx.today())
    with reopen(vault_dir) as again:
        return closure_notice.write_all(again, details, out, password=fx.PASSWORD, told=frozenset())


def _kept(vault_dir: Path, charts: list[str]) -> tuple[dict[str, int], list[str]]:
    """Each chart's kept letters, and the ledger's letter ids (each must be a kept letter's)."""
    with reopen(vault_dir) as again:
        kept = {c: len(closure_letters_kept.letters(again, c)) for c in charts}
        ids = {k.letter_id for c in charts for k in closure_letters_kept.letters(again, c)}
        logged = [str(e.payload["letter_id"]) for e in again.ledger.entries((LEDGER_KIND,))]
        assert set(logged) == ids, "every recorded letter is a kept one and every kept one recorded"
        left = again.records.query_one("SELECT count(*) FROM closure_letters_writing")[0]
        assert left == 0, "nothing is left half recorded"
        return kept, logged


@pytest.mark.parametrize(("point", "file_left"), [
    ("closure_letter_begun", False),  # recorded as being written, no file yet: written afresh
    ("closure_letter_written", True),  # the file whole, not kept: this very letter kept, not made twice
    ("closure_letter_logged", True),  # on the History, not kept: kept, not recorded twice
])
def test_a_run_killed_at_each_step_is_finished_by_the_next_by_itself(
        vault: Vault, vault_dir: Path, tmp_path: Path, point: str, file_left: bool) -> None:
    charts = _caseload(vault)
    vault.lock()
    out = tmp_path / "letters"
    out.mkdir()
    _killed_at(vault_dir, out, point)
    first = out / f"closure-notice-{charts[0]}.pdf"
    assert first.exists() is file_left
    before = first.read_bytes() if file_left else b""
    run = _run_again(vault_dir, out)  # no "already exists", nothing for the therapist to delete
    assert sorted(w.chart_number for w in run.written) == sorted(charts), "the run says every letter"
    assert run.already == []
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        f"closure-notice-{c}.pdf" for c in charts)
    if file_left:
        assert first.read_bytes() == before, "the letter the killed run wrote is the one kept, untouched"
    kept, logged = _kept(vault_dir, charts)
    assert kept == dict.fromkeys(charts, 1) and len(logged) == 3, "each letter kept and recorded once"
    assert "Ann Abel" in " ".join(fx.pdf_text(first))


def test_the_hidden_copy_a_kill_left_before_the_letter_took_its_name_is_cleared(
        vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    """Killed between new_file.write_new's hidden copy (written whole, flushed) and its link to the
    letter's name: the next run writes the letter and takes the copy away, knowing it by its digest;
    a hidden file of other bytes beside it is left."""
    charts = _caseload(vault)
    vault.lock()
    out = tmp_path / "letters"
    out.mkdir()
    _killed_at(vault_dir, out, "closure_letter_written")
    first = out / f"closure-notice-{charts[0]}.pdf"
    hidden = out / f".{first.name}.new-99999"
    first.rename(hidden)  # the state a kill just before link() leaves
    other = out / f".{first.name}.new-99998"
    other.write_bytes(b"not ours")
    run = _run_again(vault_dir, out)
    assert sorted(w.chart_number for w in run.written) == sorted(charts)
    assert not hidden.exists() and other.read_bytes() == b"not ours"
    kept, logged = _kept(vault_dir, charts)
    assert kept == dict.fromkeys(charts, 1) and len(logged) == 3


@pytest.mark.parametrize("foreign", ["other bytes", "a link to the letter"])
def test_a_file_the_app_did_not_write_is_never_taken_for_the_letter(
        vault: Vault, vault_dir: Path, tmp_path: Path, foreign: str) -> None:
    """Killed after the file; then another program put its own file at that name (or a link to the
    letter, moved away): the next run leaves it as it is and keeps nothing for it; once it is moved
    away, the letter is made and kept once."""
    charts = _caseload(vault)
    vault.lock()
    out = tmp_path / "letters"
    out.mkdir()
    _killed_at(vault_dir, out, "closure_letter_written")
    first = out / f"closure-notice-{charts[0]}.pdf"
    if foreign == "other bytes":
        size = first.stat().st_size
        first.unlink()
        first.write_bytes(b"%PDF-1.7 not the app's" + b"x" * (size - 22))
    else:
        elsewhere = tmp_path / "moved.pdf"
        first.rename(elsewhere)
        first.symlink_to(elsewhere)
    seen = first.read_bytes()
    with pytest.raises(InvalidInput) as refused:
        _run_again(vault_dir, out)
    assert refused.value.code == "file.exists" and first.name in str(refused.value)
    assert first.read_bytes() == seen and first.is_symlink() is (foreign != "other bytes"), "left as it is"
    kept, _logged = _kept(vault_dir, charts)
    assert kept[charts[0]] == 0, "a file the app cannot know as its letter is not recorded as sent"
    first.unlink()
    _run_again(vault_dir, out)
    kept, logged = _kept(vault_dir, charts)
    assert kept == dict.fromkeys(charts, 1) and len(logged) == 3
