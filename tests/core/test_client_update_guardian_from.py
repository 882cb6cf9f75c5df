"""`vault-app client update CHART --guardian NAME --from DATE`: the day the guardian's authority began, given
when they are recorded. Found: recording an adult's court-appointed conservator took two commands (`client
update --guardian`, then `guardian update CHART ID --from DATE`), and between them the conservator read as a
minor's guardian whose authority ended when the client turned 18. The same day rules as `guardian update
--from` (services/guardians). In-process CLI over a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import ExitCode


def _vault_with_client(tmp_path: Path) -> tuple[str, str]:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    made = cli_in_process("client", "add", "Robert Vance", "--dob", "1960-01-01", "--json", "--vault", folder)
    assert made.code == ExitCode.OK, made.err
    return folder, json.loads(made.out)["client"]["client_id"]


def test_an_adults_conservator_recorded_in_force_from_the_appointment_in_one_command(tmp_path: Path) -> None:
    folder, client = _vault_with_client(tmp_path)
    done = cli_in_process("client", "update", client, "--guardian", "Susan Vance", "--authority", "legal_guardian",
                          "--relationship", "conservator", "--from", "2025-03-01", "--vault", folder)
    assert done.code == ExitCode.OK, done.err
    assert "turned 18" not in done.out + done.err
    listed = cli_in_process("guardian", "list", client, "--json", "--vault", folder)
    [susan] = json.loads(listed.out)
    assert susan["valid_from"] == "2025-03-01"
    said = cli_in_process("guardian", "list", client, "--vault", folder).out
    assert "from 03/01/2025" in said and "ended" not in said, said


@pytest.mark.parametrize(("given", "field_said"), [
    ("2025-13-01", "start of authority"),  # not a date
    ("2999-01-01", "start of authority"),  # as guardian update refuses it
])
def test_a_bad_from_day_is_refused_and_nothing_is_recorded(tmp_path: Path, given: str, field_said: str) -> None:
    folder, client = _vault_with_client(tmp_path)
    refused = cli_in_process("client", "update", client, "--guardian", "Susan Vance", "--authority",
                             "legal_guardian", "--from", given, "--vault", folder)
    same = cli_in_process("guardian", "update", client, "nobody", "--from", given, "--vault", folder)
    assert refused.code != ExitCode.OK
    assert field_said in refused.err, refused.err
    assert "Traceback" not in refused.err
    assert json.loads(cli_in_process("guardian", "list", client, "--json", "--vault", folder).out) == []
    assert same.code != ExitCode.OK


def test_from_without_a_guardian_is_refused(tmp_path: Path) -> None:
    folder, client = _vault_with_client(tmp_path)
    refused = cli_in_process("client", "update", client, "--from", "2025-03-01", "--vault", folder)
    assert refused.code == ExitCode.USAGE, (refused.code, refused.err)
    assert "--from" in refused.err and "--guardian" in refused.err
