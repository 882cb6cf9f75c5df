"""File names with line breaks and tabs in an import folder (legal on macOS and Linux):
each document comes in, its title on one line like every title typed in the app, and a
list shows one line per document, so a name cannot pass itself off as another row.
Found: `import pdf-folder` took "line one<newline>line two.pdf" as a two-line title, which
`attachment update --title` refuses, and `attachment list` printed it on two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_with_a_chart
from tests.document_samples import pdf
from vault_app.domain.attachment_edits import MAX_TITLE, clean_title, title_from_file_name

FORGED = "scan\n0123456789abcdef  consent: Signed consent"


def test_titles_from_file_names_are_one_line() -> None:
    assert title_from_file_name("line one\nline two") == "line one line two"
    assert title_from_file_name("a\t\tb\r\n c") == "a b c"
    assert title_from_file_name("Intake 2024-03-01") == "Intake 2024-03-01"
    assert len(title_from_file_name("x" * 400)) == MAX_TITLE


def test_an_imported_file_name_with_line_breaks_lists_on_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run, chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    source = tmp_path / "scans"
    source.mkdir()
    (source / f"{FORGED}.pdf").write_bytes(pdf(1))
    (source / "tab\there.pdf").write_bytes(pdf(2))
    imported = run("import", "pdf-folder", str(source), "--client", chart, "--quiet")
    assert imported.code == 0, imported.err
    listed = run("attachment", "list", chart, "--json").json()
    assert sorted(a["title"] for a in listed) == ["scan 0123456789abcdef consent: Signed consent", "tab here"]
    text = run("attachment", "list", chart).out
    assert len(text.splitlines()) == 2
    # Each title is one a person could have typed (the rule of `attachment update --title`).
    assert all(clean_title(a["title"]) == a["title"] for a in listed)


def test_a_description_given_with_a_line_break_lists_on_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run, chart = cli_with_a_chart(capsys, monkeypatch, tmp_path)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf(1))
    assert run("client", "attach", chart, str(scan), "--kind", "other", "--description", FORGED).code == 0
    assert len(run("attachment", "list", chart).out.splitlines()) == 1
