"""guardian list|update|remove through the real CLI on a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.errors import ExitCode


def test_list_update_and_remove(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> object:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    made = run("client", "add", "Wren Example", "--dob", "2014-03-02", "--json")
    assert made.code == 0, made.err
    chart = made.json()["client"]["chart_number"]
    for name in ("Hazel Example", "Typo Entry"):
        assert run("client", "update", chart, "--guardian", name, "--relationship", "mother").code == 0
    listed = run("guardian", "list", chart, "--json").json()
    hazel, typo = (g["guardian_id"] for g in listed)
    assert [g["may_authorize"] for g in listed] == [True, True]

    ended = run("guardian", "update", chart, hazel, "--until", "2026-10-01", "--may-not-sign",
                "--notes", "custody order of 2026-10-01")
    assert ended.code == 0, ended.err
    assert "may NOT sign" in ended.out and "Authority until 10/01/2026" in ended.out  # the practice's format (US)
    again = run("guardian", "list", chart, "--json").json()[0]
    assert again["guardian_id"] == hazel and again["valid_until"] == "2026-10-01" and not again["may_authorize"]

    bad = run("guardian", "update", chart, hazel, "--from", "2027-01-01")
    assert bad.code == ExitCode.USAGE and "ends before it starts" in bad.err
    assert run("guardian", "update", chart, hazel).code == ExitCode.USAGE, "nothing to change"
    assert run("guardian", "update", chart, "0" * 16, "--name", "X").code == ExitCode.NOT_FOUND
    cleared = run("guardian", "update", chart, hazel, "--until", "", "--json").json()
    assert cleared["valid_until"] is None

    assert run("guardian", "remove", chart, typo).code == 0
    assert [g["name"] for g in run("guardian", "list", chart, "--json").json()] == ["Hazel Example"]
    assert run("guardian", "remove", chart, typo).code == ExitCode.NOT_FOUND
