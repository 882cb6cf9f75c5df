"""`vault-app decision guide|add|edit|show|list|check|sign|addendum|discard`, with --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.decision_helpers import REASONING, make_chart
from vault_app.domain.errors import ExitCode
from vault_app.services.vault import CreatedVault


@pytest.fixture
def chart_folder(created: CreatedVault) -> tuple[Path, str, str, str]:
    vault = created.vault
    chart = make_chart(vault, chart_number="C-7")
    folder = vault.folder
    vault.lock()
    return folder, chart.client_id, chart.note_id, chart.day.isoformat()


def test_walk_a_child_abuse_report_from_the_command_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    chart_folder: tuple[Path, str, str, str],
) -> None:
    folder, client_id, note_id, day = chart_folder
    v = ("--vault", str(folder))

    guide = cli(capsys, monkeypatch, "decision", "guide", "child_abuse", *v, "--json")
    assert guide.code == 0
    assert "reasonable suspicion" in guide.json()["summary"]

    reasoning = tmp_path / "why.txt"
    reasoning.write_text(REASONING, encoding="utf-8")
    added = cli(capsys, monkeypatch, "decision", "add", "C-7", "--trigger", "child_abuse", *v, "--json",
                "--confidential", "yes", "--reasoning-file", str(reasoning), "--outcome", "disclose")
    assert added.code == 0, added.err
    data = added.json()
    decision_id = data["decision"]["decision_id"]
    assert data["decision"]["exception"]["kind"] == "mandatory"  # suggested from the prompts
    assert not data["readiness"]["can_sign"]

    refused = cli(capsys, monkeypatch, "decision", "sign", decision_id, *v)
    assert refused.code == ExitCode.USAGE
    assert "whether the client was informed" in refused.err
    assert REASONING not in refused.err

    edited = cli(capsys, monkeypatch, "decision", "edit", decision_id, *v, "--json",
                 "--what", "The child's name and what was observed", "--items", note_id, "--minimum-necessary",
                 "--recipient", "County CPS", "--method", "phone", "--disclosed-on", day, "--reference", "R-1",
                 "--informed", "no", "--not-informed-reason", "safety", "--not-informed-why", "Risk to the child",
                 "--consult", f"{day}|Supervisor|Report today", "--statute", "State code 1-2-3",
                 "--follow-up", "Send the written report")
    assert edited.code == 0, edited.err
    ready = edited.json()["readiness"]
    assert ready["can_sign"] and ready["verdict"]["allowed"]
    assert edited.json()["decision"]["reasoning"] == REASONING  # flags change only what they name
    assert edited.json()["decision"]["follow_up"][-1] == "Send the written report"

    check = cli(capsys, monkeypatch, "decision", "check", decision_id, *v)
    assert check.code == 0 and "Disclosure gate: allowed" in check.out

    signed = cli(capsys, monkeypatch, "decision", "sign", decision_id, *v, "--json")
    assert signed.code == 0, signed.err
    disclosure_id = signed.json()["disclosure_id"]
    assert disclosure_id and signed.json()["verdict"]["accountable"] is True

    again = cli(capsys, monkeypatch, "decision", "edit", decision_id, *v, "--reasoning", "later")
    assert again.code == ExitCode.REFUSED

    note = cli(capsys, monkeypatch, "decision", "addendum", decision_id, *v, "--text", "Agency called back.")
    assert note.code == 0

    shown = cli(capsys, monkeypatch, "decision", "show", decision_id, *v, "--json").json()
    assert shown["signature_valid"] is True
    assert shown["decision"]["disclosure_id"] == disclosure_id
    assert [a["text"] for a in shown["addenda"]] == ["Agency called back."]
    text = cli(capsys, monkeypatch, "decision", "show", decision_id, *v).out
    assert "Client informed: no (safety: Risk to the child)" in text
    assert f"disclosure {disclosure_id}" in text

    listed = cli(capsys, monkeypatch, "decision", "list", *v, "--client", client_id, "--json").json()
    assert [d["decision_id"] for d in listed["decisions"]] == [decision_id]
    assert listed["decisions"][0]["chart_number"] == "C-7"
    assert "signed" in cli(capsys, monkeypatch, "decision", "list", *v).out


def test_a_subpoena_from_a_json_file_is_signed_without_disclosing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    chart_folder: tuple[Path, str, str, str],
) -> None:
    folder, client_id, _, _ = chart_folder
    v = ("--vault", str(folder))
    answers = {
        "duty": {"confidential": True},
        "reasoning": "Records subpoenaed by opposing counsel in a custody case; no order attached.",
        "client_informed": {"informed": True, "on": "2024-02-01", "how": "phone"},
    }
    steps = tmp_path / "steps.json"
    steps.write_text(json.dumps(answers), encoding="utf-8")
    forced = cli(capsys, monkeypatch, "decision", "add", client_id, "--trigger", "subpoena", *v,
                 "--file", str(steps), "--outcome", "disclose")
    assert forced.code == ExitCode.REFUSED
    assert "subpoena alone is not a court order" in forced.err

    added = cli(capsys, monkeypatch, "decision", "add", client_id, "--trigger", "subpoena", *v, "--json",
                "--file", str(steps))
    assert added.code == 0, added.err
    decision_id = added.json()["decision"]["decision_id"]
    assert added.json()["decision"]["outcome"] == "seek_order"
    signed = cli(capsys, monkeypatch, "decision", "sign", decision_id, *v, "--json").json()
    assert signed["disclosure_id"] is None
    assert signed["verdict"]["allowed"] is False


def test_errors_are_explained(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, chart_folder: tuple[Path, str, str, str],
) -> None:
    folder, client_id, _, _ = chart_folder
    v = ("--vault", str(folder))
    missing = cli(capsys, monkeypatch, "decision", "show", "0123456789abcdef", *v)
    assert missing.code == ExitCode.NOT_FOUND
    bad_date = cli(capsys, monkeypatch, "decision", "add", client_id, "--trigger", "self_harm", *v,
                   "--date", "yesterday")
    assert bad_date.code == ExitCode.USAGE and "YYYY-MM-DD" in bad_date.err
    bad_consult = cli(capsys, monkeypatch, "decision", "add", client_id, "--trigger", "self_harm", *v,
                      "--consult", "only-a-name")
    assert bad_consult.code == ExitCode.USAGE and "DATE|WHO" in bad_consult.err
    for result in (missing, bad_date, bad_consult):
        assert "Traceback" not in result.err


def test_jurisdiction_settings_are_shown_and_editable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, chart_folder: tuple[Path, str, str, str],
) -> None:
    folder = chart_folder[0]
    v = ("--vault", str(folder))
    shown = cli(capsys, monkeypatch, "decision", "settings", *v, "--json").json()
    assert shown["duty_to_warn"] == "permissive" and shown["elder_abuse_reporting_age"] == 65
    changed = cli(capsys, monkeypatch, "decision", "settings", *v, "--duty-to-warn", "mandatory",
                  "--elder-abuse-age", "60", "--jurisdiction-name", "Example State", "--json")
    assert changed.code == 0, changed.err
    assert changed.json()["name"] == "Example State"
    guide = cli(capsys, monkeypatch, "decision", "guide", "duty_to_warn", *v, "--json").json()
    assert "MANDATORY" in guide["summary"] and guide["exception"]["kind"] == "mandatory"
    elder = cli(capsys, monkeypatch, "decision", "guide", "elder_abuse", *v, "--json").json()
    assert "aged 60 or over" in elder["summary"]
    bad = cli(capsys, monkeypatch, "decision", "settings", *v, "--elder-abuse-age", "7")
    assert bad.code == ExitCode.USAGE and "between 40 and 100" in bad.err
