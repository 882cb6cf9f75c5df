"""attachment list|show|update through the real CLI on a real vault: a document renamed and
dated, its earlier title and date shown, bad input refused in words with nothing changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.document_samples import pdf
from vault_app.domain.errors import ExitCode


def test_rename_date_and_show_the_changes(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*args: str) -> Any:
        return cli(capsys, monkeypatch, *args, "--vault", folder)

    chart = run("client", "add", "Wren Example", "--dob", "1984-03-02", "--json").json()["client"]["chart_number"]
    scan = tmp_path / "scan0003.pdf"
    scan.write_bytes(pdf(1))
    assert run("client", "attach", chart, str(scan), "--kind", "other").code == 0
    (listed,) = run("attachment", "list", chart, "--json").json()
    attachment_id = listed["attachment_id"]
    assert listed["title"] == "scan0003.pdf" and listed["document_date"] is None

    renamed = run("attachment", "update", attachment_id, "--title", "Outside evaluation", "--date", "2024-05-02")
    assert renamed.code == 0, renamed.err
    assert "Outside evaluation" in renamed.out and "the earlier title and date are kept" in renamed.out
    shown = run("attachment", "show", attachment_id, "--json").json()
    assert shown["title"] == "Outside evaluation" and shown["document_date"] == "2024-05-02"
    assert shown["filename"] == "scan0003.pdf"
    assert [(c["field"], c["before"], c["after"]) for c in shown["changes"]] == [
        ("title", "scan0003.pdf", "Outside evaluation"), ("document_date", "", "2024-05-02")]
    text = run("attachment", "show", attachment_id).out
    assert "title: scan0003.pdf -> Outside evaluation" in text and "date: none -> " in text
    assert run("attachment", "update", attachment_id, "--no-date").code == 0
    assert run("attachment", "show", attachment_id, "--json").json()["document_date"] is None
    history = run("client", "show", chart).out
    assert history  # the chart opens after the changes
    assert "no date of its own" in run("attachment", "list", chart).out


@pytest.mark.parametrize(("args", "code", "said"), [
    ((), ExitCode.USAGE, "Nothing to change"),
    (("--title", ""), ExitCode.USAGE, "must not be empty"),
    (("--date", "2024-13-40"), ExitCode.USAGE, "date"),
    (("--date", "2024-01-01", "--no-date"), ExitCode.USAGE, "not both"),
])
def test_bad_updates_are_refused_in_words(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path, args: tuple[str, ...], code: int, said: str) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0

    def run(*argv: str) -> Any:
        return cli(capsys, monkeypatch, *argv, "--vault", folder)

    chart = run("client", "add", "Wren Example", "--json").json()["client"]["chart_number"]
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(pdf(1))
    attachment_id = run("client", "attach", chart, str(scan), "--kind", "other", "--json").json()["attachment_id"]
    refused = run("attachment", "update", attachment_id, *args)
    assert refused.code == code and said in refused.err and "Traceback" not in refused.err
    assert run("attachment", "show", attachment_id, "--json").json()["changes"] == []
    assert run("attachment", "update", "0" * 32, "--title", "X").code == ExitCode.NOT_FOUND
