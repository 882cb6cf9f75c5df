"""Small words of the requests, said plainly (found by a walker): `vault-app dashboard` said an
overdue request was due "March 2, 2026 (-309 days)"; the extension letter's reason had no full
stop ("The reason for the delay: records archived"); the denial letter said its unreviewable part
"is not subject to review under 45 CFR 164.524(a)(1)-(2)", as if those paragraphs were the review."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.cli.disclosure_commands import days_left_words
from vault_app.domain.letters import as_sentence
from vault_app.services import requests
from vault_app.services.vault import Vault

# (days left, words)
DAYS = [(-309, "309 days overdue"), (-1, "1 day overdue"), (0, "due today"), (1, "1 day left"),
        (12, "12 days left")]


@pytest.mark.parametrize(("days", "words"), DAYS)
def test_days_left_words(days: int, words: str) -> None:
    assert days_left_words(days) == words


# (reason typed, in the letter)
REASONS = [("records archived", "records archived."), ("The file is archived.", "The file is archived."),
           ("Is it archived?", "Is it archived?"), ("  waiting for the old chart  ", "waiting for the old chart."),
           ("(see the note)", "(see the note).")]


@pytest.mark.parametrize(("typed", "said"), REASONS)
def test_reason_is_a_sentence(typed: str, said: str) -> None:
    assert as_sentence(typed) == said


def test_dashboard_says_overdue_and_the_letters_read_right(vault: Vault, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    fx.set_practice(vault)
    chart = fx.make_chart(vault, n=1)
    late = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(40))
    soon = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2))
    _q, letter = requests.extend_request(vault, soon.id, notice_on=fx.today(), reason="records archived")
    assert "The reason for the delay: records archived." in letter.text()
    denied = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    _d, denial = requests.deny_request(vault, denied.id, grounds=["psychotherapy_notes"],
                                       denied="the psychotherapy notes", granted="the progress notes")
    text = " ".join(denial.text().split())
    assert "is not subject to review under 45 CFR 164.524(a)(1)-(2)" not in text
    assert "cannot be reviewed: the HIPAA Privacy Rule makes it a ground of denial that is not reviewable " \
           "(45 CFR 164.524(a)(1)-(2))." in text
    folder = str(vault.folder)
    vault.lock()
    board = cli(capsys, monkeypatch, "dashboard", "--vault", folder)
    assert board.code == 0, board.err
    overdue = (fx.today() - (late.received_on + timedelta(days=30))).days
    assert f"({overdue} days overdue)" in board.out, board.out
    assert "(-" not in board.out
    assert isinstance(late.received_on, date)
