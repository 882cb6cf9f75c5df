"""`vault-app payment list` prices a session's add-on codes (found last round in the real app:
they were never charged) and warns of a code with no fee set, on stderr, never refusing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault


def test_payment_list_prices_add_on_codes_and_warns_of_one_with_no_fee(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    assert cli(capsys, monkeypatch, "client", "add", "--vault", folder, "--chart-number", "AD-1",
               "Ada Addon").code == 0
    for code, fee in (("90839", "250"), ("90840", "90")):
        assert cli(capsys, monkeypatch, "fee", "schedule", "--vault", folder, code, fee).code == 0
    added = cli(capsys, monkeypatch, "session", "add", "--vault", folder, "AD-1", "--date", "2026-03-02",
                "--duration", "120", "--service-type", "crisis", "--addon", "90840", "--addon", "90840",
                "--addon", "90785")
    assert added.code == 0, added.err  # recorded: a missing fee never refuses the session
    listed = cli(capsys, monkeypatch, "payment", "list", "--vault", folder, "AD-1")
    assert listed.code == 0, listed.err
    out = [" ".join(line.split()) for line in listed.out.splitlines()]
    assert out[1:] == ["03/02/2026 addon 90840 ×2 $180.00", "03/02/2026 addon 90785 no fee set", "Balance: $430.00"]
    assert "warning: No fee is set for code 90785" in listed.err
    assert cli(capsys, monkeypatch, "fee", "schedule", "--vault", folder, "90785", "25").code == 0
    listed = cli(capsys, monkeypatch, "payment", "list", "--vault", folder, "AD-1")
    assert "Balance: $455.00" in listed.out and "warning" not in listed.err
