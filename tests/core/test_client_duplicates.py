"""A second chart for the same person is asked about (GUI) or refused (command line) first."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.domain.clinical import ClientSummary
from vault_app.domain.errors import ExitCode
from vault_app.services import clients
from vault_app.services.client_duplicates import name_key, possible_duplicates, same_person
from vault_app.services.vault import Vault


def summary(name: str, born: date | None, kind: str = "individual") -> ClientSummary:
    return ClientSummary("id", "C1", name, "", born, "active", None, False, False, kind)  # type: ignore[arg-type]


BORN = date(2010, 3, 14)


@pytest.mark.parametrize(("typed", "born", "existing", "existing_born", "same"), [
    ("Ada Quillfeather", BORN, "Ada Quillfeather", BORN, True),
    ("  ada   QUILLFEATHER ", BORN, "Ada Quillfeather", BORN, True),
    ("Quillfeather, Ada", BORN, "Ada Quillfeather", BORN, True),
    ("José Núñez", None, "Jose Nunez", BORN, True),          # no birth date given: the name decides
    ("Ada Quillfeather", BORN, "Ada Quillfeather", None, True),
    ("Ada Quillfeather", BORN, "Ada Quillfeather", date(2010, 3, 15), False),  # another person
    ("Ada Quill", BORN, "Ada Quillfeather", BORN, False),
    ("Ada Quillfeather Jr", BORN, "Ada Quillfeather", BORN, False),
    ("", None, "", None, False),
])
def test_who_counts_as_the_same_person(typed: str, born: date | None, existing: str, existing_born: date | None,
                                       same: bool) -> None:
    assert same_person(typed, born, summary(existing, existing_born)) is same


def test_a_joint_case_is_never_a_duplicate_of_a_client() -> None:
    assert not same_person("Ada Quillfeather", BORN, summary("Ada Quillfeather", BORN, kind="couple"))
    assert name_key("Quillfeather, Ada") == ("ada", "quillfeather")


def test_a_discharged_client_is_found_too(vault: Vault) -> None:
    made = clients.create_client(vault, "Ada Quillfeather", date_of_birth="2010-03-14")
    clients.discharge(vault, made.client_id)
    other = clients.create_client(vault, "Ada Quillfeather", date_of_birth="2011-01-01")
    found = possible_duplicates(vault, "ada quillfeather", BORN)
    assert [c.client_id for c in found] == [made.client_id]
    assert other.client_id not in {c.client_id for c in possible_duplicates(vault, "Ada Quillfeather", BORN)}


@pytest.fixture
def cli(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def call(*argv: str) -> tuple[int, str, str]:
        code = run([*argv, "--vault", str(vault_dir), "--json"])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_the_command_line_refuses_a_second_chart_unless_told(cli: Any) -> None:
    code, _, _ = cli("client", "add", "Ada Quillfeather", "--dob", "2010-03-14", "--chart-number", "AQ-1")
    assert code == 0
    code, _, err = cli("client", "add", "Quillfeather, Ada", "--dob", "2010-03-14")
    assert code == ExitCode.REFUSED
    assert "AQ-1 (active)" in err and "--even-if-duplicate" in err and "Nothing was added" in err
    # The sentence may reach a log: it names the chart by number only.
    assert "Quillfeather" not in err
    listed = json.loads(cli("client", "list")[1])
    assert [c["chart_number"] for c in listed] == ["AQ-1"]
    # Another person of the same name and birth date (twins share neither, but say so anyway).
    code, _out, _ = cli("client", "add", "Ada Quillfeather", "--dob", "2010-03-14", "--even-if-duplicate")
    assert code == 0
    assert len(json.loads(cli("client", "list")[1])) == 2
    # Another birth date is another person: no question.
    assert cli("client", "add", "Ada Quillfeather", "--dob", "1975-06-01")[0] == 0
