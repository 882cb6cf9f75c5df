"""A caseload for the notice of closure (real vaults): four active clients who asked to be reached
differently (45 CFR 164.522(b)), the command's words for a run over them, the PDF password's
file, and what the ledger recorded of the notices. `locked_caseload` makes the caseload and locks
the vault, as a command run against it finds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import Result, cli
from vault_app.domain.clinical import ContactPreferences
from vault_app.domain.closure_notice import LEDGER_KIND
from vault_app.services import clients
from vault_app.services.vault import Vault

CUSTODIAN, CONTACT = "Dr. Sam Rivera, PsyD", "555-0199, 2 Oak St, Springfield"


def caseload(vault: Vault) -> dict[str, str]:
    """One who asked for a PO Box, one who asked for email only, one who ticked email not mail, one plain."""
    fx.set_practice(vault)
    made = {
        "box": clients.create_client(vault, "Rosa Boxley", contact=ContactPreferences(
            address="1 Home St\nSpringfield", safe_address="PO Box 9\nSpringfield",
            confidential_request="mail only to PO Box 9")),
        "email": clients.create_client(vault, "Ed Mailless", contact=ContactPreferences(
            address="2 Home St\nSpringfield", email="ed@example.org", email_ok=True,
            confidential_request="email only, never mail at home")),
        "ticked": clients.create_client(vault, "Tia Textonly", contact=ContactPreferences(
            address="3 Home St\nSpringfield", text_ok=True)),
        "plain": clients.create_client(vault, "Paul Plain", contact=ContactPreferences(
            address="4 Home St\nSpringfield")),
    }
    return {k: c.chart_number for k, c in made.items()}


def notice_args(out: Path, pw: Path, closes: str, *more: str) -> list[str]:
    return ["closure-notice", "--all-active", "--closes-on", closes, "--custodian-name", CUSTODIAN,
            "--custodian-contact", CONTACT, "--out-folder", str(out), "--pdf-password-file", str(pw), *more]


def password_file(tmp_path: Path) -> Path:
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    pw.chmod(0o600)
    return pw


def recorded(folder: Path) -> list[dict[str, Any]]:
    vault = reopen(folder)
    try:
        return [e.payload for e in vault.ledger.entries((LEDGER_KIND,))]
    finally:
        vault.lock()


def closes_on() -> str:
    return (fx.today() + timedelta(days=40)).isoformat()


@dataclass(frozen=True)
class LockedCaseload:
    numbers: dict[str, str]  # "box", "email", "ticked", "plain" -> chart number
    folder: Path  # the vault's, locked
    pw: Path  # the PDF password's file
    out: Path  # the letters' folder, made empty

    def notices(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *more: str,
                out: Path | None = None) -> Result:
        """`closure-notice --all-active` run by the command line in process over the caseload, for a
        closing day 40 days on, into `out` (else the letters' folder), with `more` options."""
        return cli(capsys, monkeypatch, *notice_args(out or self.out, self.pw, closes_on(), *more), "--vault",
                   str(self.folder))


def locked_caseload(vault: Vault, tmp_path: Path) -> LockedCaseload:
    """The caseload made in `vault`, the vault locked, the password file and an empty letters folder."""
    numbers = caseload(vault)
    folder = vault.folder
    vault.lock()
    pw, out = password_file(tmp_path), tmp_path / "letters"
    out.mkdir()
    return LockedCaseload(numbers, folder, pw, out)
