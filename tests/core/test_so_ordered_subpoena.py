"""A New York subpoena a judge signed ("so ordered"): the caution is said on the court-order and the
subpoena bases for a New York practice only (walk-NY round 36: nothing in the app named one, and a
New York psychologist handed one picked "a court order" alone, never told CPLR 4507 still applies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.state_privilege import NOT_CHECKED
from vault_app.domain.state_so_ordered import so_ordered_for
from vault_app.services import practice
from vault_app.services.vault import Vault


@pytest.mark.parametrize(
    ("state", "basis", "said"),
    [
        ("NY", "court_order", True),
        ("ny ", "subpoena", True),
        ("NY", "authorization", False),
        ("NY", "client_access", False),
        ("CA", "court_order", False),
        ("CA", "subpoena", False),
        ("TX", "court_order", False),
        ("", "court_order", False),
    ],
)
def test_said_for_new_york_on_the_two_bases_only(state: str, basis: str, said: bool) -> None:
    assert (so_ordered_for(state, basis) is not None) is said


def test_the_words_cite_the_privilege_and_say_they_are_unchecked() -> None:
    found = so_ordered_for("NY", "court_order")
    assert found is not None and not found.verified
    sentence = found.sentence()
    assert "\"so ordered\"" in sentence and "CPLR 4507" in sentence and "ask counsel" in sentence
    assert NOT_CHECKED in sentence


@pytest.mark.parametrize(("state", "said"), [("NY", True), ("CA", False), ("", False)])
def test_the_cli_check_says_it_for_new_york(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch, state: str, said: bool) -> None:
    chart = fx.make_chart(vault, n=1)
    if state:
        practice.set_clinician(vault, name="Jordan Lee", license_state=state, license_number="PSY 1")
    folder = vault.folder
    vault.lock()
    for basis in ("court_order", "subpoena"):
        asked = cli(capsys, monkeypatch, "export", "--vault", str(folder), "--client", chart.client_id,
                    "--notes", chart.progress[0], "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
                    "--basis", basis, "--check-only")
        assert "REFUSED" in asked.out, asked.out + asked.err
        assert ("so ordered" in asked.out) is said, asked.out
        assert ("CPLR 4507" in asked.out) is (said or (state == "NY" and basis == "subpoena")), asked.out


@pytest.mark.parametrize("command", ["export", "open-export"])
@pytest.mark.parametrize(("state", "said"), [("NY", True), ("CA", False)])
def test_a_refused_export_says_it_too(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, command: str, state: str, said: bool) -> None:
    """Only `export --check-only` said it: a refused `export` or `open-export`, on the basis a
    so-ordered subpoena could be taken for, said nothing of it."""
    chart = fx.make_chart(vault, n=1)
    practice.set_clinician(vault, name="Jordan Lee", license_state=state, license_number="PSY 1")
    folder = vault.folder
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    pw.chmod(0o600)
    notes = ["--notes", chart.progress[0]] if command == "export" else []
    for basis in ("court_order", "subpoena"):
        out = tmp_path / f"{basis}.pdf"
        refused = cli(capsys, monkeypatch, command, "--vault", str(folder), "--client", chart.client_id, *notes,
                      "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--basis", basis,
                      "--pdf-password-file", str(pw), "--out", str(out))
        assert refused.code == 6 and not out.exists(), refused.out + refused.err
        assert ("so ordered" in refused.err) is said, refused.err
        assert refused.err.count("so ordered") <= 1, refused.err


@pytest.mark.parametrize("command", ["export", "open-export"])
def test_each_export_help_says_it(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                  command: str) -> None:
    from vault_app.cli.main import run

    with pytest.raises(SystemExit):
        run([command, "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "\"so ordered\"" in shown and "CPLR 4507" in shown and "ask counsel" in shown, shown
