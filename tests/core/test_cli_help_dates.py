"""--help shows the one form a date option accepts. Found: `session add --help` said
"--date DATE", `payment add` and `auth add --signed-on SIGNED_ON` no form at all, while
"12/01/2026" is what people type (and is refused)."""

from __future__ import annotations

import pytest

from tests.core.cli_helpers import cli_in_process


@pytest.mark.parametrize(("command", "option"), [
    (("session", "add"), "--date YYYY-MM-DD"),
    (("payment", "add"), "--date YYYY-MM-DD"),
    (("auth", "add"), "--signed-on YYYY-MM-DD"),
    (("client", "update"), "--discharged-on YYYY-MM-DD"),
    (("superbill",), "--from YYYY-MM-DD"),
    (("appt", "add"), "--until YYYY-MM-DD"),
])
def test_a_date_option_shows_its_form(command: tuple[str, ...], option: str) -> None:
    shown = cli_in_process(*command, "--help")
    assert shown.code == 0
    assert option in " ".join(shown.out.split())


def test_times_and_folders_are_not_dates() -> None:
    shown = " ".join(cli_in_process("session", "add", "--help").out.split())
    assert "--start START" in shown and "--end END" in shown
    assert "--to DIR" in " ".join(cli_in_process("backup", "create", "--help").out.split())
