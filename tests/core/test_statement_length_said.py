"""A statement of disagreement (or any request text) over its limit is refused with its length and
the most allowed (45 CFR 164.526(d)(2): the practice may reasonably limit its length; the client is
told the limit to shorten it). Found by a walker: "The statement of disagreement is too long or
contains a NUL character." for 43,201 characters, neither which nor the limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput
from vault_app.domain.long_text import MAX_TEXT, checked_long_text
from vault_app.services import request_amendments, requests
from vault_app.services.vault import Vault

# (citation, text, refusal code or None, words in the refusal)
ROWS = [
    ("164.526(d)(2): at the limit", "a" * MAX_TEXT, None, ""),
    ("164.526(d)(2): one over the limit", "a" * (MAX_TEXT + 1), "text.too_long_by",
     "is 20,001 characters; the most is 20,000"),
    ("164.526(d)(2): the walker's statement", "a" * 43_201, "text.too_long_by",
     "is 43,201 characters; the most is 20,000"),
    ("a NUL character, said as such", "a\x00b", "text.nul", "contains a NUL character"),
    ("required and empty", "   ", "text.required", "must not be empty"),
]


@pytest.mark.parametrize(("citation", "text", "code", "words"), ROWS, ids=[r[0] for r in ROWS])
def test_long_text_table(citation: str, text: str, code: str | None, words: str) -> None:
    if code is None:
        assert checked_long_text(text, "statement of disagreement", required=True) == text, citation
        return
    with pytest.raises(InvalidInput) as refused:
        checked_long_text(text, "statement of disagreement", required=True)
    assert refused.value.code == code and words in refused.value.message, citation


def _denied(vault: Vault) -> str:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(3),
                             note_ids=(chart.progress[0],))
    requests.deny_request(vault, q.id, grounds=["accurate_and_complete"])
    return q.id


def test_statement_over_the_limit_says_it(vault: Vault) -> None:
    rid = _denied(vault)
    with pytest.raises(InvalidInput) as refused:
        request_amendments.file_disagreement(vault, rid, text="x" * 43_201, received_on=fx.today())
    assert "is 43,201 characters; the most is 20,000" in refused.value.message
    assert refused.value.params == {"length": "43,201", "max": "20,000"}


def test_statement_over_the_limit_on_the_command_line(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    rid = _denied(vault)
    folder = str(vault.folder)
    vault.lock()
    long = tmp_path / "long.txt"
    long.write_text("x" * 43_201, encoding="utf-8")
    out = cli(capsys, monkeypatch, "amendment", "disagree", "--vault", folder, rid, "--received-on",
              fx.today().isoformat(), "--file", str(long))
    assert out.code != 0 and "43,201 characters; the most is 20,000" in out.err, out.err
