"""What a fee for the client's access copy may hold (45 CFR 164.524(c)(4)), table-driven, allowed
and refused side; and the sentence said where the copy is made names the rule. Found by a walker:
nothing in the app or the docs said what may be charged for the copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_access_copy_outside_parts import _request
from vault_app.domain.access_fee import CITATION, FEE_SENTENCE, fee_item_allowed
from vault_app.services.vault import Vault

# (citation, item, client agreed in advance, allowed)
ROWS = [
    ("164.524(c)(4)(i)", "copying_labor", False, True),
    ("164.524(c)(4)(ii)", "supplies", False, True),
    ("164.524(c)(4)(iii)", "postage", False, True),
    ("164.524(c)(4)(iv)", "summary", True, True),
    ("164.524(c)(2)(iii), (c)(4)(iv): a summary not agreed", "summary", False, False),
    ("164.524(c)(4): search and retrieval", "search_and_retrieval", True, False),
    ("164.524(c)(4): verifying who asks", "verification", False, False),
    ("164.524(c)(4): keeping systems", "systems_upkeep", False, False),
    ("164.524(c)(4): anything else", "handling", False, False),
]


@pytest.mark.parametrize(("citation", "item", "agreed", "allowed"), ROWS, ids=[r[0] for r in ROWS])
def test_fee_items(citation: str, item: str, agreed: bool, allowed: bool) -> None:
    assert fee_item_allowed(item, client_agreed=agreed) is allowed, citation


def test_the_sentence_and_the_docs_say_the_rule() -> None:
    assert CITATION in FEE_SENTENCE and "labor of copying, supplies, postage" in FEE_SENTENCE
    docs = (Path(__file__).resolve().parents[2] / "docs" / "disclosure.md").read_text("utf-8")
    assert "reasonable, cost-based fee" in docs and "164.524(c)(4)" in docs


def test_request_copy_says_what_may_be_charged(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _client, rid = _request(vault, plan=False, attached=False)
    folder = vault.folder
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    pw.chmod(0o600)
    out = tmp_path / "copy"
    out.mkdir()
    made = cli(capsys, monkeypatch, "request", "copy", rid, "--vault", str(folder), "--folder", str(out),
               "--pdf-password-file", str(pw))
    assert made.code == 0, made.err
    assert FEE_SENTENCE in " ".join(made.out.split()), made.out
